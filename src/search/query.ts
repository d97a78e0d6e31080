// Search queries as readers type them, made comparable with the archive's
// text: surrounding quotes dropped, full-width forms folded (＋ → +, ０ → 0),
// traditional characters mapped to simplified (兩個維護 → 两个维护).
// Pure functions; the search page and the tests share them.

/** @param {string} ch */
function foldChar(ch) {
  const folded = ch.normalize('NFKC');
  return folded.length === 1 ? folded : ch;
}

/**
 * @param {string} query
 * @param {Record<string, string>} t2s traditional → simplified characters
 * @returns {{ text: string, quoted: boolean }}
 */
export function normalizeQuery(query, t2s = {}) {
  let text = query.trim().replace(/\s+/g, ' ');
  const quoted = /^["“”「『].*["“”」』]$/.test(text) && text.length > 2;
  text = text.replace(/^["“”「『]+|["“”」』]+$/g, '');
  let out = '';
  for (const ch of text) out += t2s[ch] ?? foldChar(ch);
  return { text: out.trim(), quoted };
}

/**
 * The glossary entry a query names exactly, if any.
 * @param {string} text a normalised query
 * @param {Record<string, string>} forms normalised form → entry id
 */
export function entryFor(text, forms) {
  return forms[text.replace(/[“”"]/g, '')];
}

/**
 * Whether a result's indexed text holds one of the phrases. Pagefind's own
 * quoted search misses some phrases, because it segments a long query
 * (争当表率、争做示范、走在前列) differently from the same words in running text;
 * the loaded text settles it.
 * @param {string} content a result's text as Pagefind returns it (words may be joined by U+200B)
 * @param {string[]} phrases normalised phrases
 */
export function holdsPhrase(content, phrases) {
  // Printable ASCII and CJK unified ideographs have no compatibility forms, so
  // only the other characters go through foldChar: a result's text is long.
  const text = content.replace(/\u200B/g, '').replace(/[^\x20-\x7E\u4E00-\u9FFF]/gu, foldChar);
  return phrases.some((phrase) => phrase.length > 0 && text.includes(phrase));
}
