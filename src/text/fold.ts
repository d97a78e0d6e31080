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

/**
 * Each BMP code unit's folded code unit, computed by foldChar the first time
 * the unit is met (0: not yet). Folding runs over the whole archive in every
 * build, so a character is normalised once, not at every occurrence.
 */
const folded = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return code;
  let to = folded[code];
  if (to === 0) {
    const ch = foldChar(String.fromCharCode(code));
    to = ch.length === 1 ? ch.charCodeAt(0) : code;
    folded[code] = to;
  }
  return to;
}

/** Chunks for String.fromCharCode, below any engine's limit on arguments. */
const CHUNK = 8192;
let utf16: TextDecoder | undefined;

/** A string of code units. The decoder is fast but would replace a lone surrogate, so text with surrogates is joined unit by unit. */
function fromUnits(units: Uint16Array, surrogates: boolean): string {
  if (!surrogates) return (utf16 ??= new TextDecoder('utf-16le')).decode(units);
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

export function fold(text: string): string {
  let first = 0;
  while (first < text.length && foldUnit(text.charCodeAt(first)) === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  const units = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    units[i] = i < first ? code : foldUnit(code);
  }
  return fromUnits(units, surrogates);
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
