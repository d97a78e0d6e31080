/**
 * What the built-site and browser tests know about the archive: its reports
 * as the content files and verbatim sources describe them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Report } from '../../src/schemas/report.ts';
import { sourceBodyPieces, type SourcePiece } from '../../src/text/source-body.ts';

export interface ArchivedReport {
  slug: string;
  data: Report;
  sourceBytes: Buffer;
  /** The source lines (or pieces of a split line) that should stand in the body, in order: neither blank, lifted nor removed. */
  bodyLines: SourcePiece[];
}

export function archivedReports(contentRoot = 'content'): ArchivedReport[] {
  const folder = join(contentRoot, 'reports');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -4);
      const mdx = readFileSync(join(folder, name), 'utf8');
      const data = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1], { schema: yaml.JSON_SCHEMA }) as Report;
      const sourceBytes = readFileSync(join(contentRoot, 'sources', `${slug}.txt`));
      const lines = sourceBytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
      const bodyLines = sourceBodyPieces(lines, data.provenance);
      return { slug, data, sourceBytes, bodyLines };
    });
}

/** The text of an HTML fragment: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, ref: string) => {
      const lower = ref.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower]!;
    });
}

/** The inner HTML of the first element with the given opening-tag pattern, e.g. `<article class="report-body"`. */
export function elementHtml(html: string, opening: RegExp, tag: string): string | undefined {
  const start = opening.exec(html);
  if (!start) return undefined;
  const from = html.indexOf('>', start.index) + 1;
  let depth = 1;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(from, m.index);
  }
  return undefined;
}

export interface RenderedBlock {
  tag: string;
  inner: string;
  text: string;
}

/** The paragraphs and headings of a report page's body, in order. */
export function renderedBlocks(pageHtml: string): RenderedBlock[] | undefined {
  const body = elementHtml(pageHtml, /<article[^>]*class="[^"]*report-body/, 'article');
  if (body === undefined) return undefined;
  return [...body.matchAll(/<(p|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({ tag: m[1], inner: m[2], text: htmlText(m[2]) }));
}

/** The only markup a body block may hold: glossary term links, which add no text. */
const ALLOWED_TAG = /^(<a href="[^"]*" class="term" data-term="[a-z0-9-]+">|<\/a>)$/;

/**
 * Where a page's body departs from the source: a line whose block does not
 * hold exactly its text, or holds markup. Undefined when the body is faithful.
 */
export function firstInfidelity(report: ArchivedReport, pageHtml: string): string | undefined {
  const blocks = renderedBlocks(pageHtml);
  if (!blocks) return 'the page has no <article class="report-body">';
  for (const [i, line] of report.bodyLines.entries()) {
    const block = blocks[i];
    if (!block) return `source line ${line.n} is missing from the page: ${JSON.stringify(line.text.slice(0, 40))}`;
    if (block.text !== line.text) return `source line ${line.n} reads ${JSON.stringify(line.text.slice(0, 60))} but the page has ${JSON.stringify(block.text.slice(0, 60))}`;
    const markup = [...block.inner.matchAll(/<[^>]*>/g)].map((m) => m[0]).find((tag) => !ALLOWED_TAG.test(tag));
    if (markup) return `source line ${line.n} became markup on the page: ${markup}`;
  }
  if (blocks.length > report.bodyLines.length) return `the page has ${blocks.length - report.bodyLines.length} block(s) the source does not`;
  return undefined;
}
