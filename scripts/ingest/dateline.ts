/**
 * Datelines: when and where a report was delivered, as the line under its
 * title prints it.
 *
 *   ——2026年1月27日在某某省第十四届人民代表大会第四次会议上
 *   （2026年1月27日在全市经济工作会议上的讲话）
 *   二〇二六年一月二十七日在…会议上
 *   2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上
 *
 * Pages also split one over two lines (the date alone, then 在…上; or
 * mid-phrase: …第十九届 / 人民代表大会第四次会议上); the caller joins them.
 */
import { fold } from '../../src/text/fold.ts';
import { dayOf, findDates } from './dates.ts';
import { OFFICE_ALONE, parseNameLine, parseOfficeLine, type SpeakerLine } from './speaker-line.ts';

export interface Dateline {
  /** The day, when the line gives one. */
  delivered?: string;
  /** The meeting as printed (without 在 and 上). */
  meeting: string;
  /** 讲话, 报告 … when the line says what was given there. */
  kind?: string;
  /** Who gave it, when the line names them after the meeting: `（…会议上 省长徐某某）`. */
  speaker?: SpeakerLine;
  /** A day that lost its 年 and 月 and can be read more than one way (2023115日): as written, and its readings. */
  brokenDay?: BrokenDay;
  /** A month and day without a year (—在3月2日政协某市…会议上), as written, for the page's date to give the year. */
  dayWithoutYear?: string;
  /** An office after the meeting whose holder's name is on the next line: `……会议上 省人民检察院检察长` / `某某某`. */
  officeAfter?: string;
  /** The line says the meeting adopted the document (…会议通过): the document is what it adopted, a resolution or a plan. */
  adopted?: boolean;
}

export interface BrokenDay {
  written: string;
  readings: string[];
}

/** The kinds of address a dateline may name after 上的. */
export const ADDRESS_KINDS = ['讲话', '报告', '工作报告', '发言', '致辞', '总结讲话', '主持词', '讲稿', '讲话提纲', '动员讲话', '述职报告'] as const;

const MEETING_WORD = /(会议|全会|大会|常委会|座谈会|报告会|动员会|推进会|发布会|培训班|研讨班|开幕式|闭幕式|结业式|典礼|仪式|论坛|年会|党代会|人代会|人大会)/;
export const DASHES = '—―－\\-~～─';
const DATELINE_START = `^[${DASHES}━\\s]*[(]?\\s*(?:在(?=[\\d〇零一二三四五六七八九十]))?(?<when>[^在()]{0,24}?)\\s*在(?<meeting>.{2,80}?)上(?:的(?:主旨|书面|表态|即席|就职)?(?<kind>${ADDRESS_KINDS.join('|')})(?:[(（](?:摘要|摘登|节选|全文|要点)[)）])?)?`;
const DATELINE = new RegExp(`${DATELINE_START}\\s*[)]?$`, 'u');
/** The same with the speaker after the meeting, spaced or run on, in its brackets or after them: `……会议上 省长徐某某）`, `……会议上代省长季某某`, `（……会议上） 某市人大常委会主任 某某某`. */
const DATELINE_SPEAKER = new RegExp(`${DATELINE_START}\\s*[)]?\\s*(?<speaker>[^()\\s][^()]{1,40}?)\\s*[)]?$`, 'u');

/**
 * The days a date that lost its 年 and 月 (or all three) can be: `20201229日` and `201516日`
 * only one; `2023115日` two (1月15日, 11月5日); `2020 1 7 日` and `20211月12日`
 * (spaces or 月 left) only one.
 */
export function brokenDayReadings(text: string): string[] {
  const parts = /^(\d{4})\s+(\d{1,2})\s+(\d{1,2})\s*日$/.exec(text) ?? /^(\d{4})\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text);
  if (parts) return [validDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))].filter((day) => day !== undefined);
  // (Or all of them: 2011221在某县第十届人民代表大会第五次会议上.)
  const run = /^(\d{4})(\d{2,4})日?$/.exec(text);
  if (!run) return [];
  const [year, digits] = [Number(run[1]), run[2]];
  const readings = [1, 2].filter((cut) => cut < digits.length && digits.length - cut <= 2).map((cut) => validDay(year, Number(digits.slice(0, cut)), Number(digits.slice(cut))));
  return [...new Set(readings.filter((day) => day !== undefined))];
}

/** A year, month and day as YYYY-MM-DD, where the month has that day; otherwise undefined (2018, 3, 43). */
export function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
}

/** A line that opens with a dash, as a subtitle does. */
const UNDER_DASH = new RegExp(`^[${DASHES}━]`, 'u');

/** (With a note on how the text was taken down: （2012年6月2日根据录音整理）; or in tortoise-shell brackets: 〔2023年12月19日〕.) */
const TRAILING_DAY = /\s*(?:[(]\s*(?:(?<day>[^()]{6,16}日)|(?<year>\d{4})年(?:(?<month>\d{1,2})月)?)\s*(?:[,，]?\s*(?:根据录音整理|录音整理|据录音整理))?\s*[)]|〔\s*(?<shellDay>[^〔〕]{6,16}日)\s*〕)\s*$/u;

/** The day in brackets closing a line (……会议上县长某某（2020年1月8日）, 市长某某（2021年10月25日）), or its month (…讲话(2012年3月)) or year (政府工作报告(2007年)): where the brackets start, and the day (or month, or year). */
export function dayInBracketsAfter(line: string): { at: number; day: string } | undefined {
  const match = TRAILING_DAY.exec(fold(line));
  if (!match?.groups) return undefined;
  const { day, year, month, shellDay } = match.groups;
  // (Or its year alone, 政府工作报告(2007年), or its month, as a speech's title may date it: …上的讲话(2012年3月).)
  if (year && !month) return { at: match.index, day: year };
  if (year) return Number(month) >= 1 && Number(month) <= 12 ? { at: match.index, day: `${year}-${month.padStart(2, '0')}` } : undefined;
  const date = findDates(day ?? shellDay)[0];
  return date ? { at: match.index, day: dayOf(date.iso) } : undefined;
}

/** A dated one whose 上 the page dropped: `——2020年12月29日在某区第十五届人民代表大会第六次会议`, its speaker perhaps after a space (…第八次会议 某市市长 某某某). */
const DATELINE_DATED_NO_SHANG = new RegExp(`^[${DASHES}━\\s]*[(]?\\s*(?<when>[^在()]{4,24}?)\\s*在(?<meeting>.{2,80}?会议)\\s*[)]?(?:\\s+(?<speaker>[^()\\s][^()]{1,40}?))?$`, 'u');

/** A dash, then the meeting, its 在 and its date dropped: `──第十六届人民代表大会第二次会议上`, `——某县十六届人大五次会议闭幕时的讲话`. */
const DATELINE_NO_ZAI = new RegExp(`^[${DASHES}━]+\\s*(?<when>)(?<meeting>[^在()\\d]{4,80}?会议)(?:上|(?:开幕|闭幕|结束)时)(?:的(?<kind>${ADDRESS_KINDS.join('|')}))?\\s*$`, 'u');
/** The same at a meeting of any kind, the address's kind named: `——第二届某商大会上的主旨发言`. */
const SPOKEN_AT_NO_ZAI = new RegExp(`^[${DASHES}━]+\\s*(?<when>)(?<meeting>[^在()\\d]{2,80}?${MEETING_WORD.source})上的(?:主旨|书面|表态|即席|就职)?(?<kind>${ADDRESS_KINDS.join('|')})\\s*$`, 'u');

/**
 * A dash, the date, then the meeting, its 在 (and 上) dropped: `——2014年2月18日县第十五届人民代表大会第三次会议`; its speaker perhaps after a space
 * (…第五次会议上 镇长 某某某), or run on when his government opens his office (…第四次会议大连市西岗区人民政府区长某某某).
 */
const DATELINE_DATED_NO_ZAI = new RegExp(`^[${DASHES}━]+\\s*(?<when>[^在()]{6,24}?日)\\s*(?<meeting>[^在()]{4,80}?会议)上?(?:(?:\\s+|(?=\\p{sc=Han}{2,20}?人民政府))(?<speaker>[^()\\s][^()]{1,40}?))?\\s*$`, 'u');

/** The date, then a congress's session, with no dash, 在 or 上: `2012年11月20日长沙市芙蓉区第四届人民代表大会第一次会议`. */
const DAY_THEN_SESSION = /^(?<when>[^在()]{6,24}?日)\s*(?<meeting>[^在()]{2,40}?第[一二三四五六七八九十\d]{1,3}届(?:人民代表大会|委员会|代表大会)第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议)上?\s*$/u;

/** The meeting, a comma, then the day, as a bilingual page prints it over its translation: `第十二届全国人大二次会议, 2014年3月5日`. */
const MEETING_THEN_DAY = /^(?<meeting>[^在()\d,]{4,60}?会议)\s*,\s*(?<when>\d{4}年\d{1,2}月\d{1,2}日)$/u;

/** The dateline a line is, if it is one. The line is read folded (full-width, traditional). */
export function parseDateline(line: string): Dateline | undefined {
  const folded = fold(line).trim();
  // The day after it in brackets: `——在某县第十七届人民代表大会第四次会议上县长某某某（2020年1月8日）`.
  const dayAfter = dayInBracketsAfter(line.trim());
  if (dayAfter) {
    const dateline = parseDateline(line.trim().slice(0, dayAfter.at));
    if (dateline && !dateline.delivered) return { ...dateline, delivered: dayAfter.day };
  }
  // (Two datelines joined, a text given at two sessions as a library prints its versions: …第六次會議上、2021年9月24日在…上: the first.)
  const twice = /^(?<first>.{8,}?上)、(?=\s*\d{4}\s*年)/u.exec(folded);
  const first = twice ? parseDateline(line.trim().slice(0, twice.groups!.first.length)) : undefined;
  if (first) return first;
  const match = DATELINE.exec(folded) ?? DATELINE_SPEAKER.exec(folded) ?? DATELINE_DATED_NO_SHANG.exec(folded) ?? DATELINE_NO_ZAI.exec(folded) ?? SPOKEN_AT_NO_ZAI.exec(folded) ?? DATELINE_DATED_NO_ZAI.exec(folded) ?? MEETING_THEN_DAY.exec(folded) ?? DAY_THEN_SESSION.exec(folded);
  if (!match?.groups) return undefined;
  const { kind, speaker } = match.groups;
  // (Who gave it, where the date would stand, under a dash: ——某某同志在…会议上的讲话; a line of its own so is a title.)
  const comrade = UNDER_DASH.test(folded) ? /^[^\p{sc=Han}]*(?<name>\p{sc=Han}{2,3})同志\s*$/u.exec(match.groups.when ?? '') : null;
  // (Or by office and name: ——某市人民政府市长某某在…会议上.)
  const whenAt = folded.indexOf(match.groups.when ?? '');
  const byOffice = UNDER_DASH.test(folded) && !comrade && match.groups.when && findDates(match.groups.when).length === 0 ? parseOfficeLine(line.trim().slice(whenAt, whenAt + match.groups.when.length)) : undefined;
  const when = comrade || byOffice ? '' : match.groups.when;
  // (A day without its year after 在 is not the meeting's: —在3月2日政协某市第十一届委员会第五次会议上.)
  const yearless = /^\d{1,2}月\d{1,2}日(?=\S{4})/u.exec(match.groups.meeting.trim());
  // (Nor a whole day after 在, none before it: the day it was given, ——在2025年12月29日某区第十八届人民代表大会第六次会议上.)
  const dayAfterZai = !yearless && !match.groups.when ? /^\d{4}年\d{1,2}月\d{1,2}日(?=\S{4})/u.exec(match.groups.meeting.trim()) : null;
  const meeting = match.groups.meeting.trim().slice(yearless?.[0].length ?? dayAfterZai?.[0].length ?? 0);
  // (Nor a run of a page's lines, a label's colon or a title's dash in it: 在线检阅: 搜索 / 政府工作报告——在某市…会议上.)
  if (!MEETING_WORD.test(meeting) || /[:：]|——/u.test(meeting)) return undefined;
  // (Nor a title's lines run on into the giver's and the occasion's: 在…书写精彩人生 / 某省委书记某某 / 在某大学…报告会上的讲话.)
  if (/(?:书记|[省市县区州旗]长|主席|主任)\p{sc=Han}{2,3}在/u.test(meeting)) return undefined;
  const found = when ? findDates(when) : dayAfterZai ? findDates(dayAfterZai[0]) : [];
  // A date that lost its 年 and 月 (20201229日, 201516日): read where only one reading is possible; else its readings.
  const readings = found.length === 0 && when ? brokenDayReadings(when.trim()) : [];
  // Text before 在 must be a date (or nothing, or a broken date such as 2023115日): not a clause.
  // (A year masked as 20xx is still a dateline's.)
  if (when && found.length === 0 && !/^[\d\s年月日〇零一二三四五六七八九十O○xX]+$/.test(when.trim())) return undefined;
  // (A month and day without the year before 在: 1月23日在某区第五届人民代表大会第二次会议上.)
  const monthDayOnly = when && found.length === 0 ? /^\d{1,2}月\d{1,2}日$/u.exec(fold(when).trim()) : null;
  // (The speaker as written: the line's script, as the meeting's.)
  const speakerAsWritten = speaker ? line.trim().slice(folded.lastIndexOf(speaker), folded.lastIndexOf(speaker) + speaker.length) : undefined;
  const named = speakerAsWritten ? (parseOfficeLine(speakerAsWritten) ?? parseNameLine(speakerAsWritten)) : comrade ? { name: line.trim().slice(folded.indexOf(comrade.groups!.name), folded.indexOf(comrade.groups!.name) + comrade.groups!.name.length) } : byOffice;
  // (Or an office alone, its holder's name on the next line.)
  const officeAfter = speakerAsWritten && !named && OFFICE_ALONE.test(fold(speakerAsWritten)) ? speakerAsWritten : undefined;
  if (speaker && !named && !officeAfter) return undefined;
  // (Past the date that opens the line; the bilingual form's meeting opens it.)
  const start = folded.indexOf(meeting, folded.startsWith(meeting) ? 0 : match.groups.when.length);
  return {
    delivered: found[0] ? dayOf(found[0].iso) : readings.length === 1 ? readings[0] : undefined,
    ...(readings.length > 1 ? { brokenDay: { written: when.trim(), readings } } : {}),
    ...(yearless && !found[0] ? { dayWithoutYear: yearless[0] } : monthDayOnly ? { dayWithoutYear: monthDayOnly[0] } : {}),
    meeting: line.trim().slice(start, start + meeting.length),
    kind: kind || undefined,
    ...(named ? { speaker: named } : {}),
    ...(officeAfter ? { officeAfter } : {}),
  };
}

/** The day and the name, in brackets together or the name after them, or the name before them: （2010年7月26日 某某）, (2020年3月10日)某某某, 某某(2023年1月16日). */
const DATED_NAME = /^[(]\s*(?<when>[^()]{6,20}日)\s+(?<name>[^()\s]{2,4})\s*[)]$|^[(]\s*(?<when2>[^()]{6,20}日)\s*[)]\s*(?<name2>\p{sc=Han}{2,4})$|^(?<name3>\p{sc=Han}{2,4})\s*[(]\s*(?<when3>[^()]{6,20}日)\s*[)]$/u;
/** The same without the brackets, the day in figures: `2016年2月26日 某某某` (not its weekday cut short: 2009年2月15日 星期). */
const DATE_THEN_NAME = /^(?<when>\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]+(?<name>(?!星期|礼拜|周[一二三四五六日天])\p{sc=Han}{2,4})$/u;

/** Who, then the day: `（某市政协副主席、某县委书记某某某，2026年2月14日）`. */
const NAME_DATED = /^[(]\s*(?<who>[^()]{2,40}?)\s*,\s*(?<when>[^()]{6,20}日)\s*[)]$/u;

/** An office alone, then the day in brackets, the giver unnamed: `市委常委、组织部长(2010年2月25日)`. */
const OFFICE_DATED = /^(?<office>[^()\s]{2,30}?)\s*[(]\s*(?<when>[^()]{6,20}日)\s*[)]$/u;

/** The day and the office of a speech's giver, his name not printed: `市委常委、组织部长(2010年2月25日)`. */
export function parseDatedOffice(line: string): { delivered: string; speaker: { office: string } } | undefined {
  const text = line.trim();
  const match = OFFICE_DATED.exec(fold(text));
  const date = match?.groups && OFFICE_ALONE.test(match.groups.office) ? findDates(match.groups.when)[0] : undefined;
  return date ? { delivered: dayOf(date.iso), speaker: { office: text.slice(0, match!.groups!.office.length) } } : undefined;
}

/** `（2003年1月13日 卢某某）`, `(2020年3月10日)某某某`, `（县委书记某某某，2026年2月14日）`: the day and the speaker, without the meeting. */
export function parseDatedName(line: string): { delivered: string; speaker: SpeakerLine } | undefined {
  const text = line.trim();
  const whoFirst = NAME_DATED.exec(fold(text));
  if (whoFirst?.groups) {
    const date = findDates(whoFirst.groups.when)[0];
    const who = text.slice(fold(text).indexOf(whoFirst.groups.who), fold(text).indexOf(whoFirst.groups.who) + whoFirst.groups.who.length);
    const speaker = parseOfficeLine(who) ?? parseNameLine(who);
    return date && speaker ? { delivered: dayOf(date.iso), speaker } : undefined;
  }
  const match = DATED_NAME.exec(fold(text)) ?? DATE_THEN_NAME.exec(fold(text));
  if (!match?.groups) return undefined;
  // (The name in the brackets, after them or before them: （2010年7月26日 某某）, (2020年3月10日)某某某, 某某(2023年1月16日).)
  const [when, name] = [match.groups.when ?? match.groups.when2 ?? match.groups.when3, match.groups.name ?? match.groups.name2 ?? match.groups.name3];
  const date = findDates(when)[0];
  const at = fold(text).lastIndexOf(name);
  const speaker = parseNameLine(text.slice(at, at + name.length));
  return date && speaker ? { delivered: dayOf(date.iso), speaker } : undefined;
}

const ADOPTION = /^[(]?\s*(?<when>[^()]{6,24}?日)\s*(?<meeting>[^()]{4,80}?(?:会议|大会))\s*(?:审议)?(?:通过|批准)\s*[)]?$/u;

/** A congress's session and its day in brackets, with no verb: `(2017年2月10日金鸡镇十七届人大二次会议)`. */
const SESSION_DAY = /^[(]\s*(?<when>[^()]{6,24}?日)\s*(?<meeting>[^()在]{2,60}?(?:人民代表大会|人大|人代会|委员会|代表大会)[^()在]{0,12}?(?:会议|大会))\s*[)]$/u;

/**
 * The adoption line of a resolution: `2018年1月7日巴中市第四届人民代表大会第二次会议通过`,
 * `（2024年3月11日第十四届全国人民代表大会第二次会议通过）`; or the session and its day in brackets with no verb,
 * `(2017年2月10日金鸡镇十七届人大二次会议)`, which says the day and the meeting, not that the meeting adopted it.
 */
export function parseAdoptionLine(line: string): Dateline | undefined {
  const text = line.trim();
  const adoption = ADOPTION.exec(fold(text));
  const match = adoption ?? SESSION_DAY.exec(fold(text));
  if (!match?.groups) return undefined;
  const date = findDates(match.groups.when)[0];
  if (!date) return undefined;
  const start = fold(text).indexOf(match.groups.meeting);
  return { delivered: dayOf(date.iso), meeting: text.slice(start, start + match.groups.meeting.length), ...(adoption ? { adopted: true } : {}) };
}

/** A line that can only be the first half of a split dateline: it opens one but does not end it. */
export function opensDateline(line: string): boolean {
  const folded = fold(line).trim();
  if (parseDateline(line)) return false;
  const dateAlone = findDates(folded).length === 1 && new RegExp(`^[${DASHES}\\s(]*[^在]*日\\s*$`).test(folded);
  // (Broken after its 在 too: 一九八六年三月二十五日在 / 第六届全国人民代表大会第四次会议上; or before its kind: 在全县某某会议上的 / 讲话.)
  // (Or, with no 在, after its session's term: 2012年11月20日长沙市芙蓉区第四届 / 人民代表大会第一次会议.)
  const dayThenTerm = findDates(folded).length === 1 && /^[^在]{6,24}?日\s*\p{sc=Han}{2,30}?第[一二三四五六七八九十\d]{1,3}届$/u.test(folded);
  // (Or an adoption line in brackets broken after its congress: (2016年12月10日某区第十五届人民代表大会 / 第一次会议通过); or after
  // its session, before the sitting that adopted it: (2021年1月7日某市第六届人民代表大会第五次会议 / 第四次全体会议通过).)
  const adoptionBroken = findDates(folded).length === 1 && /^[(（]?[^在()（）]{6,24}?日\s*\p{sc=Han}{2,40}?(?:人民代表大会|代表大会|委员会)(?:常务委员会)?(?:第[一二三四五六七八九十\d]{1,3}次会议)?$/u.test(folded);
  return dateAlone || dayThenTerm || adoptionBroken || new RegExp(`^[${DASHES}\\s(]*[^在]{0,24}在[^上]{0,60}(?:上的)?$`).test(folded);
}
