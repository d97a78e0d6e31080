/**
 * Sätteri hast plugin: every glossary term in a report body becomes a link to
 * its entry, `<a class="term" data-term="id" href="../../glossary/id/">…</a>`.
 * It works without JavaScript; the popover script enhances it. The link holds
 * only the term's own characters, so the reading text is unchanged.
 *
 * Skipped: headings, links, code, and text marked by hand (`<Term id="…">`).
 */
import { defineHastPlugin } from 'satteri';
import type { Dictionary } from '../glossary/matcher.ts';
import { findTerms, segment } from '../glossary/matcher.ts';
import { paths, relativeHref } from '../lib/links.ts';

const SKIP_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'script', 'style']);

interface AncestorLike {
  type: string;
  tagName?: string;
  name?: string | null;
}

function insideSkipped(ancestors: Iterable<AncestorLike>): boolean {
  for (const node of ancestors) {
    if (node.type === 'element' && SKIP_ELEMENTS.has(node.tagName ?? '')) return true;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') return true;
  }
  return false;
}

/** A term link as a report page writes it (report pages all sit at /reports/<slug>/). */
export function termHref(id: string): string {
  return relativeHref(paths.report('any'), paths.glossaryTerm(id));
}

export function glossaryAnnotations(dictionary: Dictionary) {
  return defineHastPlugin({
    name: 'tifa-glossary-annotations',
    text(node, ctx) {
      const matches = findTerms(node.value, dictionary);
      if (matches.length === 0) return;
      const ancestors: AncestorLike[] = [];
      type Parent = ReturnType<typeof ctx.parent>;
      for (let parent: Parent = ctx.parent(node); parent; parent = ctx.parent(parent)) ancestors.push(parent as AncestorLike);
      if (insideSkipped(ancestors)) return;
      ctx.replaceNode(
        node,
        segment(node.value, matches).map((part) =>
          part.id === undefined
            ? { type: 'text' as const, value: part.text }
            : {
                type: 'element' as const,
                tagName: 'a',
                properties: { href: termHref(part.id), className: ['term'], dataTerm: part.id },
                children: [{ type: 'text' as const, value: part.text }],
              },
        ),
      );
    },
  });
}
