/**
 * The words a report puts around a number to qualify it, and where each
 * stands: the extractor reads them (scripts/figures/extract.ts) and the site
 * writes them back in the same place (src/figures/format.ts).
 */

/** Before the number: 接近3万人, 不少于60个, 力争5%. Longest first for the extractor's pattern. */
export const PREFIX_QUALIFIERS = ['不少于', '不低于', '不超过', '接近', '超过', '突破', '至少', '力争', '近', '约', '逾', '超'] as const;
/** Right after the number, before the unit: 30余家, 200多人. */
export const APPROXIMATION_MARKS = ['余', '多'] as const;
/** After the unit: 5%左右, 5亿元以上. */
export const SUFFIX_QUALIFIERS = ['左右', '以上', '以内', '以下', '上下'] as const;

export type QualifierPlace = 'before' | 'after-number' | 'after';

/** Where a qualifier is written. A qualifier the lists do not know goes after the unit, where a reader still sees it. */
export function qualifierPlace(qualifier: string): QualifierPlace {
  if ((PREFIX_QUALIFIERS as readonly string[]).includes(qualifier)) return 'before';
  if ((APPROXIMATION_MARKS as readonly string[]).includes(qualifier)) return 'after-number';
  return 'after';
}

/** A regex alternation of words, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
