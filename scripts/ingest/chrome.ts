/**
 * Step 2, web chrome: the lines a web page adds around the document
 * (toolbars, breadcrumbs, navigation, view counters, photo credits, footers),
 * recognised before the header is read so that none of them can become a
 * title, a speaker or a date.
 *
 * Only whole lines that match a known shape are taken out, each with its
 * reason; anything not recognised stays in the body. Lines are compared in
 * their folded form (full-width as half-width, traditional as simplified), so
 * one rule serves every way a page types them. A rights notice (声明, 版权声明)
 * is not chrome: it is lifted into `rights`.
 */
import { fold } from '../../src/text/fold.ts';
import { withoutPinyinGlosses } from '../../src/text/pinyin-gloss.ts';
import type { Disposition, Draft, SourceLine } from './draft.ts';
import { withDispositions } from './draft.ts';
import { dateOnlyLine, WEEKDAY } from './dates.ts';
import { REPORT_FIELDS } from '../../src/schemas/report-fields.ts';
import { labelAlternation } from './label-pattern.ts';

/** Why a site's hotline line left the text: its numbers for news, complaints or service. */
const HOTLINES_REASON = "news site's telephone hotlines";

/** Why a site's masthead or footer line left the text: its publisher, address or registration. */
const FOOTER_REASON = "site's masthead or footer (publisher, address, registration)";
/** Why a photo's caption or its photographer's credit left the text (the metadata step still reads who a credited caption says spoke). */
export const PHOTO_CREDIT_REASON = 'photo caption or credit';
/** Why a news site's heading over links to other pages (相关新闻, 新闻推荐) is removed: the page's own item ends above it. */
export const LINKS_HEADING = "news site's heading for links to other pages";
/** The reason an e-paper's page and section line (第二版:两会·聚焦) is removed, which the header reads its issue's day beside. */
export const EDITION_LINE = "e-paper's page and section line";

/** Words of a page's toolbar; a line made of nothing else is the toolbar. */
export const TOOLBAR_WORDS = new Set([
  '打印', '打印本页', '打印此页', '打印页面', '打印文章', '打印正文', '关闭', '关闭窗口', '关闭本页', '收藏', '加入收藏', '收藏本页', '全屏', '下载', '下载文档',
  '分享', '分享到', '分享至', '转发', '返回', '返回顶部', '返回首页', '返回该版首页', '返回该版', '内容详情', '返回列表', '顶部', '加大', '减小', '还原', '默认', '放大', '缩小', '字号', '字体', '字体大小',
  '大字号', '中字号', '小字号', '定义你的浏览字号', '放大字体', '缩小字体', '默认字体', '字体放大', '字体缩小', '大', '中', '小', '保存', '纠错', '我要纠错', '复制链接', '微信', '微博', '新浪微博', '腾讯微博', 'QQ空间', '朋友圈', 'QQ', 'QQ群', '我要投稿', '查看目录信息',
  '扫一扫', '打开', '打开APP', '手机扫码接着看', '扫码接着看', '手机扫码阅读', '手机版', '手机看新闻', '在手机上打开', '上一篇', '下一篇', '上一期', '下一期', '上一版', '下一版', '上一页', '下一页', '返回主页', '版面导航', '标题导航', '本版导航', '各版导航', '视觉导航', '选择其他日期报纸', '历史数字报', '栏目导航', '推荐', '更多功能', 'PDF', '版', '检索', '搜索', '站内检索', '站内搜索', '站内高级搜索', '高级搜索', '内容搜索', '全站搜索', '跳转到正文内容', '跳转到主要内容', '跳到主要内容', '跳过导航', '只看楼主', '倒序阅读', 'PDF版', 'VIP专免', '海报', '侵权投诉', '立即下载', '下载全文', '免费下载', '下载文档到电脑', '我知道了', '免费发布信息', '阅读模式', '听新闻', '听全文', '语音播报', '朗读', '播报', '评论', '点赞', '视力保护色', '保护视力色', '护眼模式', 'A', 'A+', 'A-',
  'T', '默认大小', '正文', '打印该页', '[', ']', '【', '】', '|', '/', 'x', '×', '关灯', '开灯',
  // A forum's (BBS) controls around a post.
  '找回密码', '免费注册', '立即注册', '开启左侧', '关闭左侧', '登录', '注册', '个人中心', 'QQ登录', '微信登录', '上一主题', '下一主题', '跳转到指定楼层', '楼主', '电梯直达', '只看该作者',
  '倒序浏览', '回帖奖励', '显示全部楼层', '返回版块', '投稿交换', '会员申请', '我有话说', '我来说两句', '我要评论', '发表评论',
  '[复制链接]', '设为首页收藏本站', '阅读提示',
  // A prompt to follow the site's account or send it news (扫码关注 / 发布投稿), a document viewer's button (全屏查看).
  '扫码关注', '关注微信', '发布投稿', '全屏查看',
  // A news agency's link to its markup edition (中评社: 【CNML格式】 【打 印】).
  'CNML格式',
  // A picture's link to its larger size.
  '放大图片', '点击放大', '点击图片放大', '查看大图', '查看原图', '点击查看大图',
  // A site's colour theme switch.
  '色彩风格',
  // A writing site's copy controls; a government portal's accessibility and home-page links.
  '正文复制', '复制正文', '复制全文', '一键复制',
  // An e-paper's day and page controls: 昨天 明天 上版 下版 版面概览, 扩展 收缩 默认, 前一天 后一天.
  '昨天', '明天', '上版', '下版', '版面概览', '扩展', '收缩', '前一天', '后一天',
  // A video portal's rating and feedback controls; a document site's report and related links.
  '评分', '意见反馈', '顶', '踩', '举报', '相关',
  '无障碍', '网站无障碍', '无障碍浏览', '无障碍阅读', '跳转到路径导航栏', '跳转到主要内容', '跳到主要内容', '跳过导航', '导航按钮', '长辈版', '关怀版', '长者版', '长者专区', '长者模式', '关怀模式', '适老版', '适老化', '设为首页', '简体', '繁体', '简体版', '繁体版', '智能问答', '智能机器人', '智能客服', 'ENGLISH', 'English',
  // A portal's links to its app and its accounts, over its breadcrumb: 移动端应用 / 政务微信 / 政务微博 / 登录个人中心.
  '移动端', '移动端应用', '移动客户端', '政务微信', '政务微博', '政务新媒体', '登录个人中心',
  // (And its menu's link to its other services, over the headline: 更多服务.)
  '更多服务',
  // A news portal's link to its desk for reporting harmful content, over the headline.
  '网上有害信息举报专区', '有害信息举报专区', '违法和不良信息举报',
  // A portal's label over the text it shows.
  '信息正文', '正文内容',
  // A reading app's links to the original page and its notes.
  '官网原文', '导出笔记',
  // A report database's filters over the report: 筛选地域 / 一级目录 / 报告年份.
  '筛选地域', '一级目录', '报告年份',
  // A site's clock its script did not fill, among its controls: 今天是 智能问答无障碍浏览长者模式.
  '今天是',
  // A document shop's account links and download offer: 购物车 / 我的足迹 / 加入Vip免费下载 立即下载.
  '购物车', '我的足迹', '我的收藏', '加入Vip免费下载', '加入VIP免费下载',
  // A site's link to its customer service, beside its home-page link: 客服设为首页.
  '客服', '在线客服',
  // A library's link from its record of an extract to the book's scanned page: 查看原文.
  '查看原文',
  // A document site's tip link beside its share link: 收藏 分享(赏).
  '赏', '打赏',
]);
const TOOLBAR_SPLIT = /[\s|｜/·•【】〖〗[\]()<>:]+/;
/** The font-size and bookmark controls in the words each portal picks: 加大字体, 字体缩小, 标准字号, 取消收藏. */
const TOOLBAR_COMPOUND = /^(?:(?:加大|增大|放大|缩小|减小|默认|标准|恢复|大|中|小)?(?:字体|字号)(?:放大|缩小|大小|大|中|小)?|(?:加入|取消|点击)?收藏(?:本页|本文|文章)?)$/;

/** A portal's switch to or from its mode for the elderly: 退出长者模式, 进入关怀模式, 进入适老模式. */
const ELDERLY_MODE_SWITCH = /^(?:退出|进入|切换)?(?:长者|关怀|适老|老年)(?:模式|版)$/u;

/** A portal's note on the network it serves: 网站支持IPv6, 本站已支持IPv6访问. */
const IPV6_NOTE = /^(?:本网站|本站|网站)(?:已)?支持\s*IPv6(?:网络|访问)?[。.!！]?$/i;

/** Whether a word is one of a page toolbar's (TOOLBAR_WORDS, a font-size or bookmark control, a switch to the elderly mode), or the site's note on IPv6 among them (网站支持IPv6 无障碍浏览). */
export function isToolbarWord(word: string): boolean {
  return TOOLBAR_WORDS.has(word) || TOOLBAR_COMPOUND.test(word) || ELDERLY_MODE_SWITCH.test(word) || IPV6_NOTE.test(word);
}

/** Whether a word is toolbar words run together, as a copy drops the spaces between links: 智能问答无障碍浏览长者模式. */
function gluedToolbarWords(word: string): boolean {
  if (word.length > 24 || TOOLBAR_WORDS.has(word)) return false;
  // (Whether each prefix reads as toolbar words of two characters or more.)
  const ends = [true, ...Array<boolean>(word.length).fill(false)];
  for (let end = 2; end <= word.length; end++) {
    for (let start = 0; start <= end - 2 && !ends[end]; start++) ends[end] = ends[start] && TOOLBAR_WORDS.has(word.slice(start, end));
  }
  return ends[word.length];
}

/** `首页 > 新闻 > 原创`, `法治网首页>>`, `您的位置：首页 > 工作报告`. */
/** A breadcrumb's label: 当前位置, 您现在的位置, 您目前的位置, 您的当前位置是, 所在位置, 本页位置. */
export const BREADCRUMB_LABEL = '(?:(?:(?:您|你)?的?(?:现在|当前|目前)?(?:所在)?的?(?:所在)?|本页)位置(?:是)?|当前页面)';
/** The label opening a breadcrumb, its colon perhaps left out before the home page: 您现在的位置 首页 > 头条新闻 > …. */
export const BREADCRUMB_START = new RegExp(`^(${BREADCRUMB_LABEL})\\s*(?:[:：]|(?=\\s(?:网站)?首[页頁]\\s*(?:>|»|›|→|＞)))`);
export const BREADCRUMB_SEPARATOR = /\s*(?:>>|>|»|›|→|＞|-{1,2}>)\s*/;
/** A breadcrumb's path from the home page, run on before the page's headline on its line: 视频首页>>某某网>>…. */
export const HOME_PATH_BEFORE = new RegExp(`^\\S{0,4}首[页頁](?:${BREADCRUMB_SEPARATOR.source}[^>»›→＞\\s]{2,12}){1,4}${BREADCRUMB_SEPARATOR.source}(?=\\S{6})`, 'u');
/** A site's name run on before a breadcrumb's label, set apart by nothing: 文旅之窗WEN BRIGADE NEWS + 您目前的位置:. */
const SITE_BEFORE_CRUMB = new RegExp(`^[^。，,；;！？:：]{2,30}?(?=${BREADCRUMB_LABEL}\\s*[:：])`, 'u');
/** A line removed as the site's breadcrumb (its path lost or not). */
export const isRemovedBreadcrumb = (line: SourceLine) => line.disposition.kind === 'removed' && line.disposition.reason.startsWith("site's breadcrumb");
/** A breadcrumb's items, folded, by its separators or a spaced double dash (当前位置:党员教育 -- 某某在…上的讲话). */
export const breadcrumbItems = (crumb: string) => fold(crumb.trim()).split(new RegExp(`${BREADCRUMB_SEPARATOR.source}|\\s+--\\s+`, 'u'));
const BREADCRUMB_SEPARATORS = new RegExp(BREADCRUMB_SEPARATOR.source, 'gu');
const HOME = /(首页|主页|网站首页|首頁)$/;
const SITE_HOME = /^\p{sc=Han}{2,8}(?:网|在线|新闻网)$/u;

/**
 * The page's details a breadcrumb runs on to after its path, set apart by a wide space or a bar, when they hold a date
 * (您的位置:某某网 > 时政新闻 > 正文   |   2023-02-02   阅读量:, 您当前的位置 :某某网  >> 新闻中心     来源:某某网 2018-01-26 15:55:35,
 * 您当前的位置 : 新闻中心    2021-02-24 09:08  来源:某某日报), as printed; read folded, as a mirror prints them in traditional
 * characters (您當前的位置 :…網(wǎng) >> 新聞中心     來源: 2018-02-03 18:19:21).
 */
export function detailsAfterBreadcrumb(printed: string): string | undefined {
  const details = foldedDetails(fold(printed));
  // (Always the line's end: the same characters as printed, fold keeping each one's place.)
  return details === undefined ? undefined : printed.slice(printed.length - details.length);
}

function foldedDetails(line: string): string | undefined {
  const glued = gluedDetails(line);
  if (glued) return glued;
  const label = BREADCRUMB_START.exec(line);
  if (!label) return undefined;
  const separators = [...line.matchAll(BREADCRUMB_SEPARATORS)];
  const last = separators.at(-1);
  // (Its path perhaps one item alone, no separator: 您当前的位置 : 新闻中心    2021-02-24 09:08  来源:….)
  const pathAt = last ? last.index + last[0].length : label[0].length + (line.slice(label[0].length).length - line.slice(label[0].length).trimStart().length);
  const tail = /^\S+(?:\s{3,}|\s*[|｜]\s*)(?=\S)/u.exec(line.slice(pathAt));
  const details = tail ? line.slice(pathAt + tail[0].length) : undefined;
  return details && /\d{4}\s*[-/.年]\s*\d{1,2}/u.test(details) ? details : undefined;
}

/** A breadcrumb's last item run straight on into the page's dated details, no space between: 新闻中心 > 聚焦日期:2025-12-25 20:36 来源:…; the date's labels the schema's one list. */
const GLUED_DETAILS = new RegExp(`^(\\p{sc=Han}{1,8}?)((?:${labelAlternation(REPORT_FIELDS['dates.published'].headerLabels ?? [])})\\s*[:：]\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}.*)$`, 'u');

/** A path of short items whose last one runs on into the page's dated details, unlabelled (新闻中心 > 聚焦日期:2025-12-25 20:36 来源:…): those details. */
function gluedDetails(line: string): string | undefined {
  const parts = line.split(BREADCRUMB_SEPARATOR);
  if (parts.length < 2 || parts.slice(0, -1).some((part) => part.length < 2 || part.length > 12 || /[。，,；;！？:：]/u.test(part))) return undefined;
  return GLUED_DETAILS.exec(parts.at(-1)!)?.[2];
}

export function isBreadcrumb(line: string): boolean {
  if (BREADCRUMB_START.test(line) || gluedDetails(line) !== undefined) return true;
  // (Or after the site's name run on before its label: 文旅之窗WEN BRIGADE NEWS您目前的位置: 首页 > 文旅动态.)
  const site = SITE_BEFORE_CRUMB.exec(line);
  if (site && BREADCRUMB_START.test(line.slice(site[0].length)) && BREADCRUMB_SEPARATOR.test(line)) return true;
  if (/[。，,；;！？<{}]/.test(line)) return false;
  // (Or its items set apart by a single space, from the home page on: 首页 新闻中心 某某新闻 某某新闻 - 社会; a menu's are set wider;
  // the page's own title perhaps last: 首页 理论教育 2020年工作和十三五发展回顾-某县年鉴.)
  // (Or by slashes: 首页 / 某某区 / 正文.)
  // (Or the site's name before its home: 某某论坛 首页 某某城事 查看内容.)
  if (/^(?:网站)?首[页頁](?: [^\s]{2,8}){2,5}(?: - [^\s]{2,8})?$|^[^\s]{2,12} 首[页頁](?: [^\s]{2,8}){1,4}$|^(?:网站)?首[页頁](?: [^\s]{2,8}){1,4} [^\s]{9,30}$|^(?:网站)?首[页頁](?:\s*[\/／]\s*[^\s\/／]{1,12}){1,5}$/u.test(line.trim())) return true;
  const parts = line.split(BREADCRUMB_SEPARATOR);
  if (parts.length < 2 || parts.some((p) => p.length > 24)) return false;
  const named = parts.filter((p) => p !== '');
  // (Or its rest on the next line, opening with a separator: > 政务动态 > 政务信息.)
  // (Or the site's name for its home: 某某网> 县区.)
  // (Or two items between double angles, as no title is written: 某某新闻>>聚焦某某; or a column, then the page of the text itself:
  // 精品原创 > 正文.)
  return HOME.test(parts[0]) || SITE_HOME.test(parts[0]) || named.length >= 3 || (named.length >= 1 && /(>>|>|»)\s*$/.test(line)) || (parts[0].trim() === '' && named.length >= 2) || (named.length === 2 && (/\S\s*(?:>>|»)\s*\S/u.test(line) || /^(?:正文|详情|内容|查看内容|文章内容)$/u.test(named[1].trim())));
}

/** Items only a site's menu has (a table in a report has none of them). */
/** A site's link to another version of itself, its help or its bookmarks. */
const SITE_LINK = /^(?:\S{0,8}(?:手机版|移动版|触屏版|微博|微信|客户端|抖音号?)|手机网站|帮助中心|网站地图|联系我们|无障碍(?:浏览|阅读)?|繁体(?:版|中文)?|简体(?:版|中文)?|English|英文(?:版)?|中文(?:版)?|登录|注册|(?:我要)?投稿|(?:扫码)?下载\S{0,8}(?:APP|App|客户端))$/iu;
/** A government's portal by its name: 中国政府网, 重庆市人民政府网, 某某省人民政府门户网站. */
const GOVERNMENT_PORTAL = /^\p{sc=Han}{0,12}政府(?:门户)?(?:网|网站)$/u;
const MENU_ITEM = /首页|新闻|专题|频道|热词|登录|注册|导航|English|视频|图片|直播|论坛|社区|体育|娱乐|财经/;

/** `新闻 | 体育 | 娱乐 | 经济 | …`: a site's menu, four or more short items, some of them a menu's own. */
export function isNavigation(text: string): boolean {
  // (Letter-spaced menus too: 频 道: 首 页|新 闻|国 际.)
  // (Or its first item alone spaced wide: 首   页 走进某县 新闻中心 ….)
  const opened = text.trim().replace(/^首[ \u3000]+页(?=[ \u3000])/u, '首页');
  const line = opened.replace(/(?<=\p{sc=Han}) (?=\p{sc=Han})/gu, '').replace(/^频道\s*[:：]\s*/u, '');
  if (/[。，,；;！？]/.test(line)) return false;
  let items = line.split(/\s*[|｜]\s*|\s{2,}/).filter((p) => p !== '');
  // (A menu of single-spaced words, not letters: 延吉概况 延吉新闻 社会民生 公示公告 ….)
  const words = opened.split(' ');
  if (items.length === 1 && words.length >= 6 && words.every((word) => word.length >= 2)) items = words;
  // (Or single-spaced words whose last ones are spaced letters, 繁 体: 总站·某某在线 某某新闻 图片 数字报纸 论坛 博客  繁 体.)
  const spacedWords = opened.split(/\s+/u).filter((word) => word !== '');
  if (items.length < 4 && spacedWords.length >= 8 && spacedWords.filter((word) => word.length >= 2).length >= 6 && spacedWords.filter((word) => MENU_ITEM.test(word)).length >= 2) items = spacedWords;
  // (Nor a page's details, whose items are labels and dates: 2016-03-21 20:19:16 来源: 某某新闻网 作者: 编辑: 某某.)
  if (items.some((p) => /^[\d.%]+$|[:：]$|^\d{1,4}[-/:.]\d{1,2}/.test(p))) return false;
  return items.length >= 4 && items.every((p) => p.length <= 12) && items.some((p) => MENU_ITEM.test(p));
}

/** How far down the page a menu of its columns is read: its first lines, above the headline. */
const MENU_REACH = 8;

/**
 * A site's menu of its columns, short words copied with the separator after the last (原创 | 法治某某 | 时政 | … | 法院 |), none of a
 * menu's own words: a table's row, as a document converts it, has no separator after its last cell.
 */
function isColumnMenu(line: string): boolean {
  const items = fold(line).trim().split(/\s*[|｜]\s*/u);
  // (A column in Latin letters among them: 文秘之友|原创|范文|素材|写作|PPT|.)
  return /[|｜]\s*$/u.test(line) && items.pop() === '' && items.length >= 6 && items.every((item) => /^(?:\p{sc=Han}{2,6}|[A-Za-z]{2,6})$/u.test(item));
}

export function isToolbar(line: string): boolean {
  // (A control letter-spaced in its brackets: 【打 印】.)
  const words = line.replace(/【\s*(\p{sc=Han})\s+(\p{sc=Han})\s*】/gu, '【$1$2】').split(TOOLBAR_SPLIT).filter((w) => w !== '');
  if (words.length === 0) return false;
  // (An e-paper's 3上一篇 下一篇4 numbers its neighbours; an article's pages are links too: 【 第1頁 第2頁 】.)
  const known = words.filter((w) => isToolbarWord(w) || isToolbarWord(w.replace(/^\d+|\d+$/g, '')) || gluedToolbarWords(w) || /^字号[:：]?[大中小]+$/.test(w) || /^第\d{1,2}[页頁]$/u.test(w));
  return known.length > 0 && words.every((w) => known.includes(w) || /^\d{1,2}$/.test(w));
}

/** The words of the spam keywords a mirror prints over a copied page. */
const SPAM_WORD = /国产|精品|无码|久久|成人|在线播放|在线观看|一区二区|日韩|欧美|亚洲|丝袜|AV/gu;
const SPAM_ONLY = /无码|久久|一区二区|在线播放|在线观看|丝袜|日韩|AV/u;

/** The line of a social-media mirror's card that names the account: 专栏名称: 某某发布, 公众号名称：某某. */
const MIRROR_CARD = /^(?:专栏|公众号|账号)名称\s*[:：]\s*\S{2,20}$/u;
const MIRROR_CARD_REASON = "social-media mirror's card for the account it copies";

/** Why a site's breadcrumb is not the text. */
const BREADCRUMB_REASON = "site's breadcrumb (where the page sits on the site)";
/** Why a site's links to the governments of its place are not the text, a name a line or run together. */
const GOVERNMENT_LINKS_REASON = "site's links to other governments' sites";
/** Why a site's greeting is not the text: 欢迎访问某某网, 某某县人民政府欢迎您!. */
const GREETING_REASON = "site's greeting";
/** Why the page's controls are not the text: its print, font-size, share and download buttons, a line of nothing else. */
const CONTROLS_REASON = 'page controls (print, font size, share, download)';

interface ChromeRule {
  test: (line: string) => boolean;
  reason: string;
}

/**
 * A reposting site's blurb, which names the text it introduces: 下面是小编为大家整理的某某讲话,供大家参考。 (Perhaps after
 * the site's one-sentence teaser: 坚持…是…的根本保证。下面就是小编给大家整理的…,仅供参考。; or its question: 如何在…闭幕式上讲话?那么,下面是
 * 小编给大家整理收集的…,供大家阅读参考。) Or addressing the reader: 本站小编为你精心准备了…参考范文,愿这些范文…,
 * 前言:本站为你精心整理了…范文,希望能为你的创作提供参考价值.
 */
export const REPOST_BLURB = /^(?:[^。？?]{4,80}[。？?])?(?:那么[,，]\s*)?(?:(?:下面|以下)就?是小编(?:为|给)大家(?:整理收集|收集整理|整理|收集|搜集|精心整理)的|(?:前言[:：])?本站(?:小编)?为[你您](?:精心)?(?:整理|准备|收集|搜集)了)(?<named>.*?)[,，]?(?:仅?供大家(?:阅读)?参考|仅供参考|欢迎阅读|希望对大家有所帮助|希望能?为[你您]|愿这些)/;

/** A document site's link to bookmark the text, naming it: 收藏《在全市领导干部大会上的讲话》. */
export const BOOKMARK_LINK = /^收藏《(?<named>[^《》]{4,80})》[)）]?$/u;
export const BOOKMARK_REASON = "document site's link to bookmark the text, naming it";

const matches = (pattern: RegExp) => (line: string) => pattern.test(line);

/** Whole-line shapes, tried in order on the folded line. Short lines only (see MAX_CHROME_LENGTH). */
export const CHROME_RULES: ChromeRule[] = [
  { test: matches(REPOST_BLURB), reason: "reposting site's blurb introducing the text" },
  // (A site's voice assistant's prompts, which the copy takes as text: 我在听,请说话(10s) / 抱歉,没听清,请再说一遍吧.)
  { test: matches(/^我在听[,，]?\s*请说话\s*(?:[(（]\d{1,2}\s*s[)）])?$|^抱歉[,，]?\s*没听清[,，]?\s*请再说一遍吧?$/u), reason: "site's voice assistant prompts" },
  // (A site's sidebar headings over its lists, or its label over the item, which the copy leaves above the headline: 资料推荐 / 热门资料 / 阅读内容.)
  { test: matches(/^(?:资料推荐|推荐资料|热门资料|最新资料|阅读内容)$/u), reason: "site's sidebar and content headings" },
  { test: matches(/^(\S{0,4}?推荐(访问|阅读|读物|文章)|新闻推荐|推荐新闻|频道推荐|友情链接|相关(阅读|新闻|链接|报道|文章|专题)|延伸阅读|热点推荐|猜你喜欢|往期回顾|最近更新|最新更新|最新(?:文章|资讯)|更多(阅读|新闻)?)\s*[:：>》]*$/), reason: LINKS_HEADING },
  // (Not one that goes on to the page's source or date, 编辑:某某 来源:本网原创 发布时间:2020-05-26 08:56:20: a line of details.)
  { test: matches(/^(?!.*(?:来源|來源|时间|時間|日期|\d{4}[-/.年]\d))(责任编辑|编辑|责编|审核|审校|校对|初审|复审|终审|值班编辑|来源编辑)\s*[:：]\s*\S{1,20}(\s+\S{1,20}){0,3}$/), reason: "news site's editor credit line" },
  { test: matches(/^[(（【\[]?(责任编辑|编辑|责编)\s*[:：]?\s*\p{sc=Han}{2,4}\s*[)）】\]]?$/u), reason: "news site's editor credit line" },
  { test: matches(/^导语\s*[:：].*(来源于网友上传|不代表本站观点)/), reason: "model-essay site's notice on where the text came from" },
  { test: matches(/^(\d+(\.\d+)?\s*[KM]B|\d+\s*页|\d+\+)$/i), reason: "document site's file details (size, pages, downloads)" },
  // A page's links to its neighbours, each with its title: 上一篇:某某工作表态发言, 下一篇:局长在…会议上的讲话.
  { test: matches(/^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]\s*\S.{0,80}$/u), reason: "site's links to the previous and next articles" },
  // Its comment box: 网友评论《某某讲话》, 评论功能已关闭.
  { test: matches(/^(?:网友评论|发表评论|我要评论)(?:\s*《[^《》]{1,80}》)?$|^评论功能已关闭$/u), reason: "page's comment box" },
  // An archive mirror's note on how old the page is: 您正在浏览[时光机]频道,这篇文章记录了从5914 天前开始的旅程,….
  { test: matches(/^您正在浏览\[?[^\]，,]{2,8}\]?频道[,，]这篇文章记录了从\s*\d+\s*天前/u), reason: "archive mirror's note on how old the page is" },
  // A page's notes from scripts the copy did not run: an e-paper's last issue (这已经是最后一期了哦!), a toolbar that
  // did not load (不能读取工具条配置).
  { test: matches(/^这?已经是最后一(?:期|版|页)了?[哦啦]?[!！。]?$|^不能读取工具条配置$/u), reason: "page's notes from its scripts" },
  // A site's link to its mobile edition alone: 台灣網移動版, 某某网手机版.
  { test: (line) => { const item = fold(line.trim()).replace(/^[•·]\s*/u, ''); return /(?:手机版|移动版|触屏版)$/u.test(item) && SITE_LINK.test(item); }, reason: "site's link to its mobile edition" },
  // A page's loading note, left by a script the copy did not run: 请稍候..., 加载中….
  { test: matches(/^(?:请稍候|请稍等|加载中|正在加载|正在载入)\s*[.。…]*$/u), reason: "page's loading note" },
  // (Its viewer's loading note, page counter and end, and its help on downloads: 预览加载中,请您耐心等待几秒..., 3/9,
  // 在线预览结束,喜欢就下载吧, 如果您无法下载资料,请参考说明:, 1、部分资料下载需要金币….)
  { test: matches(/^预览加载中|^\d{1,3}\s*\/\s*\d{1,3}$|^在线预览结束|^如果您无法下载资料|^\d{1,2}、[^。]{0,30}(?:金币|重复扣费|软件解压)[^。]{0,30}$/u), reason: "document site's preview and download notices" },
  // (Or what it leaves out for its members: ……(某某网https://…省略697字,正式会员可完整阅读), ……(未完,全文共3876字,当前仅显示1958字,….)
  { test: matches(/^(?:…{1,2}|\.{3,6})?\s*[(（][^()（）]{0,40}?省略\d+字[,，]\s*(?:正式)?会员可完整阅读[)）]$|^(?:…{1,2}|\.{3,6})?\s*[(（]未完[,，]\s*全文共\d+字[,，]\s*当前仅显示\d+字/u), reason: "document site's preview and download notices" },
  { test: matches(BOOKMARK_LINK), reason: BOOKMARK_REASON },
  { test: matches(/^(已阅读\d+页|还剩\d+页未读|继续免费阅读|免费预览已结束|内容预览\s*[:：]$|剩余\d+页可下载|下载本文档$|文档简介$|版权说明\s*[:：].*(上传|侵权))/), reason: "document site's preview and download notices" },
  { test: matches(/^\d+\s*(阅读|回复|浏览|评论|点赞|收藏|人阅读|次阅读|次浏览)$/), reason: 'page view counter' },
  { test: matches(/Adobe Flash Player/i), reason: "page's notice for a browser plug-in" },
  { test: matches(/^\S{0,16}系列\s*(№|No\.?|NO\.?)\s*\d+$/u), reason: "writing-material site's series label" },
  // (Or the day alone, with the site's hotline after it: 2018年1月5日| 联系热线:17636155855.)
  { test: matches(new RegExp(`^\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\s*${WEEKDAY})?\\s*[|｜]?\\s*\\S{0,4}热线\\s*[:：]\\s*[\\d\\-— ]{7,}$`, 'u')), reason: "site's banner with today's date" },
  { test: matches(new RegExp(`^(今天是|今天|今日)\\s*[:：]?\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(\\s*${WEEKDAY})?(\\s*农历\\S*)?$`)), reason: "site's banner with today's date" },
  // A site's quick-search links, a document site's file size, a logo's alternative text.
  { test: matches(/^(?:快捷搜索|热门搜索|热搜|热门标签)\s*[:：]|^(?:\S{0,8}\s+)?热词\s*[:：]\s*\S+(?:\s*[|｜]\s*\S+)+$/u), reason: "site's search links" },
  { test: matches(/^(?:文件)?大小\s*[:：]\s*[\d.]+\s*[KMG]B$/iu), reason: "document site's file details" },
  // An e-paper's links to its group's papers and its old edition: 某某零距离    某某日报    某某都市报 旧版入口:….
  { test: (line) => /旧版入口|往期回顾|过刊浏览/u.test(line) && (line.match(/\p{sc=Han}{2,6}(?:日报|晚报|都市报|商报)/gu)?.length ?? 0) >= 2 && !/[。！？]/u.test(line), reason: "e-paper's links to its group's papers and editions" },
  // A paper's registration numbers on its e-paper's page: 国内统一连续出版物号:CN45-0005, 邮发代号:47-12.
  { test: matches(/^(?:(?:国内统一连续出版物号|国内统一刊号|邮发代号)\s*[:：]\s*\S{2,16}\s*)+$/u), reason: "paper's registration numbers" },
  { test: matches(/^\S{0,20}logo$|^slog[ao]n$/iu), reason: "site's logo (its alternative text)" },
  { test: matches(/^维基(?:文库|百科)\s*[,，]\s*自由的(?:图书馆|百科全书)$/u), reason: "wiki site's tagline" },
  // A photo's caption alone, the view of the hall: 会议现场, 大會(huì)現(xiàn)場(chǎng).
  // (Or of a meeting named by its kind: 讨论会现场, 座谈会现场.)
  // (Or the main hall of a session's sitting: 人大开幕式主会场; or the hall of a sitting by its kind, 开幕会会场, 闭幕大会会场.)
  { test: matches(/^(?:\p{sc=Han}{0,3}(?:会议|大会|会)|会场|活动|开幕式|闭幕式)?现场$|^\p{sc=Han}{0,10}主会场$|^(?:开幕|闭幕)(?:会|大会|式)会场$/u), reason: 'photo caption' },
  // A site's lists of its most-read pages and other links: 更多 24小时排行榜, 点击排行, 更多 今日话题.
  { test: matches(/^(?:更多\s*)?(?:24小时|一周|本周|本月|今日|热门|点击|阅读)?\s*排行榜?$|^更多\s+\p{sc=Han}{2,8}$/u), reason: "site's list of its most-read pages" },
  // A page's script data the copy caught: channelId 1 1 1.
  { test: matches(/^[a-z]+[A-Z][A-Za-z]*(?:\s+\d+)+$/u), reason: "page's script data" },
  // An e-paper's list of the page's articles, each behind a bullet the copy made of tildes: ~~~——某某主持大会.
  { test: matches(/^~{3}[—\-]{0,2}/u), reason: "e-paper's list of the page's articles" },
  // A paper's masthead: its day whose 月 and 日 were images (2024年02 03), the lunar day (癸卯年十二月廿四), its social
  // accounts (某某日报微博), its news hotline.
  { test: matches(/^(?:19|20)\d{2}年\s*[01]\d\s+[0-3]\d$/u), reason: "paper's masthead (its day, the 月 and 日 lost with their images)" },
  { test: matches(/^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\s*[初十廿卅一二三四五六七八九十]{2}$/u), reason: "paper's masthead (the day in the lunar calendar)" },
  { test: matches(/^\S{2,10}(?:日报|晚报|报)(?:官方)?(?:微博|微信|抖音)$|^\S{0,8}(?:新闻|报料|爆料)热线\s*[:：]?\s*[\d\-\s]{5,}(?:\S{0,4})?$/u), reason: "paper's masthead (its accounts and hotline)" },
  // A paper's archive's label of a column left empty: 专栏:.
  { test: matches(/^专栏\s*[:：]\s*$/u), reason: "paper archive's column label, empty" },
  // An e-paper's page navigation: 下一版»本期共4版, 当前第1版 PDF.
  // (Or after its PDF link: PDF  下一版»本期共8版(1-2-3-4-5-6-7-8).)
  { test: matches(/^(?:PDF\s*)?[«<]?(?:上一版|下一版)[»«>]?.{0,30}(?:本期共\d+版|当前第\d+版)|^本期共\d+版[,，\s]*当前第\d+版/u), reason: "e-paper's page navigation" },
  // (Or its issue and page alone: 1886 期 / 第2版:2.)
  { test: matches(/^第?\s*\d{1,5}\s*期\s*[\/／|｜]\s*第\s*\d{1,3}\s*版(?:\s*[:：]\s*\S{0,10})?$/u), reason: "e-paper's page navigation" },
  // (Its spread view's controls, and the page shown: 通版阅读请点击:, 展开通版, 收缩通版, 当前版:01版, its links to the pages beside
  // perhaps after it, 当前版: 04版 上一版  下一版.)
  { test: matches(/^通版阅读(?:请点击)?\s*[:：]?$|^(?:展开|收缩)通版$|^当前版\s*[:：]\s*\S{0,4}\d{1,3}版(?:\s*(?:上一版|下一版))*$/u), reason: "e-paper's page navigation" },
  // A government site's badge at its foot, its words alone on the line: 党政机关.
  { test: matches(/^党政机关$/u), reason: "government site's badge" },
  // The page's head markup left as text, its meta tags' contents closed by " />: …疫情防控…会议召开" /> ,专业采编队伍所建立的新媒体.
  { test: (line) => /["']\s*\/>/u.test(line), reason: "the page's markup (its meta tags) left as text" },
  // A site's description of itself, as its page's metadata gives it: 某某新闻网某某论坛为您提供某市新闻…等信息。本站内容包括…!
  { test: matches(/^\S{2,40}?为您提供\S.{0,60}?等(?:信息|服务|资讯)[。.!！]?(?:\s*本站(?:内容)?(?:包括|提供)\S.{0,80})?$/u), reason: "site's description of itself" },
  // A site's greeting to a visitor not logged in, among its links: 手机版 | 你好,游客 登录 注册 搜索.
  { test: (line) => /(?:^|[|｜\s])[您你]好[,，]\s*游客(?:[|｜\s]|$)/u.test(line) && line.split(/[|｜\s]+/u).every((word) => /^[您你]好[,，]游客$/u.test(word) || isToolbarWord(word)), reason: CONTROLS_REASON },
  // A site's call for contributions (欢迎大家投稿来信), and its address for them: 投稿邮箱: 某某@163.com.
  { test: matches(/^欢迎(?:大家|各界|广大读者)?(?:踊跃)?投稿(?:来信)?[!！。]?$/u), reason: "site's call for contributions" },
  { test: matches(/^(?:投稿|来稿|新闻线索)(?:邮箱|信箱|邮件|E-?mail)\s*[:：]\s*\S+@\S+$/iu), reason: "site's address for contributions" },
  // A portal's link past its menus to the text, for screen readers: 跳至內容的開始, 跳到主要内容.
  { test: matches(/^(?:跳至|跳到|跳转至?)(?:主要|正文)?内容(?:的开始|区域?)?$/u), reason: CONTROLS_REASON },
  // A news app's label over the item it shows: 内容详情, 正文详情 (its two words perhaps set apart by a dot: 内容 ·详情).
  { test: matches(/^(?:内容|正文|新闻|文章)\s*[·•]?\s*详情$/u), reason: "site's label over the item" },
  // A site's greeting after its controls: 收藏本站 官方微博 欢迎浏览某某党史与地方志.
  { test: matches(/^(?:(?:收藏本站|设为首页|加入收藏|官方微博|官方微信)\s+)+欢迎(?:光临|访问|来访|浏览)\s*\S{2,30}$/u), reason: GREETING_REASON },
  // (Or bids the reader welcome to the place or its government, 您好,欢迎您来到海南某某!, 某某县人民政府欢迎您!, or to its site
  // before its controls, 欢迎浏览某某区人民政府网站 | 关怀版 | 无障碍浏览 简体  繁体.)
  { test: matches(/^(?:您好[,，!！]?\s*)?欢迎(?:您|你)(?:光临|访问|来访|来到|浏览)\s*\S{2,20}[!！]$|^\S{2,20}(?:人民政府|政府)欢迎(?:您|你)[!！。]?$|^欢迎(?:光临|访问|浏览)\s*\S{2,30}(?:网站|门户网站)(?:\s*[|｜]\s*\S{2,8})+(?:\s+\S{1,4})*$/u), reason: GREETING_REASON },
  // A portal's switch to or from its mode for the elderly, alone on its line.
  { test: matches(ELDERLY_MODE_SWITCH), reason: CONTROLS_REASON },
  // A forum's box for logging in by phone, its hint printed: 手机号码,快捷登录.
  { test: matches(/^手机号码?\s*[,，]\s*快捷登录$/u), reason: CONTROLS_REASON },
  // A public-information record's fields run together on one line: 公开范围 面向社会 公开方式 主动公开; or a table's last row of them,
  // barred: 公开方式 | 主动公开 | 公开范围 | 面向社会 |.
  { test: matches(/^(?:(?:公开范围|公开方式|公开时限|公开形式)\s*[:：|｜]?\s*[^\s|｜]{2,8}\s*[|｜]?\s*){2,}$/u), reason: "public-information record's fields" },
  // A portal's column name alone over the page: 政府信息公开; or a report library's of local news, under its headline: 本地事 (本 a
  // surname's, 本地 no name).
  { test: matches(/^(?:政府)?信息公开(?:目录|指南|专栏|平台)?$|^本地(?:事|新闻|资讯|要闻)$/u), reason: "portal's column name" },
  // A link to the site's home page: 到某某文库首页, 返回某某网首页.
  { test: matches(/^(?:到|回到|返回|进入)\S{2,12}首页$/u), reason: "site's link to its home page" },
  // A site's language picker (选择语言, 选择语种), and its label over the pieces it reposts from another (某某网转载稿件).
  { test: matches(/^选择(?:语言|语种)$/u), reason: "site's language picker" },
  { test: matches(/^\p{sc=Han}{2,10}网转载(?:稿件|文章)$/u), reason: "site's label of the pieces it reposts" },
  // A site's page title, its name and its tagline a spaced dash apart: 某某网 - 某某公文之家.
  { test: matches(/^\p{sc=Han}{2,10}网\s+[-—–|｜]\s+\p{sc=Han}{2,14}$/u), reason: "site's page title, its name and tagline" },
  // A site's page title, its name and keywords joined by _ (某某在线_客家祖地_苏区_某某故里_某某新闻中心): four parts or more.
  { test: matches(/^\p{sc=Han}{2,10}(?:_\p{sc=Han}{1,10}){3,}$/u), reason: "site's page title, its name and keywords" },
  // (Its clock filled by a script the copy did not run: 当前时间为:, 今天是:.)
  { test: matches(/^(今天是|今日是|当前时间为?|现在时间为?|当前日期为?)\s*[:：]\s*$/), reason: "site's banner with today's date" },
  // (Or after the site's name and its home link, as its masthead prints them: 某某报官方网站 | 某某网首页 今天是.)
  { test: matches(/^\S{2,16}(?:网|网站)\s*[|｜]\s*\S{2,10}首页\s+(?:今天是|今日是)\s*[:：]?$/u), reason: "site's banner with today's date" },
  // (Its name perhaps set apart, or with its motto after a dash: 欢迎访问 某某在线网!, 欢迎来访 某某新闻网-某某视音频新闻门户网站;
  // or a note on its network after it: 欢迎访问某某门户网站! 本网站已支持IPv6网络.)
  // (Or after its sign-in links, its name bare: 登录| 注册 欢迎访问信用某某; or with its clock after it: 欢迎访问某某网 今天是 2024年09月19日 星期四;
  // or a broadcaster's: 欢迎来到某某网络广播电视台!)
  { test: matches(/^(?:您好[,，!！]?\s*)?欢迎(光临|访问|来访|来到)\s*\S{0,30}(网|网站|官网|主页|门户网站|首页|文档|文库|电视台)[!！。]?(?:\s*本(?:网)?站已支持\s*IPv6\s*(?:网络|访问)?)?(?:\s+(?:今天是|今日是)\s*[:：]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:\s*(?:星期|周)[一二三四五六日天])?)?$|^登录\s*[|｜]?\s*注册\s*欢迎(?:光临|访问|来访|来到)\s*\S{2,16}$|^\S{2,30}(网|网站|官网|门户网站)欢迎(您|你)[!！。]?$|^欢迎(?:光临|访问|来访)\s*\S{2,30}?网\s*[-—]\s*\S{2,30}(?:网|网站|门户|平台)$/), reason: GREETING_REASON },
  // (Or its name alone, short, no site's word: 欢迎来到某某云.)
  { test: matches(/^欢迎(?:光临|访问|来到)\p{sc=Han}{2,8}$/u), reason: GREETING_REASON },
  // (Or to an office's site by the office's name: 欢迎访问某某市文化旅游和广播电视局.)
  { test: matches(/^欢迎(?:光临|访问|来到)\p{sc=Han}{2,30}?(?:局|厅|委员会|人民政府|政府|办公室|中心)$/u), reason: GREETING_REASON },
  // A portal's prompt as a link leads off it, and its buttons: 您访问的链接即将离开“某某镇人民政府”门户网站 是否继续? / 继续访问放弃.
  { test: matches(/^您(?:访问|浏览|点击)的链接即将离开\s*[“"「]?\S{2,30}?[”"」]?\s*(?:门户)?网站[,，。!！]?\s*(?:是否继续(?:访问)?[?？]?)?$|^继续访问\s*(?:放弃|取消)$/u), reason: "site's prompt on following a link off it" },
  // A site's choice of language: 语言选择: 中文 / EN.
  { test: matches(/^语言选择\s*[:：]\s*(?:中文|简体|繁体|English|EN)(?:\s*[\/／|｜]\s*(?:中文|简体|繁体|English|EN))*$/iu), reason: "site's choice of language" },
  // A breadcrumb's label with its path lost: 您的当前位置:.
  { test: matches(new RegExp(`^${BREADCRUMB_LABEL}\\s*[:：]?\\s*$`, 'u')), reason: "site's breadcrumb (where the page sits on the site), its path lost" },
  // A breadcrumb broken over lines, a step on each, named as a site's sections are (當前頁面: / 首頁 / > 政務公開 / > 工作動態);
  // not other words after a mark, which may be the text's own (> 不是引用).
  { test: matches(/^(?:>{1,2}|»|›|＞)\s*\p{sc=Han}{0,10}(?:公开|动态|新闻|要闻|资讯|目录|专栏|专题|栏目|信息|政务|[局委办厅])$/u), reason: BREADCRUMB_REASON },
  // A site's links to its other versions, accounts and help: 手机网站 | 帮助中心 (设为首页 | 加入收藏 are its controls, isToolbar);
  // of four or more, one may be an account named by no such word (某某在线手机版|某某发布|某某网微博|某某微信).
  // (Between bars, or spaces alone: 我要投稿 下载某某APP.)
  // (Barred, the site's own names among them: 央视网|中国网络电视台|网站地图 |.)
  { test: (line) => { const barred = line.split(/\s*[|｜]\s*/u).filter((item) => item.trim() !== ''); const items = barred.length >= 2 ? barred : line.split(/\s+/u).filter((item) => item !== ''); const link = (item: string) => SITE_LINK.test(fold(item)) || (barred.length >= 2 && /^\p{sc=Han}{2,10}(?:网|电视台)$/u.test(fold(item).trim())); return items.length >= 2 && items.some((item) => SITE_LINK.test(fold(item))) && items.filter((item) => !link(item)).length <= (items.length >= 4 ? 1 : 0); }, reason: "site's links to its other versions and help" },
  // A portal's links to the governments' portals above it, perhaps with its own column after them: 中国政府网 重庆市人民政府网 镇街.
  { test: (line) => { const items = line.split(/\s*[|｜]\s*|\s+/u).filter((item) => item !== ''); const others = items.filter((item) => !GOVERNMENT_PORTAL.test(fold(item))); return items.length - others.length >= 2 && others.length <= 1 && others.every((item) => item.length <= 4); }, reason: "portal's links to the governments' portals above it" },
  // A journal database's label over an article's excerpt: 论文部分内容阅读; a page number range, 页码: 314-323.
  { test: matches(/^(?:论文|文章)?部分内容阅读$|^页码\s*[:：]\s*\d{1,4}(?:\s*[-–—~]\s*\d{1,4})?$/u), reason: "journal database's label over the article's excerpt or its pages" },
  // A database's record controls: 返回概览 <<上一记录 下一记录>> 打印预览 下载记录.
  { test: matches(/^(?:返回概览|返回列表)?\s*(?:<<|«)?\s*上一(?:记录|条|篇)\s*下一(?:记录|条|篇)\s*(?:>>|»)?(?:\s*(?:打印预览|下载记录|打印|下载))*$/u), reason: "database's record controls" },
  { test: matches(/^(查看|浏览)\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+$|^只需一步\s*[,，]\s*快速开始$/), reason: "forum's (BBS) view counter and sign-up prompt" },
  { test: matches(/^(\S*(新闻|广告|投稿|举报|咨询|服务|客服)热线\s*[:：]\s*[\d\-— ]+\s*)+$/), reason: HOTLINES_REASON },
  // (Or the site's name with its number alone, no label: 个人社保网 0571-22931819.)
  { test: matches(/^\p{sc=Han}{2,12}(?:网|在线|网站)\s+(?:0\d{2,3}-)?\d{7,8}$/u), reason: HOTLINES_REASON },
  // (Or its lines for messages and complaints, each a number: e线民生短信通道:18272211111违法和不良信息举报:0716-8445200.)
  { test: matches(/^(?:\S{0,12}?(?:举报|通道|热线|电话|短信)\s*[:：]\s*[\d\-— ]{7,}\s*){2,}$/u), reason: HOTLINES_REASON },
  // A forum's note on the post's last edit: 本帖最后由 某某 于 2020-1-18 16:56 编辑.
  { test: matches(/^本帖最后由\s*\S+\s*于\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*编辑$/u), reason: "forum's (BBS) note of the post's last edit" },
  // Its invitations to sign up (马上注册,结交更多好友,享用更多功能,让你轻松玩转某某; 您需要 登录 才可以下载或查看,没有账号?会员注册).
  { test: matches(/^马上注册[,，]\s*结交更多好友|^您需要\s*登录\s*才可以(?:下载或)?查看/u), reason: "forum's (BBS) invitation to sign up" },
  // Its attached picture: the file's name, size and downloads, its link and when it was uploaded (某某.jpeg (3.55 MB, 下载次数: 175) /
  // 下载附件 / 2020-1-16 10:22 上传).
  { test: matches(/^\S{1,80}\.(?:jpe?g|png|gif|bmp|webp)\s*\(\s*[\d.]+\s*[KMG]?B\s*,\s*下载次数\s*[:：]\s*\d+\s*\)$|^下载附件(?:\s*\[?[\d.]+\s*[KMG]?B\]?)?$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*上传$/iu), reason: "forum's (BBS) attached picture: its file, link and upload" },
  { test: matches(/^版权所有|^copyright\b|all rights reserved|^©(?!\s*原创\s+\d{4})/i), reason: 'copyright footer of the web page' },
  // (Its owner first: 某县传媒中心版权所有 未经授权禁止复制或镜像.)
  { test: (line) => /^\S{2,30}版权所有(?:\s|$)|未经(?:授权|许可)[,，]?\s*(?:禁止|不得)(?:转载|复制)/u.test(line) && !/[。！？]/u.test(line), reason: 'copyright footer of the web page' },
  { test: (line) => /(?:^|\s)(?:网络|技术)支持\s*[:：]\s*\S{2,30}$/u.test(line) && !/[。！？，,]/u.test(line), reason: "site's masthead or footer" },
  { test: matches(/^powered by\b/i), reason: 'footer naming the software or site that serves the page' },
  { test: matches(/(ICP备|ICP证|公网安备)\s*\S*号/i), reason: "site's registration number footer (ICP)" },
  // (Its links to its rules for comments and its number for reporting harmful content: 跟帖评论自律管理承诺书  不良信息举报电话:….)
  // (Or how to report it, over the headline: 某县互联网违法和不良信息举报受理方式; and its rules for it: 用户举报和投诉处理机制.)
  { test: (line) => /不良信息举报(?:电话|中心|邮箱|入口|受理方式)|跟帖评论自律管理承诺书|^用户举报和投诉处理机制$/u.test(line) && !/[。！？]/u.test(line), reason: FOOTER_REASON },
  // A portal's links to the governments above it, their names run together: 中华人民共和国人民政府某省人民政府某市人民政府.
  { test: matches(/^(?:\p{sc=Han}{2,12}?人民政府\s*){2,}$/u), reason: GOVERNMENT_LINKS_REASON },
  // (The sponsor perhaps spaced from its word: 某某新媒体集团  主办.)
  // (Or who builds and keeps the site: 承建维护:某区人民政府办公室.)
  { test: matches(/^\S{2,20}(报业集团|报社|出版社)?\s*主办$|^(主办单位|承办单位|技术支持|网站地图|联系我们|承建维护|建设维护|运维单位|维护单位)|网站标识码|国内统一刊号|主管主办/), reason: FOOTER_REASON },
  // (Or where to write to it, a label and its value alone on the line: 单位地址:某区某大道66号, 电子邮箱:…, 邮政编码:150300.)
  { test: matches(/^(?:单位地址|通讯地址|电子邮箱|邮政编码)\s*[:：]\s*[^\s。，,]{2,40}$/u), reason: FOOTER_REASON },
  // (Or its note on the network it serves, alone on its line: 网站支持IPv6.)
  { test: matches(IPV6_NOTE), reason: "site's masthead or footer" },
  { test: isToolbar, reason: CONTROLS_REASON },
  { test: isBreadcrumb, reason: BREADCRUMB_REASON },
  { test: isNavigation, reason: "site's navigation menu" },
  // (Or a prompt to share the page by scanning it: 请用微信扫一扫分享, 请用微信小程序<某某分享图制作工具>扫码.)
  { test: matches(/^(分享到|(?:微信)?扫一扫|请(?:用|使用)(?:手机)?微信\S{0,30}?(?:扫一扫|扫码)|字号\s*[:：]?\s*[大中小]|【?字体\s*[:：]\s*[大中小])/), reason: CONTROLS_REASON },
  // (Or its advice on which browser shows it: 如不能正常浏览请选用IE浏览器.)
  { test: matches(/^(?:如|若)(?:不能|无法)正常(?:浏览|显示|访问)[,，]?请(?:选用|使用|用|更换)\S{0,12}浏览器[。.!！]?$/u), reason: "site's advice on which browser to use" },
  // (Or the font-size control left as its script's link, its words garbled: 【字體大?。?a href="javascript:doZoom(20)">大.)
  { test: matches(/^【?字体大小?\P{sc=Han}{0,6}<?a\s+href=["']?javascript:/u), reason: CONTROLS_REASON },
  // (Or a writing forum's list of the books and courses it sells, each title and its author: 《文稿,还能这样写》作者某某《笔杆子碎语》作者某某….)
  { test: matches(/^(?:最新)?(?:《[^《》]{2,24}》(?:作者|直播间)[^《》\s]{0,16}){3,}$/u), reason: "site's advertising (the books and courses it sells)" },
  { test: matches(/^(?:广告(?:垂询|服务|合作|投放|热线)|商务合作)(?:\s*[/|｜]\s*(?:广告(?:垂询|服务|合作|投放|热线)|商务合作|联系我们))*$/u), reason: "site's advertising contact" },
  // A mirror's spam for a betting site, its Latin brand and its app (某某体育全站app手机下载, …官方网站登录入口).
  { test: matches(/^[A-Za-z][A-Za-z0-9]{1,11}\s*(?:体育|娱乐|电竞|棋牌|彩票)\S{0,12}?(?:下载|登录|登陆|入口|官网|官方网站|平台)$/iu), reason: "mirror's spam for a betting site" },
  // (Or a link to the site's own app or account, alone on its line: 某某APP, 某某公众号.)
  { test: (line) => /^\p{sc=Han}{2,10}(?:APP|App|app|客户端|公众号|微信公众号|视频号|抖音号)$/u.test(fold(line.trim())), reason: "news app's banner (open the app)" },
  // (A news app's banner over the page: 立即打开, 打开APP.)
  // (Or its prompt to see the pictures there: 打开网易新闻 查看精彩图片; or to scan for the app, 扫描下载某某.)
  { test: matches(/^(?:立即打开|打开\s*APP|APP内打开|打开客户端)$|^打开\S{2,10}?(?:新闻|APP|客户端)\s*查看(?:精彩|更多)?(?:图片|视频|全文|评论)$|^(?:扫描|扫码)(?:二维码)?下载\p{sc=Han}{2,10}$/iu), reason: "news app's banner (open the app)" },
  // A social-media mirror's card for the account it copies from: 专栏名称: 某某发布, 公众号名称：某某.
  { test: matches(MIRROR_CARD), reason: MIRROR_CARD_REASON },
  // A mirror's line of spam keywords over the copied page (某某视频在线播放_亚洲精品…_…一区二区三区…): three of their words or more.
  // (One of them a word no report prints, 无码, 一区二区, 在线播放…, and no sentence among them.)
  { test: (line) => (line.match(SPAM_WORD) ?? []).length >= 3 && SPAM_ONLY.test(line) && !/[。！？]/u.test(line), reason: "a mirror site's spam keywords" },
  // A site's label on a text written or summed up by a machine: AI生成 免责声明.
  { test: matches(/^AI\s*(?:生成|摘要|总结)(?:\s*免责声明)?$/iu), reason: "site's label on machine-written text" },
  { test: (line) => line.length <= 20 && /^(更加?方便|一键)?分享给(朋友|好友)|^扫描到手机[,，]?\s*新闻随时看$/u.test(line), reason: CONTROLS_REASON },
  { test: matches(/^(浏览次数|阅读次数|浏览量|阅读量|点击数|点击量|点击率|访问量|浏览|阅读|点击)\s*[:：]?\s*\d*\s*次?$/), reason: 'page view counter' },
  { test: matches(/^温馨提示\s*[:：].*(预览|下载|登录|注册)/), reason: "document site's preview notice" },
  // (Or its numbered notices under a bare 温馨提示: — 2. 本文档由用户上传,版权归属用户,…联系客服。 — and its service number, 网站客服:3074922707.)
  { test: matches(/^温馨提示\s*[:：]$|^\d{1,2}\s*[.、:：]\s*(?=.*(?:本站|文档|网站|预览|付费))(?=.*(?:下载|上传|版权|客服)).{8,120}$|^网站客服\s*[:：]\s*[\d\-]{5,}$/u), reason: "document site's preview notice" },
  // (Or its word at the preview's end, 亲,该文档总共2页,全部预览完了,如果喜欢就下载吧!; its heading over the text, 资源描述; each page's
  // picture named by the title, …的讲话_0_第1页, and its counter, 第1页 / 共2页.)
  { test: matches(/^亲[,，]?\s*该文档总共\d+页|^资源描述$|(?<=\p{sc=Han}\d{0,2})(?:_\d{1,2})?_第\d{1,3}页$/u), reason: "document site's preview notice" },
  { test: matches(/^第\s*\d{1,3}\s*页\s*[/／]\s*共\s*\d{1,3}\s*页$/u), reason: 'page number of a page viewer' },
  { test: matches(/^文库(\s+[^\s。，,]{2,12}){1,3}$/u), reason: "document site's section path (文库 实用文档 报告/总结)" },
  { test: matches(/^(基本信息|基本介绍|详细内容|本作品收录于.*)$/u), reason: "an encyclopaedia's headings around the text (基本信息, 详细内容)" },
  { test: matches(/^[(（]?\s*点击(查阅|查看|阅读|进入|浏览)/), reason: LINKS_HEADING },
  { test: matches(/^(Original URL|原文地址|原文链接|本文链接|本文网址)\s*[:：]/i), reason: "the address of the page the text was copied from" },
  { test: matches(/^(Page|P\.)\s*\d+(\s*-.*)?$/i), reason: 'page number of a page viewer' },
  { test: matches(/^[—–－-]\s*\d{1,3}\s*[—–－-]?$/), reason: 'page number of a printed document (— 23 —)' },
  { test: matches(/^[(（]?\s*(下转|上接|转)第?\s*[\dA-Z一二三四五六七八九十]+\s*版\s*[)）]?$/), reason: "newspaper's page jump (continued on another page)" },
  // (Its column perhaps empty, as a paper's archive prints it: 第1版().)
  // (Or its number in words: 第二版:两会·聚焦; or its page's code alone before the column, A06:封面报道.)
  { test: matches(/^第?\s*[A-Z]?\d{1,5}\s*版\s*(?:[:：]|[(（][^()（）]{0,8}[)）](?:\s*专栏\s*[:：])?$)|^第\s*\d{1,3}\s*版$|^第[一二三四五六七八九十]{1,3}版\s*[:：]\s*\S{2,16}$|^[A-Z]\d{1,3}\s*[:：]\s*\p{sc=Han}{2,8}$/u), reason: EDITION_LINE },
  // (Or its front page named alone: 头版.)
  { test: matches(/^头版$/u), reason: EDITION_LINE },
  { test: (line) => line.length <= 24 && !/[。，,；;]/.test(line) && /关注.{0,6}(微信|微博|公众号|客户端|抖音)|(微信|微博|公众号|客户端|抖音).{0,6}关注/.test(line), reason: "site's invitation to follow it on social media" },
  { test: matches(/^(本文|文章)字数\s*[:：]/), reason: "e-paper's word count" },
  { test: matches(/^\S{2,8}\s+\S{0,6}(晴|阴|雨|雪|云|雾|霾)\S{0,6}\s+-?\d{1,2}\s*[℃°]C?\s*[~～\-—至]\s*-?\d{1,2}\s*[℃°]C?$/u), reason: "site's weather ticker" },
  // (Or counted in 个字 and 阅读时长, its poster's name and controls before it: admin 分享 时间: 加入收藏 共计13074个字,预计阅读时长44分钟.)
  { test: matches(/(?:^(?:本篇)?(?:文章|本文)共?|(?:^|\s)(?:共计|全文共?))\s*\d+\s*个?字\s*[,，]?\s*(?:预计)?(?:读完|阅读)(?:时长|时间|需要)?(?:约|大约|需)?\s*\d+\s*分钟$/u), reason: "site's word count and reading time" },
  { test: matches(/^(\S{0,10}\s)?(本网站|本站)?(使用|采用)\s*cookie/i), reason: "site's cookie notice" },
  // (A caption that is a sentence, 。 and all, is the page's text and stays.)
  // (Its credit perhaps in brackets: 省委书记某某(某某社 某某摄).)
  // (Or written name/摄影, 徐某/攝影.)
  { test: (line) => /\s(记者|通讯员)?\s*\p{sc=Han}{2,4}\s*(?:[摄攝]|\/\s*[摄攝]影)[)）]?$|\s\S{0,12}(网|频道|社|报|台)\S{0,6}?(记者|通讯员)?\p{sc=Han}{2,4}摄$/u.test(line) && !/[。！？]/.test(line), reason: PHOTO_CREDIT_REASON },
  { test: (line) => !/\p{sc=Han}/u.test(line) && line.split(/\s+/).length >= 10 && line.split(/\s+/).every((token) => token.length <= 2), reason: "forum's anti-copy noise (random characters between the lines)" },
  { test: matches(/^(阴影\s*)+$/u), reason: "e-paper's placeholder for a picture (阴影)" },
  // (Or a short caption and the picture's source after it: 会场 图片来源:某某市新闻中心; or the mark of a stock picture alone, 【资料图】.)
  { test: matches(/^(图为|▲|△)|[(（]\s*(?:\p{sc=Han}{2,4}\s*(?:摄|摄影|供图|图)|摄|摄影|供图)\s*[)）]$|^(摄影|图片|图)\s*[:：/]\s*\p{sc=Han}{2,4}$|^(?:[^。！？\s]{1,16}\s+)?图片来源\s*[:：]\s*\S{2,20}$|^[【[](?:资料图|资料图片|资料照片)[】\]]$/u), reason: PHOTO_CREDIT_REASON },
];

/** Chrome lines are short; a long line is text, whatever words it contains. */
const MAX_CHROME_LENGTH = 200;
const RIGHTS = /^(版权)?声明\s*[:：]/;

/** Why a line is chrome, or undefined when it is not. */
export function chromeReason(line: string): string | undefined {
  // (A list's bullet before it too, and a table's bar after it: • 71阅读, - 37.5 KB |.)
  // (And read past a mirror's pinyin glosses: (點(diǎn)擊查閱更多…).)
  // (A table's bars with nothing between them: the layout of an empty cell.)
  if (/^[|｜](?:\s*[|｜])*$/u.test(line.trim())) return "layout: an empty table cell's bars";
  const text = withoutPinyinGlosses(fold(line).trim()).replace(/^(?:[•●▪◆■]|-(?=\s))\s*/u, '').replace(/\s*[|｜]$/u, '');
  if (text === '' || text.length > MAX_CHROME_LENGTH) return undefined;
  return CHROME_RULES.find(({ test }) => test(text))?.reason;
}

/** The lines of the text among the page's first `reach`, blank ones left out: where a page prints its lists and menus. */
const topLines = (lines: SourceLine[], reach: number) => lines.slice(0, reach).filter((line) => line.disposition.kind === 'body' && line.text.trim() !== '');

/** An e-paper's list of the page's articles (· 标题 …, three or more, near the top): its lines, continuations included. */
function headlineList(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 40);
  const marked = top.map((line) => /^·\s*\S/u.test(line.text.trim()));
  const first = marked.indexOf(true);
  const last = marked.lastIndexOf(true);
  if (first < 0 || marked.filter(Boolean).length < 3) return [];
  const run = top.slice(first, last + 1);
  // (A continuation is a short line without a sentence's end: 钱江封航 under · 水位抬高.)
  if (!run.every((line) => /^·/u.test(line.text.trim()) || (line.text.trim().length <= 16 && !/[。！？]/.test(line.text)))) return [];
  // Its last entry may wrap onto one more short line.
  const next = top[last + 1];
  const list = next && next.text.trim().length <= 8 && !/[。！？:：]/.test(next.text) && !/\s/.test(next.text.trim()) ? [...run, next] : run;
  // (And the same entries run together on a line above it, as a page's title bar prints them: …条件某某慰问…职工某某等…老干部政府工作报告.)
  const together = run.filter((line) => /^·/u.test(line.text.trim())).map((line) => line.text.trim().replace(/^·\s*/u, '')).join('');
  const runTogether = top.slice(0, first).filter((line) => line.text.trim() === together);
  return [...runTogether, ...list];
}

/** How many entries, each a title and its page, make a compilation's table of contents. */
const CONTENTS_ENTRIES = 3;

/**
 * A compilation's table of contents at the top (目录 / 某某…的讲话 / 3 / 在…上的讲话 / 12 / …): the heading, and each title with its
 * page number, the texts the compilation holds rather than the page's own.
 */
function contentsTable(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 12);
  const heading = top.findIndex((line) => /^目\s*录$/u.test(line.text.trim()));
  if (heading < 0) return [];
  const rest = topLines(lines, lines.length).slice(top.indexOf(top[heading]) + 1);
  const entries: SourceLine[] = [];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const [title, page] = [rest[i].text.trim(), rest[i + 1].text.trim()];
    if (!/^\d{1,3}$/u.test(page) || title.length > 60 || /[。！？]$/u.test(title)) break;
    entries.push(rest[i], rest[i + 1]);
  }
  return entries.length / 2 >= CONTENTS_ENTRIES ? [top[heading], ...entries] : [];
}

/** An e-paper's list of the page's articles above its navigation (… / 通过两项审查结果报告 / 版面导航, or a bar of links with it, 返回主页 | 某某晚报 | 标题导航): three or more short lines. */
function headlinesOverNavigation(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 40);
  const navigation = top.findIndex((line) => /^(?:[^|｜]{1,12}[|｜]\s*)*(?:版面导航|标题导航)(?:\s*[|｜][^|｜]{1,12})*$/u.test(fold(line.text.trim())));
  let start = navigation;
  while (start > 0 && top[start - 1].text.trim().length <= 30 && !/[。！？:：]/u.test(top[start - 1].text) && chromeReason(top[start - 1].text) === undefined) start--;
  return navigation - start >= 3 ? top.slice(start, navigation) : [];
}

const WEEKDAY_ALONE = new RegExp(`^${WEEKDAY}$`, 'u');

const WEEKDAY_AFTER = new RegExp(`\\s*${WEEKDAY}$`, 'u');

/** The label a site's clock may have before its day: 现在时间:, 当前时间:, 今天是:. */
const CLOCK_LABEL = /^(?:现在时间|当前时间|今天是)\s*[:：]?\s*/u;

/** A site's clock on one line, read folded: a day and its weekday after it (2023-11-05 11:00:00 星期日, 2024年11月23日 星期六), perhaps labelled (现在时间:2015年01月23日 星期五). */
export const isClockText = (text: string) => {
  const unlabelled = text.replace(CLOCK_LABEL, '');
  return WEEKDAY_AFTER.test(unlabelled) && dateOnlyLine(unlabelled.replace(WEEKDAY_AFTER, '')) !== undefined;
};

/**
 * A site's clock in two lines at the top, the day and its weekday (2024年11月25日 / 星期一): both lines; or in one, its weekday after
 * it, over the site's controls (2023-11-05 11:00:00 星期日 / 关怀版) or its breadcrumb: a day the page was saved, not the day it went up.
 */
function clockLines(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 20);
  const weekday = top.findIndex((line) => WEEKDAY_ALONE.test(fold(line.text.trim())));
  if (weekday > 0 && dateOnlyLine(top[weekday - 1].text) !== undefined) return [top[weekday - 1], top[weekday]];
  const clock = top.findIndex((line) => isClockText(fold(line.text.trim())));
  // (Or over the site's breadcrumb: 2023年03月14日 09:36:21 星期二 / 当前位置:某某人大 > 县镇人大 > ….)
  return clock >= 0 && clock < 2 && top[clock + 1] && (isToolbar(top[clock + 1].text) || isBreadcrumb(top[clock + 1].text)) ? [top[clock]] : [];
}

/** A site's menu printed one item a line from its 首页 down (首页, 新闻中心, 电视节目, …): four or more short items at the top. */
function menuColumn(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 40);
  // (Its first item perhaps letter-spaced: 首 页.)
  const first = top.findIndex((line) => /^(首页|网站首页|首頁)$/u.test(fold(line.text).replace(/[\s\u3000]+/gu, '')));
  if (first < 0) return [];
  let end = first + 1;
  while (end < top.length && /^\S{2,10}$/u.test(top[end].text.trim()) && !/[。，,；;！？:：\d]/u.test(top[end].text)) end++;
  const run = top.slice(first, end);
  return run.length >= 4 && run.some((line) => MENU_ITEM.test(line.text)) ? run : [];
}

/** A site's banner of slogans at the top of the page, one bullet each (• 网络安全为人民 网络安全靠人民, • 草原儿女心向党): three or more. */
function bannerSlogans(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 20);
  // (Words alone, no digits, labels or links: a header's table of facts in bullets, 索引号:…, 成文日期:…, is no banner.)
  const bulleted = (line: SourceLine) => /^[•·]\s*(?=(?:\P{sc=Han}*\p{sc=Han}){6})[\p{sc=Han}，,、\s]{6,60}$/u.test(line.text.trim());
  const start = top.findIndex(bulleted);
  if (start < 0 || start > 1) return [];
  let end = start;
  while (end < top.length && bulleted(top[end])) end++;
  return end - start >= 3 ? top.slice(start, end) : [];
}

/** A forum's card of the poster beside the post, from TA的每日心情 down to the post's own line (发表于 …): its mood, sign-ins, level, counts. */
function posterCard(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 60);
  const start = top.findIndex((line) => /^(?:[•·]\s*)?TA的每日心情$/u.test(line.text.trim()));
  if (start < 0) return [];
  const post = top.findIndex((line, i) => i > start && /(?:^|\s)发表于\s/u.test(line.text));
  // (Every line of it short: a post's text never stands inside it.)
  return post > start && top.slice(start, post).every((line) => line.text.trim().length <= 24) ? top.slice(start, post) : [];
}

/** The account's description under its card, down to the mirror's breadcrumb (专栏名称: 某某发布 / 这里是…微信平台。 / 今天看啥 › 专栏 › 某某发布). */
function mirrorCardDescription(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 20);
  const card = top.findIndex((line) => MIRROR_CARD.test(fold(line.text.trim())));
  if (card < 0) return [];
  const crumb = top.findIndex((line, i) => i > card && isBreadcrumb(fold(line.text.trim())));
  return crumb > card + 1 && crumb <= card + 3 ? top.slice(card + 1, crumb) : [];
}

/**
 * A forum's card of the poster printed as a table's rows, each line of it on its own: its rank and mood (普通会员 TA的每日心情 | 开心
 * 2021-3-25 16:41 |), its sign-ins and level (签到天数: 6 天 [LV.2]偶尔看看I).
 */
const POSTER_CARD_ROW = /^(?:\S{2,8}\s+)?TA的每日心情(?:\s*[|｜]\s*\S{1,6}\s+[\d\-: ]{8,20}\s*[|｜]?)?$|^签到天数\s*[:：]\s*\d+\s*天(?:\s*\[LV\.\d+\]\S{0,12})?$/u;

function posterCardRows(lines: SourceLine[]): SourceLine[] {
  return topLines(lines, 60).filter((line) => POSTER_CARD_ROW.test(line.text.trim()));
}

/** The words of a forum's card of the poster, one a line, with his counts between them (1万 / 主题 / 2万 / 帖子 / 积分 / 59925). */
const POSTER_CARD_WORD = /^(?:主题|帖子|积分|版主|精华|金钱|威望|贡献|活动时间|在线时间|注册时间|最后登录|听众|收听|好友|(?:Rank:\s*\d+)+)$/u;

/** A forum's card of the poster printed a word a line (discuz: 1万 / 主题 / 2万 / 帖子 / … / 积分 / 59925): three of its words or more, and the counts and rank between them. */
function posterCardWords(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 60);
  const card = top.map((line) => POSTER_CARD_WORD.test(line.text.trim()));
  const first = card.indexOf(true);
  const last = card.lastIndexOf(true);
  if (first < 0 || card.filter(Boolean).length < 3 || last - first > 16) return [];
  const short = (line: SourceLine) => line.text.trim().length <= 24 && !/[。，,；]/u.test(line.text);
  // (And the post's count or the poster's name just before the first word: 1万 / 主题; the count after the last: 积分 / 59925.)
  const isCount = (line: SourceLine | undefined) => line !== undefined && /^[\d.]+万?$/u.test(line.text.trim());
  const from = isCount(top[first - 1]) ? first - 1 : first;
  const to = isCount(top[last + 1]) ? last + 1 : last;
  const run = top.slice(from, to + 1);
  return run.every(short) ? run : [];
}

/** The least a digest runs to: a headline's length is shorter, so a title repeated over its own first line is no digest. */
const DIGEST_LEAST = 40;
/** The longest a title's line runs to under a summary. */
const TITLE_LINE_MOST = 60;
/** A document's title, by the kind of document it ends in. */
const DOCUMENT_TITLE = /^[^。！？,，]{4,}(?:决议|决定|公报|报告|讲话|致辞|意见|通知|方案|规划|纲要)$/u;

/**
 * The page's first source lines, each as the pieces the ingest cut it into (at a dateline or a salutation run on):
 * a source line is read whole, its pieces sharing its number.
 */
const topSourceLines = (lines: SourceLine[], count: number) => [...Map.groupBy(topLines(lines, count), (line) => line.n).values()];
/** A source line's words, white space removed. */
const bareText = (pieces: SourceLine[]) => pieces.map((line) => line.text.replace(/\s+/gu, '')).join('');
/** Words without the ellipsis a site cuts them short with. */
const cutShort = (text: string) => text.replace(/(?:…+|\.{3,})$/u, '');

/**
 * A site's digest of the text's opening lines, printed above them run together and cut short (a model-text site's
 * 某某工作报告(全文)政府工作报告 2018年2月5日在…会议上各位代表:现在,我代表县人民政府向大, then that title, dateline and
 * salutation a line each): a line the lines after it, run together, begin with, covering more than the next one.
 */
function digestOfLines(lines: SourceLine[]): SourceLine[] {
  const sourceLines = topSourceLines(lines, 24);
  for (const [i, pieces] of sourceLines.entries()) {
    const digest = cutShort(bareText(pieces));
    if (digest.length < DIGEST_LEAST) continue;
    const following = sourceLines.slice(i + 1, i + 12).map(bareText);
    if (following.length < 2 || digest.length <= following[0].length) continue;
    if (following.join('').startsWith(digest)) return pieces;
  }
  return [];
}

/**
 * A site's summary printed above the title, a passage of the text cut short (全会坚持以…审议通过了《…》 / 某某全体会议决议 /
 * (…通过) / …全会由区委常委会主持。全会坚持以…审议通过了《…》…): the page's first line, its opening words found again in the lines
 * after its next.
 */
function summaryAboveTitle(lines: SourceLine[]): SourceLine[] {
  const [first, ...after] = topSourceLines(lines, 12);
  const summary = first ? cutShort(bareText(first)) : '';
  // (Running text over a document's title: not a lead over the next sentence, nor a headline, nor an encyclopedia's 基本介绍.)
  const title = after[0] ? bareText(after[0]) : '';
  if (summary.length < DIGEST_LEAST || !/[。,，；;]/u.test(summary) || title.length > TITLE_LINE_MOST || !DOCUMENT_TITLE.test(fold(title)) || after.length < 2) return [];
  // (Its opening words, at least: a summary may cut the passage short inside.)
  return after.slice(1).map(bareText).join('').includes(summary.slice(0, DIGEST_LEAST)) ? first : [];
}

/** A breadcrumb run on into the title the next line prints alone (首页 > 新闻报道 > 新闻报道 某某区第十九届人民代表大会第一次会议开幕). */
function breadcrumbOverTitle(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 12);
  return top.filter((line, i) => {
    const next = top[i + 1]?.text.trim() ?? '';
    const text = line.text.trim();
    // (Not one a breadcrumb's own reading knows already: 首页 > 某某新闻 > 某县部署开展外宣工作.)
    return next.length >= 6 && text.length > next.length && text.endsWith(next) && !isBreadcrumb(text) && /\s$/u.test(text.slice(0, -next.length)) && isBreadcrumb(text.slice(0, -next.length).trim());
  });
}

/** A gallery's captions over the text, each closed by a bar (讨论会现场 | / 县人大常委会主任某某主持讨论会 |): two or more in a row, in words (not a
 * document site's details, - 2021-04-20 发布 |). */
function galleryCaptions(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 12);
  // (Not a headline and its date line, each closed by a bar: 经开区召开2018年度工作会议 | / 发布日期:2019-01-28 来源:… |, 某某网 2007-3-7 |.)
  const caption = (line: SourceLine | undefined) => line !== undefined && /^\p{sc=Han}[^。！？!?|｜:：]{1,39}\s[|｜]$/u.test(line.text.trim()) && !/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u.test(line.text);
  return top.filter((line, i) => caption(line) && (caption(top[i - 1]) || caption(top[i + 1])));
}

/** A breadcrumb printed as a numbered list, an item a line (1. 您现在的位置:首页 / 2. 时政要闻 / 3. 某某主持召开…): its label's line and the items numbered on from it. */
function numberedBreadcrumb(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 20);
  const start = top.findIndex((line) => /^1\.\s*/u.test(line.text.trim()) && BREADCRUMB_START.test(fold(line.text.trim()).replace(/^1\.\s*/u, '')));
  if (start < 0) return [];
  const run = [top[start]];
  for (let k = start + 1; k < top.length && top[k].text.trim().startsWith(`${run.length + 1}.`); k++) run.push(top[k]);
  return run;
}

/** A site's links to the governments of its province, a bulleted name a line (- 广东省人民政府 / - 广州市人民政府 / …): three or more in a row. */
function governmentLinks(lines: SourceLine[]): SourceLine[] {
  const top = topLines(lines, 60);
  const link = (line: SourceLine) => /^[-•·]\s*\p{sc=Han}{2,16}(?:人民政府|政府)(?:门户网站|网站|网)?$/u.test(fold(line.text.trim()));
  const found: SourceLine[] = [];
  for (let start = 0; start < top.length; start++) {
    let end = start;
    while (end < top.length && link(top[end])) end++;
    if (end - start >= 3) found.push(...top.slice(start, end));
    start = end;
  }
  return found;
}

export function removeChrome(draft: Draft): Draft {
  const changes = new Map<SourceLine, Disposition>();
  for (const line of [...headlineList(draft.lines), ...headlinesOverNavigation(draft.lines)]) changes.set(line, { kind: 'removed', reason: "e-paper's list of the articles on its page" });
  for (const line of menuColumn(draft.lines)) changes.set(line, { kind: 'removed', reason: "site's navigation menu" });
  // (A menu of its columns sits at the top of the page, where a document's table does not.)
  for (const line of topLines(draft.lines, MENU_REACH).filter((line) => isColumnMenu(line.text))) changes.set(line, { kind: 'removed', reason: "site's navigation menu" });
  for (const line of contentsTable(draft.lines)) changes.set(line, { kind: 'removed', reason: "compilation's table of contents" });
  for (const line of clockLines(draft.lines)) changes.set(line, { kind: 'removed', reason: "site's banner with today's date" });
  for (const line of bannerSlogans(draft.lines)) changes.set(line, { kind: 'removed', reason: "site's banner of slogans" });
  for (const line of [...posterCard(draft.lines), ...posterCardWords(draft.lines), ...posterCardRows(draft.lines)]) changes.set(line, { kind: 'removed', reason: "forum's card of the poster (mood, sign-ins, level, counts)" });
  for (const line of mirrorCardDescription(draft.lines)) changes.set(line, { kind: 'removed', reason: MIRROR_CARD_REASON });
  for (const line of governmentLinks(draft.lines)) changes.set(line, { kind: 'removed', reason: GOVERNMENT_LINKS_REASON });
  for (const line of numberedBreadcrumb(draft.lines)) changes.set(line, { kind: 'removed', reason: BREADCRUMB_REASON });
  for (const line of galleryCaptions(draft.lines)) changes.set(line, { kind: 'removed', reason: 'photo caption' });
  for (const line of breadcrumbOverTitle(draft.lines)) changes.set(line, { kind: 'removed', reason: "site's breadcrumb, run on into the title printed below it" });
  for (const line of digestOfLines(draft.lines)) changes.set(line, { kind: 'removed', reason: "site's digest of the text's opening lines, printed run together above them" });
  for (const line of summaryAboveTitle(draft.lines)) changes.set(line, { kind: 'removed', reason: "site's summary above the title, opening with a passage of the text below" });
  let rights = draft.facts.rights;
  for (const line of draft.lines) {
    if (line.disposition.kind !== 'body' || changes.has(line)) continue;
    const text = line.text.trim();
    if (RIGHTS.test(fold(text))) {
      rights = rights ? `${rights}\n${text}` : text;
      changes.set(line, { kind: 'lifted', fields: ['rights'] });
      continue;
    }
    const reason = chromeReason(text);
    if (reason) changes.set(line, { kind: 'removed', reason });
  }
  return { ...withDispositions(draft, changes), facts: { ...draft.facts, rights } };
}
