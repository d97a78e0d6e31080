/**
 * Glossary candidates in a text: phrases in quotation marks, numeric
 * formulas (3+1+1, 1+7+2+N, 13710) and enumerations (四个意识, 两个维护).
 * Pure: the CLI (scripts/glossary-candidates.ts) reads files and filters
 * out what the glossary has already decided.
 */

export type CandidateKind = 'quoted' | 'numeric-formula' | 'enumeration';

export interface Candidate {
  phrase: string;
  kind: CandidateKind;
  /** Start offset in the text. */
  index: number;
}

/** “…” and 「…」 『…』, not crossing a sentence end; nested quotes are left to the outer pair. */
const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』/gu;
/** 3+1+1, 1+7+2+N, 323+1, 2+2+4 (ASCII or full-width plus). */
const FORMULA = /(?<![\d+＋])\d{1,4}(?:[+＋](?:\d{1,4}|[NnＮ]))+(?![\d+＋])/gu;
/** A bare number of 4 or 5 digits used as a name: 13710 工作制度, “1220”. Years (19xx, 20xx) are excluded. */
const CODE_NUMBER = /(?<![\d.,%])(?!(?:19|20)\d\d(?!\d))\d{4,5}(?![\d.,%万亿元年月日个项家人户吨千米公里平方])/gu;
/** 四个意识, 两个维护, 三大攻坚战, 五区战略: a count, 个/大/项/区… then 1–4 characters. */
const ENUMERATION = /(?<![\p{sc=Han}])(?:[一二三四五六七八九十两]|十[一二三四五六七八九])(?:个|大|项|区|化|不|无|新|有)[\p{sc=Han}]{1,4}?(?=[”、，,。；;：:\s]|$)/gu;

export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const phrase = (m[1] ?? m[2] ?? m[3]).trim();
    if (phrase) found.push({ phrase, kind: 'quoted', index: m.index });
  }
  for (const m of text.matchAll(FORMULA)) found.push({ phrase: m[0], kind: 'numeric-formula', index: m.index });
  for (const m of text.matchAll(CODE_NUMBER)) found.push({ phrase: m[0], kind: 'numeric-formula', index: m.index });
  for (const m of text.matchAll(ENUMERATION)) found.push({ phrase: m[0], kind: 'enumeration', index: m.index });
  return found.sort((a, b) => a.index - b.index);
}
