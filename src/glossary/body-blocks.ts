/**
 * The blocks of a report body as text, read straight from the MDX the ingest
 * writes (one block per source line, blank-line separated): headings, and
 * paragraphs with the anchors the site gives them (p1, p2, …).
 *
 * This is the inverse of scripts/ingest/escape.ts. It lets the glossary
 * concordance and the build checks read every report quickly, without a
 * Markdown parser; tests hold it to the escape step and to the real build.
 */
import { paragraphId } from '../markdown/paragraph-anchors.ts';

export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  /** The paragraph's anchor, p1…; headings have none. */
  id?: string;
  text: string;
}

const TOKEN = /\\([!-/:-@[-`{-~])|&#x([0-9a-fA-F]+);|&#(\d+);|\{("(?:[^"\\]|\\.)*")\}|<\/?Term\b[^>]*>/g;

/** The text an escaped MDX line renders to. */
export function unescapeMdxText(line: string): string {
  return line.replace(TOKEN, (_whole, escaped?: string, hex?: string, dec?: string, json?: string) => {
    if (escaped !== undefined) return escaped;
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec, 10));
    if (json !== undefined) return JSON.parse(json) as string;
    return '';
  });
}

export function bodyBlocks(body: string): BodyBlock[] {
  let paragraphs = 0;
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const heading = /^#{1,6} (.*)$/s.exec(block);
      if (heading) return { kind: 'heading' as const, text: unescapeMdxText(heading[1]) };
      paragraphs += 1;
      return { kind: 'paragraph' as const, id: paragraphId(paragraphs), text: unescapeMdxText(block) };
    });
}

/** The body of an MDX file: everything after the frontmatter. */
export function mdxBody(mdx: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(mdx);
  return match ? mdx.slice(match[0].length) : mdx;
}
