/**
 * Width folding: full-width and other compatibility forms read as their
 * ordinary form (＋ → +, ０ → 0, ｈ → h), so that a glossary form, a search
 * query and the archive's text compare alike however a page typed them.
 *
 * One function for the glossary matcher and the search data (at build time)
 * and the search page and the decoder (in the browser, bundled from this file).
 *
 * Length-preserving: every UTF-16 code unit of the text maps to exactly one
 * code unit of the result, so an offset found in folded text is the same
 * offset in the original. A character outside the Basic Multilingual Plane
 * (CJK Extension B and beyond, found in place and person names) is kept as it
 * is: its two code units fold to themselves.
 */

/** One character's (one code point's) folded form: NFKC when that stays one BMP character. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII, and everything from kana to the end of the CJK ideographs, is already folded.
  if (code < 0x80 || (code >= 0x3040 && code < 0xf900)) return ch;
  if (ch.length !== 1) return ch;
  const folded = ch.normalize('NFKC');
  return folded.length === 1 ? folded : ch;
}

/** Characters that may fold: all but ASCII and kana to the CJK ideographs (so long texts are scanned by the regex engine, not char by char). */
const FOLDABLE = /[^\x00-\x7F\u3040-\uF8FF]/gu;

export function fold(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}
