/**
 * Step 6, escape: a line of source text as MDX that renders to exactly that
 * text, never to markup.
 *
 * - Backslash escapes (valid for any ASCII punctuation in CommonMark and MDX)
 *   for what could open syntax anywhere in a line.
 * - Character references for what only matters at the edges of a line:
 *   leading and trailing white space, a line starting like an ES module
 *   statement.
 * - Addresses (`https://…`, `www.…`, `name@host`) as MDX string expressions,
 *   `{"www.gov.cn"}`: GFM turns such text into links after parsing, whatever
 *   escapes it carries, and a string expression renders as plain text.
 */

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
