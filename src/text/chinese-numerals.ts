/**
 * Chinese numerals as the reports write them: the one table of their values
 * (dates 二〇二六年一月二十七日, enumerations 四个意识, session ordinals 十届四次),
 * and the character class the patterns of the ingest, the glossary and the
 * facets are built from.
 */

/** Each numeral character's value; 〇 and what pages type for it (the letter O, the circle ○, the digit 0: 二0一一) are 0, 两 is 2. */
export const NUMERAL_VALUES: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, O: 0, o: 0, Ｏ: 0, '○': 0, '0': 0, '０': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/** The numerals one to ten, for regex character classes: `[${NUMERALS}]+、` is a heading mark 一、 … 十二、. */
export const NUMERALS = '一二三四五六七八九十';

/**
 * The value of a numeral: 二〇二六 → 2026 (digit by digit, as years are
 * written), 二十七 → 27, 十二 → 12, 四 → 4. Undefined when it is not one.
 */
export function chineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  if (!text.includes('十')) {
    let value = 0;
    for (const ch of text) {
      const d = NUMERAL_VALUES[ch];
      if (d === undefined) return undefined;
      value = value * 10 + d;
    }
    return value;
  }
  const match = new RegExp(`^([${NUMERALS.slice(0, 9)}两])?十([${NUMERALS.slice(0, 9)}])?$`).exec(text);
  if (!match) return undefined;
  return (match[1] ? NUMERAL_VALUES[match[1]] : 1) * 10 + (match[2] ? NUMERAL_VALUES[match[2]] : 0);
}
