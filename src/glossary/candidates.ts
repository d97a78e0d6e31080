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
  /** Where the phrase starts in the text (inside the quotation marks, for a quoted phrase). */
  index: number;
}

/** “…” and 「…」 『…』, not crossing a sentence end; nested quotes are left to the outer pair. */
const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』/gu;
/** 3+1+1, 1+7+2+N, 323+1, 2+2+4 (ASCII or full-width plus). */
const FORMULA = /(?<![\d+＋])\d{1,4}(?:[+＋](?:\d{1,4}|[NnＮ]))+(?![\d+＋])/gu;
/** A bare number used as a name: 13710工作制度, 721工作法 (not quantities: those are followed by units). */
const CODE_NUMBER = /(?<![\d.,%+＋])\d{3,5}(?=工作制度|工作法|工作举措|工程|机制|模式|体系|战略|布局|服务承诺|项目任务)/gu;
/** 四个意识, 两个维护, 三大攻坚战, 六个聚焦: a Chinese count (not 一, not part of 二十 or 第二), 个/大/项/支/条, then 2–4 characters up to a pause. */
const ENUMERATION = /(?<![一二三四五六七八九十两百千万第\d])[二三四五六七八九十两](?:个|大|项|支|条)[\p{sc=Han}]{2,4}?(?=[”、，,。；;：:）)\s]|的|和|与|$)/gu;

export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3];
    const phrase = inner.trim();
    if (phrase) found.push({ phrase, kind: 'quoted', index: m.index + 1 + inner.length - inner.trimStart().length });
  }
  for (const m of text.matchAll(FORMULA)) found.push({ phrase: m[0], kind: 'numeric-formula', index: m.index });
  for (const m of text.matchAll(CODE_NUMBER)) found.push({ phrase: m[0], kind: 'numeric-formula', index: m.index });
  for (const m of text.matchAll(ENUMERATION)) found.push({ phrase: m[0], kind: 'enumeration', index: m.index });
  return found.sort((a, b) => a.index - b.index);
}
