/**
 * The day a news item's meeting was held, when the lead leaves out its year
 * (or its day): from the page's date, the year the item reviews or plans,
 * a festival, a national session. Each an inference, with its evidence.
 */
import { fold } from '../../src/text/fold.ts';
import { chineseNumeral, NUMERALS } from '../../src/text/chinese-numerals.ts';
import { findDates, RELATIVE_DAY, TODAY } from './dates.ts';
import { nationalSessionYear } from './national-sessions.ts';
import { brokenDayReadings, validDay, type BrokenDay } from './dateline.ts';
import { WIRE_SLUG } from './header-text.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A lead's month and day opening a clause, its year left out (a layout's space perhaps around its digits: 4 月 28 日; its day written with 号: 2月10号): 2月27日上午，…; 会议于1月25日至1月28日召开; …全体会议1月16日在某地举行; 据某某日报消息12月18日至19日; after a byline's bracket, 【记者 某某】4月7日, or its colon, 记者某某报道:3月27日; or in brackets after 今天, 今天(3月1日)下午; or after a flourish's ellipsis, ……1月17日. */
export const LEAD_MONTH_DAY = new RegExp(`(?:^|[,，:：\\s于】)）讯訊…]|(?<=会议|全会|大会|消息|(?:${RELATIVE_DAY})[(（]))(\\d{1,2})[ \\u3000]?月[ \\u3000]?(\\d{1,2})[ \\u3000]?[日号]`, 'u');
/** The page's own day or the day before it, said in a lead (RELATIVE_DAY); the page's own alone (TODAY). */
const RELATIVE_DAY_SAID = new RegExp(`(${RELATIVE_DAY})`, 'u');
const TODAY_SAID = new RegExp(`(?:${TODAY})`, 'u');
/** A wire slug's month and day, the lead's 今日 or 今天: 中国网3月3日讯, 据新华社3月3日消息. */
const SLUG_MONTH_DAY = /(\d{1,2})月(\d{1,2})日(?:[电電]|[讯訊]|消息)/u;

/** A month and day in digits, its 日 perhaps dropped before the time of day: 3月4日, 3月4下午. */
const MONTH_DAY = /(\d{1,2})[ \u3000]?月[ \u3000]?(\d{1,2})[ \u3000]?(?:[日号]|(?=[上下]午|晚))/u;
/** A month and day in Chinese numerals, as a lead may write them: 一月十六日. */
const CHINESE_MONTH_DAY = new RegExp(`(?<![${NUMERALS}])([${NUMERALS}]{1,2})月([${NUMERALS}]{1,3})日`, 'u');

/** A day to come a lead names, a meeting decided for a later day (会议决定…第二十八次会议于11月26日举行), is not its own: blanked, its length kept. */
const DAY_TO_COME = /(?:决定|定于|将于)[^。；;]{0,40}?(\d{1,2}月\d{1,2}日)/du;
function withoutDaysToCome(text: string): string {
  const found = DAY_TO_COME.exec(fold(text));
  if (!found) return text;
  const [start, end] = found.indices![1]!;
  return withoutDaysToCome(text.slice(0, start) + '＿'.repeat(end - start) + text.slice(end));
}

/**
 * The day a news report's meeting was held, when the lead gives the month
 * and day (or 今天, 昨天) and the page's date gives the year: inferred, with
 * the evidence.
 */
export function meetingDay(written: string, published: string | undefined): { iso: string; evidence: string } | undefined {
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  // (A full date the lead gives is its own, unless later than the page: 全会决定，2022年2月23日召开…代表大会, a day to come,
  // whose month and day are not the lead's either.)
  const dates = findDates(written);
  if (dates.some((date) => date.iso.slice(0, 10) <= published.slice(0, 10))) return undefined;
  const lead = withoutDaysToCome(dates.reduce((text, { start, end }) => text.slice(0, start) + '＿'.repeat(end - start) + text.slice(end), written));
  // The day after the wire slug (东南网1月13日讯 …… 12日上午，…开幕): the meeting's, in the slug's month.
  const text = lead.replace(WIRE_SLUG, '');
  const slugDate = /(\d{1,2})月(\d{1,2})日/u.exec(fold(lead.slice(0, lead.length - text.length)));
  const dayOnly = slugDate ? /^(\d{1,2})日(?=[上下]午|晚|，|,)/u.exec(fold(text)) : null;
  if (slugDate && dayOnly && Number(dayOnly[1]) <= Number(slugDate[2])) {
    const iso = `${year}-${pad(Number(slugDate[1]))}-${pad(Number(dayOnly[1]))}`;
    if (iso <= published.slice(0, 10)) return { iso, evidence: `原文写“${dayOnly[0]}”，电头为${slugDate[0]}；页面发布时间为${published.slice(0, 10)}，故为${iso}。` };
  }
  // (A 日 dropped before the time of day too: 3月4下午; or in Chinese numerals: 一月十六日上午.)
  // (The day before the slug's, when the lead after it says 昨天: 某某网1月16日讯 …。昨天上午，…开幕.)
  const yesterday = slugDate && !MONTH_DAY.test(fold(text)) ? /昨天|昨日/u.exec(fold(text)) : null;
  if (slugDate && yesterday) {
    const date = new Date(Date.UTC(year, Number(slugDate[1]) - 1, Number(slugDate[2]) - 1));
    const iso = date.toISOString().slice(0, 10);
    if (iso <= published.slice(0, 10)) return { iso, evidence: `原文写“${yesterday[0]}”，电头为${slugDate[0]}；页面发布时间为${published.slice(0, 10)}，故为${iso}。` };
  }
  // (Not the slug's day where the lead says the meeting was held some days before it: 某某新闻网2月22日消息:日前召开的….)
  if (slugDate && !MONTH_DAY.test(fold(text)) && /^[\s:：]*(?:日前|近日|前不久|近期)/u.test(fold(text))) return undefined;
  // (The lead's own day over the slug's: 台湾网1月25日某县消息 1月24日下午，….)
  const monthDay = MONTH_DAY.exec(fold(text)) ?? MONTH_DAY.exec(fold(lead)) ?? CHINESE_MONTH_DAY.exec(fold(lead));
  const month = monthDay ? (Number(monthDay[1]) || chineseNumeral(monthDay[1])) : undefined;
  const day = monthDay ? (Number(monthDay[2]) || chineseNumeral(monthDay[2])) : undefined;
  if (monthDay && month && day && month <= 12 && day <= 31) {
    const sameYear = `${year}-${pad(month)}-${pad(day)}`;
    const iso = sameYear <= published.slice(0, 10) ? sameYear : `${year - 1}-${pad(month)}-${pad(day)}`;
    return { iso, evidence: `原文只写“${monthDay[0]}”，未写年份；页面发布时间为${published.slice(0, 10)}，故为${iso.slice(0, 4)}年。` };
  }
  // (Its 年 and 月 lost, year, month and day run together at the lead's start: 2022118日下午; of the days it can be, the one not after
  // the page's.)
  const yearRun = /^\s*((?:19|20)\d{2})(\d{2,4})日(?=[上下]午|晚|[,，]|召开|举行)/u.exec(fold(text));
  const yearRunDay = yearRun ? brokenDayRead({ written: `${yearRun[1]}${yearRun[2]}日`, readings: brokenDayReadings(`${yearRun[1]}${yearRun[2]}日`) }, published, undefined) : undefined;
  if (yearRunDay) return yearRunDay;
  // (Its 月 lost, month and day run together at the lead's start: 1226日上午; of the days it can be, the one not after the page's.)
  // (Or a sentence's start in the lead: …全过程。728日下午，某街道召开….)
  // (Or two digits no day can be: 43日,某县第十四次妇女代表大会召开 is 4月3日.)
  const runTogether = /^\s*(\d{3,4}|3[2-9]|[4-9]\d)日/u.exec(fold(text)) ?? /[。!！]\s*(\d{3,4})日(?=[上下]午|晚|[,，])/u.exec(fold(text));
  const readings = runTogether ? brokenDayReadings(`${year}${runTogether[1]}日`).filter((day) => day <= published.slice(0, 10)) : [];
  if (runTogether && readings.length === 1) {
    return { iso: readings[0], evidence: `原文写“${runTogether[1]}日”，缺“月”字，未写年份；页面发布时间为${published.slice(0, 10)}，故为${readings[0]}。` };
  }
  // A day alone (在13日召开的…会议上): in the page's month, or the month before when the day is later than the page's.
  // (Also after a wire's byline in brackets: 某某日报讯(记者 某某)10日上午.)
  // (After a summary's label too: 摘要:24日上午,…, or a column's tag, 【导语】19号上午,…; or written with 号: 25号上午.)
  const dayAlone = /(?:^|[在于,，。\s):】])(\d{1,2})([日号])(?=[上下]午|晚|召开|举行|开幕|的|,|，)/u.exec(fold(lead));
  if (dayAlone && /^\d{4}-\d{2}-\d{2}/.test(published)) {
    const day = Number(dayAlone[1]);
    let month = Number(published.slice(5, 7));
    let inYear = year;
    if (day > Number(published.slice(8, 10))) [inYear, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    // (Only a day that month has: not 43日, nor 31日 of a month of thirty.)
    const iso = validDay(inYear, month, day);
    if (iso) return { iso, evidence: `原文只写“${dayAlone[1]}${dayAlone[2]}”，未写年月；页面发布时间为${published.slice(0, 10)}，故为${iso}。` };
  }
  const relative = RELATIVE_DAY_SAID.exec(fold(lead));
  if (relative) {
    const date = new Date(`${published.slice(0, 10)}T00:00:00Z`);
    if (relative[1].startsWith('昨')) date.setUTCDate(date.getUTCDate() - 1);
    const iso = date.toISOString().slice(0, 10);
    return { iso, evidence: `原文写“${relative[1]}”；页面发布时间为${published.slice(0, 10)}，故为${iso}。` };
  }
  return undefined;
}

/**
 * A lead's month and day in the year its meeting is named for (or its title closes with in brackets), when the page
 * gives no date of its own: 10月10日，我县召开2018年重点项目建设推进会, 中共某盟委员会2024年(扩大)会议, 2011(春季)中国某某
 * 投资贸易洽谈会. Not
 * for a year's review (2018年度工作会议, 2025年工作总结汇报会, …表彰大会), held in the year after, nor its plans
 * (全市2020年经济工作安排情况汇报会), made in the year before; nor a year's meeting held in the December before it, as the item
 * (`item`) says when it reviews the year then ending.
 */
export function dayOfNamedYear(lead: string, meeting: string | undefined, title: string | undefined, item = '', slugged = lead): { iso: string; evidence: string } | undefined {
  // (Its host perhaps before the year, one year only, perhaps named twice: 中共某盟委员会2024年(扩大)会议, 某领导小组2022年第三次会议暨全县2022年…推进会.)
  const oneYear = meeting !== undefined && new Set(fold(meeting).match(/(?<!\d)\d{4}年/gu) ?? []).size === 1;
  // (Or a fair's or a forum's, its year opening its name without 年, its season perhaps after it: 2011(春季)中国某某投资贸易洽谈会.)
  const fair = meeting !== undefined && !oneYear ? /^((?:19|20)\d{2})(?:[(（](?:春季|夏季|秋季|冬季)[)）])?(?=\p{sc=Han})(?!.*(?:总结|表彰|安排|计划|\d{4}))/u.exec(fold(meeting)) : null;
  // (A year's n-th meeting, 2025年度第八次常务会议, is held in that year, 年度 or not.)
  // (Or after a first meeting it is joined to, a campaign's quoted name and all: …“学习贯彻…精神,加快…”专题研讨班暨市委理论学习中心组2023年第二次集体学习.)
  const named = oneYear ? /^(?:\p{sc=Han}{2,16}?|[^\d]{2,80}?暨\p{sc=Han}{0,16}?)?(\d{4})年(?:度(?=第[一二三四五六七八九十\d]{1,3}次))?(?!度)(?!.*(?:总结|表彰|安排|计划))/u.exec(fold(meeting)) : null;
  // (Or the year a speech's title closes with in brackets: 某某在…大会上的讲话实录(2024).)
  const titled = !named && title ? /[(（](\d{4})[)）]$/u.exec(fold(title).trim()) : null;
  // (A year's review, 2018年度各市市委书记…述责述廉会议, 2010年度总结表彰大会: in that year's last two months, or the first three after it.)
  const review = !named && !titled && oneYear ? /^(?:\p{sc=Han}{2,16}?)?(\d{4})年(?:度|.*(?:总结|表彰))/u.exec(fold(meeting)) : null;
  const year = named?.[1] ?? fair?.[1] ?? titled?.[1] ?? review?.[1];
  // (Or its wire slug's, when the lead says 今天: 某某网9月18日讯 今天下午,2016年某市…开班仪式在…举行.)
  const monthDay = year ? leadMonthDay(lead, slugged) : null;
  if (!year || !monthDay || findDates(lead).length > 0) return undefined;
  const month = Number(monthDay[1]);
  if (review && month > 3 && month < 11) return undefined;
  // (A year's meeting held in the November or December before it, its item reviewing the year then ending: 12月27日，2024年全省
  // 交通运输工作会议召开。…全面总结2023年…; 11月17日,全区2024年重点项目谋划推进会…召开,会议听取了2023年…任务完成情况: the
  // reviewed year's, as dayOfReviewedYear reads it.)
  const reviewing = named && month >= 11 ? YEAR_REVIEWED.exec(fold(item)) : null;
  if (reviewing && Number(reviewing.slice(1).find(Boolean)) === Number(year) - 1) return undefined;
  // (Nor a year's meeting early in it whose item reviews the year before and plans that one, 2014年度经济工作会 at which 镇长某某回顾
  // 总结了2013年的工作,全面安排部署2014年工作: the reviewed year's, as dayOfReviewedYear reads it.)
  const planning = review && month <= 3 ? YEAR_REVIEWED.exec(fold(item)) : null;
  if (planning && Number(planning.slice(1).find(Boolean)) === Number(year) - 1) return undefined;
  // (A gathering that greets the year it is named for, 宜昌市各界人士2019年新年茶话会, held in the November or December before it.)
  const greeting = Boolean(named && meeting && month >= 11 && NEW_YEAR_GATHERING.test(fold(meeting)));
  const held = review && month <= 3 ? Number(year) + 1 : greeting ? Number(year) - 1 : Number(year);
  const iso = `${held}-${pad(month)}-${pad(Number(monthDay[2]))}`;
  const source = named || fair || review ? `会议名称“${meeting}”` : `标题“${title}”`;
  const why = review ? `，为该年的总结，${month <= 3 ? '在次年年初' : '在该年年末'}召开` : greeting ? '，为迎接该年的聚会，在前一年年末举行' : '';
  return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；${source}写${year}年${why}，故为${iso}。` };
}

/** A gathering that greets a new year: 新年茶话会, 迎新春团拜会, 元旦座谈会. */
const NEW_YEAR_GATHERING = /新年|元旦|新春|迎春|春节/u;

/**
 * A day to come a lead sets in full (全会决定2021年7月28日至30日召开…代表大会, 定于2022年2月23日召开, 将于2019年1月8日举行), or
 * its month alone, perhaps a part of it (决定于2016年1月中旬在某城区召开…会议).
 */
const SET_FOR = /(?:决定|定于|将于|拟于)\s*((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日|[上中下]旬|底|初)?/u;

/**
 * A lead's month and day before a day to come it sets (7月26日,…全会召开,全会决定2021年7月28日至30日召开…; 12月11日,…决定于2016年
 * 1月中旬…召开): in the year that puts it at most sixty days before that day, or before that month's first. Inferred, with the evidence.
 */
export function dayBeforeSetDate(lead: string): { iso: string; evidence: string } | undefined {
  const folded = fold(lead);
  const set = SET_FOR.exec(folded);
  const monthDay = set ? LEAD_MONTH_DAY.exec(folded.slice(0, set.index)) : null;
  if (!set || !monthDay) return undefined;
  const setDay = Date.UTC(Number(set[1]), Number(set[2]) - 1, Number(set[3] ?? 1));
  for (const year of [Number(set[1]), Number(set[1]) - 1]) {
    const days = (setDay - Date.UTC(year, Number(monthDay[1]) - 1, Number(monthDay[2]))) / 86_400_000;
    if (days < 0 || days > 60) continue;
    const iso = `${year}-${pad(Number(monthDay[1]))}-${pad(Number(monthDay[2]))}`;
    const after = set[3] ? `${set[1]}年${set[2]}月${set[3]}日的事在其后${days}日` : `${set[0].replace(/^(?:决定|定于|将于|拟于)\s*/u, '')}的事在其后两月之内`;
    return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；同句定于${after}，故为${iso}。` };
  }
  return undefined;
}

/** A festival the lead names with its year, the day one of those before it: 在2010年新春佳节即将到来之际, 在2019年农历新年来临之际. */
const FESTIVAL_OF_YEAR = /(?<!\d)(\d{4})年(?:农历)?(?:新春|春节|新年|元旦)/u;

/**
 * A lead's month and day in the year of the festival it names (2月4日上午，在2010年新春佳节即将到来之际，…): in that year
 * for a day from January to March; in the year before for one in November or December, before its new year.
 */
export function dayBeforeFestival(lead: string): { iso: string; evidence: string } | undefined {
  const festival = FESTIVAL_OF_YEAR.exec(fold(lead));
  const monthDay = festival ? LEAD_MONTH_DAY.exec(fold(lead)) : null;
  if (!festival || !monthDay || findDates(lead).length > 0) return undefined;
  const month = Number(monthDay[1]);
  if (month > 3 && month < 11) return undefined;
  const year = month >= 11 ? Number(festival[1]) - 1 : Number(festival[1]);
  const iso = `${year}-${pad(month)}-${pad(Number(monthDay[2]))}`;
  return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；导语写“${festival[0]}”，在其前夕，故为${iso}。` };
}

/**
 * A congress's year reviewed in its news: 2022年工作回顾, 2017年政府工作回顾, 总结了2022年政府的工作, 总结我市2006年的经济工作, 回顾全区2020年工作,
 * 2021年财政预算执行情况, 2023年全市经济社会发展主要指标完成情况, 2018年度代表提案、提议和意见建议办理情况 (not part of a year's: 2017年1-7月…计划执行情况), 对2016年及“十二五”工作进行了回顾, 对2005年政府工作…作了详细总结;
 * a year's best honoured, 表彰了市政协2019年度优秀提案, 表彰2021年全省征兵工作先进单位; a report or a meeting on what a year did, 报告指出，2025年，州政协常委会…, 会议指出,2023年,全区组织部门… (not what it
 * plans for the year, 报告指出，2024年，某州将坚持…); a year past, 刚刚过去的2021年, 2009年是极不平凡的一年; a sentence on what a body did in
 * a year under its leaders, 2016年,省政协在中共某省委坚强领导下,… (not what it will do: …领导下,将…).
 */
const YEAR_REVIEWED = /(?:总结了?|回顾了?)(?:[我全][省市县区])?(\d{4})年|(\d{4})年(?:(?:政府)?工作回顾|(?!\d{1,2}(?:[-—－~～至]\d{1,2})?月|上半年|前三季度|[一二三]季度)[^,，。；;]{0,16}(?:执行|完成|办理)情况)|对(\d{4})年[^,，。；;]{0,20}?(?:进行了?|作了?|做了?)[^,，。；;]{0,4}?(?:回顾|总结)|表彰了?[^,，。；;]{0,12}?(\d{4})年(?:度|(?=[^,，。；;]{0,16}?先进))|(?:报告|会议)(?:指出|回顾)[,，]\s*(\d{4})年[,，](?![^,，。；;]{0,12}?将)|(?:刚刚|刚)?过去的(\d{4})年|(\d{4})年是(?:极|很|非常)?不平凡的一年|(?:^|[。；;\n])\s*(\d{4})年[,，]\s*[^,，。；;]{0,12}?在[^,，。；;]{2,24}?领导下(?![^。；;]{0,12}?将)/u;

/** Before a year an item names as such: not a goal it looks ahead to (到2035年, 至2025年), nor a span's end (2021—2025年). */
const YEAR_NOT_GOAL = String.raw`(?<![到至—\-~～\d])`;
/** A part of a year a report sums up, within that year: 2017年1-7月, 2023年上半年, 2022年前三季度. */
const PART_OF_YEAR = new RegExp(String.raw`${YEAR_NOT_GOAL}((?:19|20)\d{2})年(?:\d{1,2}[-—－~～至]\d{1,2}月|上半年|前三季度|[一二三]季度)`, 'u');

/** A year a meeting plans, its year reviewed the one before: 研究部署2025年“三农”工作重点任务, 研究部署全县2023年乡村振兴工作, 安排部署2019年工作, 就2013年工作作出安排, 对2006年的政府工作作了布置, 对2015年政协工作作出了安排部署, 2016年…总结表彰暨2017年工作部署动员大会. */
const YEAR_PLANNED = new RegExp(String.raw`部署(?:了)?(?:全[省市县区镇乡旗州盟])?(\d{4})年|[就对](\d{4})年[^,，。；;]{0,12}?(?:作出|做出|作|做)了?(?:安排|部署|布置)|${YEAR_NOT_GOAL}(\d{4})年(?:度)?工作部署`, 'u');

/** The year an item says it is: 2015年是全面深化改革的关键之年, 2023年是全面贯彻落实党的二十大精神的开局之年. */
const YEAR_SAID_CURRENT = new RegExp(String.raw`${YEAR_NOT_GOAL}((?:19|20)\d{2})年是[^,，。；;]{2,40}?之年`, 'u');

/** A meeting held every year, whose news reviews one year and plans the next: a congress's session, a plenum, a work conference, a government's plenary, standing or retreat meeting, a new year's tea party or gathering (迎新年茶话会, 新春团拜会), a forum on the draft government work report (《政府工作报告》征求意见座谈会). */
const ANNUAL_MEETING = /人民代表大会|人大|政协|政治协商|全体|全会|全委|工作(?:会议|大会)|经济工作|务虚会|常务会议|茶话会|团拜会|政府工作报告/u;

/** A year an item names as such, not as a goal it looks ahead to (到2035年, 至2025年) nor a span's end (2021—2025年). */
const YEAR_NAMED = new RegExp(String.raw`${YEAR_NOT_GOAL}((?:19|20)\d{2})年`, 'gu');

/**
 * A lead's month and day (LEAD_MONTH_DAY); or its wire slug's, when the lead says 今日 (中国网3月3日讯 …会议今日下午在京开幕), or says
 * it in the flourish it opens with (本报杭州2月27日讯 今天的省人民大会堂花团锦簇…。上午8时30分,…开幕).
 */
function leadMonthDay(lead: string, slugged: string): RegExpExecArray | null {
  return LEAD_MONTH_DAY.exec(fold(lead)) ?? (TODAY_SAID.test(fold(lead)) || TODAY_SAID.test(fold(slugged).replace(SLUG_MONTH_DAY, '').split('。')[0]) ? SLUG_MONTH_DAY.exec(fold(slugged)) : null);
}

/**
 * The day of a congress its news dates by month and day alone (2月27日上午，某县第十八届人民代表大会第二次会议开幕),
 * when the item says which year its reports review and plans the next, or which year it plans (研究部署2025年…), at any
 * meeting; or, at a meeting held every year, names two years in a row and none later:
 * that next year for a session held from January to September, the year reviewed for one held late in it (12月27日).
 * Or in the year the item says it is (2015年是…关键之年), for a meeting from March to October. Inferred, with the evidence.
 */
export function dayOfReviewedYear(lead: string, item: string, meeting: string | undefined, slugged = lead): { iso: string; evidence: string } | undefined {
  if (!meeting || findDates(lead).length > 0) return undefined;
  const monthDay = leadMonthDay(lead, slugged);
  if (!monthDay) return undefined;
  const month = Number(monthDay[1]);
  const reviewed = YEAR_REVIEWED.exec(fold(item));
  const planned = reviewed ? undefined : YEAR_PLANNED.exec(fold(item));
  // (The year the item says it is, 2015年是全面深化改革的关键之年, for a meeting from March to October: early in a year its
  // meetings still sum up the last, 2021年是本届政府收官之年 in January 2022; late in it they speak of the next.)
  // (Or the year whose first months a report sums up, 听取…2017年1-7月…计划执行情况, at a meeting from March on.)
  const current = !reviewed && !planned && month >= 3 && month <= 10 ? (YEAR_SAID_CURRENT.exec(fold(item)) ?? PART_OF_YEAR.exec(fold(item))) : null;
  if (current) {
    const iso = `${current[1]}-${pad(month)}-${pad(Number(monthDay[2]))}`;
    return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；报道写“${current[0]}”，会议在该年${monthDay[1]}月召开，故为${iso}。` };
  }
  const stated = reviewed ? Number(reviewed.slice(1).find(Boolean)) : planned ? Number(planned[1] ?? planned[2] ?? planned[3]) - 1 : undefined;
  // (Two years named without either said to be reviewed or planned: only for a meeting held every year.)
  if (stated === undefined && !ANNUAL_MEETING.test(fold(meeting))) return undefined;
  // (Else the two latest years the item names, one after the other: a session reviews the one and plans the next.)
  const latest = Math.max(...[...fold(item).matchAll(YEAR_NAMED)].map((named) => Number(named[1])));
  const year = stated ?? (fold(item).includes(`${latest - 1}年`) ? latest - 1 : undefined);
  if (!year) return undefined;
  // (A year said to be reviewed or planned is enough; two years named, the later one must be named too.)
  const nextNamed = fold(item).includes(`${year + 1}年`);
  if (stated === undefined && !nextNamed) return undefined;
  const held = month >= 10 ? year : year + 1;
  const iso = `${held}-${pad(month)}-${pad(Number(monthDay[2]))}`;
  // (A year honoured or reported on, in the item's own words: 表彰了市政协2019年度, 报告指出，2025年，.)
  const quoted = reviewed && (reviewed[4] ?? reviewed[5] ?? reviewed[6] ?? reviewed[7]) ? reviewed[0] : planned?.[0];
  const why = quoted ? `报道写“${quoted}”` : stated ? (nextNamed ? `报道所述报告回顾${year}年、部署${year + 1}年` : `报道所述报告回顾${year}年`) : `报道写${year}年、${year + 1}年，未写更晚的年份（会议审议前一年、部署后一年）`;
  return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；${why}，会议${month >= 10 ? '在年末召开' : month <= 3 ? '在年初召开' : `在${month}月召开`}，故为${held}年。` };
}

/**
 * The day of a national session its news dates by month and day alone (3月10日上午，十一届全国人大一次会议…; 新华社北京3月13日电
 * 某某13日上午向十二届全国人大四次会议作…), in the year the session's name gives (national-sessions.ts). Inferred, with the evidence.
 */
export function dayOfNationalSession(lead: string, meeting: string | undefined, slugged: string): { iso: string; evidence: string } | undefined {
  const year = meeting ? nationalSessionYear(meeting) : undefined;
  if (!year || findDates(lead).length > 0) return undefined;
  // (Or the wire slug's, when the lead gives its day alone or says 今日: 3月13日电 … 13日上午.)
  const slug = SLUG_MONTH_DAY.exec(fold(slugged));
  const dayAlone = slug ? new RegExp(`(?:^|[^\\d月])${Number(slug[2])}日|${TODAY}`, 'u').test(fold(lead)) : false;
  const monthDay = LEAD_MONTH_DAY.exec(fold(lead)) ?? (dayAlone ? slug : null);
  if (!monthDay) return undefined;
  const iso = `${year}-${pad(Number(monthDay[1]))}-${pad(Number(monthDay[2]))}`;
  return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；“${meeting}”：全国人大、全国政协每届五年、每年举行一次会议，届首之会在选举之年，故为${year}年。` };
}

/** The spirit of a national session an item says it carries out: 认真贯彻十四届全国人大二次会议精神, 传达学习全国政协十三届三次会议精神. */
const NATIONAL_SPIRIT = /(?:贯彻|落实|传达|学习)[^。；;]{0,12}?((?:第?[一二三四五六七八九十]{1,3}届全国|全国政协|中国人民政治协商会议第?)[^。；;，,]{2,24}?次(?:全体)?会议)(?:和[^。；;]{0,30}?)?精神/u;

/**
 * A lead's month and day, from March on, when the item says it carries out a national session's spirit (3月25日,…会议是在全市上下
 * 认真贯彻十四届全国人大二次会议精神…召开的): in that session's year, the sessions meeting each March. Inferred, with the evidence.
 */
export function dayAfterNationalSession(lead: string, item: string): { iso: string; evidence: string } | undefined {
  const spirit = NATIONAL_SPIRIT.exec(fold(item));
  const year = spirit ? nationalSessionYear(spirit[1]) : undefined;
  const monthDay = year ? LEAD_MONTH_DAY.exec(fold(lead)) : null;
  if (!year || !monthDay || findDates(lead).length > 0) return undefined;
  const [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
  if (month < 3 || (month === 3 && day < 10)) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；正文写贯彻“${spirit![1]}”精神，该会议在${year}年3月举行，故为${iso}。` };
}

/** An event of a named year whose spirit a lead says the meeting conveyed: 传达学习习近平总书记在博鳌亚洲论坛2022年年会开幕式上的主旨演讲精神; or the State Council's report of that year, given in its March: 传达学习国务院《2017年政府工作报告》. */
const CONVEYED_OF_YEAR = new RegExp(String.raw`传达(?:学习)?[^。；;]{0,40}?(?:${YEAR_NOT_GOAL}((?:19|20)\d{2})年(?!度)[^。；;]{0,30}?精神|国务院《((?:19|20)\d{2})年政府工作报告》)`, 'u');

/**
 * A lead's month and day, from March on, when the lead says the meeting conveyed the spirit of an event of a named year
 * (4月24日上午,…主持召开省委常委会会议,传达学习…博鳌亚洲论坛2022年年会…精神): in that year, the meeting soon after it. Not in a
 * year's first two months, when a meeting conveys the December before (传达学习2021年中央经济工作会议精神 in January 2022).
 * Inferred, with the evidence.
 */
export function dayAfterConveyedEvent(lead: string): { iso: string; evidence: string } | undefined {
  const conveyed = CONVEYED_OF_YEAR.exec(fold(lead));
  const monthDay = conveyed ? LEAD_MONTH_DAY.exec(fold(lead).slice(0, conveyed.index)) : null;
  if (!conveyed || !monthDay || findDates(lead).length > 0) return undefined;
  const [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
  if (month < 3) return undefined;
  const iso = `${conveyed[1] ?? conveyed[2]}-${pad(month)}-${pad(day)}`;
  const said = lead.slice(conveyed.index, conveyed.index + conveyed[0].length);
  return { iso, evidence: `原文只写“${monthDay[1]}月${monthDay[2]}日”，未写年份；导语写会议“${said}”，在其后召开，故为${iso}。` };
}

/**
 * ——2023115日在…上: of the days a broken date can be, the one not after the page's own date; or, for a report that
 * looks back on the year before, the one early in the year after it (2005118日 over 一、2004年工作回顾 is 1月18日).
 */
export function brokenDayRead({ written, readings }: BrokenDay, published: string | undefined, reviewed: string | undefined): { iso: string; evidence: string } | undefined {
  const lost = `原文写“${written}”，缺“年”“月”二字，可读作${readings.join('或')}`;
  const notAfter = published ? readings.filter((day) => day <= published.slice(0, 10)) : [];
  if (notAfter.length === 1) return { iso: notAfter[0], evidence: `${lost}；页面发布日期为${published!.slice(0, 10)}，故为${notAfter[0]}。` };
  const early = reviewed ? readings.filter((day) => Number(day.slice(0, 4)) === yearAfterReview(reviewed, Number(day.slice(5, 7)))) : [];
  if (early.length === 1) return { iso: early[0], evidence: `${lost}；${givenAfterReview(reviewed!)}，故为${early[0]}。` };
  return undefined;
}

/** The year a report on a year's work is given in, for a session in a month (1 to 12): the next, from January to March. */
const yearAfterReview = (reviewed: string, month: number) => (month <= 3 ? Number(reviewed) + 1 : undefined);
/** The evidence for it. */
const givenAfterReview = (reviewed: string) => `报告回顾${reviewed}年工作，在次年年初作出`;

/**
 * A work report's dateline day without its year (1月23日在某区第五届人民代表大会第二次会议上), on a page that gives no date: in
 * the year after the one the report looks back on (一、2012年工作回顾), for a session from January to March, as such reports
 * are given early in the next year. Inferred, with the evidence.
 */
export function dayAfterReviewedYear(written: string, reviewed: string | undefined): { iso: string; evidence: string } | undefined {
  const monthDay = reviewed ? MONTH_DAY.exec(fold(written)) : null;
  const year = reviewed && monthDay ? yearAfterReview(reviewed, Number(monthDay[1])) : undefined;
  if (!reviewed || !monthDay || !year) return undefined;
  const iso = `${year}-${pad(Number(monthDay[1]))}-${pad(Number(monthDay[2]))}`;
  return { iso, evidence: `原文只写“${monthDay[0]}”，未写年份；${givenAfterReview(reviewed)}，故为${iso}。` };
}

/**
 * A work report's title naming its year: 2022年新疆政府工作报告, 天津市2009年政府工作报告, or a library's remark in brackets after
 * it, …上的政府工作报告(2022年政府工作报告) (not 2022年度…, the year it reports on).
 */
const TITLE_YEAR = /^[^\d]{0,16}?((?:19|20)\d{2})年(?!度)[^\d]{0,16}?政府工作报告|[(（]((?:19|20)\d{2})年政府工作报告[)）]$/u;

/**
 * The year a work report was delivered when the text dates it nowhere but its title names the year (2022年新疆政府工作报告): that
 * year, inferred. (Not the year after the one it looks back on: readers leave a report so dated undated.)
 */
export function yearOfReport(title: string | undefined, reviewed?: string): { year: string; evidence: string } | undefined {
  const named = title ? TITLE_YEAR.exec(fold(title)) : null;
  const year = named?.[1] ?? named?.[2];
  // (Nor where the report looks back on the year its title names, 道外区2009年政府工作报告 over 2009年工作简要回顾: given after it.)
  return year && year !== reviewed ? { year, evidence: `原文未写报告日期；标题“${title}”写${year}年，据此推定为该年所作。` } : undefined;
}

/** A meeting named by its year, perhaps after its body: 2014年政府安委会第二次全体(扩大)会议, 市政府2022年第一次全体会议 (not 2014年度…). */
const MEETING_YEAR = /^\p{sc=Han}{0,8}?((?:19|20)\d{2})[ \u3000]*年(?!度)/u;
/** A meeting held to plan the year ahead: a 务虚会. */
const PLANNING_MEETING = /务虚会/u;

/**
 * The year a speech was given when the text dates it nowhere but its meeting is named by a year, and the page went up that
 * same year or gives no day (在2014年政府安委会第二次全体(扩大)会议上的讲话, 更新时间:2014-08-02): that year, inferred. (A
 * meeting named by the year to come may be held in the December before it, so a page of another year leaves it undated.)
 */
export function yearOfMeeting(meeting: string | undefined, published: string | undefined): { year: string; evidence: string } | undefined {
  const named = meeting ? MEETING_YEAR.exec(fold(meeting)) : null;
  // (A meeting that plans the year it names, 全市纪检监察系统2026年工作务虚会, is held before that year as often as in it: only a
  // page of that year dates it.)
  const planning = meeting !== undefined && PLANNING_MEETING.test(fold(meeting));
  if (!named || (published ? published.slice(0, 4) !== named[1] : planning)) return undefined;
  const page = published ? `，页面发布于${published.slice(0, 10)}` : '';
  return { year: named[1], evidence: `原文未写讲话日期；会议名“${meeting}”写${named[1]}年${page}，据此推定为该年。` };
}

/** A speech's title that opens on the year it was given, before where: 2021年在政府系统廉政工作会议上的讲话 (not 2021年度…). */
const SPEECH_TITLE_YEAR = /^\s*((?:19|20)\d{2})年(?!度)(?:在|于)\S{2,60}?(?:讲话|致辞|发言|报告)/u;

/** The year a speech was given when its title opens on that year (2021年在…会议上的讲话) and the text dates it nowhere else: that year, read from the title. */
export function yearOfSpeechTitle(title: string | undefined): { year: string; evidence: string } | undefined {
  const named = title ? SPEECH_TITLE_YEAR.exec(fold(title)) : null;
  return named ? { year: named[1], evidence: `原文未写讲话日期；标题“${title}”以${named[1]}年开头，据此推定为该年所讲。` } : undefined;
}

/** A speaker saying the day he speaks: 今天已经是4月10日, 今天是12月28日. */
const TODAY_IS = /今天(?:已经)?是(\d{1,2})月(\d{1,2})日/u;

/**
 * A speech's day within the year read for it (yearOfMeeting, yearOfSpeechTitle), when its opening says the day it is spoken
 * (今天已经是4月10日): that day, the year's evidence and the words its own.
 */
export function dayOfSpokenToday(year: { year: string; evidence: string }, opening: string): { iso: string; evidence: string } | undefined {
  const said = TODAY_IS.exec(fold(opening));
  if (!said) return undefined;
  const iso = `${year.year}-${pad(Number(said[1]))}-${pad(Number(said[2]))}`;
  if (findDates(`${year.year}年${said[1]}月${said[2]}日`)[0]?.iso !== iso) return undefined;
  return { iso, evidence: `${year.evidence.replace(/据此推定为该年(?:所讲)?。$/u, '')}讲话开头说“${said[0]}”，据此推定为${iso}。` };
}

/** The Five-Year Plans by their ordinal, each the year it opened: 十四五 (2021–2025). */
const PLAN_OPENED: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };
/** A text's own year said as a plan's first or last: 今年是“十四五”规划收官之年, 今年是“十五五”开局之年, 恰逢“十五五”开局. */
const PLAN_YEAR = /(?:今年是|恰逢)“?(十[一二三四五]五)”?(?:规划)?的?(开局|收官)(?:之年)?/u;
/** A congress examining a plan's outline, in that plan's first year: 审查镇康县国民经济和社会发展第十五个五年规划纲要草案, 审议“十四五”规划纲要(草案). */
const PLAN_EXAMINED = /(?:审查|审议)[^。；;]{0,40}?(?:第(十[一二三四五])个五年规划|“?(十[一二三四五]五)”?规划)纲要/u;

/**
 * The day a news item's meeting was held, when its lead gives only the month and day, no page date gives the year, and the
 * text says which year of a Five-Year Plan it is (今年是“十四五”规划收官之年: 2025): inferred, with that evidence.
 */
export function dayInPlanYear(lead: string, texts: string[]): { iso: string; evidence: string } | undefined {
  const day = LEAD_MONTH_DAY.exec(fold(lead));
  if (!day) return undefined;
  const said = texts.map((text) => PLAN_YEAR.exec(fold(text))).find(Boolean);
  // (Or a congress early in a year examining the plan's outline, which it adopts in the plan's first year.)
  const examined = said || Number(day[1]) > 4 ? undefined : texts.map((text) => PLAN_EXAMINED.exec(fold(text))).find(Boolean);
  // (第十五个五年规划 is the 十五五.)
  const plan = said?.[1] ?? (examined ? (examined[2] ?? `${examined[1]}五`) : undefined);
  if (!plan) return undefined;
  const year = PLAN_OPENED[plan] + (said?.[2] === '收官' ? 4 : 0);
  const iso = `${year}-${day[1].padStart(2, '0')}-${day[2].padStart(2, '0')}`;
  const why = said ? `正文说“${said[0]}”` : `正文写“${examined![0]}”，规划纲要在其首年的人代会上审查`;
  return { iso, evidence: `原文只写“${day[1]}月${day[2]}日”，未写年份；${why}，“${plan}”为${PLAN_OPENED[plan]}—${PLAN_OPENED[plan] + 4}年，故为${iso}。` };
}
