/**
 * How the header reads a line: without its list bullet, the Chinese half of a
 * bilingual line, past a reposting site's watermark; and the bylines a page
 * prints (记者 某某) and a news lead's wire slug (新华社…电). Reading past never
 * changes the line: the text keeps it.
 */
import { fold } from '../../src/text/fold.ts';
import { RELATIVE_DAY } from './dates.ts';

/** A header table printed as a list: `• 索引号:`, `- 中文名:`; or a byline so marked, `◉ 记者 某某`. */
export const withoutBullet = (text: string) => text.replace(/^(?:[•·●▪◆■◉◎]\s*|[-*]\s+)/u, '');

/**
 * A bilingual page's line, its English before its Chinese (`(Delivered at … on March 5, 2002) ——2002年3月5日在…上`):
 * the Chinese is what the header reads (the whole line is lifted with it).
 */
export function chinesePart(text: string): string {
  // (A bilingual table's row, the Chinese cell first: 某某 | Jia Qinglin |.)
  const bar = text.search(/[|｜]/u);
  const [cell, rest] = bar > 0 ? [text.slice(0, bar), text.slice(bar)] : ['', ''];
  if (/\p{sc=Han}/u.test(cell) && !/\p{sc=Han}/u.test(rest) && /[A-Za-z]{2,}/u.test(rest)) return cell.trimEnd();
  // The Chinese first, then its English (政府工作报告 ——2012年3月5日在…上 国务院总理 温家宝 REPORT ON THE WORK …).
  // (After a dash too: ——2015年3月8日在…会议上 – Delivered at the Third Session.)
  const english = /\s(?:[–—-]\s*)?[A-Za-z][A-Za-z'’,.()-]*(?:\s+[A-Za-z][A-Za-z'’,.()-]*){3,}[^\p{sc=Han}]*$/u.exec(text);
  if (english && /\p{sc=Han}/u.test(text.slice(0, english.index))) return text.slice(0, english.index);
  const han = text.search(/\p{sc=Han}/u);
  if (han <= 0) return text;
  const before = text.slice(0, han);
  if (!/[A-Za-z]{2,}[^\p{sc=Han}]*\s[^\p{sc=Han}]*[A-Za-z]{2,}/u.test(before)) return text;
  // The dash or bracket that opens a dateline, and the digits of its year, stay with it.
  const opening = /(?:——|――|--|—|[(（])?\s*\d*\s*$/.exec(before)![0];
  return opening + text.slice(han);
}

const MARKUP_TAG = /<\/?(?:p|div|span|strong|b|i|em|font|br|td|tr|th|h[1-6]|section|center|u)\b[^<>]*>/giu;
const ENTITIES: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', quot: '"', amp: '&', lt: '<', gt: '>' };

/**
 * A line of a page whose HTML came through as text (<p style="…">政 府 工 作 报 告</p>,
 * &nbsp;): read as the browser would show it, kept in the text as it came.
 */
export function withoutMarkup(text: string): string {
  if (!/<\/?[a-z]/iu.test(text) && !/&(?:[a-z]+|#\d+);/u.test(text)) return text;
  return text
    .replace(MARKUP_TAG, '')
    .replace(/&#(\d+);/gu, (entity, code: string) => (Number(code) > 0 && Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : entity))
    .replace(/&([a-z]+);/gu, (entity, name: string) => ENTITIES[name] ?? entity)
    .trim();
}

/** A header line as the header reads it: as a browser shows it, without its list bullet or a repost's watermark. */
export const lineAsRead = (text: string) => withoutWatermark(withoutBullet(withoutMarkup(text.trim())));

/**
 * A reposting site's watermark on each line (……会议上zTB, 政 府 工 作 报 告 LsMq&a-j2, ;;;;二〇一九年…,
 * ……工作报告文章源自某某-https://…)
 * and the question marks a mirror prints for characters it lost (……会议上??,
 * 政府工作报告?: no title asks a question with its kind's word; 市 長? 王 勇, a
 * letter-spaced office that lost its last space; 县长 某某 ?, a converted page's
 * mark for a lost line end), or for spaces its encoding lost
 * (某某省省長?王某某, ????此時此刻, 2016年2月26日? 某某: read as the spaces they were; not one that ends a question, its
 * word before it: 为何原因?市委书记…): read past, kept in the text.
 */
export const withoutWatermark = (text: string) =>
  text.replace(/(?<=[\p{sc=Han})])(?<!(?:吗|呢|为何|如何|何时|何处|为什么|什么|怎么|怎样|哪|谁|多少|是否)[^\s，,。？?！!]{0,8})\?+(?=\p{sc=Han})/gu, ' ').replace(/(?<=\p{sc=Han})\?+(?=[ \u3000]+\p{sc=Han})/gu, '').replace(/^\?+(?=\p{sc=Han})/u, '').replace(/(?<=\S)\s+\?$/u, '').replace(/(?:文章源自|本文来自|转载自|来源于)\S{0,16}?https?:\/\/\S+$|\s+https?:\/\/\S+$/u, '').replace(/^[;；]{2,}/u, '').replace(/(?<=\p{sc=Han})\?{2,}$|(?<=报告|報告|讲话|講話|致辞|致辭|发言|發言)\?$|(?<=^\p{sc=Han}(?:[ \u3000]\p{sc=Han})*)\?(?=[ \u3000]\p{sc=Han})/u, '').replace(/(?<=[\p{sc=Han}:：])(?=[A-Za-z0-9]{2,4}$)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9]{2,4}$/u, '').replace(/(?<=[\p{sc=Han}）)。])\s+([!-~]{4,12})$/u, (mark, token: string) => (randomMark(token) ? '' : mark));

/** A watermark's random token (LsMq&a-j2, 6lr<, FhEfW7]0,): digits among letters and signs, three kinds at least (not a label: Tag:). */
function randomMark(token: string): boolean {
  return /[0-9]/.test(token) && [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(token)).length >= 3;
}

/** The words that credit a reporter: 记者, 通讯员, 摄影. */
const CREDIT_WORDS = '记者|通讯员|摄影';
const CREDIT = `(?:本报)?(?:见习)?(?:${CREDIT_WORDS})`;
/** What a credit says the reporter did, never his name: 报道 (某某摄影报道, 记者综合报道), 供图, 整理, 记者组. */
const NOT_A_REPORTER = /报道|报导|供图|供稿|整理|综合|编辑|组$/u;
/** (Each perhaps with what he did: 记者 某某某/文 某某/摄.) */
const NAMES = '\\p{sc=Han}{2,4}(?:/[文摄图])?(?:[ \\u3000\\u00a0]+\\p{sc=Han}{2,4}(?:/[文摄图])?)*';
/** One reporter's two-character name spaced out, alone after the credit: 记者 王 毅. */
const SPACED_NAME = '\\p{sc=Han}[ \\u3000]\\p{sc=Han}';
/** `记者 邹平 杨宝岭`, `本报记者 李明 通讯员 赵四` on a line of their own (after a paper's box mark: □ 某某日报全媒体记者 某某; or a paper's name and its reporter's before the next credit: 某某商报·某某新闻网 刘某 通讯员 杜某某). */
export const BYLINE = new RegExp(`^\\s*(?:[□■◆●▲]\\s*)?(?:\\S{2,8}?(?=${CREDIT})|\\S{2,16}?[报報网網台社]\\S{0,8}?\\s+\\p{sc=Han}{2,3}\\s+(?=${CREDIT}))?((?:${CREDIT}\\s*[:：]?\\s*${NAMES}[ \\u3000\\u00a0]*)+|${CREDIT}\\s*[:：]?\\s*${SPACED_NAME}\\s*)$`, 'u');
/** A two-character name spaced out, alone: 陳 霄. */
const SPACED_NAME_ALONE = new RegExp(`^${SPACED_NAME}$`, 'u');
/** A reporter's name alone after a paper's box mark, with no credit word: □陳 霄, □ 某某某. */
export const BOXED_BYLINE = new RegExp(`^\\s*[□■]\\s*(${SPACED_NAME}|${NAMES})\\s*$`, 'u');
/** A line letter-spaced as a heading, a space between each of its characters: 政 府 工 作 报 告, 人 民 代 表 大 会. */
export const isLetterSpaced = (text: string) => /^\p{sc=Han}(?:[ \u3000]\p{sc=Han}){3,}$/u.test(text);
/** Words without the spaces between their characters. */
export const withoutSpaces = (text: string) => text.replace(/(?<=\p{sc=Han})\s+(?=\p{sc=Han})/gu, '');

/** A photo's caption: a sentence, then its photographer's credit, 某某日报记者某某 摄. */
export const CAPTION_WITH_CREDIT = /。\s*\p{sc=Han}{0,12}?记者\s*\p{sc=Han}{2,4}\s*摄$/u;

/** A reporter's name before what he did, alone on a line: 某某摄影报道, 某某 文/图. */
export const NAME_THEN_CREDIT = /^\s*(\p{sc=Han}{2,3})\s*(?:摄影报道|文\s*[\/／]\s*图|图\s*[\/／]\s*文)\s*$/u;
/** A line, folded, that credits a reporter anywhere (a slug's bracket, a name before its credit): the only lines read for those. */
export const CREDITED = new RegExp(`${CREDIT_WORDS}|文\\s*[\\/／]\\s*图|图\\s*[\\/／]\\s*文`, 'u');
/** `……扎实推进。     记者 陈高飞` at the end of a paragraph. */
export const TRAILING_BYLINE = new RegExp(`[ \\u3000\\u00a0]{2,}(${CREDIT}[ \\u3000\\u00a0]+${NAMES})\\s*$`, 'u');
const CREDIT_WORD = new RegExp(`^${CREDIT}[:：]?`, 'u');

/** The names in a byline, without the 记者/通讯员 labels. */
export function bylineNames(byline: string): string[] {
  const spaced = new RegExp(`${CREDIT}\\s*[:：]?\\s*(${SPACED_NAME})\\s*$`, 'u').exec(fold(byline));
  // (Folding keeps offsets: the name as the page wrote it.)
  if (spaced) return [byline.slice(spaced.index + spaced[0].indexOf(spaced[1])).trim().replace(/[ \u3000]/gu, '')];
  // (Or alone, a box mark's: 陳 霄.)
  if (SPACED_NAME_ALONE.test(fold(byline.trim()))) return [byline.trim().replace(/[ \u3000]/gu, '')];
  return byline
    .split(/[ \u3000\u00a0]+/)
    .map((token) => token.slice(CREDIT_WORD.exec(fold(token))?.[0].length ?? 0).replace(/\/[文摄图]$/u, ''))
    // (Not what the credit did: 某某摄影报道.)
    .filter((token) => /^\p{sc=Han}{2,4}$/u.test(token) && !NOT_A_REPORTER.test(token));
}

/** A credit word where a wire slug's bracket names its reporters (湖北日报全媒记者, 通讯员, 記者), and what comes after it. */
const SLUG_CREDIT = new RegExp(`^(.*?(?:${CREDIT_WORDS}))(.*)$`, 'u');
/** A token that is only a credit, closing with its word (湖北日报全媒记者, 摄). */
const ONLY_CREDIT = new RegExp(`(?:${CREDIT_WORDS}|摄)$`, 'u');

/**
 * The reporters a wire slug names in its bracket before the lead: 本报讯（记者 王华 通讯员 李明）, 华声在线2月23日讯(通讯员 李明 记者 王华),
 * 荆楚网讯（湖北日报全媒记者 王华、通讯员 李明）. Only names after a credit word count (荆楚网 before 记者 is the site, no reporter).
 */
export function slugReporters(lead: string): string[] {
  const slug = WIRE_SLUG.exec(lead)?.[0];
  const bracket = slug ? [...slug.matchAll(/[(（]([^()（）]*)[)）]/gu)].find((match) => SLUG_CREDIT.test(fold(match[1])))?.[1] : undefined;
  if (!bracket) return [];
  const names: string[] = [];
  let credited = false;
  for (const token of bracket.split(/[\s\u3000、，,]+/u).filter(Boolean)) {
    const folded = fold(token);
    const credit = SLUG_CREDIT.exec(folded);
    const rest = (credit ? token.slice(credit[1].length) : token).replace(/^[:：]/u, '');
    if (credit) credited = true;
    else if (!credited || ONLY_CREDIT.test(folded)) continue;
    // (Not what the credit did: 记者综合报道, 记者组.)
    if (/^\p{sc=Han}{2,4}$/u.test(rest) && !ONLY_CREDIT.test(fold(rest)) && !NOT_A_REPORTER.test(fold(rest))) names.push(rest);
    else if (rest && !credit) credited = false;
  }
  return names;
}

/** The lead's day alone on its line, a poster's first words (11月16日上午 / 某区第五届人民代表大会 / 第一次会议 / …开幕; 今天(2月22日)): no headline, the text begins. */
export const LEAD_DAY_ALONE = new RegExp(`^\\d{1,2}月\\d{1,2}日(?:[上下]午|晚上?)$|^(?:${RELATIVE_DAY})[(（]\\d{1,2}月\\d{1,2}日[)）]$`, 'u');

/** `新华社拉萨1月13日电（记者 X）`, `中新社北京三月五日電(記者 X)`, `中评社北京5月25日电/`, `本报讯`, `（某某日报 记者 X）`, `某某网-某某日报讯(记者 X)`, `某某新闻网·某某客户端讯`, `荆楚网（湖北日报网）讯` (a character a mirror lost perhaps a question mark: 某某網·大美青?客戶端訊), `据某某区消息:`, in either script: the wire slug before a news lead. */
export const WIRE_SLUG = /^(?:[(（][^()（）]{0,20}(?:记者|記者|通讯员|通訊員)[^()（）]*[)）]|本[报報][讯訊]|\p{sc=Han}{2,10}?(?:日报|日報|晚报|晚報)(?:记者|記者)\s*\p{sc=Han}{2,3}(?:\s+\p{sc=Han}{2,3})*(?=\s)|(?:[\p{sc=Han}A-Za-z]{2,12}[-－—·])?[\p{sc=Han}A-Za-z](?:[\p{sc=Han}A-Za-z]|\?(?=\p{sc=Han})){1,9}(?:[(（]\p{sc=Han}{2,10}[)）])?[讯訊](?=\s|[(（])|据\p{sc=Han}{2,12}?消息(?=[:：])|[^，,。]{0,16}?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:[电電]|[讯訊]|\p{sc=Han}{0,6}?消息))\s*(?:[(（][^)）]*[)）])?\s*[:：/]?\s*/u;
