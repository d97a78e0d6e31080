/**
 * Titles: what a title says about its document. One home for the words by
 * which the header step picks a title among a page's lines and the metadata
 * step reads the document's kind from it.
 */
import type { DocumentType } from '../../src/schemas/report.ts';
import { fold } from '../../src/text/fold.ts';
import { COMMON_SURNAMES, HAS_NAME_DOT, NAME_DOT, OFFICE_ENDING, PINYIN_GLOSS } from './vocabulary.ts';

/** The words of a headline or subtitle that reads, hears or studies a report rather than being one: 解读…工作报告, 听取…报告. */
export const READS = '解读|听取|审议|审查|学习';

/** A news headline in two parts, the meeting held then who spoke there: 市八届人大二次会议胜利闭幕 某某在闭幕大会上讲话 (read despaced too). */
export const HELD_THEN_SPOKE = /(?:开幕|闭幕|召开|举行)\s*\p{sc=Han}{2,3}在\S{2,30}?上(?:讲话|致辞)$/u;

/** A news headline that reports on a report: 某某在…上作工作报告, 郭树清作政府工作报告, 某某发表全国政协常委会工作报告, 代表分组审议政府工作报告, 某某发表讲话,
 * 市委常委、统战部部长某某出席某某工作组第二次全体会议并讲话,
 * 某地举行团拜会 某某出席并致新年贺词; a meeting's deck listing the reports it heard, 听取市人大常委会工作报告、市中级人民法院工作报告…, or a subtitle reading one, ——解读政协某县…常务委员会工作报告; or a meeting held and who spoke at it, 浙江举行各界人士新年茶话会 某某致辞; or a session's members speaking at its plenary, …会议举行大会发言;
 * or a headline with who gave it, named after his office, 某市各界欢聚一堂喜迎新年 市委书记某某(激情)致辞, or by his name alone after
 * the meeting held, 全市…总结表彰大会隆重举行 某某讲话 (or where he spoke, 市八届人大二次会议胜利闭幕 某某在闭幕大会上讲话), its deck's other parts perhaps between, who sat or attended (某市政协十三届三次会议闭幕 某某某某在主席台就座 某某讲话);
 * or a photo's caption naming no meeting, 县委书记某某在会上讲话. */
export const REPORTED_ADDRESS = new RegExp(`(?<![工所])(?:作|做)(?!风)了?\\S{0,12}(?:报告|讲话)$|发表(?:重要)?讲话$|发表\\S{2,16}报告$|(?:出席|主持)(?:\\S{0,40}?(?:会议|大会|会|仪式|典礼|论坛))?并(?:发表)?(?:重要)?(?:讲话|致辞)$|(?:出席|主持)(?:会议|大会)?并致(?:新年|新春)?(?:辞|贺词)$|(?:审议|审查|讨论|听取|解读|热议|聚焦|速读|学习|畅谈|点赞)\\S{0,16}(?:报告|讲话)$|(?:^|——)(?:${READS})\\S{0,60}(?:报告|讲话)$|(?:召开|举行)\\S{2,30}?(?:会|会议|大会)(?!上)\\p{sc=Han}{2,3}(?:致辞|讲话)$|(?:召开|举行)\\s*(?:\\p{sc=Han}{2,3}){1,3}(?:致辞|讲话)$|${HELD_THEN_SPOKE.source}|(?:开幕|闭幕|召开|举行)\\S{2,40}?(?:就座|出席|主持)\\p{sc=Han}{2,3}(?:致辞|讲话)$|举行大会发言$|在(?:会上|会议上|大会上)(?:讲话|致辞|发言)$|在.{2,40}上(?:作|做|发表)|(?:激情|深情|热情)(?:致辞|讲话)$|\\S{4,}\\s+\\S{0,16}?(?:书记|[省市县区州旗]长|主席|主任)\\p{sc=Han}{2,3}(?:致辞|讲话)$`, 'u');
/**
 * One part of a headline's deck: who did what there (某某主持会议, 某某某作政府工作报告, 郭某某张某某讲话, 某某某某等出席;
 * 某某某某分别作州中级人民法院、州人民检察院工作报告; at a delegation's meeting, 某某等作审议发言; at a ceremony, 某某某宣布项目开工).
 */
export const DECK_PART = /^\p{sc=Han}{2,12}?等?(?:出席(?:会议|大会)?(?:并(?:发表)?(?:重要)?(?:讲话|致辞))?|主持(?:会议|大会)?(?:并讲话)?|(?:发表)?(?:重要)?讲话|致辞|致(?:开幕|闭幕)[辞词]|到会祝贺|宣布\p{sc=Han}{0,12}?(?:开工|开幕|闭幕|开园|启动|开通|成立|开业)|(?:代表\p{sc=Han}{2,12}?)?(?:分别)?作[\p{sc=Han}、]{0,24}?报告|(?:作|做)(?:审议|大会|书面)?发言)$/u;
/** What a session did, as a deck says it: 会议通过了提案审查情况报告和会议决议, 选举产生大会主席团和秘书长, 表决通过大会议程, 听取…工作报告. */
const DECK_ADOPTED = /^(?:会议|大会)?(?:听取|审议|审查|表决通过|通过|选举产生)了?[\p{sc=Han}、]{2,40}$/u;

/**
 * A headline's deck on a line of its own: two parts or more, each who did what or what the session adopted, or names
 * alone listed before one (沈某 冯某某出席 舒某某作…报告); or one part saying what the session adopted.
 */
export function isDeck(folded: string): boolean {
  const parts = folded.trim().split(/[ \u3000]+/u);
  // (Alone, only as the session's: 会议通过….)
  if (parts.length === 1) return /^(?:会议|大会)/u.test(parts[0]) && DECK_ADOPTED.test(parts[0]);
  // (Names alone, one or more, before the part they did it in: 肖某 铁某 王某某 李某某等作审议发言.)
  const nameAlone = (part: string) => /^\p{sc=Han}{2,3}$/u.test(part);
  return parts.every((part, i) => DECK_PART.test(part) || DECK_ADOPTED.test(part) || (nameAlone(part) && DECK_PART.test(parts.slice(i + 1).find((next) => !nameAlone(next)) ?? '')));
}

/** The seasons a greeting is sent for: 新春贺词, 元旦献词, 春节致辞. */
export const SEASONS = '新春|新年|春节|元旦';

/** The kind of document each address word names. */
export const KIND_TYPES: Record<string, DocumentType> = {
  讲话: 'speech',
  总结讲话: 'speech',
  动员讲话: 'speech',
  讲话提纲: 'speech',
  发言: 'speech',
  致辞: 'speech',
  主持词: 'speech',
  讲稿: 'speech',
  开幕词: 'speech',
  闭幕词: 'speech',
  献词: 'speech',
  献辞: 'speech',
  贺词: 'speech',
  贺信: 'speech',
  // (A host's words to guests at a fair or a banquet.)
  欢迎词: 'speech',
  欢迎辞: 'speech',
  答谢词: 'speech',
  祝酒词: 'speech',
  致词: 'speech',
  // (A greeting's or a sympathy's letter, as a 贺信 is: 致全市人民的拜年信, 慰问信.)
  拜年信: 'speech',
  慰问信: 'speech',
  报告: 'work-report',
  工作报告: 'work-report',
  // (An official's account of his own work to those he answers to, given by him alone: a speech, as readers take it.)
  述职报告: 'speech',
};

/** A year's summary of work, its plan for the next after it: 2023年工作总结及2024年工作安排, 2022年度工作总结. */
const YEAR_SUMMARY = /\d{4}年度?(?:上半年)?工作总结(?:(?:及|和|暨)\S{0,12}?(?:思路|安排|计划|打算|要点))?$/u;

/** The kinds above as one alternation, longest first (工作报告 before 报告). */
export const KIND_WORDS = Object.keys(KIND_TYPES).sort((a, b) => b.length - a.length).join('|');
/** A title's last words that name its kind. */
const KIND_AT_END = new RegExp(`(${KIND_WORDS})$`);

/** The word that ends a title of an address, in either script: 讲话, 報告, 致辞. */
export const ADDRESS_WORD = '(?:讲话|講話|报告|報告|发言|發言|致辞|致辭)';
/** The word for a draft after an address's kind, still the title's (…讲话稿, …讲话文稿), as a pattern's source. */
export const DRAFT_WORD = '文?稿';

/**
 * A site's short title run on to the document's own, which repeats its
 * opening: 市长在…会议上讲话市长在…会议上的讲话 (the match is the short title).
 * (The own one an address's title too: not a title run on to its giver, whose office opens as it does:
 * 县住建局年终工作推进会议讲话县住建局党委书记、局长某某〔2023年12月19日〕.)
 * (Or the own title's opening cut short before it, its kind lost: 团市委副书记…在某县第十六次团代会开幕式上团市委副书记…在某县第十六次
 * 团代会开幕式上的讲话.)
 */
export const SHORT_TITLE_BEFORE_OWN = new RegExp(`^(\\p{sc=Han}{3})\\S{2,40}?${ADDRESS_WORD}(?=\\1\\S{2,60}?${ADDRESS_WORD})|^(\\S{12,60}?)(?=\\2\\S{0,12}?${ADDRESS_WORD})`, 'u');

/** A title without the spaces some pages put between its characters: 政 府 工 作 报 告. */
export const despaced = (title: string) => title.replace(/(?<=\p{sc=Han})[\s\u3000]+(?=\p{sc=Han})/gu, '').trim();
/** The same, folded, for matching (offsets agree with despaced). */
export const plain = (title: string) => fold(despaced(title));

/** A site's remarks closing a title, in brackets, one or more: (全文), (2017-2022), 【中英文对照】(六). */
const REMARKS_AFTER = /(?:\s*[(（][^()（）]*[)）]|【[^【】]{1,10}】)+$/u;

/** The kind of address a title names at its end: 政府工作报告 → work-report. */
/** How a digest of a document in pictures or points opens its title: 一图速览…, 图解…, 一图读懂…. */
export const DIGEST_OPENING = /^(?:一图(?:速览|读懂|看懂|了解|带你读懂|带你看懂)|图解|速览|划重点)/u;

export function titleType(title: string): DocumentType | undefined {
  // (A title whose subtitle after its dash names no kind: the main title's, 某镇2021年政府工作报告——2020年工作回顾和2021年工作计划.)
  const main = /^(.{4,}?)\s*(?:——|――|──)/u.exec(title)?.[1];
  return typeOfTitle(title) ?? (main ? typeOfTitle(main) : undefined);
}

function typeOfTitle(title: string): DocumentType | undefined {
  // Without closing remarks in brackets (全文, 2017-2022, 【中英文对照】(六)) or a word for a part of it (摘要, 节选).
  // (And without a mirror's pinyin glosses: 政 府 工 作 報(bào) 告.)
  // (And the kind in title marks: 2021年某某省《政府工作报告》(附全文).)
  const text = plain(title.replace(PINYIN_GLOSS, '')).replace(REMARKS_AFTER, '').replace(/[《》]/g, '').replace(/(摘要|全文|摘登|节选|要点|材料|稿|范文|实录)$/, '');
  // (A headline on an address is its text when it says it prints it whole: 某某作…工作报告(全文内容).)
  const whole = /(?:[(（]\s*全文(?:内容)?\s*[)）]|全文)$/u.test(plain(title).trim());
  // (A digest of it in pictures or points is not the text: 一图速览2024年某市政府工作报告, 图解…, 一图读懂….)
  if (DIGEST_OPENING.test(text)) return undefined;
  if (REPORTED_ADDRESS.test(text) && !whole) return undefined;
  const kind = KIND_AT_END.exec(text);
  if (kind) return KIND_TYPES[kind[1]];
  // A season's greeting named first, its headline after it: 新春贺词!某某市长的新春祝福来了.
  const greeting = new RegExp(`^(?:${SEASONS})(贺词|献词|献辞|致辞)(?=[!！:：\\s])`, 'u').exec(text);
  if (greeting) return KIND_TYPES[greeting[1]];
  // A body's account of its year's work, perhaps with the next year's plan: 某街道2022年工作总结及2023年工作思路: a summary, not
  // a report delivered to a congress (one that is ends in 报告, …工作总结和2012年工作安排报告).
  if (YEAR_SUMMARY.test(text)) return 'other';
  // Resolutions, notices, rules: documents, not addresses.
  // (Not a headline on asking for views: 市政府就《政府工作报告》征求意见稿征求市人大常委会意见.)
  if (/(?:征求|听取|征集|收集)\S{0,30}意见$/u.test(text)) return undefined;
  // (Nor a headline on a meeting that announced a decision: 市委昨召开全委(扩大)会议 宣布省委关于…变动决定.)
  // (Or on one who attended and announced it: …常务副部长某某出席会议并宣布省委决定.)
  if (/(?:召开|举行)[^。]{0,30}?(?:会议|大会)[^。]{0,4}?(?:宣布|传达)[^。]{2,40}决定$|(?:出席|参加)[^。]{0,8}?(?:会议|大会)并宣布[^。]{2,40}决定$/u.test(text)) return undefined;
  return /(决议|决定|通知|意见|办法|规则|规定|方案|公报|条例)$/.test(text) ? 'other' : undefined;
}

/** A name and a colon before a title: 某某:在…会议上的讲话, 某某·某某:第十九届…开幕式致辞. */
const GIVER_BEFORE_TITLE = new RegExp(`^(?<name>\\p{sc=Han}{2,4}|\\p{sc=Han}{1,8}${NAME_DOT}\\p{sc=Han}{1,8})\\s*[:：]\\s*(?<title>\\S.{3,})$`, 'u');

/** A place's office and a colon before a title at a meeting: 甘肃省省长:在省政府第七次全体会议上的讲话, 荆门市市长:在…致辞. */
const OFFICE_BEFORE_TITLE = new RegExp(`^(?<office>\\p{sc=Han}{1,10}?[省市县区州旗盟]\\p{sc=Han}{0,6}?${OFFICE_ENDING})\\s*[:：]\\s*(?<title>在\\S.{3,})$`, 'u');

/**
 * A site's headline naming the giver before the address's own title (某某:在…会议上的致辞): the giver, a surname's name
 * or one with a middle dot (not a column's name, 要闻:), or any name the body's lines give again under the title, right
 * after it or alone (巴音朝鲁:在春节团拜会上的讲话 / 在春节团拜会上的讲话巴音朝鲁同志们、朋友们:); or a place's office
 * (甘肃省省长:在…上的讲话); and the title, one that names a kind of address.
 */
export function giverBeforeTitle(text: string, body: string[] = []): { name?: string; office?: string; title: string } | undefined {
  // (Read folded, 縣長 as 县长; given as written.)
  const written = text.trim();
  const byOffice = OFFICE_BEFORE_TITLE.exec(fold(written));
  if (byOffice?.groups && titleType(byOffice.groups.title) !== undefined) {
    return { office: written.slice(0, byOffice.groups.office.length), title: written.slice(written.length - byOffice.groups.title.length) };
  }
  const found = GIVER_BEFORE_TITLE.exec(written);
  if (!found?.groups) return undefined;
  const name = fold(found.groups.name);
  const givenAgain = body.some((line) => fold(line).trim() === name || fold(line).trim().startsWith(`${fold(found.groups!.title)}${name}`));
  return titleType(found.groups.title) !== undefined && (HAS_NAME_DOT.test(name) || COMMON_SURNAMES.test(name) || givenAgain) ? { name: found.groups.name, title: found.groups.title } : undefined;
}

/** A title that names only its kind, the same for every report of it: 政府工作报告, 政府工作报告摘要, 新春贺词, 新年献词. */
const BARE_KIND = new RegExp(`^(?:(?:政府)?工作报告(?:摘要)?|(?:${SEASONS})(?:贺词|献词|献辞|致辞)|贺词|献词)$`, 'u');

/**
 * The page's headline over a report whose own title names only its kind, when the headline names the report in full by
 * what sets it apart (its place, year or giver) and ends with that kind: 乌鲁木齐市2021年政府工作报告 over 政府工作报告,
 * 市委书记某某、代市长某某发表新春贺词 over 新春贺词, (贵州省)2021年某州人民政府工作报告(全文). Not one that adds only a year
 * and a level (2011年县政府工作报告), nor one whose closing remark is more than 全文 (…工作报告(2022年1月27日): a day there is the
 * delivery's, which the caller takes off before it asks).
 */
export function namesBareKindInFull(headline: string, own: string): boolean {
  const kind = plain(own);
  if (!BARE_KIND.test(kind)) return false;
  // (Its year perhaps between the government and its report: 泉州人民政府2011年工作报告.)
  // (Or the site's remarks after it, not a day: (全文), 【中英文对照】, its part's number, (六); 全文.)
  const text = plain(headline).replace(/(?:\s*[(（](?:全文|摘要|[一二三四五六七八九十\d]{1,3})[)）]|【[^【】]{1,10}】)+$/u, '').replace(/全文$|[!！]$/u, '').replace(/(?<=政府)\d{4}年度?(?=工作报告$)/u, '');
  if (!text.endsWith(kind) || text.length === kind.length) return false;
  // (What it adds, without years and brackets, still names something: a place, an office, a name; not a level alone, 县, 市人民.)
  const added = text.slice(0, -kind.length).replace(/[\d〇零一二三四五六七八九十]+年度?|[^\p{sc=Han}]/gu, '');
  return added.length >= 2 && !/^(?:[省市县区州旗]|人民(?:政府)?)+$/u.test(added);
}

/** A message written to the public, not spoken at a meeting, by its title's last word: 新春贺词, 元旦献词, 新年献辞, 贺信, 拜年信, 慰问信. */
const WRITTEN_MESSAGE = /(?:贺词|献词|献辞|贺信|拜年信|慰问信)[!！]?$/u;

/** Whether a title names a message written to the public (WRITTEN_MESSAGE). */
export const namesWrittenMessage = (title: string) => WRITTEN_MESSAGE.test(plain(title));
