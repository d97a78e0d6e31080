/**
 * A report's text as MDX: the one home of the format that the ingest writes
 * and the site, the CLIs and the build checks read back.
 *
 * - source lines: how a verbatim source is cut into numbered lines (the
 *   provenance line numbers and the `#L<n>` anchors of the source view);
 * - escape: a source line as MDX that renders to exactly that text;
 * - body blocks: the MDX body read back as its blocks of text (the inverse
 *   of escape), with the paragraph anchors the site gives them;
 * - hand marks: the `<Term id>` elements an editor adds, read as the MDX
 *   parser reads them (an escaped `\<Term` is text, not a mark);
 * - frontmatter: an .mdx file split into its YAML and its body.
 *
 * Tests hold escape and body blocks to each other (property tests), to the
 * unified MDX parser (the ingest's validation) and to the real Sätteri build.
 */

import yaml from 'js-yaml';

// ─── Source lines ────────────────────────────────────────────────────────────

/**
 * The lines of a text file, numbered as the archive numbers them (line n is
 * element n - 1): a leading BOM is dropped, CRLF, CR and LF all end a line,
 * and a final line break does not start an extra empty line.
 */
export function splitSourceLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body === '') return [];
  const lines = body.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// ─── Escape ──────────────────────────────────────────────────────────────────

/** Syntax anywhere in a line: emphasis, code, HTML/JSX, expressions, links, tables, strikethrough, entities, escapes, heading marks. */
const ALWAYS = /[\\`*_<>{}[\]|~&$#]/g;

/** Text GFM would turn into a link: URLs, www. hosts, e-mail addresses. */
export const ADDRESS = /(?:(?:https?|ftp|mailto|xmpp):\/{0,2}|www\.)[^\s\p{sc=Han}\u3000-\u303f\uff01-\uff60“”‘’]*|[\w.+-]+@[\w.-]+/giu;

/** Characters Markdown strips or rewrites at a line's edges, kept as references. */
function reference(ch: string): string {
  return `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;
}

/** An MDX expression that evaluates to exactly `text`; braces written as \u escapes so MDX's brace matching is not fooled. */
export function stringExpression(text: string): string {
  return `{${JSON.stringify(text).replace(/[{}]/g, (b) => (b === '{' ? '\\u007b' : '\\u007d'))}}`;
}

function escapeText(text: string): string {
  return text.replace(ALWAYS, (ch) => `\\${ch}`);
}

/**
 * A line of source text as MDX that renders to exactly that text, never to markup:
 * - backslash escapes (valid for any ASCII punctuation in CommonMark and MDX)
 *   for what could open syntax anywhere in a line;
 * - character references for what only matters at the edges of a line:
 *   leading and trailing white space, a line starting like an ES module statement;
 * - addresses (`https://…`, `www.…`, `name@host`) as MDX string expressions,
 *   `{"www.gov.cn"}`: GFM turns such text into links after parsing, whatever
 *   escapes it carries, and a string expression renders as plain text.
 */
export function escapeLine(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    out += escapeText(text.slice(last, match.index));
    // An expression opening the line would be a block of its own, not part of a paragraph.
    const [first, ...rest] = match[0];
    out += out.trim() === '' ? `${reference(first)}${stringExpression(rest.join(''))}` : stringExpression(match[0]);
    last = match.index + match[0].length;
  }
  out += escapeText(text.slice(last));
  // Block syntax at the start: headings, lists, block quotes, thematic breaks, setext underlines.
  out = out.replace(/^(\s*)([>+=-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
  // MDX would read a line starting with `import `/`export ` as JavaScript.
  out = out.replace(/^(\s*)([ie])(mport|xport)(?=[\s{*]|$)/, (_, space: string, first: string, rest: string) => `${space}${reference(first)}${rest}`);
  // White space at the edges: Markdown trims it, so write it as references.
  out = out.replace(/^\s+/, (space) => [...space].map(reference).join(''));
  out = out.replace(/\s+$/, (space) => [...space].map(reference).join(''));
  return out;
}

/** A body block as the ingest writes it: a heading of the given depth, or a paragraph. */
export function renderBlockMdx(text: string, headingDepth?: number): string {
  const escaped = escapeLine(text);
  return headingDepth ? `${'#'.repeat(headingDepth)} ${escaped}` : escaped;
}

// ─── Body blocks and hand marks ──────────────────────────────────────────────

export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  /** The paragraph's anchor, p1…; headings have none. */
  id?: string;
  text: string;
}

/** The anchor id of the n-th paragraph of a body (1-based): `p1`, `p2`, … */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * The tokens of an escaped line, scanned left to right as MDX reads them: a
 * backslash escape, a character reference, a string expression, or a `<Term>`
 * tag. An escape is consumed before what follows it, so `\<Term` is text.
 */
const TOKEN = /\\([!-/:-@[-`{-~])|&#x([0-9a-fA-F]+);|&#(\d+);|\{("(?:[^"\\]|\\.)*")\}|<(\/?)Term\b([^>]*)>/g;
const TERM_ID = /\bid="([^"]*)"/;

interface ReadLine {
  text: string;
  /** The ids of the `<Term id="…">` marks opened in the line. */
  termIds: string[];
}

function readMdxLine(line: string): ReadLine {
  const termIds: string[] = [];
  const text = line.replace(TOKEN, (_whole, escaped?: string, hex?: string, dec?: string, json?: string, closing?: string, attributes?: string) => {
    if (escaped !== undefined) return escaped;
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec, 10));
    if (json !== undefined) return JSON.parse(json) as string;
    if (closing === '') termIds.push(TERM_ID.exec(attributes ?? '')?.[1] ?? '');
    return '';
  });
  return { text, termIds };
}

/** The text an escaped MDX line renders to. */
export function unescapeMdxText(line: string): string {
  return readMdxLine(line).text;
}

function bodyChunks(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.replace(/^(\r?\n)+|(\r?\n)+$/g, ''))
    .filter((block) => block.trim() !== '');
}

/** The blocks of an MDX body (one block per source line, blank-line separated): headings, and paragraphs with their anchors. */
export function bodyBlocks(body: string): BodyBlock[] {
  let paragraphs = 0;
  return bodyChunks(body).map((block) => {
    const heading = /^#{1,6} (.*)$/s.exec(block);
    if (heading) return { kind: 'heading' as const, text: unescapeMdxText(heading[1]) };
    paragraphs += 1;
    return { kind: 'paragraph' as const, id: paragraphId(paragraphs), text: unescapeMdxText(block) };
  });
}

/** The ids named by `<Term id="…">` marks in an MDX body, as the MDX parser reads them. */
export function handMarkedTermIds(body: string): string[] {
  return bodyChunks(body).flatMap((block) => readMdxLine(block).termIds);
}

// ─── Frontmatter ─────────────────────────────────────────────────────────────

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitMdx {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  yaml?: string;
  /** Everything after the frontmatter. */
  body: string;
  /** The 1-based line number where the body starts. */
  bodyLine: number;
}

/** An .mdx file cut into its frontmatter YAML and its body. */
export function splitFrontmatter(mdx: string): SplitMdx {
  const match = FRONTMATTER.exec(mdx);
  if (!match) return { body: mdx, bodyLine: 1 };
  return { yaml: match[1], body: mdx.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * The frontmatter as data (YAML read with the JSON schema, as the site reads
 * it: no dates or numbers guessed from strings), or undefined when the file
 * has none or it does not parse. Not validated: the schema does that.
 */
export function frontmatterData(mdx: string): Record<string, unknown> | undefined {
  const { yaml: text } = splitFrontmatter(mdx);
  if (text === undefined) return undefined;
  try {
    const data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The body of an MDX file: everything after the frontmatter. */
export function mdxBody(mdx: string): string {
  return splitFrontmatter(mdx).body;
}
