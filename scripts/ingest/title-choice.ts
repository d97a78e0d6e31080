/**
 * The title among a header's lines: the line right above the dateline or the
 * speaker line (a report), else the headline's own block above the page's
 * date line (a news page), else a line that names a kind of document. What a
 * reposting site adds around a title (its tags, word counts, a list's date, a
 * chunk number) is not the title.
 */
import { fold } from '../../src/text/fold.ts';
import type { SourceLine } from './draft.ts';
import { BOXED_BYLINE, BYLINE, CAPTION_WITH_CREDIT, chinesePart, lineAsRead } from './header-text.ts';
import { ADDRESS_WORD, DIGEST_OPENING, isDeck, KIND_WORDS, REPORTED_ADDRESS, SHORT_TITLE_BEFORE_OWN, titleType } from './titles.ts';
import { findDates, isBareDate, RELATIVE_DAY } from './dates.ts';
import { COMMON_SURNAMES, NAME_DOT, PINYIN_GLOSS, REVIEW_HEADING, SALUTATION, SECTION_WORD } from './vocabulary.ts';
import { opensWithLabel } from './meta-line.ts';
import { BREADCRUMB_LABEL, breadcrumbItems, isClockText, isRemovedBreadcrumb } from './chrome.ts';
import { OFFICE_ALONE, parseOfficeLine } from './speaker-line.ts';
import { bareDivisionNamed, findMentions, isProvinceShortName } from '../../src/places/gazetteer.ts';
import { ZONE_KINDS } from '../../src/places/zones.ts';
import { KICKER } from './meeting-names.ts';

/** What a header line turned out to be. */
export type Role = 'table' | 'labelled' | 'date' | 'dateline' | 'speaker' | 'candidate';

export interface Classified {
  line: SourceLine;
  role: Role;
}

/** A salutation among the ones a speech opens with, after or before a comma: 全县各族人民群众,同志们,. */
const SALUTATION_IN_LIST = new RegExp(`(?:^|[,，、])${SALUTATION}[,，、:：]`, 'u');

/** A title is a line, not a paragraph. */
const TITLE_MAX_LENGTH = 80;

/** A site's or paper's name standing alone over the headline: 人民网, 浙江日报 数字报纸; or its column of its own place's news, 今日某某. */
const SITE_NAME = /^[\S ]{0,12}(网|网站|报|日报|晚报|频道|在线|新闻|融媒|客户端|电视台|数字报纸?|数字报刊平台|报刊平台|新闻网|人大|政协|资讯|头条|云报平台|报平台)$|^(本站|本网)$|^今日\p{sc=Han}{2,3}$/u;
/** A site's name, then its column's and sub-column's names, a space apart: 某某新闻网 新闻中心 某某城事. */
const SITE_WITH_COLUMNS = /^\p{sc=Han}{2,10}(?:网|网站)(?:\s+\p{sc=Han}{2,6}){1,3}$/u;

/**
 * A forum's hidden anti-copy characters run on after a title, as its text is copied (某县…会议胜利闭幕* r4 L9 O: p8 Y): runs of one
 * or two ASCII characters a space apart, a letter among them and a digit or mark.
 */
export const FORUM_JAMMER = /(?<=\p{sc=Han})\s*(?=[!-~]{1,2}(?: [!-~]{1,2}){3,}\s*$)(?=.*[A-Za-z])(?=.*[\d!-/:-@[-`{-~]).*$/u;

/** A news site's mark of pictures closing a headline: …开幕[图], …开幕（组图）, 政府工作報告(圖), …全体成员会议(图文报道); or its photographer's credit: …團拜會 (融媒體記者陳某某 攝), …動員部署會? 某縣文明辦供圖. */
export const PHOTO_MARK = /\s*[[(（【][组組]?[图圖][\])）】]$|\s*[(（【][图圖]文(?:报道|報道|直播)?[)）】]$|\s*[(（][^()（）]{0,16}?\p{sc=Han}\s*[摄攝][)）]$|(?<=\S{6})\s*\??\s+\p{sc=Han}{2,12}供[图圖]$/u;
/** `（2018年1月24日 布某某）` closing a title line. */
export const TRAILING_DATED_NAME = /\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s+\p{sc=Han}{2,4}\s*[)）]|\s*[)）]\s*\p{sc=Han}{2,4})$/u;
/** A title's own dateline in brackets and its giver, office and name, run on after it: 政府工作报告 (2019年1月21日在某市第十三届人民代表大会第四次会议上) 某市人民政府市长 某某某. */
export const TRAILING_DATELINE_GIVER = /\s*[(（](?<dateline>\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在\S{4,80}?上)\s*[)）]\s*(?<giver>\p{sc=Han}[\p{sc=Han}、]{1,30}[ \u3000]+\p{sc=Han}(?:[ \u3000]?\p{sc=Han}){1,5})$/u;
/** A title's own date, speaker and occasion run on after it: 某某某 (2019年1月11日)某某 在中国共产党某市第十一次代表大会第四次会议上的报告. */
export const TRAILING_DATE_NAME_OCCASION = new RegExp(
  `\\s*[(（]\\s*(?<when>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*[)）]\\s*(?<name>\\p{sc=Han}{2,4})\\s+(?<occasion>在\\S{4,80}?上的?(?:工作)?${ADDRESS_WORD})$`,
  'u',
);

/** A headline on a meeting held: 州政协十二届五次会议胜利闭幕, 某县经济工作会议召开, 市四届人大七次会议今日开幕; or on a ceremony, festival or season opened, 第七届某某文化旅游节开幕式隆重举行, …暨文化旅游季隆重开幕. */
const MEETING_HEADLINE = new RegExp(`(?:会议|大会|全会|会|开幕式|闭幕式|仪式|典礼|节|季|周)(?:${RELATIVE_DAY})?(?:在\\p{sc=Han}{1,6}?)?(?:隆重|胜利|顺利)?(?:开幕|闭幕|召开|举行)$`, 'u');
const MEETING_WORDS = /会议|大会|全会/u;

/** What a meeting took up, as a subheading under its headline says it: 传达学习…精神, 研究部署…工作. */
const MEETING_AGENDA = /^(?:传达|学习|研究|部署|安排|听取|审议)\p{sc=Han}/u;

/** A kind of address alone: 讲话, 致辞, 发言. */
const BARE_KIND_WORD = new RegExp(`^(?:${KIND_WORDS})$`, 'u');
/** A draft's word for itself: 送审稿, 修改稿, 登报稿. */
const DRAFT_WORD = '登报稿|送审稿|修改稿|定稿|终稿|初稿';
/** A file's name as a document site lists it: its copy's number (…讲话(1), …讲话修改稿(2)), its extension (.docx), a draft's word after a bracket (…(送审稿)修改稿) or in brackets (…讲话(登报稿)). */
const FILE_NAME = new RegExp(`(?:[(（]\\d{1,2}[)）]|\\.(?:docx?|pdf|wps|txt)|[)）](?:${DRAFT_WORD})|[(（](?:${DRAFT_WORD})[)）])$`, 'iu');

/** A news column's name before a headline, with its colon: 成华新闻:, 要闻：, 世界聚焦:. */
export const NEWS_COLUMN = /^\p{sc=Han}{0,4}(?:新闻|要闻|快讯|动态|资讯|聚焦)\s*[:：]\s*(?=\S{6})/u;
/** Characters set apart, as a heading spaces them (政 府 工 作 报 告, 政 府 工 作報 告): four or more, most alone (never words apart: 谈感受 谋发展). */
// (A year's digits among them too: 2015 年 某 市 政 府 工 作 报 告.)
// (Or three characters alone: 慰 问 信.)
const LETTER_SPACED = /^(?:\d{4}[ \u3000]+)?\p{sc=Han}{1,2}(?:[ \u3000]+\p{sc=Han}{1,2}){2,}$/u;
export const despacedLetters = (title: string) => {
  const parts = title.split(/[ \u3000]+/u);
  const alone = parts.filter((part) => part.length === 1).length;
  if (LETTER_SPACED.test(title) && (parts.length >= 4 ? alone * 2 > parts.length : alone === parts.length)) return parts.join('');
  // (Or its kind alone spaced, after words that are not: 某某区2025年政 府 工 作 报 告.)
  return title.replace(SPACED_KIND_AT_END, (kind) => kind.replace(/[ \u3000]+/gu, ''));
};

/**
 * A title's last four characters or more, each alone, one space apart: 政 府 工 作 报 告 after 某某区2025年; or its kind of
 * address in two, as a PDF's text spaces them: 在…大会上的 讲 话.
 */
const SPACED_KIND_AT_END = /(?<=\S)(?:\p{sc=Han}[ \u3000]){3,}\p{sc=Han}$|(?<=\p{sc=Han})[ \u3000](?:讲[ \u3000]话|致[ \u3000]辞|发[ \u3000]言)$/u;

/** The page's time run on after a title, with its label (in either script): 發布時間:2021-02-22 10:16. */
export const TRAILING_PAGE_TIME = /(?<=\S)\s+(?:[发發]布|[发發]表|更新)?(?:[时時][间間]|日期)\s*[:：]\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/u;

/** A portal's address, the page's time and its source run on after a headline: …隆重开幕http://www.sina.com.cn 2008年01月14日06:00 某某新闻网-某某晚报. */
export const TRAILING_ADDRESS_LINE = /(?<=\p{sc=Han})(https?:\/\/\S+\s+\d{4}\s*[年\-/.]\S*.*)$/u;

/** A link to a document's interpretation, which portals print beside it: 《政府工作报告》解读, 图解2024年政府工作报告. */
const INTERPRETATION_LINK = new RegExp(`(?:解读|图解|一图读懂|政策问答)$|${DIGEST_OPENING.source}`, 'u');

/** A congress's or conference's session named and nothing more: 某市第十三届人民代表大会第四次会议. */
const BARE_SESSION = /^\p{sc=Han}{0,16}第[一二三四五六七八九十\d]{1,4}届\p{sc=Han}{2,16}第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议$/u;

/** A compilation's count of texts before its title, as a document site names the file: 2篇 2024年镇长在经济工作会议上的讲话. */
export const COUNT_BEFORE_TITLE = /^\d{1,2}\s*篇\s*(?=\S{6})/u;

/** A reposting site's boast after a title it copied: (全文完整), (完整版), (双语全文), (此文火爆了). */
export const REPOST_BOAST = /\s*[(（](?:(?:全文)?完整(?:版)?|(?:双语|中英(?:文)?(?:双语|对照))(?:全文|版)?|(?:此文|本文|这篇)?(?:火爆|疯传|刷屏|火)了!?)[)）]$/u;

/** A model-essay site's tag in brackets after a title: …讲话(范文推荐), …讲话(精品), …讲话(精选文档), …讲话[VIP]. */
// (Or its category glued after the document's kind: …政府工作报告工作总结, …的讲话专题.)
export const REPOST_TAG = /(?<=\S)\s*(?:[(（](?:范文推荐|推荐范文|精选范文|优秀范文|范文|精品|精选|(?:精品|精选|优质)文档)[)）]|\[VIP\]|【VIP】)$|(?<=报告|讲话|致辞)(?:工作总结|心得体会|专题)$/u;
/** A document site's tag in brackets before a title it offers: (参考)在…上的讲话, (精编)市委书记在…上的讲话. */
const REPOST_TAG_BEFORE = /^[(（](?:参考|精编|精选|精品|范文|优选|推荐|最新|通用|热门|优秀)[)）]\s*(?=\S{4})/u;

/** A paper archive's path before a title: 某某日报/2024年/2月/6日/第 001 版 (its digits perhaps spaced from their words). */
export const PAPER_ARCHIVE_PATH = /^\S{2,10}(?:日报|晚报|报)\/\s*\d{4}\s*年\s*\/\s*\d{1,2}\s*月\s*\/\s*\d{1,2}\s*日\s*\/\s*第\s*\d{1,3}\s*版\s*(?=\S)/u;

/** A gazette's issue number before a title it prints: 2019年第43号(总第221号)郑州市关于…的审计工作报告. */
const GAZETTE_NUMBER_BEFORE = /^\d{4}\s*年\s*第\s*\d{1,3}\s*[号號]\s*[(（]\s*总第\s*\d{1,4}\s*[号號]\s*[)）]\s*(?=\S{6})/u;

/** A site's number for one of its pages of a title after it, or for one of the texts it collects under one: 政府工作报告(5), …工作报告【2】, …的讲话(一). */
const SITE_PAGE_NUMBER = new RegExp(`(?<=${ADDRESS_WORD})(?:[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|【\\d{1,2}】|_\\d{1,2})$`, 'u');

/** How many Chinese characters a line's title has: fewer than four is a column's or a place's name (要闻, 广东), not a headline. */
export const hanCount = (line: SourceLine) => titleText(line).match(/\p{sc=Han}/gu)?.length ?? 0;

/**
 * A full stop typed after a title that names its kind: 在全县经济工作会议上的讲话。, …全体会议主持词. (Not a sentence that
 * says what a report is, 《…》是…发表的一份报告。, nor a lead saying who gave one, 某某代表…向大会作…工作报告。)
 */
const TITLE_FULL_STOP = new RegExp(`(?<=^(?:(?!代表|向大会|向全会)[^。《》,，是]){2,40}(?:${KIND_WORDS}))[。.]$`, 'u');
/** The title without that full stop (read folded, so in either script: …的講話。). */
export const withoutTitleFullStop = (text: string) => (TITLE_FULL_STOP.test(fold(text)) ? text.slice(0, -1) : text);

/**
 * An e-paper's headline row, its kicker, headline and deck run together, spaces between (稳中求进谋转型 好中求快争跨越 /
 * 某县第十五届人民代表大会第二次会议隆重开幕 / 某某到会指导 某某出席 …): the headline.
 */
export const PAPER_HEADLINE_ROW = /^(?:[^\s,，。]{4,16}\s+){1,3}(?<headline>[^\s,，。]{6,40}?(?:会议|大会|全会)(?:隆重|胜利|顺利)?(?:开幕|闭幕|召开|举行))(?:\s+[^\s,，。]{2,20}){1,4}$/u;

/** An institution and a name with a middle dot after a space, who gives the report: 自治区政府 雪克来提·扎克尔. */
const INSTITUTION_AND_DOTTED_NAME = new RegExp(`[ \\u3000]\\p{sc=Han}{1,8}${NAME_DOT}\\p{sc=Han}{1,8}$`, 'u');

/** The report's dateline run on after a dash, as a portal's headline and its 标题 field print it: …政府工作报告——2013年1月5日在…会议上 (…會議上). */
const RUN_ON_DATELINE = /(?<=\p{sc=Han})\s*(?:——|──|――)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^—─―]{2,16}?日\s*在[^—─―]{4,60}?(?:会议|會議|大会|大會|全会|全會)上?$/u;
/** A title without that dateline, which the page prints again on its own line. */
export const withoutRunOnDateline = (title: string) => title.replace(RUN_ON_DATELINE, '');

/** A title printed twice on its line, a space between, as a document site repeats its file's title: 在…会议上的讲话 在…会议上的讲话. */
const TITLE_PRINTED_TWICE = /^(?<once>\S.{3,59}?)\s+\k<once>$/u;

/** A column's name after a bar, run on to a title that ends with its kind: …上的致辞|重点重大项目集中开工仪式. */
const KIND_THEN_COLUMN = new RegExp(`(?<=(?:${KIND_WORDS}))\\s*[|｜]\\s*[^|｜\\s]{2,20}$`, 'u');

/** A title as the line prints it, without a list bullet or the empty table cells some pages leave after it. */
export const titleText = (line: SourceLine) =>
  // A title letter-spaced as a heading (政 府 工 作 报 告): its words, without the spacing.
  despacedLetters(
    withoutTitleFullStop(chinesePart(lineAsRead(line.text))
      // (Read without a mirror's pinyin glosses: 政 府 工 作 報(bào) 告.)
      .replace(PINYIN_GLOSS, '')
      .replace(/[\s|｜]+$/, '')
      // (A site's row of stars after a headline: ……何种民生深意?******; or a dangling separator: ……政府工作报告 --, …工作报告——.)
      .replace(/(?<=\S)\s*[*＊]{3,}$/u, '')
      // (A closing quotation mark no opening one matches, left by the page: ……簽訂戰略合作協議”.)
      .replace(/^([^“]*)”$/u, '$1')
      .replace(/(?<=\S)(?:\s+(?:--|—|-)|\s*(?:——|--))$/u, '')
      .replace(RUN_ON_DATELINE, '')
      // (A wire's slug before it: 新华网北京3月16日电 …关于政府工作报告的决议.)
      .replace(/^[\p{sc=Han}A-Za-z]{2,12}\d{1,2}月\d{1,2}日[电電]\s+(?=\S)/u, '')
      .replace(/^[|｜]+\s*(?=\S)/u, '')
      // (A link the repost copied, glued on before it: https://mp.weixin.qq.com/s/…大板桥、长水、小哨街道正式成立!.)
      .replace(/^https?:\/\/[!-~]+?(?=\p{sc=Han})/u, '')
      // (A document site's code after a title, and what it runs on to, the title again and a date: ……讲话特征码rudkiaw… ……讲话 二六年七月.)
      .replace(/(?<=\S)\s*特征码[A-Za-z0-9]{6,}.*$/u, '')
      // (A model-text site's tagline and address before it: 某某之家—全网资源每日更新 www.example.com县十七届人大五次会议表态发言.)
      .replace(/^\S{0,12}全网资源每日更新\s*(?:(?:https?:\/\/)?www\.[A-Za-z0-9.-]+)?\s*(?=\S)/u, '')
      // (A document site's page count or page number before it: 第1页共21页县长在…的讲话, -1-在…的讲话, 1 2021年某县政府工作报告.)
      .replace(/^(?:第\d{1,3}页共\d{1,3}页|-\d{1,3}-|\d{1,3}\s+(?=\d{4}\s*年))\s*(?=\S)/u, '')
      // A file's name shown as the title (……讲话.docx), a title in brackets (【2011某某省政府工作报告】).
      .replace(/\.(docx?|pdf|wps|txt)$/i, '')
      // (Or a document site's offer to download it: …讲话稿Word下载.)
      .replace(/(?<=\p{sc=Han})\s*(?:Word|PDF|DOC|WPS)\s*(?:文档)?下载$/iu, '')
      .replace(/^【([^【】]+)】$/u, '$1')
      // What a reposting site adds after a title: its word count (全文29812字), its boast (全文完整), its own tag (【优秀范文】).
      .replace(/\s*[(（]\s*全文\s*\d+\s*字\s*[)）]$/u, '')
      .replace(REPOST_BOAST, '')
      // (Or its number among the site's pages of that name: 政府工作报告(5), …的讲话_0.)
      .replace(SITE_PAGE_NUMBER, '')
      // (Or a news site's page of the article, spaced inside its brackets: …各地年度成绩单将亮相( 四 ).)
      .replace(/(?<=\S)\s*[(（]\s+(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s+[)）]$/u, '')
      // (Or the site's column after a bar, the title ending with its kind: 在…开工仪式上的致辞|重点重大项目集中开工仪式.)
      .replace(KIND_THEN_COLUMN, '')
      // (Or its name for the document run on to the document's own: 2021年政府工作报告政府工作报告.)
      .replace(/^\S{1,20}?(政府工作报告|工作报告)(?=\1$)/u, '')
      .replace(/(?<=\S)\s*【[^【】]{0,6}(范文|精选|推荐|合集|优质|最新)[^【】]{0,4}】$/u, '')
      .replace(REPOST_TAG, '')
      .replace(REPOST_TAG_BEFORE, '')
      // A bilingual page's English title begun on the same line: 全国人民代表大会常务委员会工作报告 Report.
      .replace(/(?<=\p{sc=Han})\s+(?:Report|Speech|Address|Remarks|Government Work Report)$/u, '')
      // An address's day and salutation run on after its title, as a flattened page prints them: …上的讲话2022年06月23日各位常委、.
      .replace(/(?<=讲话|致辞|发言|报告)\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:各位|同志们|尊敬的)[^。]{0,12}$/u, '')
      // The document's own title in square brackets after the site's short one: 学校揭牌仪式 [在某某学校揭牌仪式上的致辞].
      .replace(/^[^[\]]{2,20}?\s*\[(在[^[\]]{4,60}(?:讲话|致辞|发言|报告))\]$/u, '$1')
      .replace(PAPER_ARCHIVE_PATH, '')
      .replace(GAZETTE_NUMBER_BEFORE, '')
      // A site's short title run on to the document's own, which repeats its opening (市长在…会议上讲话市长在…会议上的讲话),
      // and the document's title given again after a label (…的讲话 文章标题:县长在 20xx 年…的讲话).
      .replace(SHORT_TITLE_BEFORE_OWN, '')
      .replace(TITLE_PRINTED_TWICE, '$<once>')
      .replace(/(?<=\S{6})\s+(?:文章)?标题\s*[:：].*$/u, '')
      // A forum's anti-copying junk after it: … 2 `* F7 X$ B# r e7 ^) |; I.
      // (Tokens of one to three characters, each ended by a space or the line's end: a pattern that could cut a run of
      // characters in more than one way backtracks without end on a long one, as a generated hostile line showed.)
      .replace(/(?<=\p{sc=Han})\s+(?=(?:[^`*$#^|;~@]*[`*$#^|;~@]){2})(?:[!-~]{1,3}(?:\s+|$)){4,}$/u, '')
      // A compilation's count of texts after it: (通用4篇), (精選3篇), 工作报告5篇; or before it (COUNT_BEFORE_TITLE).
      .replace(COUNT_BEFORE_TITLE, '')
      .replace(/(?<=\S)\s*[(（](?:通用|精选|精選|热门|熱門|优秀|優秀|推荐|推薦|最新)?\s*\d{1,2}\s*篇[)）]$/u, '')
      // (Or its number among its texts of that name, 乡镇政府工作报告1, …闭幕词 篇1; not a contents line's page, …讲话 2.)
      .replace(/(?<=报告|讲话|發言|发言|致辞|報告|講話)\d{1,2}篇$|(?<=报告|讲话|發言|发言|致辞|報告|講話|闭幕词|开幕词|贺词)(?:\s*篇\d{1,2}|\d{1,2})$/u, '')
      // A news app's mark of its own piece before it: 原创 新疆“两会”:….
      .replace(/^原创[ \u3000]+(?=\S{6})/u, '')
      // A document site's chunk number (1、) and a list's date after the title (政府工作报告 2016-12-14).
      .replace(/^\d{1,2}、(?=\S)/u, '')
      .replace(/\s+\d{4}-\d{1,2}-\d{1,2}$/u, '')
      // (Or the page's time with its label: …(附全文) 發布時間:2021-02-22 10:16; or a portal's address, time and source.)
      .replace(TRAILING_PAGE_TIME, '')
      .replace(TRAILING_ADDRESS_LINE, '')
      // A column's label: 资料：…; or a news site's mark of pictures so: 图文:某市…隆重开幕.
      .replace(/^(?:资料|图文|圖文|组图|組圖)\s*[:：]\s*(?=\S)/u, '')
      // A compilation's part number: 第一篇：…, 第1篇 …
      .replace(/^第[一二三四五六七八九十\d]{1,3}篇\s*(?:[:：]\s*|\s(?=\S))/u, '')
      // A forum's control after the title (… [复制链接]), a column's name before it (两会快讯|…, 聚焦两会 | …).
      .replace(/\s*\[复制链接\]$/u, '')
      // (Its bar perhaps the character 丨 or the vertical dash ︱, after a plain name, a letter perhaps in it, a year perhaps before it: 快讯丨…, V视丨…, 两会每日精华︱…, 2026某某两会丨…;
      // not a slogan's, 两会“检”阅丨….)
      // (Its column's tag perhaps before them: 【某某政协】政协快讯 | ….)
      .replace(/^【[^【】]{2,16}】\s*(?=[^|｜\s]{2,8}\s*[|｜]\s*\S{6})/u, '')
      // (The title after it perhaps in spaced phrases: 两会速递|集民意 纳谏言 某某法院….)
      .replace(/^[^|｜\s]{2,8}\s*[|｜]\s*(?=\S[^|｜]{7})|^(?:(?:19|20)\d{2})?(?=[A-Za-z]{0,3}\p{sc=Han})[\p{sc=Han}A-Za-z]{2,6}[丨︱](?=\S{6})/u, '')
      // A breadcrumb's label run on to the title, with no path between them: 您的当前位置:省长某某在…的政府工作报告.
      .replace(new RegExp(`^${BREADCRUMB_LABEL}\\s*[:：]\\s*(?=[^>»›→＞]{6,}$)`, 'u'), '')
      // Who gave it, after a dash: 在全国林业厅局长会议上的发言──某某某.
      .replace(/(?<=讲话|發言|发言|致辞|报告|報告|講話)\s*[─—]{1,2}\s*\p{sc=Han}{2,4}$/u, '')
      // A reposting site's tag in square brackets before it: [县长在县委书记]县长在…讲话; a news site's mark of pictures
      // and its column's tag ([图]【聚焦两会】…).
      .replace(/^\[[^[\]]{2,12}\](?=\S{6})/u, '')
      // (Or set apart by a space, [计划总结] 生态园…; not a place's name, whose tag says where the text is from: [湖北] 2020年….)
      .replace(/^\[(?<tag>[^[\]]{2,12})\]\s+(?=\S{6})/u, (tagged, tag: string) => (placeNameAlone(fold(tag)) ? tagged : ''))
      // A source's name in brackets before it, a colon after: (某县县委党校):2015年…培训班开班.
      .replace(/^[(（][^()（）:：]{2,16}[)）]\s*[:：]\s*(?=\S{6})/u, '')
      // A document site's tag of the province in brackets before it or of the place after it: (广东省)2020年某某县人民政府工作报告(全文),
      // (西藏)2019年…, …谋新篇(广德市).
      .replace(PLACE_TAG, (tagged, before?: string, after?: string) => (placeNameAlone(fold(before ?? after ?? '')) ? '' : tagged))
      .replace(/^[[【]组?图[\]】]\s*/u, '')
      .replace(/^【[^【】]{2,16}】\s*(?=\S{6})/u, '')
      // The date and name some reposts print after the title: 某某政府工作报告 (2018年1月24日 布某某).
      .replace(TRAILING_DATED_NAME, '')
      .replace(TRAILING_DATE_NAME_OCCASION, '')
      .replace(TRAILING_DATELINE_GIVER, '')
      // A page's own title as a browser shows it, the site's name after an underscore (…会议开幕_某某资讯),
      // and a news site's mark of pictures (…开幕[图], …开幕（组图）).
      .replace(/(?<=\S{6})_[^_\s]{2,12}$/u, '')
      // A column's name a space before a title that repeats it: 某某市政府工作报告 2015年某某市政府工作报告全文.
      .replace(/^(\S{4,30})\s+(?=\S*?\1)/u, '')
      // (Or after a dash, a site calling itself official, …伟大实践-某某官网, or a hyphen, a site by its name, …领导调整-某某厂房网.)
      .replace(/(?<=\S{6})\s*[-—]\s*[^-—\s]{2,12}官网$|(?<=\S{6})-\p{sc=Han}{2,12}网$/u, '')
      .replace(PHOTO_MARK, '')
      // A news site's prompts to scan its codes, on the title's line around it: 掃描二維碼訪問某某網移動版 … 掃描二維碼訪問某某社微信.
      .replace(/^[扫掃]描二[维維][码碼][访訪][问問]\S{2,16}\s+(?=\S{6})|(?<=\S{6})\s+[扫掃]描二[维維][码碼][访訪][问問]\S{2,16}$/gu, '')
      // A reading page's label before it: 當前閱讀:…, 正在阅读:….
      .replace(/^(?:当前|當前|正在)(?:阅读|閱讀)\s*[:：]\s*(?=\S{4})/u, '')
      // A live feed's hashtag before it: #滚动#….
      .replace(/^#[^#\s]{2,8}#\s*(?=\S{6})/u, '')
      // A database's box label before it: 【标题】= 市四届人大常委会举行第9次会议.
      .replace(/^【(?:标题|標題|题名|題名)】\s*[=＝:：]?\s*(?=\S{4})/u, '')
      // The piece's original headline, when the page prints no other: 原标题:某某会议隆重开幕, or in brackets, (原標題:某某在…上要求 …).
      .replace(/^[(（](原(?:标|標)(?:题|題)\s*[:：]\s*\S{4}[^()（）]*)[)）]$/u, '$1')
      .replace(/^原(?:标|標)(?:题|題)\s*[:：]\s*(?=\S{4})/u, '')
      // A news column's name before the headline: 成华新闻:…, 要闻：….
      .replace(NEWS_COLUMN, '')),
  );

/**
 * A name in brackets before a title or after it, a document site's tag of where the text is from when it names a place alone:
 * (广东省)…, (西藏)…; after it, by its full name, …奋楫扬帆谋新篇(广德市) (not a region's bare names, …的讲话(广西桂林)).
 */
const PLACE_TAG = /^[(（](?<tag>\p{sc=Han}{2,8})[)）](?=\S{6})|(?<=\S{6})[(（](?<after>\p{sc=Han}{1,7}[省市县区旗州盟])[)）]$/u;

/** The place a title's line is tagged with, (广东省)2020年某某县人民政府工作报告: the page names it, though not in the title. */
export function placeTag(line: string): string | undefined {
  const tagged = PLACE_TAG.exec(line.trim())?.groups;
  const tag = tagged?.tag ?? tagged?.after;
  return tag && placeNameAlone(fold(tag)) ? tag : undefined;
}

/** What may close a place's name standing for a site or a body: its zone's kind or its government. */
const PLACE_NAME_CLOSING = new RegExp(`^(?:(?:高新技术)?(?:${ZONE_KINDS})|人民政府|政府)?$`, 'u');

/** A place's name alone, a site's masthead (四川遂宁高新技术产业园区, 某某市人民政府): places named one after another from its start, then perhaps its zone's kind or its government. */
function placeNameAlone(folded: string): boolean {
  let end = 0;
  for (const mention of findMentions(folded)) {
    if (mention.start !== end) break;
    end += mention.text.length;
  }
  return end > 0 && PLACE_NAME_CLOSING.test(folded.slice(end));
}

/** Two names or more, each of two or three characters after a common surname, spaced: 閆某某 趙某某 李某某. */
const namesAlone = (folded: string) => {
  const names = folded.trim().split(/[ \u3000]+/u);
  return names.length >= 2 && names.every((name) => /^\p{sc=Han}{2,3}$/u.test(name) && COMMON_SURNAMES.test(name));
};

/** A line that could be a title: short, not a subtitle, not a byline, not a lead-in, not a site's name. */
function titleLike(line: SourceLine): boolean {
  const text = titleText(line);
  const folded = fold(text);
  const unglossed = folded.replace(PINYIN_GLOSS, '');
  return (
    /\p{sc=Han}/u.test(text) &&
    text.length <= TITLE_MAX_LENGTH &&
    !/\s首页$/.test(folded) &&
    !/^[—―\-─]{1,2}/.test(text) &&
    // (A mirror's pinyin glosses make no byline a title: ■ 某某某 某某某 李關(guān)山.)
    !BYLINE.test(unglossed) &&
    !BOXED_BYLINE.test(unglossed) &&
    !/[:：。；]$/.test(text) &&
    // (Nor a paragraph of sentences, an item's words over the address it prints: 1月28日,…大会在广州召开,…。以下为…讲话实录——.)
    !/。(?=\S)/u.test(text) &&
    // (Nor a section's heading, alone or opening a list of contents: 简介, 简介,2009年工作回顾,2010年工作安排,)
    !SECTION_WORD.test(folded.split(/[,，、]/u)[0].trim()) &&
    // (A series' or issue's date alone, 2024年1月, is not a title.)
    !isBareDate(text) &&
    // (Nor the site's clock over the headline, bars perhaps about it: 2024年11月23日 星期六 |, | | | 2019年01月27日 星期日.)
    !isClockText(fold(line.text).replace(/^[|｜\s]+|[|｜\s]+$/gu, '')) &&
    !/(会议|大会)上$/.test(text) &&
    !opensWithLabel(folded) &&
    // (Nor a place's bare name alone, a site's tab for its county over the headline: 旗县动态 / 磴口 / 磴口县举行….)
    !(/^\p{sc=Han}{2,4}$/u.test(folded) && (bareDivisionNamed(folded) !== undefined || isProvinceShortName(folded))) &&
    // (Nor a name alone, who speaks next in a transcript: 张某某 / 各位代表,…现在开会。)
    !(/^\p{sc=Han}{2,3}$/u.test(folded) && COMMON_SURNAMES.test(folded)) &&
    // (Nor names alone, spaced, the writers' byline its box mark left off: 閆某某 趙某某 李某某.)
    !namesAlone(unglossed) &&
    // (Nor a chair's words calling the next item, 现在进行第一项议程:请某某同志作…工作报告.)
    !/^现在进行第[一二三四五六七八九十\d]{1,3}项议程/u.test(folded) &&
    // (Nor a source label with no value, its colon left out, run into the text: 来源县委在…大会上讲话同志们:….)
    !/^来源(?![于自])\p{sc=Han}/u.test(folded) &&
    // (Nor a report's adoption line, 某省第十三届人民代表大会第五次会议通过, nor a remark alone in brackets, (征求意见稿); a headline on a
    // report the congress passed, 湖口法院工作报告获人大会通过, is a title.)
    !(/(?:会议|大会)(?:审议)?(?:通过|批准)$/u.test(folded) && !/获\p{sc=Han}{0,8}(?:会议|大会)(?:审议)?(?:通过|批准)$/u.test(folded)) &&
    !/^[(（][^()（）]{1,8}[)）]$/u.test(folded) &&
    // (Nor a label and a telephone number or a mail address alone: 举报电话:0917-1234567, 举报邮箱:某某@qq.com.)
    !/^\p{sc=Han}{2,8}\s*[:：]\s*(?:[\d\-— ]{7,}|\S+@\S+)$/u.test(folded) &&
    // (Nor a photo's caption closing with its credit: …合影慶祝。某某日報記者某某某 攝.)
    !CAPTION_WITH_CREDIT.test(folded) &&
    // (Nor a photo's caption, whole in brackets, naming no kind of document: (某县2015年某某文化旅游节开幕式).)
    !(/^[(（][^()（）]{9,60}[)）]$/u.test(folded) && titleType(text) === undefined) &&
    // (Nor a deck's part alone, who presided or attended: 高某某主持.)
    !/^\p{sc=Han}{2,4}(?:主持|出席)$/u.test(folded) &&
    // (Nor a work report's first section, where a text that lost its header opens: 2023年工作回顾.)
    !REVIEW_HEADING.test(folded) &&
    // (Nor a greeting's opening sentence, 值此新春佳节来临之际，我谨代表…，祝….)
    !/^值此.{2,30}?之际[,，]/u.test(folded) &&
    // (Nor a salutation among others, 全县各族人民群众,同志们,朋友们:.)
    !SALUTATION_IN_LIST.test(folded) &&
    // (Nor a table's subject tags, unlabelled, words of two: 综合,政务,工作.)
    !/^\p{sc=Han}{2}(?:[,，、]\p{sc=Han}{2}){2,5}$/u.test(folded) &&
    // (Nor a column's name alone, 人大动态, 要闻, or two joined, 要闻·动态.)
    // (Or with 导读 after it, its list of headlines: 要闻导读.)
    !/^(?:\p{sc=Han}{0,4}(?:动态|要闻|新闻|快讯|资讯)[·•]?){1,2}(?:导读)?$/u.test(folded) &&
    // (Nor a database's box of another field: 【日期】= 1999.04.01, 【版名】= 要闻.)
    !/^【(?!标题|题名)[^】]{1,4}】\s*[=＝]/u.test(folded) &&
    // (Nor a column named for the sessions it reports: 人代会, 代表大会, 两会.)
    !/^(?:人代会|两会|代表大会|人大会议|政协会议)$/u.test(folded) &&
    // (Nor a wire's slug alone on its line, 新华社南宁12月10日电, 本报讯; nor a site's or paper's name with its date, 人民网 2022年01月19日.)
    !/^\p{sc=Han}{2,10}?\d{1,2}月\d{1,2}日(?:电|電)$|^本(?:报|网|台|刊)讯$|^\p{sc=Han}{2,10}(?:网|报)\s*\d{4}年\d{1,2}月\d{1,2}日$/u.test(folded) &&
    // (Nor a slug of a day alone, 12月08日讯: what the item opens with, no headline; the lead's day alone, 今天(2月22日), ends the header.)
    !/^\d{1,2}月\d{1,2}日(?:讯|訊)$/u.test(folded) &&
    // (Nor a slug and its reporters' names, 某某网讯 记者 某某 某某某; nor a portal's masthead, 某某门户网站 三峡主流媒体--某某网; nor a
    // breadcrumb run together down to its 正文, 某某人大人大要闻正文.)
    !/^\S{2,12}讯\s+(?:记者|通讯员)[\p{sc=Han}\s、]+$|^\S{2,12}门户网站(?:\s|$)|^\S{2,16}正文$/u.test(folded) &&
    // An institution and a name with a middle dot (自治区政府 雪克来提·扎克尔): who gives the report.
    !INSTITUTION_AND_DOTTED_NAME.test(folded) &&
    !SITE_NAME.test(folded.replace(/\s+/g, ' ')) &&
    // (Nor a site's name with its columns after it, as a mirror copies its masthead: 某某新聞網(wǎng) 新聞中心 某某城事.)
    !SITE_WITH_COLUMNS.test(folded.replace(PINYIN_GLOSS, '').trim()) &&
    // (Nor a place's name alone, a site's masthead: 四川遂宁高新技术产业园区.)
    !placeNameAlone(folded.trim())
  );
}

/** The site's breadcrumb, removed as chrome, among the page's first lines. */
const removedBreadcrumb = (lines: SourceLine[]) => lines.slice(0, 40).find(isRemovedBreadcrumb);

/**
 * The start of the page's own title a breadcrumb ends with, cut short (当前位置:代表之家 → 奋进新征程,凝心促发展——某某苏木胜利…):
 * the title is the line that opens with it, whatever slogans stand above.
 */
export function breadcrumbTitleStart(lines: SourceLine[]): string | undefined {
  const crumb = removedBreadcrumb(lines);
  const tail = crumb ? /[→>»›]\s*([^→>»›]{6,80}?)\s*(?:…|\.{3})$/u.exec(fold(crumb.text.trim())) : null;
  return tail?.[1].trim();
}

/** The items of the site's breadcrumb, removed as chrome, as written. */
function removedBreadcrumbItems(lines: SourceLine[]): string[] {
  const crumb = removedBreadcrumb(lines);
  return crumb ? breadcrumbItems(crumb.text) : [];
}

/** The last item of the site's breadcrumb, removed as chrome, when it is long enough to be the page's title (当前位置:党员教育 -- 某某在…上的讲话). */
export function breadcrumbEnd(lines: SourceLine[]): string | undefined {
  const last = removedBreadcrumbItems(lines).at(-1)?.trim();
  return last && last.length >= 10 ? last : undefined;
}

/** The items of the site's breadcrumb, read folded: the page's column among them (当前位置: 首页>>信息公开>>政府常务会议>>正文). */
export function breadcrumbColumns(lines: SourceLine[]): string[] {
  return removedBreadcrumbItems(lines).map((item) => fold(item).trim());
}

/** A column's label alone on its line, its name on the next: 栏目 / 文明界首. */
const COLUMN_LABEL = /^(?:所属)?栏目\s*[:：]?$/u;

/** A column's name by its form, a few words and what the column carries: 三农信息, 乡镇动态, 本地要闻. */
const COLUMN_NAME = /^\p{sc=Han}{2,4}(?:信息|动态|要闻|新闻|资讯|快讯)$/u;

/** A photo's caption naming who spoke: 街道党工委副书记、办事处主任某某讲话, 县委书记某某讲话. */
function captionSpoke(line: SourceLine): boolean {
  const who = /^(.{4,40}?)(?:讲话|致辞|发言)$/u.exec(fold(titleText(line)))?.[1];
  return who !== undefined && parseOfficeLine(who)?.name !== undefined;
}

/** A headline on a meeting: 某某会议召开, 某街道召开2024年季度工作会议. */
function meetingHeadline(line: SourceLine): boolean {
  return namesMeetingHeld(fold(titleText(line)));
}

/** Whether a headline's words (folded) say a meeting was held: 某某会议召开, 某街道召开2024年季度工作会议. */
export const namesMeetingHeld = (text: string) => MEETING_HEADLINE.test(text) || /(?:召开|举行)\S{2,30}?(?:会议|大会)$/u.test(text);

/** The title among the header's candidates (see the module comment); `apart` tells whether the page prints something else between two lines. */
/** A headline naming an address or a report, more than its kind alone: 某某在全国…工作会议上的讲话, 2018年某某新区工作报告. */
function namesAddress(line: SourceLine): boolean {
  const text = fold(titleText(line)).trim();
  return titleType(text) !== undefined && !BARE_KIND_WORD.test(text) && hanCount(line) >= 8 && !INTERPRETATION_LINK.test(text);
}

export function chooseTitle(classified: Classified[], apart: (a: SourceLine, b: SourceLine) => boolean, columns: string[] = []): SourceLine | undefined {
  // (A line that is only the name of a column the breadcrumb names, printed again.)
  const namesColumn = (line: SourceLine) => columns.includes(fold(titleText(line)).trim());
  const candidates = (from: number, to: number) => classified.slice(from, to).filter((c) => c.role === 'candidate' && titleLike(c.line)).map((c) => c.line);
  // A line naming no kind of document nor a meeting: a slogan, as a kicker over a headline is.
  const slogan = (line: SourceLine) => titleType(titleText(line)) === undefined && !MEETING_WORDS.test(fold(titleText(line)));
  // A report: the line right above its dateline or speaker line.
  const anchor = classified.findIndex((c) => c.role === 'dateline' || c.role === 'speaker');
  if (anchor >= 0) {
    // (Not a portal's link to the report's interpretation between the headline and the dateline: 2021年10月《政府工作报告》解读.)
    // (Nor a library's link to the next year's text, a year later than the dateline's: 2013年…工作报告 over ——2012年3月9日在….)
    const anchorYear = findDates(fold(titleText(classified[anchor].line)))[0]?.iso.slice(0, 4);
    const later = (l: SourceLine) => anchorYear !== undefined && (/^(\d{4})年/u.exec(fold(titleText(l)))?.[1] ?? '0') > anchorYear;
    const above = candidates(0, anchor).filter((l) => !later(l));
    const line = above.findLast((l) => !INTERPRETATION_LINK.test(fold(titleText(l)))) ?? above.at(-1);
    // (The kind alone, letter-spaced right under the title that ends with it: …动员大会主持词 / 主 持 词 / (2005年3月15日); not
    // under a news headline on the address, a date line between: 某某发表新年贺词 / 2023年01月01日 | 来源 / 新 年 贺 词.)
    const kindAlone = line ? fold(titleText(line)).replace(/\s+/gu, '') : '';
    const over = line ? above[above.indexOf(line) - 1] : undefined;
    const overText = over ? fold(titleText(over)).replace(/\s+/gu, '') : '';
    // (Spaced as a heading: a kind printed plainly under a headline naming its givers, 新春贺词 under 市委书记某某、市长某某致新春贺词, is the address's own title.)
    const spacedKind = line ? /\p{sc=Han}[ \u3000]+\p{sc=Han}/u.test(lineAsRead(line.text)) : false;
    // (Or inside it, the title naming more after it: 某镇2018年政府工作报告和2019年工作计划 / 政 府 工 作 报 告; not a portal's name for
    // the report over its own, 某县2007年政府工作报告 / 政 府 工 作 报 告.)
    const endsWithIt = kindAlone.length <= 4 && overText.endsWith(kindAlone);
    const namesMore = kindAlone.length <= 6 && overText.includes(kindAlone) && !overText.endsWith(kindAlone);
    if (over && line && spacedKind && !apart(over, line) && titleType(kindAlone) !== undefined && (endsWithIt || namesMore) && overText !== kindAlone) return over;
    // (A document site's name of the uploaded file, its copy's number or its draft's after it, over the document's own title, which
    // reads as the first line of its dateline: 在农村工作会上的讲话(送审稿)修改稿(1) / 2024-01-21 / 在全市农村工作会议上的讲话 / (2021 年2月2日).)
    const anchorText = fold(titleText(classified[anchor].line)).trim();
    const ownUnderFile = line && FILE_NAME.test(fold(titleText(line)).trim()) && /^在/u.test(anchorText) && titleType(anchorText) !== undefined;
    // (Or its tag, the kind alone, the last of its tags one a line, over a title of that kind: 市政协 / 会议 / 闭幕式 / 讲话 /
    // 在市政协会议闭幕式上的讲话; or the column the breadcrumb ends with, printed again over it: …>> 领导讲话>> 政府政务 / 政府政务 /
    // 在全市…动员会议上的讲话.)
    const kindTag = line ? fold(titleText(line)).trim() : '';
    const ownUnderTag = /^在/u.test(anchorText) && ((BARE_KIND_WORD.test(kindTag) && anchorText.endsWith(kindTag)) || (columns.includes(kindTag) && titleType(anchorText) !== undefined));
    if (ownUnderFile || ownUnderTag) return classified[anchor].line;
    // (The page's headline naming the address over the document's own title, a slogan, and its dateline: 某某在…会议上的讲话 /
    // 发布日期:… / 加强领导 健全机制 强化措施 / 全力做好防汛抗旱工作 / —在2010年…会议上的讲话: the headline, as the page prints it.)
    const headline = line && slogan(line) ? above.slice(0, above.indexOf(line)).findLast(namesAddress) : undefined;
    if (headline) return headline;
    if (line) return line;
  }
  // A news page: the headline above its date and source line (a subheading may follow it), or right under it.
  const labelled = classified.findIndex((c) => c.role === 'labelled');
  if (labelled >= 0) {
    // (The headline's own block: a site's slogan above it, cut off by chrome or a menu, is not part of it.)
    const above = candidates(0, labelled);
    // A box of facts with no headline above it: the heading under the box. (A column's name alone above it, 镇街, is none.)
    if (above.every((line) => hanCount(line) < 4)) {
      const boxEnd = classified.findIndex((c, i) => i > labelled && c.role !== 'labelled' && c.role !== 'table');
      const [first, second, third] = boxEnd >= 0 ? candidates(boxEnd, boxEnd + 3) : [];
      // (A kicker over the headline, 某某在…会议上要求, is not the title: the line under it is; nor a slogan over a headline on a
      // meeting, 抓住机遇深化改革 / 省八届人大三次会议昨日在西安开幕.)
      const kicker = first && second && (KICKER.test(fold(titleText(first))) || (slogan(first) && MEETING_HEADLINE.test(fold(titleText(second)))));
      // (Or two slogans over it: 勇立潮头尽展巾帼风采 / 昂首阔步再谱时代华章 / 某县妇女第十三次代表大会隆重开幕.)
      const twoSlogans = !kicker && third && slogan(first) && slogan(second) && MEETING_HEADLINE.test(fold(titleText(third))) && !apart(first, second) && !apart(second, third);
      return twoSlogans ? third : kicker ? second : first;
    }
    let first = above.length - 1;
    while (first > 0 && !apart(above[first - 1], above[first])) first--;
    // (A column's name over the headline, 营商 or 要闻, or the breadcrumb's, 政府常务会议, or one by its form, 三农信息, or under its
    // label, 栏目 / 文明界首, is not its first line.)
    const labelledColumn = (at: number) => at > 0 && COLUMN_LABEL.test(fold(titleText(above[at - 1])).trim());
    while (first < above.length - 1 && (hanCount(above[first]) < 4 || namesColumn(above[first]) || COLUMN_NAME.test(fold(titleText(above[first])).trim()) || labelledColumn(first))) first++;
    // (Nor slogans over a headline on a meeting, its kicker: 坚持以…为指导 / 坚定信心 实干争先… / 省十四届人大四次会议隆重开幕.)
    const meetingBelow = (at: number) => above.slice(at + 1).some((line) => MEETING_HEADLINE.test(fold(titleText(line))));
    while (first < above.length - 1 && slogan(above[first]) && meetingBelow(first)) first++;
    // (A headline in three lines is a kicker, the headline and its subheading: 不忘初心继续前进 / 某市党代会胜利闭幕 / 某某主持…;
    // not a headline on a meeting held with its slogan and its deck under it: 全市某某推进大会举行 / 统一思想振奋精神… / 某某讲话 某某主持;
    // nor with what it took up under it: 市委常委会召开扩大会议 / 传达学习…精神 安排部署…工作 / 某某主持并讲话 某某出席.)
    const tookUp = (line: SourceLine) => MEETING_AGENDA.test(fold(titleText(line)));
    const meetingOverSlogan = first + 1 < above.length && meetingHeadline(above[first]) && (slogan(above[first + 1]) || tookUp(above[first + 1]));
    if (above.length - first === 3 && !meetingOverSlogan) first++;
    // (The document's own title under the page's date and source line, of the kind the headline names: 某省2008年政府工作报告 /
    // 来源:… / 某省第十一届人大第一次会议政府工作报告: the document's.)
    // (Not a column's or a place's name, 广东, between them.)
    // (Not the headline's deck under the date line: 会议通过了…决议 某某某致闭幕词.)
    const [own] = candidates(labelled + 1, classified.length).filter((line) => hanCount(line) >= 4 && !isDeck(fold(titleText(line))));
    // (An e-paper's list of its page's headlines over the date line, the item's own printed again under it: 福建代表团审议政府工作报告 /
    // 专家详解… / 乡村振兴… / 2018年3月6日 / 福建代表团审议政府工作报告: the one printed again.)
    const listedAgain = own !== undefined && above.some((line, i) => i !== first && fold(titleText(line)).trim() === fold(titleText(own)).trim());
    if (listedAgain) return own;
    const kind = titleType(titleText(above[first]));
    // (Not the kind alone under a headline that ends with it, fuller: 某区委书记、区长新年致辞 / 2023-01-01 / 2023 / 新年致辞.)
    if (own && kind && titleType(titleText(own)) === kind && !fold(titleText(above[first])).endsWith(fold(titleText(own)))) return own;
    // (Or, the headline naming no kind, an address's own title under them: …给您拜年啦! / 2025-01-28 09:15 / 致全市人民的拜年信;
    // not a photo's caption naming who spoke under a headline on the meeting: …召开各代表团召集人会议 / 来源:… / 县委书记某某讲话.)
    // (Nor the kind the headline is tagged with, repeated as the address's heading: 【新年致辞】在…一起“跑马” / 某某检察 2023-02-10 / 新年致辞.)
    const taggedWith = (headline: SourceLine, line: SourceLine) => fold(headline.text).trim().startsWith(`【${fold(titleText(line)).trim()}】`);
    if (own && !kind && titleType(titleText(own)) === 'speech' && !(captionSpoke(own) && meetingHeadline(above[first])) && !taggedWith(above[first], own)) return own;
    return above[first];
  }
  // Otherwise a line that names a kind of document (…政府工作报告) before any other.
  const all = candidates(0, classified.length);
  let at = Math.max(0, all.findIndex((line) => titleType(titleText(line)) !== undefined));
  // (Not a category's name alone over the headline, as an aggregator prints it: 其他 / 今天,市政协十一届五次会议开幕!; nor the column the
  // breadcrumb ends with, printed again over it: …>> 领导讲话>> 党委党建 / 党委党建 / 市委书记就职演说:….)
  // (Even a column's short name for a kind, when the headline right under it names one too: …> 领导讲话范文 / 领导讲话范文 / 县委书记在…上的
  // 讲话; not the breadcrumb's last item that is the title itself, nor a side menu's item, 工作报告 / 代表委员联络.)
  const kindBelow = (line: SourceLine) => {
    const next = all[all.indexOf(line) + 1];
    return fold(titleText(line)).trim().length <= 8 && next !== undefined && !namesColumn(next) && titleType(titleText(next)) !== undefined;
  };
  const columnAgain = (line: SourceLine) => namesColumn(line) && (titleType(titleText(line)) === undefined || kindBelow(line));
  while (at < all.length - 1 && ((hanCount(all[at]) < 4 && titleType(titleText(all[at])) === undefined) || columnAgain(all[at]))) at++;
  // (A headline's deck, who did what, under the headline it belongs to: 某州十三届人大三次会议举行第二次全体会议 / 沈某 冯某某出席
  // 舒某某作州人大常委会工作报告; alone, it is the page's only headline.)
  while (at > 0 && all[at] && isDeck(fold(titleText(all[at]))) && !apart(all[at - 1], all[at])) at--;
  // (Or a photo's caption naming who spoke, under the headline on the meeting he spoke at: 某街道召开2024年季度工作会议 /
  // 街道党工委副书记、办事处主任某某讲话.)
  if (at > 0 && all[at] && captionSpoke(all[at]) && meetingHeadline(all[at - 1])) at--;
  // (Photos' captions without a credit over the headline on the meeting, each who did what there: 大会执行主席…某某宣布大会开幕 /
  // 县长某某向大会作政府工作报告 / 第十七届人民代表大会第六次会议在…隆重开幕.)
  const captionOfMeeting = (line: SourceLine) => { const text = fold(titleText(line)); return isDeck(text) || REPORTED_ADDRESS.test(text) || /宣布(?:大会|会议)?(?:开幕|闭幕)$/u.test(text); };
  const meetingBelow = all.slice(at, at + 5).findIndex((line) => MEETING_HEADLINE.test(fold(titleText(line))) && !captionOfMeeting(line));
  if (meetingBelow > 0 && all.slice(at, at + meetingBelow).every(captionOfMeeting)) at += meetingBelow;
  // (A slogan over a headline on a meeting, with no date line under them, is its kicker: 凝心聚力 超常奋战 / 州政协十二届五次会议胜利闭幕.)
  // (Or a slogan in two lines over it: 对表对标走在前 聚心聚力争一流 为建设…的 / 新时代…而努力奋斗 / 中国共产党某市第十六次代表大会开幕.)
  // (Or in three: 坚定捍卫… / 坚定不移沿着… / 奋力开创…新局面 / 中国共产党某市第十二次代表大会隆重开幕.)
  const meetingAt = all.slice(0, 4).findIndex((line) => MEETING_HEADLINE.test(fold(titleText(line))));
  const slogansOver = meetingAt > 0 && all.slice(0, meetingAt).every(slogan);
  if (at === 0 && slogansOver) at = meetingAt;
  // (Or over a headline whose deck, under it, names a document the session adopted: 某某走好赶考路 / 中国共产党某市第八次代表大会胜利闭幕 /
  // 选举产生… / 通过关于七届市委报告的决议和…的决议.)
  else if (slogansOver && at > meetingAt && all.slice(meetingAt, at + 1).every((line, i, block) => i === 0 || !apart(block[i - 1], line))) at = meetingAt;
  // (A column's name naming no kind over the headline the page prints twice under it: 庆典策划知识 / 某某项目举行开工仪式 / 某某项目举行开工仪式.)
  const headlineOf = (line: SourceLine | undefined) => (line ? fold(titleText(line)).trim() : '');
  if (at + 2 < all.length && headlineOf(all[at + 1]) === headlineOf(all[at + 2]) && headlineOf(all[at]) !== headlineOf(all[at + 1]) && titleType(titleText(all[at])) === undefined) at++;
  // (A session's bare name over the headline about it is its kicker: 某市第十三届人民代表大会第四次会议 / 某市十三届人大四次会议隆重开幕.)
  if (at + 1 < all.length && BARE_SESSION.test(fold(titleText(all[at]))) && /会议|开幕|闭幕|召开|举行/u.test(fold(titleText(all[at + 1])))) at++;
  // (A site's wrappers around it, each line, itself naming a kind, inside the one above: 某某网 资料文库 镇政府报告范文 / 镇政府报告范文 / 镇政府报告.)
  const inside = (outer: string, inner: string) => inner.length >= 4 && outer !== inner && outer.includes(inner) && titleType(inner) !== undefined;
  while (at + 1 < all.length && inside(titleText(all[at]), titleText(all[at + 1]))) at++;
  // (Or a breadcrumb run together without its marks, the title at its end, over the title on its own line: 首页讲话发言领导讲话在…会议上的讲话 /
  // … / 在…会议上的讲话.)
  const crumbs = all[at] ? fold(titleText(all[at])).trim() : '';
  const ownAfterCrumbs = /^(?:网站)?首页/u.test(crumbs) ? all.slice(at + 1, at + 12).find((line) => { const own = fold(titleText(line)).trim(); return own.length >= 6 && crumbs.endsWith(own) && own !== crumbs; }) : undefined;
  if (ownAfterCrumbs) at = all.indexOf(ownAfterCrumbs);
  // (Or the document's own title under it, the same with its giver's office before it: 在…会议上的讲话 / 县长在…会议上的讲话.)
  const fuller = (headline: string, own: string) => own.endsWith(headline) && own !== headline && OFFICE_ALONE.test(own.slice(0, own.length - headline.length));
  if (at + 1 < all.length && fuller(fold(titleText(all[at])), fold(titleText(all[at + 1])))) at++;
  // (A side menu's link to the page's column, the kind alone, over the document's own title that ends with it: 工作报告 /
  // 代表委员联络 / … / 2017年某市人民检察院工作报告.)
  const bare = all[at] ? fold(titleText(all[at])) : '';
  const own = bare !== '' && bare.length <= 6 ? all.slice(at + 1, at + 8).find((line) => fold(titleText(line)).endsWith(bare) && fold(titleText(line)) !== bare) : undefined;
  // (Or a document site's tag, the kind alone among its tags one a line, right over the address's own title of another word for it:
  // 2023 / 县政协 / … / 致辞 / 在县政协七届五次会议闭幕式讲话.)
  const tagged = !own && BARE_KIND_WORD.test(bare) && all[at + 1] !== undefined && titleType(titleText(all[at + 1])) === titleType(bare) && fold(titleText(all[at + 1])).length > bare.length + 4 ? all[at + 1] : undefined;
  return own ?? tagged ?? all[at];
}
