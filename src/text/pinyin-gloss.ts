/**
 * The pinyin a mirror site prints after a character it converted: 現(xiàn)在,
 * 報(bào)告, 李克強(qiáng) (a tone mark makes it pinyin). Texts keep them; the
 * ingest's header and metadata steps and the appendix reader read past them.
 */
// (Some mirrors leave a space before the bracket's close: 會(huì ).)
export const TONED_PINYIN_GLOSS = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?\)/g;
/** Those, or a word's pinyin without tones, capitalised by syllable, in square brackets: 自治区[ZiZhiQu], 会议[HuiYi]. */
export const PINYIN_GLOSS = new RegExp(`${TONED_PINYIN_GLOSS.source}|(?<=\\p{sc=Han})\\[(?=[^\\]]*[a-z])(?:[A-Z][a-z]{0,5}){1,6}\\]`, 'gu');

/** A text without its pinyin glosses: 三個(gè)不動(dòng)搖 → 三個不動搖. */
export function withoutPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, '');
}
