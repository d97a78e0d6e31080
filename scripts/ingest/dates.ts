/**
 * Dates as Chinese web pages write them, to ISO strings.
 * `2021-08-24`, `2021/8/24`, `2021年10月 01日 09:04`, `(2021年8月24日)`,
 * `二〇二六年一月二十七日`, `2023-03-01 19:55:07`; January also as 元月 (一九九九年元月九日), never the lunar 正月.
 */

import { chineseNumeral, NUMERALS } from '../../src/text/chinese-numerals.ts';
import { fold } from '../../src/text/fold.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export interface FoundDate {
  /** YYYY-MM-DD, or with THH:MM when a time was printed. */
  iso: string;
  /** Where in the text the date starts and ends. */
  start: number;
  end: number;
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function build(y: number, m: number, d: number, hh?: string, mm?: string): string | undefined {
  if (!valid(y, m, d)) return undefined;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return day;
  const h = Number(hh);
  const min = Number(mm);
  if (h > 23 || min > 59) return day;
  return `${day}T${pad(h)}:${pad(min)}`;
}

/**
 * (A year's digits may be spaced: 1 9 9 8 年3 月5 日; a day before its time may lose its 日: 2013年06月09 15:50:29; a portal may
 * space its numbers after their separators: 2025- 05- 10 18: 52; a range may give its first day without 日: 2021年9月23至24日; a portal may
 * run its day into its time: 2026-02-0419:47:55; or write its time with the ratio sign for a colon: 2024-02-08 12∶02.)
 */
const NUMERIC = /(\d(?: ?\d){3})\s*(?:年\s*(\d{1,2}|元)\s*月\s*(\d{1,2})\s*(?:日|(?=\s+\d{1,2}:\d{2})|(?=(?:至|到)\d{1,2}日))|[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2}(?!\d)|\d{2}(?=\d{2}:\d{2})))(?:(?:\s*|T)(\d{1,2})(?:[:∶] ?|[时時])(\d{2})(?:[:∶]\d{2}|分)?)?/g;
const HANZI = new RegExp(`([〇零○${NUMERALS.slice(0, 9)}OoＯ0０]{4})年([${NUMERALS}]{1,3}|元)月([${NUMERALS}]{1,3})日`, 'g');

/** A day written first (20.02.2017 18:38, 05.02.2023 12:43, as some sites print it; no Chinese site was met printing its month first). */
const DAY_FIRST = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])(?:\s*(\d{1,2}):(\d{2})(?::\d{2})?)?/g;

/** The year apart from its month and day, its time after them, as a wire's pages print it (2023 11/18 13:38:20). */
const YEAR_APART = /(?<![\d/])(\d{4}) (\d{1,2})\/(\d{1,2}) +(\d{1,2}):(\d{2})(?::\d{2})?(?![\d/])/g;

/** Every full date (year, month, day) in a piece of text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    const d = Number(m[1]);
    const iso = build(Number(m[3]), Number(m[2]), d, m[4], m[5]);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const y = Number(m[1].replace(/ /g, ''));
    const mo = m[2] === '元' ? 1 : Number(m[2] ?? m[4]);
    const d = Number(m[3] ?? m[5]);
    const iso = build(y, mo, d, m[6], m[7]);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR_APART)) {
    const iso = build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(HANZI)) {
    const y = chineseNumeral(m[1]);
    const mo = m[2] === '元' ? 1 : chineseNumeral(m[2]);
    const d = chineseNumeral(m[3]);
    if (y === undefined || mo === undefined || d === undefined) continue;
    const iso = build(y, mo, d);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A page's own date as a label gives it, its year perhaps in two digits (发布时间:22年02月25日 is 2022's: no page predates 2000). */
const SHORT_YEAR_DAY = /^(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
export function labelledDate(value: string): FoundDate | undefined {
  const found = findDates(value)[0];
  if (found) return found;
  const short = SHORT_YEAR_DAY.exec(value.trim());
  const iso = short ? build(2000 + Number(short[1]), Number(short[2]), Number(short[3])) : undefined;
  return iso ? { iso, start: value.indexOf(short![0]), end: value.indexOf(short![0]) + short![0].length } : undefined;
}

/** The day a document site writes after a title, its digits run together: `……上的讲话(20220105)`. */
export const COMPACT_DATE_AFTER = /\s*[(（](\d{4})(\d{2})(\d{2})[)）]\s*$/u;
export function compactDateAfter(title: string): string | undefined {
  const m = COMPACT_DATE_AFTER.exec(title);
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A year, or a year and month, alone on a line (2024年1月): a series' or an issue's date, never a title. */
export function isBareDate(line: string): boolean {
  return /^\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?$/u.test(fold(line.trim()));
}

/**
 * The date a line consists of, if the line is nothing but a date
 * (optionally in brackets): `(2021年8月24日)`, `二〇二六年一月二十七日`.
 */
export function dateOnlyLine(line: string): string | undefined {
  // (Or after a dateline's dash, with no occasion: ——2024年1月8日, ——2024.1.8.)
  const inner = line.trim().replace(/^(?:[—–－-]{1,4}\s*)?[(（〔\[]?\s*/u, '').replace(/\s*[)）〕\]]$/, '');
  const dates = findDates(inner);
  if (dates.length !== 1) return undefined;
  const [date] = dates;
  // (In brackets, the hour it was given may follow the day: （2016年7月18日晚7:30）, （2020年11月11日晚，北京钓鱼台国宾馆）, a day still.)
  const hour = /^[(（〔\[]/.test(line.trim()) ? SPOKEN_HOUR.exec(inner.slice(date.end))?.[0].length ?? 0 : 0;
  return date.start === 0 && date.end + hour === inner.length ? (hour > 0 ? date.iso.slice(0, 10) : date.iso) : undefined;
}

/** The hour of a day as a dateline gives it: 晚7:30, 上午9时, 下午3点; or its part and the place, after a comma: 晚，北京钓鱼台国宾馆. */
const SPOKEN_HOUR = /^\s*(?:(?:上午|下午|晚上|晚|早上|中午)\s*\d{1,2}\s*(?:[:：]\d{2}|[时点](?:\d{1,2}分)?)|(?:上午|下午|晚上|晚|早上|中午)?[,，]\s*[^,，。()（）]{2,20})$/u;

/** The page's own day, as a pattern's source: 今天, 今日. */
export const TODAY = '今天|今日';
/** The day a page says relative to its own, as a pattern's source: 今天, 今日, 昨天, 昨日. */
export const RELATIVE_DAY = `${TODAY}|昨天|昨日`;
/** A day of the week as pages print it beside a date (星期一, 周日), as a pattern's source. */
export const WEEKDAY = '(?:星期|周)[一二三四五六日天]';

/** Drop the time of day: the schema's delivered and written dates are days. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
