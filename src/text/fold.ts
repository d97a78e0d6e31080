/**
 * Folding: the forms of a character that should read as one, so that a
 * glossary form, a search query and the archive's text compare alike however
 * a page typed them:
 * - width and compatibility forms (＋ → +, ０ → 0, ｈ → h), by NFKC;
 * - traditional characters as simplified (兩個維護 → 两个维护), by the table
 *   in src/text/t2s-table.ts, made from OpenCC (src/text/t2s-source.ts).
 *
 * One function for the glossary matcher and the search data (at build time)
 * and the search page and the decoder (in the browser, bundled from this file).
 * Folding only compares: pages always show the characters the source wrote.
 *
 * Length-preserving: every UTF-16 code unit of the text maps to exactly one
 * code unit of the result, so an offset found in folded text is the same
 * offset in the original. A character outside the Basic Multilingual Plane
 * (CJK Extension B and beyond, found in place and person names) is kept as it
 * is: its two code units fold to themselves.
 */
import { T2S_PAIRS } from './t2s-table.ts';

let simplified: Map<string, string> | undefined;

function traditionalToSimplified(): Map<string, string> {
  if (!simplified) {
    simplified = new Map();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) simplified.set(T2S_PAIRS[i], T2S_PAIRS[i + 1]);
  }
  return simplified;
}

/** One character's (one code point's) folded form. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  if (ch.length !== 1) return ch;
  if (code >= 0x3040 && code < 0xf900) return traditionalToSimplified().get(ch) ?? ch;
  const folded = ch.normalize('NFKC');
  return folded.length === 1 ? folded : ch;
}

let foldable: RegExp | undefined;

/** Characters that may fold: all but ASCII and the kana-to-ideograph range, and the traditional characters of the table. */
function foldableCharacters(): RegExp {
  if (!foldable) {
    const traditional = [...traditionalToSimplified().keys()].join('');
    foldable = new RegExp(`[^\\x00-\\x7F\\u3040-\\uF8FF]|[${traditional}]`, 'gu');
  }
  return foldable;
}

export function fold(text: string): string {
  return text.replace(foldableCharacters(), foldChar);
}

let traditional: RegExp | undefined;

function traditionalCharacters(): RegExp {
  traditional ??= new RegExp(`[${[...traditionalToSimplified().keys()].join('')}]`, 'gu');
  return traditional;
}

/** Whether a text has characters the folding reads as simplified (a text in traditional characters, or a repost mixing them). */
export function hasTraditional(text: string): boolean {
  const pattern = traditionalCharacters();
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** The text with its traditional characters as simplified, nothing else changed: what search indexes beside such a text. */
export function simplifiedText(text: string): string {
  return text.replace(traditionalCharacters(), (ch) => traditionalToSimplified().get(ch) ?? ch);
}
