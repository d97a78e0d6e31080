/**
 * The year of a national session by its name: 十二届全国人大四次会议 met in
 * 2016, 全国政协十三届三次会议 in 2020. From the sixth National People's
 * Congress (1983) on, each congress and the National Committee of the CPPCC
 * elected with it sits for five years and meets once a year, its first
 * session in the year it was elected; so a session's name gives its year.
 * Pure.
 */
import { chineseNumeral, NUMERALS } from '../../src/text/chinese-numerals.ts';
import { fold } from '../../src/text/fold.ts';

/** The year each term's first session met, the sixth to the fourteenth (the NPC and the CPPCC National Committee alike). */
const FIRST_SESSION: Record<number, number> = { 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023 };

const NUMBER = `[${NUMERALS}\\d]{1,3}`;
/** 第十二届全国人民代表大会第四次会议, 十二届全国人大四次会议, 全国政协十三届三次会议, 中国人民政治协商会议第十四届全国委员会第一次会议 (read folded). */
const NATIONAL_SESSION = new RegExp(
  [
    `第?(?<term>${NUMBER})届全国(?:人民代表大会|人大)(?:常务委员会|常委会)?第?(?<session>${NUMBER})次(?:全体)?会议`,
    `全国政协第?(?<term2>${NUMBER})届(?:全国委员会)?第?(?<session2>${NUMBER})次(?:全体)?会议`,
    `(?:中国人民政治协商会议|政协)第?(?<term3>${NUMBER})届全国委员会第?(?<session3>${NUMBER})次(?:全体)?会议`,
  ].join('|'),
  'u',
);

const numberOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : chineseNumeral(text));

/** The year a national session met, when its name gives one the rule above covers (not a standing committee's sitting). */
export function nationalSessionYear(meeting: string): number | undefined {
  const match = NATIONAL_SESSION.exec(fold(meeting));
  if (!match?.groups || /常务委员会|常委会/u.test(match[0])) return undefined;
  const term = numberOf(match.groups.term ?? match.groups.term2 ?? match.groups.term3);
  const session = numberOf(match.groups.session ?? match.groups.session2 ?? match.groups.session3);
  const first = term === undefined ? undefined : FIRST_SESSION[term];
  return first !== undefined && session !== undefined && session >= 1 && session <= 5 ? first + session - 1 : undefined;
}
