/**
 * Stable anchors on every paragraph of a report body.
 *
 * The anchor of a paragraph is its position among the body's paragraphs:
 * `p1`, `p2`, … The body of an ingested report only changes when the
 * source changes, so the anchors are as stable as the text they point at.
 */
import { defineHastPlugin } from 'satteri';
import { paragraphId } from '../text/report-mdx.ts';

/**
 * Sätteri hast plugin: give each top-level `<p>` of a document its anchor.
 * A fresh counter per document: the plugin list takes a factory, called once per compile.
 */
export function paragraphAnchors() {
  return () => {
    let count = 0;
    return defineHastPlugin({
      name: 'tifa-paragraph-anchors',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          count += 1;
          ctx.setProperty(node, 'id', paragraphId(count));
        },
      },
    });
  };
}
