/**
 * Search queries as readers type them, made comparable with the archive's
 * text: surrounding quotes dropped, compatibility forms and traditional
 * characters folded as the build folds the glossary's forms and the indexed
 * text (src/text/fold.ts, the same function: 兩個維護 → 两个维护, ＋ → +).
 * Pure functions; the search page (bundled for the browser) and the tests share them.
 */
import { fold } from '../text/fold.ts';

/** A query as the search compares it, and whether the reader quoted it. */
export function normalizeQuery(query: string): { text: string; quoted: boolean } {
  let text = query.trim().replace(/\s+/g, ' ');
  const quoted = /^["“”「『].*["“”」』]$/.test(text) && text.length > 2;
  text = text.replace(/^["“”「『]+|["“”」』]+$/g, '');
  return { text: fold(text).trim(), quoted };
}

/** The glossary entry a normalised query names exactly, if any (`forms`: normalised form → entry id). */
export function entryFor(text: string, forms: Record<string, string>): string | undefined {
  return forms[text.replace(/[“”"]/g, '')];
}

/**
 * Whether a result's indexed text holds one of the (normalised) phrases.
 * Pagefind's own quoted search misses some phrases, because it segments a
 * long query (争当表率、争做示范、走在前列) differently from the same words in
 * running text; the loaded text settles it. Pagefind may join words with U+200B.
 */
export function holdsPhrase(content: string, phrases: readonly string[]): boolean {
  const text = fold(content.replace(/\u200B/g, ''));
  return phrases.some((phrase) => phrase.length > 0 && text.includes(phrase));
}
