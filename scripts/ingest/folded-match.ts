/**
 * Matching on folded text (繁體 read as simplified, full-width as half-width)
 * and cutting what matched from the text as written.
 */

/** A text as a regular expression that matches only itself. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A named group of a match made on folded text, cut from the text as written. */
export function groupAsWritten(match: RegExpExecArray, group: string, written: string): string | undefined {
  const span = match.indices?.groups?.[group];
  return span ? written.slice(span[0], span[1]) : undefined;
}
