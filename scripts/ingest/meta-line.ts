/**
 * Header lines: the lines a page prints under a headline, made of labelled
 * values, bare dates and addresses, several to a line:
 *
 *   2023-05-20 来源:飞速影视
 *   稿件来源:甘肃人大网 发布时间:2022-11-02 20:14:37
 *   http://wmf.fjsen.com  2008-01-21 17:47:05  来源:福建日报
 *   发布时间:2023-01-18    浏览次数:9341
 *   發布者:宣傳部 時間:2021-10-13 次數:236   (read folded: traditional as simplified)
 *   蔡甸融媒 发表于 2026-1-28 14:20:01
 *   Admin - admin 于2022年04月12日发表
 *
 * A line is a header line only when every part of it is understood; then it
 * yields the facts its labels name (src/schemas/report-fields.ts) and drops
 * the rest (view counts, editors), which are the page's, not the document's.
 */
import { headerLabelFields, type ReportField } from '../../src/schemas/report-fields.ts';
import { fold } from '../../src/text/fold.ts';
import { withoutPinyinGlosses } from '../../src/text/pinyin-gloss.ts';
import { findDates, WEEKDAY } from './dates.ts';
import { isToolbarWord } from './chrome.ts';
import { despace, labelAlternation } from './label-pattern.ts';
import { PAPER_ENDING } from './vocabulary.ts';

/** A government header table's rows the archive does not keep, labelled as its own rows are, perhaps without a colon (体裁分类 工作动态). */
export const TABLE_ROW_LABELS = ['关键词', '主题词', '体裁', '体裁分类', '生效日期', '废止日期', '生效时间', '废止时间', '组配分类', '公开方式', '公开范围', '公开时限', '公开形式', '公开类别', '统一编号'];

/** Labels of the page's own bookkeeping: read, understood and kept out of the fields. */
export const PAGE_LABELS = [
  '浏览次数', '阅读次数', '点击次数', '访问次数', '查看次数', '浏览人次', '访问人次', '阅读人次', '阅读人数', '浏览人数', '访问人数', '浏览量', '阅读量', '点击数', '点击量', '访问量', '查看数', '浏览数', '阅读数', '次数', '浏览', '阅读', '点击', '查看', '人气',
  '栏目', '标签', '作者', '文章作者', '投稿人', '推荐人', '发布者', '发布人', '发表人/单位', '编辑', '责任编辑', '责编', '审核', '字号', '字体', '浏览字号', '评论', '分享', '转发至', '收藏', '打印', '关闭', '语音阅读', '朗读', '文字显示',
  '文章类型', '内容分类', '文章分类', '所属分类', '所属栏目', '所在栏目', '文章所在栏目', '类别', '分类', '信息分类',
  ...TABLE_ROW_LABELS,
  // A document site's facts of the uploaded file (上传人:某*** 文档编号:… 上传时间:… 格式:DOC 页数:2 大小:15.70KB).
  '上传人', '上传者', '文档编号', '格式', '页数', '大小', '文件大小',
  // A meeting's record on a government's list of its meetings (会议地点:某市人民政府 / 会议摘要:…).
  '会议地点',
  // A local-records library's record of an extract from a book (知识类型: 析出资源 / 内容出处: 《某某文史资料第24辑》 图书 /
  // 唯一号: … / 颗粒名称: … / 分类号: G127.57 / 页码: 30-31; not its 摘要: a news page's 摘要 line is the news itself).
  '知识类型', '内容出处', '唯一号', '颗粒名称', '分类号', '页码',
  // An e-paper's page of the article (来源:某某报     2025年01月21日        版次:01    作者:), and its count of characters (字数:513).
  '版次', '字数',
];

export interface HeaderLine {
  /** Each field the line fills, with its raw value. */
  values: Partial<Record<ReportField, string>>;
  /** What the 作者 label gives: a page's author, or the speaker himself (作者：某某省省长 某某). */
  author?: string;
}

const FIELD_LABELS = headerLabelFields();

/** Every label a details line may print, the document's and the page's own. */
const ANY_LABEL = labelAlternation([...FIELD_LABELS.keys(), ...PAGE_LABELS]);
/** A label the page prints alone on its line, no colon, its value on the next, as a table copied a cell a line prints it: 发布机构 / 某某县融媒体中心. */
const LONE_LABEL = new RegExp(`^(?:${ANY_LABEL})$`, 'u');
export const isLoneLabel = (text: string) => LONE_LABEL.test(despace(text.trim()));
const LABEL = new RegExp(`^(${ANY_LABEL})\\s*[:：]{1,2}\\s*`);
/** A line that opens with a header table's label, its value lost or garbled (文号(4): a row of the table, never a title. */
const OPENS_WITH_LABEL = new RegExp(`^(?:${labelAlternation(FIELD_LABELS.keys())})(?=$|[^\\p{sc=Han}])`, 'u');
export const opensWithLabel = (line: string) => OPENS_WITH_LABEL.test(line.trim());
/** A label of the page's day glued to the date, its colon left out (发布时间2023-03-02 来源:…): read with its colon. */
const DAY_LABEL_GLUED = new RegExp(`(?<=^|\\s)(${labelAlternation([...FIELD_LABELS].filter(([, field]) => field === 'dates.published').map(([label]) => label))})(?=\\d{4}[-/.年])`, 'gu');

/** A header table's label with no value, the next label glued to it (文    号成文日期:2007-01-21) or the row's end (体    裁生效日期废止日期). */
// (The longest label at the start, taken whole, `(?=(…))\\1`: 发布时间 is not 发布 before a label 时间.)
const EMPTY_LABEL = new RegExp(`^(?=(${ANY_LABEL}))\\1(?=(?:${ANY_LABEL})|\\s*$)`);
// (Not 发表于 with a colon: the label of a table, 作者:某某 发表于:2022-01-18 16:00:16, read with the labels.)
const FORUM_POST = /^(?:\S{2,20}\s+)?发表于(?![:：])\s*|^Post\s*By\s*[:：]\s*/i;
/** A site's poster, then 于 the day 发表: `Admin - admin 于2022年04月12日发表`. */
const POSTED_ON = /^\s*(?:\S{1,20}(?:\s+-\s+\S{1,20})?\s+)?于\s*/u;

/**
 * Who posted the page and the day, as a forum or a site prints it (某某 发表于 2026-1-28 14:20:01, Post By:2020/7/1 18:07:10, Admin - admin
 * 于2022年04月12日发表): where the day stands and where the rest of the line begins; null for a forum's 发表于 without its day.
 */
function posterDay(folded: string): { from: number; to: number; end: number } | null | undefined {
  const forum = FORUM_POST.exec(folded);
  if (forum) {
    const date = DATE_AT_START(folded.slice(forum[0].length));
    return date ? { from: forum[0].length, to: forum[0].length + date.end, end: forum[0].length + date.end } : null;
  }
  const posted = POSTED_ON.exec(folded);
  const date = posted ? DATE_AT_START(folded.slice(posted[0].length)) : undefined;
  const tail = posted && date ? /^\s*发表/u.exec(folded.slice(posted[0].length + date.end)) : null;
  return posted && date && tail ? { from: posted[0].length, to: posted[0].length + date.end, end: posted[0].length + date.end + tail[0].length } : undefined;
}
/** An address, or a site's domain standing for its name (CCTV.com). */
const URL = /^(https?:\/\/|www\.)[^\s\p{sc=Han}【〖]+|^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|cn|net|org)(?=\s)/iu;
const SEPARATOR = /^[\s|｜丨/·•【】[\]()]+/;
/** A page control among the labels (the toolbar's words, scripts/ingest/chrome.ts), or a counter glued to one: 下载172次收藏. */
// (Or a view count alone, at the line's end: 来源:某某融媒体中心 933次.)
const COUNTER_WORD = /^(下载\s*\d+\s*次|全文\s*\d+\s*字|\d+\s*次\s*$)(?=[\s|｜【】[\]]|收藏|$)/;
function toolWord(rest: string): RegExpExecArray | null {
  const token = /^[^\s|｜【】[\]]+/.exec(rest);
  // (An e-paper's arrows may be digits glued to the words: 3上一篇  下一篇4.)
  return token && isToolbarWord(token[0].replace(/^\d(?=\D)|(?<=\D)\d$/gu, '')) ? token : COUNTER_WORD.exec(rest);
}
/** A value without the toolbar's words after it, each after a space (某某都市报 发表评论 → 某某都市报). */
function withoutTrailingTools(value: string): string {
  const words = value.split(/(\s+)/u);
  while (words.length > 2 && isToolbarWord(words.at(-1)!)) words.splice(-2);
  return words.join('');
}
/**
 * A source's name as the label printed it, without what pages set around and after it: a site's name in its
 * decorative brackets (〖某某新闻网〗); a label the archive does not know run on after a space
 * (来源:某区融媒体中心 发布开发区:某某经济开发区); a bracket closing a box the label opened in, the next box after it
 * (来源:某县新闻办公室】 【网络编辑:】); the page's links (来源:某某都市报 发表评论); a view count's label, its number not
 * printed, and the font-size box and links (来源:某某热线 浏览次 【 】【打印】【关闭).
 */
function publisherName(raw: string): string {
  return withoutTrailingTools(
    raw
      .replace(/^[〖【[]\s*(.+?)\s*[〗】\]]$/u, '$1')
      .replace(/\s\p{sc=Han}{2,6}[:：].*$/u, '')
      .replace(/^([^〖【[]+?)\s*[〗】\]].*$/u, '$1')
      .replace(/\s+(?:浏览|阅读|点击)(?:次数?|量)?\s+[【[][^\p{sc=Han}]*[】\]][【[].*$/u, ''),
  );
}
const DATE_AT_START = (text: string) => {
  const date = findDates(text)[0];
  return date && date.start === 0 ? date : undefined;
};

/** The end of a value: the next label, a wide gap, a separator, or the end of the line. */
function valueEnd(text: string): number {
  // (A page control where the value should start: 作者:字体[ ] is a label with no value before the font-size buttons.)
  if (toolWord(text)) return 0;
  const content = text.search(/[\p{L}\p{N}]/u);
  for (let i = 0; i < text.length; i++) {
    if (/^(\s{2,}|\s*[|｜丨])/.test(text.slice(i))) return i;
    // (A view count after a space ends it: 来源:某某融媒体中心 933次.)
    if (content >= 0 && content < i && /^\s+\d+\s*次\s*$/u.test(text.slice(i))) return i;
    // (A date after a space is the line's next part: 编辑:某某 2024-02-09 09:16:39; or glued to a name: 来源:某某日报2025-01-01 08:54.)
    if (content >= 0 && content < i && /^\d{4}[-/.年]/.test(text.slice(i))) {
      const date = DATE_AT_START(text.slice(i));
      // (Glued, only a date that ends the line: 某县2024年1月5日会议纪要 is one value.)
      if (date && (/\s/.test(text[i - 1]) || (/\p{sc=Han}/u.test(text[i - 1]) && text.slice(i + date.end).trim() === ''))) return i;
    }
    // (At 0 too: a label with no value, 编辑：, is followed at once by the next label.)
    if (LABEL.test(text.slice(i))) return i;
  }
  return text.length;
}

/** `工作报告 报告 政府工作报告 DOCX   52页   下载3   2023-05-23   浏览609`: a document site's file details, dated when uploaded. */
// (Or its date and price alone: 2026-03-18 10.00元 免费试读.)
const PRICED = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d+(?:\.\d+)?\s*元\s*(?:免费试读|试读|立即下载|下载)?\s*$/u;
function libraryRow(source: string, folded: string): HeaderLine | undefined {
  const priced = PRICED.test(folded);
  if (!priced && (!/\b(DOCX?|PDF|PPTX?|TXT|WPS)\b/i.test(folded) || !/\d+\s*页/.test(folded) || !/(下载|浏览|阅读)\s*\d+/.test(folded))) return undefined;
  const date = findDates(folded)[0];
  return date ? { values: { 'dates.published': source.slice(date.start, date.end) } } : { values: {} };
}

/** `第一版:要闻版总第4492期 >2024-01-22编印` (or 一版:…): a newspaper's edition and page, dated the day the issue was printed. */
// (Or its page by number alone before the issue's count, its section's letter perhaps before it: 2:要闻总第107期 >2013-01-31编印, A2:时政总第3176期 >2024-02-05编印.)
const EDITION = /^(?:第?[A-Z]?[一二三四五六七八九十\d]{1,3}版\s*[:：]?\s*(?:\S{1,8}版|\S{1,8}?(?=总第))?\s*(?:\d{1,3}\s*(?=总第))?(?:总第\s*\d+\s*期)?|[A-Z]?\d{1,2}\s*[:：]\s*\S{1,8}?总第\s*\d+\s*期)\s*[>＞]?\s*/u;
// (Or its path, paper / year / month / day / page: 某某日报/2025 年/1 月/28 日/第 001 版.)
const PAPER_PATH = /^\S{2,12}[报刊]\s*\/\s*(\d{4})\s*年\s*\/\s*(\d{1,2})\s*月\s*\/\s*(\d{1,2})\s*日\s*\/\s*第?\s*\d{1,3}\s*版$/u;
// (Or the paper's name, its day in brackets and the page after them or inside, as its own site cites it under an article:
// 《某某日报》(2017年1月1日) 01版, 《 某某日报 》( 2024年02月04日 第 02 版 ).)
const NAMED_EDITION = /^《\s*([^《》]{2,16}?)\s*》\s*[(（]\s*([^()（）]{6,16}?)\s*(?:第?\s*[A-Z]?\s*\d{1,3}\s*版)?\s*[)）]\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?$/u;
// (Or the day, the paper and the page run together, as a paper's archive heads its pages: 1997年3月2日人民日报 第1版.)
const DATED_EDITION = /^(\d{4}年\d{1,2}月\d{1,2}日)\s*\S{2,12}[报刊]\s*第?\s*[A-Z]?\d{1,3}\s*版$/u;
// (Or the paper's name and the day alone, its weekday perhaps after it: 甘孜日報 2023年01月04日, 某某报 2017年02月27日 星期一; or
// the day, the page and its column: 2012-03-20 A1版 要闻.)
const PAPER_DAY = new RegExp(String.raw`^\S{2,12}(?:日报|晚报|报)\s+(\d{4}年\d{1,2}月\d{1,2}日)(?:\s*${WEEKDAY})?$|^(\d{4}-\d{1,2}-\d{1,2})\s+[A-Z]?\d{1,3}版(?:\s*\p{sc=Han}{2,8})?$`, 'u');
function editionLine(source: string, folded: string): HeaderLine | undefined {
  const dated = DATED_EDITION.exec(folded) ?? PAPER_DAY.exec(folded);
  if (dated) return { values: { 'dates.published': dated[1] ?? dated[2] } };
  const path = PAPER_PATH.exec(folded);
  if (path) return { values: { 'dates.published': `${path[1]}年${path[2]}月${path[3]}日` } };
  const named = NAMED_EDITION.exec(folded);
  const day = named ? DATE_AT_START(named[2]) : undefined;
  if (day) {
    const at = folded.indexOf(named![1]);
    return { values: { 'dates.published': named![2].slice(0, day.end), 'source.publisher': source.slice(at, at + named![1].length) } };
  }
  const edition = EDITION.exec(folded);
  if (!edition) return undefined;
  const date = DATE_AT_START(folded.slice(edition[0].length));
  // (After the day, the page's column and the e-paper's controls perhaps: A01版 2024年02月03日 要闻 扩展 收缩 默认.)
  const [column, ...controls] = date ? folded.slice(edition[0].length + date.end).trim().split(/\s+/u).filter(Boolean) : [];
  const understood = !column || /^(?:编印|出版|印发)$/u.test(column) || (/^\p{sc=Han}{2,8}$/u.test(column) && controls.length > 0 && controls.every(isToolbarWord));
  if (!date || !understood) return undefined;
  return { values: { 'dates.published': source.slice(edition[0].length, edition[0].length + date.end) } };
}

/** A date in a web page's style, with or without its time of day (a document is never dated so), in brackets or not. */
// (Its time perhaps in words: 2022年01月31日 11时09分.)
const WEB_DATE = /[(（]?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))\s*[)）]?/;
/** A site's name, a column's or a view count beside the date: 公文搜, 百科综合, 56次; an app's and its paper's, 石榴云/新疆日报原创; a site's and its column's, 某某镜像.新闻汇总, 某某晚报•某某派; the word posted and the views glued after it, 发布55次查看; a count of comments, 参与评论()人; a periodical in its title marks, 《某某》杂志; the readers counted, 6124人已围观, or labelled, 阅读:2681. */
const BESIDE_DATE = /^(?:[\p{sc=Han}A-Za-z]{2,12}(?:[/.·•][\p{sc=Han}A-Za-z]{2,10})?|\d+次?|\d+人已?(?:围观|浏览|阅读)|(?:阅读|浏览|点击)量?[:：]\d+|发布\d+次(?:查看|浏览|阅读)|参与评论[(（]\d*[)）]人?|《[^《》\s]{2,16}》(?:杂志|期刊|周刊|报)?)$/u;
/** A programme's or a site's name with a colon before the date alone, 某某新闻联播:2020-03-03; not a label of a day (更新时间:, 发布于:, 来源时间为:). */
const NAMED_BEFORE_DATE = /^(?!\p{sc=Han}*(?:时间|日期|发布|更新|来源|发表|修改|录入|印发))(?<name>\p{sc=Han}{2,10}?)(?<![于为是期间])[:：]$/u;
/** A count of the page's views, its word after the number: 85205次浏览. */
const VIEWS_AFTER_DATE = /^\d{1,9}\s*次(?:浏览|阅读|点击|查看)(?=\s|$)/u;
/** A page's mark of its own piece, the copyright sign perhaps before it: ©原创. */
const ORIGINAL_MARK = /^©?原创$/u;
/** The site's address alone beside the date: //yichun.dbw.cn 2005-07-28 10:46:06, www.jctrans.com 2012-7-11 16:49:00 (with a paper's name too, the line names its source, read with the labels). */
const ADDRESS_ALONE = /^(?:(?:https?:)?\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/?$/u;
/** (A header table's label beside a date is not a site's name: 成文日期 2018-02-06.) */
const isLabel = (word: string) => FIELD_LABELS.has(despace(word)) || PAGE_LABELS.includes(despace(word));

/** The words a newsroom's own name ends with: 融媒体中心, 新闻中心, 广播电视台…. */
const NEWSROOM = '融媒体中心|融媒中心|新闻中心|传媒中心|新闻网|广播电视台';
/** How a site's or a paper's name ends, as a pattern's source: 某某网, 某某在线, 某某日报, 某某融媒体中心. */
const SITE_ENDINGS = `网|网站|在线|${PAPER_ENDING}|新闻|${NEWSROOM}`;
/** A newsroom's or a government's own name, as a page prints it beside its date without a label: 某某市融媒体中心, 某某县人民政府, 某某县政协办. */
const NEWSROOM_OR_GOVERNMENT = new RegExp(`^\\p{sc=Han}{2,12}?(?:${NEWSROOM}|人民政府(?:网站|门户网站)?|政府网|(?:政协|人大|政府|委)办(?:公室)?)$`, 'u');

/**
 * `公文搜 2022-08-29 12:36:23 营商`, `(2020-02-17 18:52:29) 百科综合`, `2026-01-22 南京工会 56次`: the date a
 * reposting site put the page up, among at most two short words of its own.
 */
function siteDateLine(source: string, folded: string): HeaderLine | undefined {
  const date = WEB_DATE.exec(folded);
  if (!date) return undefined;
  const at = folded.indexOf(date[1], date.index);
  // (Or a programme's name and a colon before it, nothing after: 某某新闻联播:2020-03-03.)
  const named = NAMED_BEFORE_DATE.exec(folded.slice(0, date.index).trim());
  if (named && folded.slice(date.index + date[0].length).trim() === '' && !isLabel(named.groups!.name)) return { values: { 'dates.published': source.slice(at, at + date[1].length) } };
  // (A table's borders around them too: 某某网 2007-3-7 |, | 某某资讯网 | 2016/10/10 17:37:24 安监动态 | ||.)
  // (Or a social-media mirror's account, its kind and its place, dotted: 某某发布 · 公众号 · 上海 · 2021-01-23 12:42.)
  // (A site's name dotted to its date, 某某财经·2026-01-08 11:31, is read with its labels, as the page's source.)
  const around = (folded.slice(0, date.index) + ' ' + folded.slice(date.index + date[0].length)).replace(/[|｜]/gu, ' ');
  const mirror = /\s·\s*公众号\s*·/u.test(around);
  // (A page's mark of its own piece before them is none of them: ©原创 2023-04-03 13:10 某县融媒体中心.)
  const split = around.split(mirror ? /[\s·]+/u : /\s+/u).filter((w) => w !== '');
  const words = split.filter((w) => !ORIGINAL_MARK.test(w));
  const addressAlone = words.length === 1 && ADDRESS_ALONE.test(words[0]);
  if (!addressAlone && (split.length === 0 || words.length > (mirror ? 3 : 2) || !words.every((w) => BESIDE_DATE.test(w) && !isLabel(w)))) return undefined;
  // (A newsroom or a government alone after the date is the page's source: 2019-03-25 10:33   某某市融媒体中心.)
  const after = source.slice(date.index + date[0].length).trim();
  const newsroom = words.length === 1 && NEWSROOM_OR_GOVERNMENT.test(fold(after)) ? after : undefined;
  return { values: { 'dates.published': source.slice(at, at + date[1].length), ...(newsroom ? { 'source.publisher': newsroom } : {}) } };
}

/**
 * An e-paper's article properties its page script left as text, closing a comment: 2022-01-14 1 1 某某日报 content_171266.html (or c194658.html) 1 3 标题
 * /enpproperty-->: the issue's day and the paper (the article's subtitle perhaps after the day: 2020-11-18 决定…举行 1 1 某某日报 …).
 */
const PAPER_PROPERTIES = /^(\d{4}-\d{1,2}-\d{1,2})(?:\s+(?!\d{1,3}\s)\S{2,60})?(?:\s+\d{1,3})*\s+(\S{2,12}?(?:报|刊))\s+(?:content_|c)\d+\.html?\b.*enpproperty\s*-->$/u;
function paperPropertiesLine(source: string, folded: string): HeaderLine | undefined {
  const properties = PAPER_PROPERTIES.exec(folded);
  if (!properties) return undefined;
  const paperAt = folded.indexOf(properties[2], properties[1].length);
  return { values: { 'dates.published': source.slice(0, properties[1].length), 'source.publisher': source.slice(paperAt, paperAt + properties[2].length) } };
}

/**
 * A newsroom's name with the day it put the page up, in brackets or after a space: 某某新区新闻中心(2020年9月30日). (Not a
 * government's: 某某县人民政府 2020年9月30日 signs a document.)
 */
const NEWSROOM_DAY = new RegExp(`^(\\p{sc=Han}{2,12}?(?:${NEWSROOM}))\\s*(?:[(（]\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*[)）]|\\s(\\d{4}年\\d{1,2}月\\d{1,2}日))$`, 'u');
function newsroomDayLine(source: string, folded: string): HeaderLine | undefined {
  const named = NEWSROOM_DAY.exec(folded);
  if (!named) return undefined;
  const day = named[2] ?? named[3];
  const at = folded.lastIndexOf(day);
  return { values: { 'dates.published': source.slice(at, at + day.length), 'source.publisher': source.slice(0, named[1].length) } };
}

/** A field's label standing without its colon, as a header table printed as text has it: `成文日期 2018-02-06 公文时效`. */
const BARE_LABEL = new RegExp(`(?<=^|\\s)(${labelAlternation([...FIELD_LABELS.keys(), ...TABLE_ROW_LABELS])})(?=\\s|$)`, 'g');

/** A field's label glued to its value, as a list printed from a table has it: 发布日期2026-03-09, 索引号ml/2026-00303, 有效性有效, 发布机构某某市政府办公室. */
const GLUED_LABEL = new RegExp(`^(${labelAlternation(FIELD_LABELS.keys())})(?=\\d{4}[-/.年]|[A-Za-z0-9]{3,}|(?:有效|失效|废止)$|\\p{sc=Han}{2,20}(?:政府|办公室|委员会|局|厅|院|中心|日报|报社)$)`, 'u');

/** A slash closing a day written with slashes, before its time: the second slash of 2021/12/06/ 21:48. */
const DAY_SLASH_BEFORE_TIME = /(?<=\b\d{4}\/\d{1,2}\/\d{1,2})\/(?=\s+\d{1,2}:\d{2})/u;

/** The line with a colon after each bare label, when it opens with one (else undefined). */
function withColons(source: string): string | undefined {
  const folded = fold(source);
  const glued = GLUED_LABEL.exec(folded);
  if (glued) return `${source.slice(0, glued[0].length)}:${source.slice(glued[0].length)}`;
  const labels = [...folded.matchAll(BARE_LABEL)];
  if (labels.length === 0 || labels[0].index !== 0) return undefined;
  let out = '';
  let at = 0;
  for (const label of labels) {
    const end = label.index + label[0].length;
    out += `${source.slice(at, end)}:`;
    at = end;
  }
  return out + source.slice(at);
}


/** The facts of a header line, or undefined when some part of the line is not understood. */
export function parseHeaderLine(asPrinted: string): HeaderLine | undefined {
  // (Read without a mirror's pinyin glosses, 來源:某某區(qū)融媒體中心, and with its question marks for lost characters a gap: 09:24:17??來源.)
  // (And without its day's closing slash before the time, as a provincial paper's site prints it: 2021/12/06/ 21:48 来源:….)
  const printed = withoutPinyinGlosses(asPrinted).replace(/\?{2,}/gu, '  ').replace(DAY_LABEL_GLUED, '$1:').replace(DAY_SLASH_BEFORE_TIME, '');
  // (The page's day with its year in two digits, before the labels: 23-01-14 09:22 来源:某某网 编辑:某某. Read in this century.)
  const short = /^\s*(\d{2})-(\d{1,2})-(\d{1,2})(\s+\d{1,2}:\d{2})\s+(?=\p{sc=Han}{2,4}\s*[:：])/u.exec(printed);
  const [, year, month, day, time] = short ?? [];
  const rest = short && Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31 ? parseHeaderLine(printed.slice(short[0].length)) : undefined;
  if (rest && rest.values['dates.published'] === undefined) return { values: { ...rest.values, 'dates.published': `20${year}-${month}-${day}${time}` } };
  // (Or its day and time, then the body that put it up, with no label: 2022-01-18 16:11 市人民代表大会常务委员会.)
  const dayThenBody = /^\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})(?::\d{2})?\s+(\p{sc=Han}{2,24}?(?:委员会|委員會|人民政府|政府|办公室|辦公室|办公厅|辦公廳|局|厅|廳|中心))\s*$/u.exec(printed);
  if (dayThenBody) return { values: { 'dates.published': dayThenBody[1], 'source.publisher': dayThenBody[2] } };
  // (Each label in a box of its own, read as spaced: 【发布日期:2018-01-18】 【字号: 】 【关闭此页.)
  // (Or each label in square brackets, its value after it, as a portal's table is copied: [ 成文日期 ] 2022-03-01 [ 发布日期 ] 2022-03-01.)
  // (A box of the author and the source in one, its value after a space: 【作者/来源 新闻中心】.)
  const line = /^\s*【\s*\p{sc=Han}{2,6}\s*[:：]/u.test(printed)
    ? printed.replace(/【\s*作者\s*[/／]\s*来源\s+/u, ' 来源:').replace(/[【】]/gu, ' ')
    : /^\s*\[\s*\p{sc=Han}{2,6}\s*\]/u.test(printed) ? printed.replace(/\[\s*(\p{sc=Han}{2,6})\s*\]/gu, ' $1:') : printed;
  // (A time of day's colon is no label's: 发布日期 2023-01-31 18:42.)
  const colonized = /[:：]/.test(line.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '')) ? undefined : withColons(line.trim());
  return (colonized ? parseLabelled(colonized) : undefined) ?? parseLabelled(line);
}

/** A font-size control's label: 字号, 字体, 浏览字号. */
const FONT_SIZE_LABEL = /^(?:浏览)?(?:字号|字体)$/u;

/** The labels of the day a page was last updated, which give way to the day it was published on the same line. */
const UPDATE_LABELS = /^(?:最后|内容)?更新(?:时间|日期)?$/u;

/**
 * A column's or a site's name before the labels: two spaces before any label (领导讲话  发文时间:…, 中国某某政府门户网站
 * 更新时间:…), the paper's name perhaps before the column's (桂林日报 新闻    时间:…), or a site's name a single space before a
 * label the archive knows (某某政务网 发布日期 : 2005-01-27).
 */
const SITE_BEFORE_LABEL = new RegExp(
  `^(?:(?:(?:\\p{sc=Han}{2,16}?(?:日报|晚报|报)\\s)?\\p{sc=Han}{2,6}|\\p{sc=Han}{2,16}?(?:网|网站|在线))\\s{2,}(?=\\S+\\s*[:：])|\\p{sc=Han}{2,16}?(?:网|网站|在线)\\s+(?=(?:${ANY_LABEL})\\s*[:：]))`,
  'u',
);

/** A name by how it ends (`endings`, a pattern's source), a space, then the page's day, as a pattern's source: 某某网 2017-04-18. */
const namedBeforeDay = (endings: string) => `\\p{sc=Han}{1,14}?(?:${endings})\\s+(?=\\d{4}\\s*[年\\-/.])`;
/** A column's name, or a site's, a paper's, a newsroom's or a government's, before the page's day: 某某在线  2019年12月21日, 某某网 2017-04-18 16:47, 某某县人民政府 2024-09-30 09:09:00. */
const NAME_BEFORE_DAY = new RegExp(`^(?:\\p{sc=Han}{2,8}\\s{2,}|${namedBeforeDay(`${SITE_ENDINGS}|人民政府`)})`, 'u');
/** A site's or a paper's name before the page's day, by its ending: 某某在线 2018年03月21日. */
const SITE_BEFORE_DAY = new RegExp(`^${namedBeforeDay(SITE_ENDINGS)}`, 'u');

/** An organ's name glued to the time before it and the label after it, as a page run together prints it: 21:41:36某某区农业农村局作者:…. */
const GLUED_ORGAN = '\\p{sc=Han}{2,12}?(?:局|委|办|中心|政府|网|报|台)';
/** The page's time, then the site's name before its labels: 2013-1-8 15:25:19 某某热线 来源:某某热线 (or glued: GLUED_ORGAN). */
const TIME_THEN_SITE = new RegExp(`^(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)(?:\\s+\\p{sc=Han}{2,12}\\s+|(?<=:\\d{2})${GLUED_ORGAN})(?=(?:${ANY_LABEL})\\s*[:：])`, 'u');

function parseLabelled(line: string): HeaderLine | undefined {
  const source = line.trim();
  const folded = fold(source);
  if (folded === '' || folded.length > 160) return undefined;
  // (The site's name between them, its source unless a label names another: the time, the name, then the labels after it.)
  const timeThenSite = TIME_THEN_SITE.exec(folded);
  const labelled = timeThenSite ? parseLabelled(`${source.slice(0, timeThenSite[1].length)} ${source.slice(timeThenSite[0].length)}`) : undefined;
  if (labelled) {
    labelled.values['source.publisher'] ??= source.slice(timeThenSite![1].length, timeThenSite![0].length).trim();
    return labelled;
  }
  const library = libraryRow(source, folded) ?? siteDateLine(source, folded) ?? editionLine(source, folded) ?? newsroomDayLine(source, folded) ?? paperPropertiesLine(source, folded);
  if (library) return library;
  const values: Partial<Record<ReportField, string>> = {};
  // Values are cut from the line as printed; fold keeps offsets, so positions agree.
  const take = (field: ReportField, from: number, to: number) => {
    const raw = source.slice(from, to).trim();
    // (A forum's print link after a title is not the title: 标题: 某某 [打印本页].)
    const control = field === 'title' ? /\s*[[【]\s*(\p{sc=Han}{2,6})\s*[\]】]$/u.exec(raw) : null;
    const value = control && isToolbarWord(control[1]) ? raw.slice(0, control.index) : field === 'source.publisher' ? publisherName(raw) : raw;
    // (A table's placeholder names nobody: 发布机构 其他, 来源:无; nor a day label's value that is no date, the one who posted
    // it under a label that can mean either, 发布:某某.)
    const nobody = ((field === 'issuer' || field === 'source.publisher') && /^(?:其他|其它|无|暂无)$/u.test(value)) || (field === 'dates.published' && !/\d/u.test(value) && findDates(value).length === 0);
    // (The page's time before the source's name, the label left over them both: 来源: 2021-10-09 08:27 某某报社融媒体; or alone,
    // the source left empty, perhaps a bullet between, or the ? a mirror left of it: 来源: • 2021-07-27 13:59:28, 來源: ? 2021-07-28 14:30:40.)
    const timed = field === 'source.publisher' ? /^(?:[•·?？]\s*)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s+(?!\d{1,2}:\d{2})(\S.*))?$/u.exec(value) : null;
    if (timed) {
      values['dates.published'] ??= timed[1];
      if (values[field] === undefined && timed[2] !== undefined) values[field] = timed[2];
    } else if (value !== '' && !nobody && values[field] === undefined) values[field] = value;
  };
  let at: number;
  let understood = 0;
  let author: string | undefined;
  let addressed = false;
  let tooled = false;
  let dated = false;
  let updated: string | undefined;
  // A site's name before its address (央视国际 www.cctv.com) or a paper's before its date (某某日报·2026-02-09,
  // 某某在线  2019年12月21日, 某某网 2017-04-18 16:47; or a government's, 某某县人民政府 2024-09-30 09:09:00 来源:…), or the page's column or the site's name before its labels.
  at = (SITE_BEFORE_LABEL.exec(folded) ?? /^\S{2,16}\s+(?=(https?:\/\/|www\.))/i.exec(folded) ?? /^[^·|\d]{2,24}[·|]\s*(?=\d{4})/u.exec(folded) ?? NAME_BEFORE_DAY.exec(folded))?.[0].length ?? 0;
  // (A paper's or a site's name before its date with a dot, 新浪财经·2026-01-08 11:31, is its source.)
  const dottedSite = at > 0 && /[·|]\s*$/u.test(folded.slice(0, at)) ? source.slice(0, at).replace(/\s*[·|]\s*$/u, '').trim() : undefined;
  const poster = at === 0 ? posterDay(folded) : undefined;
  if (poster === null) return undefined;
  if (poster) {
    take('dates.published', poster.from, poster.to);
    at = poster.end;
    dated = true;
    understood++;
  }
  while (at < folded.length) {
    const rest = folded.slice(at);
    // (A site's name in its decorative brackets after its address: http://www.example.com【某某经济网】2016-02-07.)
    const bracketedSite = addressed ? /^[【〖]([\p{sc=Han}A-Za-z]{2,12})[】〗]/u.exec(rest) : null;
    if (bracketedSite) {
      take('source.publisher', at + 1, at + 1 + bracketedSite[1].length);
      at += bracketedSite[0].length;
      understood++;
      continue;
    }
    const gap = SEPARATOR.exec(rest);
    if (gap) {
      at += gap[0].length;
      continue;
    }
    const empty = EMPTY_LABEL.exec(rest);
    if (empty && (understood > 0 || rest.length > empty[0].length)) {
      at += empty[0].length;
      understood++;
      continue;
    }
    const label = LABEL.exec(rest);
    if (label) {
      const from = at + label[0].length;
      const end = valueEnd(folded.slice(from));
      const field = FIELD_LABELS.get(despace(label[1]));
      // (The day it was updated is the page's only when the line gives no day it was published: 更新时间:… 发布时间:….)
      // (A font-size control's label, its sizes lost, before the page's time: 浏览字号: 2013年10月24日 08:49, 【 字体: 】 【2023/1/9 14:35:12】.)
      if (!field && FONT_SIZE_LABEL.test(despace(label[1])) && DATE_AT_START(folded.slice(from))) {
        at = from;
        understood++;
        continue;
      }
      if (field === 'dates.published' && UPDATE_LABELS.test(despace(label[1]))) updated ??= source.slice(from, from + end).trim() || undefined;
      else if (field) take(field, from, from + end);
      else if (despace(label[1]) === '作者' && author === undefined) author = source.slice(from, from + end).trim() || undefined;
      at = from + end;
      understood++;
      continue;
    }
    const date = DATE_AT_START(rest);
    if (date) {
      if (!dated) take('dates.published', at, at + date.end);
      dated = true;
      at += date.end;
      at += /^\s*\d{1,2}:\d{2}(:\d{2})?/.exec(folded.slice(at))?.[0].length ?? 0;
      understood++;
      continue;
    }
    // (After the date, the names of its reporters without their label: 2017-01-09 10:59:10  某某某 某某某 来源:…; or, after a label, an
    // editor's second, closing the line: 编辑:某某某  某某某; not a clock's weekday, 星期三, nor a site's name, 某某网; a name
    // alone after a date is a speaker's, 2016年2月26日 某某某, (2003年1月13日 某某某 ).)
    // (Or, after a forum post's day, where the poster was: 来自 某国 某某 LLC.)
    // (Or an editor's login, in letters, glued to the label after it: 2016年12月26日 00:00:00tz2浏览量:180次.)
    // (Or a blog's category and its count of comments, glued to the day, closing the line: 2020-07-22新闻5.)
    // (Or its count of views, unlabelled, after the date: 2020-04-29 85205次浏览 来源:某某人大网 分享:.)
    // (Or, after the date, the newsroom or the government office that put the page up, unlabelled, before the labels:
    // 2022-01-20 16:47:08 某某县政协办 点击:[] 字体:.)
    const office = dated && values['source.publisher'] === undefined ? /^(\p{sc=Han}{2,16})(?=\s+\p{sc=Han}{1,6}\s*[:：])/u.exec(rest) : null;
    if (office && NEWSROOM_OR_GOVERNMENT.test(office[1])) {
      take('source.publisher', at, at + office[1].length);
      at += office[1].length;
      understood++;
      continue;
    }
    const skip = URL.exec(rest) ?? toolWord(rest) ?? (dated ? (VIEWS_AFTER_DATE.exec(rest) ?? (poster ? /^来自\s+\S.{0,40}$/u.exec(rest) : null) ?? /^\p{sc=Han}{2,3}(?=\s+[^\s)）])/u.exec(rest) ?? (/\d[-/.]\d{1,2}$/u.test(folded.slice(0, at)) ? /^\p{sc=Han}{2,4}\d{1,5}$/u.exec(rest) : null) ?? /^[A-Za-z][A-Za-z0-9_]{0,15}(?=\s|\p{sc=Han}{2,6}\s*[:：])/u.exec(rest) ?? (understood > 1 ? /^(?!星期|礼拜|禮拜)(?!\p{sc=Han}{1,2}[网網报報台社]$)\p{sc=Han}{2,3}$/u.exec(rest) : null)) : null);
    if (skip) {
      addressed ||= URL.test(rest);
      tooled ||= !URL.test(rest);
      at += skip[0].length;
      continue;
    }
    // A site's name closing a line of its address and date (http://… 2005年01月21日17:01 某某新闻网): its source.
    // (Or two, joined by a hyphen: 荆楚网-楚天都市报.)
    if (addressed && dated && /^[\p{sc=Han}A-Za-z]{2,12}(?:[-—·][\p{sc=Han}A-Za-z]{2,12})?$/u.test(rest.trim())) {
      take('source.publisher', at, folded.length);
      at = folded.length;
      continue;
    }
    return undefined;
  }
  // A date alone is a dateline's or a document's date, not the page's (see scripts/ingest/header.ts); beside the
  // page's controls (2009年2月28日  收藏 打印 推荐), it is the page's.
  if (updated && values['dates.published'] === undefined) values['dates.published'] = updated;
  if (dottedSite && values['source.publisher'] === undefined) values['source.publisher'] = dottedSite;
  // (A site's name before it, 某某在线 2018年03月21日, 某某网 2018年03月21日, makes it the page's as a dot does.)
  const siteBefore = SITE_BEFORE_DAY.test(folded);
  const dateAlone = understood === 1 && dated && !poster && !tooled && !dottedSite && !siteBefore && Object.keys(values).length === 1;
  return understood > 0 && !dateAlone ? { values, ...(author ? { author } : {}) } : undefined;
}
