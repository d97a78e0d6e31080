/**
 * Step 6, escape: a line of source text as MDX that renders to exactly that
 * text, never to markup.
 *
 * Backslash escapes (valid for any ASCII punctuation in CommonMark and MDX)
 * for what could open syntax anywhere; character references for what only
 * matters at the edges of a line (leading and trailing white space, a line
 * starting like an ES module statement).
 */

/** Syntax anywhere in a line: emphasis, code, HTML/JSX, expressions, links, tables, strikethrough, entities, escapes, heading marks. */
const ALWAYS = /[\\`*_<>{}[\]|~&$#]/g;

/** Characters Markdown strips or rewrites at a line's edges, kept as references. */
function reference(ch: string): string {
  return `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;
}

export function escapeLine(text: string): string {
  let out = text.replace(ALWAYS, (ch) => `\\${ch}`);
  // GFM autolink literals: https://…, www.…, name@host.
  out = out.replace(/:(?=\/\/)/g, '\\:').replace(/(www)\./gi, '$1\\.').replace(/@/g, '\\@');
  // Block syntax at the start: headings, lists, block quotes, thematic breaks, setext underlines.
  out = out.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
  // MDX would read a line starting with `import `/`export ` as JavaScript.
  out = out.replace(/^(\s*)([ie])(mport|xport)(?=[\s{*])/, (_, space, first, rest) => `${space}${reference(first)}${rest}`);
  // White space at the edges: Markdown trims it, so write it as references.
  out = out.replace(/^\s+/, (space) => [...space].map(reference).join(''));
  out = out.replace(/\s+$/, (space) => [...space].map(reference).join(''));
  return out;
}
