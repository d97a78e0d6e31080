/**
 * How a text names a meeting: the words that end its name, a congress's or
 * party congress's formal name, and the fuller of two names it gives one
 * session (in the lead, the headline, the opening).
 */
import { fold } from '../../src/text/fold.ts';
import { NUMERALS } from '../../src/text/chinese-numerals.ts';
import { findMentions, isGenericDistrictName } from '../../src/places/gazetteer.ts';
import { escapeRegExp, groupAsWritten } from './folded-match.ts';
import { CONVENES, MASS_ORGANISATIONS, RESOURCE_CHIEFS } from './vocabulary.ts';

/** The words that end a meeting's name: 会议, 大会, 推进会, 汇报会…, 总河长会. */
export const MEETING_KINDS = `会议|全会|分会|(?<=[(（]扩大[)）]|全体)会|(?<=${RESOURCE_CHIEFS.join('|')})会|早餐会|见面会|学习会|传达会|宣讲会|集体学习(?:研讨)?|(?<=学习中心组(?:[(（]扩大[)）])?)(?:专题)?学习(?![(（]|会|研讨)|研讨班|培训班|读书班|干部会|全委会|大会|论坛|峰会|年会|发布会|(?<=次)常委会会议|(?<=次)常委会|(?<=次)常务会|座谈会|专题会|协商会|讨论会|征求意见会|报告会|动员会|推进会|(?<=次|工作)促进会|例会|调度会|部署会|现场会|办公会|表彰会|茶话会|团拜会|招待会|联谊会|联欢会|联谊晚会|文艺晚会|恳谈会|务虚会|代表会|分析会|工作会|发展会|交流会|研讨会|研判会|会商会|通报会|通气会|吹风会|季谈会|说明会|沟通会|讲评会|点评会|约谈会|评审会|论证会|听证会|述职会|评议会|碰头会|联席会|调研会|监管会|拉练会|过堂会|晾晒会|亮晒会|复盘会|比拼会|攻坚会|会办会|交办会|督办会|观摩会|誓师会|收心会|汇报会|总结会|生活会|电视电话会|视频会|协调会|培训会|签约仪式|开工仪式|开工活动|主题活动|揭牌仪式|启动仪式|成立仪式|奠基仪式|授牌仪式|授予仪式|授旗仪式|宣誓仪式|交接仪式|颁奖仪式|颁奖典礼|竣工仪式|升国旗仪式|升旗仪式|开幕式|闭幕式|开班式|开班仪式|结业式|开学典礼|毕业典礼|结业典礼|洽谈会|博览会|交易会|展销会|推介会|招商会|对接会|(?:文化|旅游|艺术|冰雪|电影|音乐|美食|啤酒|摄影|体育|花)节|花会|灯会|庙会|运动会|活动周|主题日|纪念活动|(?<=”)活动`;

/** A campaign's quoted name inside a meeting's: 全省交通运输“春风行动”工作总结电视电话会, 全市“防疫情、抓安全、保稳定、稳增长、促发展”工作推进会, its comma too, 全市县级领导干部“学习贯彻…精神,加快建设…功能区”专题研讨班. */
export const QUOTED_IN_MEETING = '“[^“”。\\s]{1,40}”';
/** A meeting's name a page's conversion broke, its ordinals' numbers lost: 省第人民会第会议 (a PDF's), 区政协十四届次会议. */
export const BROKEN_ORDINAL = /第(?![一二三四五六七八九十百零〇两\d])|届次/u;
/**
 * A meeting's name, as a pattern's source: two to fifty characters ending in a meeting's word (MEETING_KINDS), a campaign's quoted name or a short bracketed word among them (党工委(扩大)会议).
 * (Never who presided over it or declared it open: 某某主持会议并宣布大会开幕 names no meeting, nor does 刘某宣布德昌县第一届…运动会闭幕
 * start at the 布 of 宣布; nor take in an appositive before a dash, 中共浙西南第一个县级党组织——中共遂昌县委成立90周年纪念活动, where a
 * series' meeting before its own keeps it, …媒体合作论坛分论坛——2018一带一路区域合作论坛, and a span's single dash is the name's:
 * 2023—2024学年度教育工作会; nor who held it and its verb, 中共某省委召开的市地委书记扩大会议, 某县在某公园举办第六届…艺术节: a name holds no
 * 召开 or 举行, nor 举办 but as it says who organised it, 某区政协与某会合作举办的2011年…论坛; nor opens at 在 or holds 同志, a sentence on
 * a speech given there: 认真学习了市委书记某某同志在大会开幕式上的重要讲话.)
 */
export const MEETING = `(?<!宣)(?<![召举同])(?![的在])(?:中共|中国共产党)?(?:(?!主持|召开|举行|举办(?!的)|同志|宣布(?!会议(?!开幕|闭幕|开始|结束))|——|(?<=—)—)[^，,。“”\\s()（）]|(?<=[会坛壇节])——|(?<=\\d)[ \\u3000](?=\\p{sc=Han})|[(（][^()（）]{1,4}[)）]|${QUOTED_IN_MEETING}){2,50}?(?:${MEETING_KINDS})`;

/** A congress or party congress by its formal name: 莱芜区第十九届人民代表大会第二次会议, 县十六届人大二次会议, 市第十三次党代会. */
const CONGRESS = new RegExp(
  [
    `(?<prefix>\\p{sc=Han}{0,12}?)(?:第?[${NUMERALS}〇]+届)(?:全国)?(?:人民代表大会|人大|政协\\p{sc=Han}{0,12}?委员会)(?:常务委员会|常委会)?第?[${NUMERALS}〇]+次(?:全体)?会议`,
    // (Or one of its yearly sessions, where the party congress sits every year: 中国共产党某县第十三次代表大会第五次会议.)
    `(?<prefix2>\\p{sc=Han}{0,12}?)第[${NUMERALS}]+次(?:代表大会|党代会)(?:第[${NUMERALS}]+次会议)?`,
    // A political consultative conference names its body first: 政协盐都区第十四届委员会第五次会议, 区政协十四届五次会议,
    // its place perhaps after its term: 政协第十一届某省委员会第四次会议; not an office before a speaker's 在 (某市政协主席某某在政协…).
    `(?<prefix3>\\p{sc=Han}{0,12}?)(?:中国人民政治协商会议|政协)(?:(?!在)\\p{sc=Han}){0,12}?第?[${NUMERALS}〇]+届(?:\\p{sc=Han}{0,10}?委员会)?(?:常务委员会|常委会)?第?[${NUMERALS}〇]+次(?:全体)?会议`,
    // A party committee's plenary session, by its formal name: 中国共产党某区第四届委员会第十二次全体会议.
    // (Not across who held it, 中共某市委召开第二届委员会…: a name holds no verb.)
    `(?:中国共产党|中共)(?:(?!召开|举行)\\p{sc=Han}){2,12}?第[${NUMERALS}〇]+届委员会第[${NUMERALS}〇]+次全体会议`,
  ].join('|'),
  'gu',
);
/** After a congress's name, words that show it is cited, not reported on: 省第十四次党代会精神. */
// (Or cited with another: 省十三届人大五次会议和省政协十二届四次会议精神.)
const CITED_AFTER = /^(?:精神|决议|决定|部署|要求|以来|报告|确定|提出|[和及、][^,，。]{2,30}?精神)/u;

/**
 * The words a meeting's host ends with: 西岗区政府, 某某区委, a prefecture's committee or office (阿克苏地委, 某某行署), 池州开发区, 某某管委会, 某某县安委会 (its committee for work safety), a bureau or commission (区卫健局, 某某市公安局), a theory
 * study group (市委理论学习中心组), a county's centre (望江县融媒体中心, 某县政务服务中心), a political consultative conference (延长县政协),
 * a court or a procuratorate (某某区人民法院), a body's party group (区政府党组), a mass organisation (市总工会, 县妇联: MASS_ORGANISATIONS),
 * a commission by its short name (省国资委, 市住建委).
 */
/** Commissions a lead names by their short names after their level: 省国资委, 市住建委. */
export const SHORT_COMMISSIONS = '国资委|住建委|经信委|工信委|卫计委';
export const HOST_ENDING = `(?:人民政府|政府|党委|党工委|党组|省委|市委|县委|区委|州委|地委|行署|人大常委会|委员会|开发区|高新区|经开区|管委会|安委会|局|厅|卫健委|${SHORT_COMMISSIONS}|教育工委|纪委|监委|政法委|财经委|发改委|宣传部|组织部|统战部|园区|园|学习中心组|中心学习组|中心组|中心|政协|党校|法院|检察院|${MASS_ORGANISATIONS})`;

/** A session's opening or closing sitting, as a pattern's source: 开幕式, 闭幕会, 开幕大会…. */
const OPENING_OR_CLOSING = '开幕式|闭幕式|开幕会议|闭幕会议|开幕会|闭幕会|开幕大会|闭幕大会';
/** A session's sitting after its name: 第一次全体会议 or 第三次大会 after …次会议 or a party congress's …次代表大会, 开幕式, 闭幕会 or 开幕大会 after …会议 or …大会, 开幕式 after a fair's, a festival's or a race's name (…洽谈会开幕式, …帆船赛闭幕式). */
export const SITTING = new RegExp(`(?:(?<=次(?:全体)?会议|次代表大会)\\s*第[一二三四五六七八九十\\d]{1,3}次(?:全体会议|大会)|(?<=会议|大会|全会)(?:${OPENING_OR_CLOSING})|(?<=节|会|赛|论坛)\\s?(?:开幕式|闭幕式))$`, 'u');

/**
 * The first congress a text names, as written, without the words before it
 * that are not its name (来到莱芜区第十九届… → 莱芜区第十九届…).
 */
export function congressIn(text: string): string | undefined {
  return congressesIn(text)[0];
}

/** A congress's name as the title of its own resolution or decision: 《中国共产党某区第四届委员会第十二次全体会议决议》. */
const OWN_RESOLUTION_AFTER = /^(?:决议|决定)》/u;

/** Every congress a text names (not cited; or, when asked, as its own resolution's title), as written, in order. */
function congressesIn(text: string, resolutions = false): string[] {
  const folded = fold(text);
  return [...folded.matchAll(CONGRESS)]
    .filter((m) => {
      const after = folded.slice(m.index + m[0].length);
      // (Nor named inside a document's title the text cites: 《中共某区委关于同意成立区政协第十一届委员会第七次会议临时党组织的批复》.)
      const inTitle = folded.lastIndexOf('《', m.index) > folded.lastIndexOf('》', m.index);
      return (!CITED_AFTER.test(after) && !inTitle) || (resolutions && OWN_RESOLUTION_AFTER.test(after) && folded[m.index - 1] === '《');
    })
    .map((match) => {
      const prefix = match.groups?.prefix ?? match.groups?.prefix2 ?? match.groups?.prefix3 ?? '';
      // (中国人民政治协商会议 is the name's own start.)
      if (folded.startsWith('中国人民政治协商会议', match.index + prefix.length)) return text.slice(match.index + prefix.length, match.index + match[0].length);
      // The name starts at a place the prefix names, or at a level word (县, 省), or with 中共 (or 共青团).
      // (Read with the name after it, which tells a two-character county's name from a word: the 息县 of 关注的息县第十三届….)
      const mention = findMentions(text.slice(match.index, match.index + match[0].length)).find((found) => found.start < prefix.length);
      // (Or the Communist Youth League's: 中国共产主义青年团某县第十九次代表大会, 共青团某县….)
      // (Not the party's before a people's congress or a political consultative conference, which are not its: 关于建立中共某县 +
      // 第十八届人民代表大会第三次会议临时委员会.)
      const party = /人民代表大会|人大|政协|政治协商/u.test(match[0].slice(prefix.length)) ? null : /(中国共产党|中共|中国共产主义青年团|共青团)/u.exec(prefix);
      // (自治区, 自治州 whole: 自治区第十三届…, not 区第十三届…; the nation's too, 全国政协十四届三次会议.)
      const level = /(?:自治[区州县旗]|[省市县区州盟旗]|全国)$/u.exec(prefix);
      // (Or a district's name too common to be told apart, as written before its body: 城中区第十七届….)
      const generic = [3, 2].map((length) => prefix.slice(-length)).find(isGenericDistrictName);
      // (Or at a township the codes do not list, by its usual two characters: 适中乡第十九届…, 衢山镇第五届….)
      // (Or three or four, after a word that cannot end a name: 为期两天的雁鸣湖镇第三届…, 4月10日,查干敖包镇第十二届…; not a news item's
      // own, 国歌声中我镇第一次党代会.)
      // (An ethnic township, a 苏木 of two to four: 胡集回族乡第九届…, 巴彦嵯岗苏木第十六届….)
      const township = /(?:(?<=^|[的了在于和与及、,，。\s])\p{sc=Han}{3,4}|(?<![在于和与及、])(?![\p{sc=Han}][我本该][乡镇]$)\p{sc=Han}{2})(?:\p{sc=Han}{1,3}族乡|[乡镇]|苏木)$/u.exec(prefix);
      let cut = party ? party.index : mention ? mention.start : generic ? prefix.length - generic.length : level ? level.index : township ? township.index : prefix.length;
      // (Not the host and its verb before the name: 曲靖市召开 + 全市第四届人民代表大会第一次会议.)
      // (Nor who spoke there: 凤县人民法院在 + 凤县第十八届人民代表大会第三次会议; nor who went to it: 南宁市长某某到 + 市十四届人大五次会议.)
      const convened = /^.*(?:(?:召开|举行)了?|在|到|来到|参加|出席)/u.exec(prefix.slice(cut));
      if (convened) cut += convened[0].length;
      return text.slice(match.index + cut, match.index + match[0].length);
    });
}

/** A congress session's term and sitting (十三届…一次), to tell two names of one session apart from two sessions. */
const SESSION = new RegExp(`([${NUMERALS}〇]+)届.*?([${NUMERALS}〇]+)次`, 'u');
/** The body that sits: a people's congress or a political consultative conference, in full or its standing committee. */
const sittingBody = (name: string) =>
  `${/政协|政治协商/u.test(name) ? 'cppcc' : 'congress'}${/常委会|常务委员会/u.test(name) ? '-standing' : ''}`;
/** A party congress, which sits as one: 中共某市第七次代表大会. */
export const PARTY_CONGRESS = new RegExp(`第([${NUMERALS}〇]+)次(?:代表大会|党代会)`, 'u');
const sessionOf = (name: string) => {
  const folded = fold(name);
  const session = SESSION.exec(folded);
  const party = session ? null : PARTY_CONGRESS.exec(folded);
  return session ? `${sittingBody(folded)} ${session[1]}/${session[2]}` : party ? `party ${party[1]}` : undefined;
};
/** How fully a congress is named: with its place, and in its formal words (人民代表大会, not 人大; 政协某县第十三届委员会, not 政协某县十三届; 中国共产党, not 中共). */
const fullness = (name: string) => (findMentions(fold(name)).length > 0 ? 2 : 0) + (/人民代表大会|届(?:全国)?委员会|中国人民政治协商会议|中国共产党/u.test(fold(name)) ? 1 : 0);

/** A betting site's brand a mirror wrote into a name it copied: 中国人民政治协商会议一定牛彩票网市第十五届委员会…. */
const BETTING_BRAND = /彩票|博彩|棋牌|娱乐城/u;

/** The fullest name the text gives the session a news item names in short (省十三届人大一次会议 → 安徽省第十三届人民代表大会第一次会议). */
export function fullestName(meeting: string, texts: string[]): string {
  // (Another meeting joined to it with 暨 stays joined: 中国共产党某县第十三次代表大会第五次会议暨经济工作会议.)
  const joinedAt = fold(meeting).indexOf('暨');
  const [congress, joined] = joinedAt > 0 ? [meeting.slice(0, joinedAt), meeting.slice(joinedAt)] : [meeting, ''];
  const session = sessionOf(congress);
  // (Not a meeting on the session's spirit: 学习贯彻十三届县委第八次全会精神专题会 is no plenum.)
  if (!session || fold(congress).includes('精神')) return meeting;
  // (A resolution's title names it formally too: 《中国共产党某区第四届委员会第十二次全体会议决议》 for 中共某区第四届….)
  const names = texts.flatMap((text) => congressesIn(text, true)).filter((name) => sessionOf(name) === session && !BETTING_BRAND.test(fold(name)));
  // (Of two as full, the longer: 恩施土家族苗族自治州第九届…, not 恩施州第九届….)
  return names.reduce((best, name) => (fullness(name) > fullness(best) || (fullness(name) === fullness(best) && name.length > best.length) ? name : best), congress) + joined;
}

/** A press conference a meeting holds, named right after it: …会议召开首场新闻发布会, …会议新闻发布会召开 (read folded). */
const PRESS_CONFERENCE_AFTER = /^[ \u3000]*(?:召开|举行)?(?<conference>(?:首场|第[一二三四五六七八九十\d]{1,3}[场次])?新闻发布会)/du;

/**
 * The press conference a news item's meeting held, where a headline or lead names it right after the meeting (省十三届人大三次会议
 * 举行首场新闻发布会 → 省十三届人大三次会议首场新闻发布会): the item is news of that conference, not of the session.
 */
export function pressConferenceOf(meeting: string, texts: string[]): string {
  const name = fold(meeting);
  for (const text of texts) {
    const folded = fold(text);
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      const after = PRESS_CONFERENCE_AFTER.exec(folded.slice(end));
      if (after) return `${meeting}${groupAsWritten(after, 'conference', text.slice(end))}`;
    }
  }
  return meeting;
}

/** A session named by its body alone, as a speech's title shortens it: 市政协会议, 县人大会议, 县人代会, 市人大. */
const BODY_SESSION_ONLY = /^[省市县区州旗]?(?:(?<cppcc>政协)|人大|人代)(?:会议?)?$/u;

/** The session a speech's opening names in full (隆重召开政协安阳市第十二届委员会第三次会议) for one its title names by its body alone (市政协会议, at its 开幕大会): the same body's. */
export function sessionOpened(meeting: string, opening: string): string {
  // (Its sitting aside: 市政协会议开幕大会, 市人大闭幕式.)
  const bare = BODY_SESSION_ONLY.exec(fold(meeting).replace(SITTING, '').replace(new RegExp(`(?<=人大|政协)(?:${OPENING_OR_CLOSING})$`, 'u'), ''));
  const named = bare ? congressIn(opening) : undefined;
  if (!named) return meeting;
  const cppcc = /政协|政治协商/u.test(fold(named));
  return cppcc === Boolean(bare!.groups?.cppcc) ? named : meeting;
}

/** A mask a model-essay site puts for a place: **, ××, XX. */
const MASK = /[*＊×]{2,}|(?<![A-Za-z])(?:XX|xx)(?![A-Za-z])/u;
/** A year masked before the name, which the name does without: 20**年全镇工作会议. */
const MASKED_YEAR = /^(?:19|20)?(?:[*＊×]{2,4}|XX|xx)年度?(?=\p{sc=Han})/u;

/** The meeting a title names with its place masked (**市第九届运动会), as the text names it unmasked (鹤山市第九届运动会): once, the same words around the place. */
export function unmaskedName(masked: string, texts: string[]): string | undefined {
  const meeting = masked.replace(MASKED_YEAR, '');
  const mask = MASK.exec(meeting);
  if (!mask) return meeting;
  const before = fold(meeting.slice(0, mask.index));
  const after = fold(meeting.slice(mask.index + mask[0].length));
  const found = new Set<string>();
  // (At each place the words after the mask stand, the shortest run of Han before them that a place the gazetteer knows
  // opens, the words before the mask before that: 鹤山 + 市第九届运动会, not 们又迎来鹤山.)
  for (const text of texts) {
    const folded = fold(text);
    for (let at = folded.indexOf(after); at >= 0 && after !== ''; at = folded.indexOf(after, at + 1)) {
      const length = [1, 2, 3, 4, 5, 6].find((k) => {
        const start = at - k;
        return start >= before.length && /^\p{sc=Han}+$/u.test(folded.slice(start, at)) && folded.startsWith(before, start - before.length) && findMentions(folded.slice(start, at + after.length))[0]?.start === 0;
      });
      if (length !== undefined) found.add(text.slice(at - length - before.length, at + after.length));
    }
  }
  // (Its place masked and the text naming none, **县第十八届人民代表大会第三次会议: no name, as a masked name is none.)
  return found.size === 1 ? [...found][0] : undefined;
}

/** A kicker printed over a news headline, naming the meeting: 某某在省政府第三次全体会议上要求. */
export const KICKER = /在(?<meeting>.{2,40}(?:会议|大会|全会|会))上(?:强调|要求|指出|表示)$/du;

/** The meeting as a kicker over the headline names it, when that names more of it: 某某在区委农村工作会议上强调 for the lead's 区委召开农村工作会议. */
export function kickerName(meeting: string, lines: string[]): string {
  for (const line of lines) {
    const found = KICKER.exec(fold(line.trim()));
    const named = found ? groupAsWritten(found, 'meeting', line.trim()) : undefined;
    // (Only a fuller name of the same meeting: a few words before it.)
    if (named && named !== meeting && fold(named).endsWith(fold(meeting)) && named.length - meeting.length <= 6) return named;
  }
  return meeting;
}

/** A class's ceremony, as a report on the class opening names it: 开班仪式上, 出席开班式并讲话, 结业典礼. */
const CLASS_CEREMONY = /(?:开班|结业|开学)(?:仪式|典礼|式)/u;

/**
 * The ceremony a class was opened or closed with, as the first lines name it, when the meeting read is the class alone
 * (某县…培训班在县委党校开班。 / 开班仪式上,…): the class's name and the ceremony's, 某县…培训班开班仪式.
 */
export function classCeremony(meeting: string, lines: string[]): string {
  if (!/班$/u.test(fold(meeting))) return meeting;
  for (const line of lines) {
    const found = CLASS_CEREMONY.exec(fold(line));
    if (found) return `${meeting}${line.slice(found.index, found.index + found[0].length)}`;
  }
  return meeting;
}

/** A session's preparatory meeting, as a lead says the session held it (某县第十七届人民代表大会第一次会议召开预备会议, …代表大会在某剧院举行预备会议): most of its readers name that. */
export function preparatoryMeeting(meeting: string, lead: string): string {
  const folded = fold(lead);
  const at = folded.indexOf(fold(meeting));
  if (at < 0 || /预备会议$/u.test(fold(meeting))) return meeting;
  const held = /^(?:在[^，,。]{1,20}?)?(?:召开|举行)(?:了)?(?<preparatory>预备会议)/du.exec(folded.slice(at + meeting.length));
  return held ? `${meeting}${groupAsWritten(held, 'preparatory', lead.slice(at + meeting.length))}` : meeting;
}

/** The meeting as an opening says it was convened, when that names more of it: 召开全县宣传思想工作会议 for 县宣传思想工作会议, 全县三级干部会议 for 全县三级干部会. */
export function convenedName(meeting: string, opening: string): string {
  const folded = fold(opening);
  // (The opening may quote a campaign's name the title writes bare: 全市“工业强市”工作会 for 全市工业强市工作会.)
  const name = [...fold(meeting)].map(escapeRegExp).join('[“”"「」]?');
  const found = new RegExp(`(?:召开|举行)(?:了|的)?(?:\\p{sc=Han}{1,8}(?=${name})|(?=[^，,。]{0,8}?${name}))`, 'u').exec(folded);
  if (!found) return numberedName(meeting, opening);
  const at = found.index;
  // (Not the words that point at it: 这次, 此次, 今天的.)
  const lead = /^(?:召开|举行)(?:了|的)?(?:这次|此次|本次|今天的?|今年的?|一年一度的)?/u.exec(folded.slice(at))![0];
  // (Its 会 said in full, 会议, where the title shortens it: 在全县三级干部会上的讲话 / 召开全县三级干部会议.)
  const named = new RegExp(`${name}${/会$/u.test(fold(meeting)) ? '议?' : ''}`, 'u').exec(folded.slice(at));
  const end = at + named!.index + named![0].length;
  // (Not the quotation mark that opens a name quoted whole, 召开“2020年…视频推进会”: one that closes a campaign's name is kept.)
  const quoted = opening.slice(at + lead.length, end);
  const convened = /^[“"](?=[^”"]*$)/u.test(quoted) ? quoted.slice(1) : quoted;
  // (Only a fuller name of the same meeting: its words before it, or its quotation marks.)
  const fuller = convened.length >= meeting.length && !/[，,。]/u.test(convened) ? convened : meeting;
  // (Or, named as short where the headline is repeated, with its number further on.)
  return fuller.length > meeting.length ? fuller : numberedName(fuller, opening);
}

/**
 * A meeting a title names by its level (在县经济工作会议上的讲话) as the address calls it by its reach in its opening (同志们: 这次全县经济工作会议,
 * 是…): the address's own name for it.
 */
export function reachNamed(meeting: string, texts: string[]): string {
  if (!/^[省市县区州旗]/u.test(fold(meeting))) return meeting;
  const opening = texts.join('\n');
  const reach = new RegExp(`(?:这次|此次|本次|今天的)全(?=${escapeRegExp(fold(meeting))})`, 'u').exec(fold(opening));
  return reach ? opening.slice(reach.index + reach[0].length - 1, reach.index + reach[0].length + meeting.length) : meeting;
}

/** The meeting as convened with its number, which a headline leaves out: 主持召开省政府第53次常务会议 for 省政府常务会议. */
function numberedName(meeting: string, opening: string): string {
  const chars = [...fold(meeting)].map(escapeRegExp);
  const convened = new RegExp(`(?:召开|举行)了?(?<name>${chars.map((char, at) => (at > 0 && at < chars.length - 1 ? `(?:第[${NUMERALS}〇\\d]{1,4}次)?${char}` : char)).join('')})`, 'dgu');
  // (The first that names its number: a headline repeated over the lead names it short.)
  for (const found of fold(opening).matchAll(convened)) {
    const [from, to] = found.indices!.groups!.name!;
    if (to - from > meeting.length) return opening.slice(from, to);
  }
  return meeting;
}

/** A session named by its numbers alone, with no body before them: 第五届人民代表大会第二次会议, 四届四十二次主席会议, 第二十次会议, 第三十二次主任会议, 第44次常务会议, 108次常委会会议, 第三次全体扩大会议暨廉政工作会议, a prefecture committee's 第四十三次委员(扩大)会议. */
export const SESSION_ONLY = new RegExp(`^第?[${NUMERALS}〇]+届|^第?[${NUMERALS}〇\\d]+次(?:全体|主任|常务|常委会|委员)?(?:[(（]?扩大[)）]?)?会议(?:暨\\p{sc=Han}{2,20}?会议)?$`, 'u');

/** A meeting named by its body's kind alone, whose name says not whose body: 党工委(扩大)会议, 党组会议, 管委会会议, 主任办公会议, a government's 全体成员(扩大)会议 or 常务会议. */
export const BODY_KIND_ONLY = /^(?:党工委|工委|管委会|党组|党委|全体成员|全体|常务)(?:[(（]?扩大[)）]?)?(?:会议|会)$|^主任办公会议?$/u;

/** The words that end the name of a place below the county, a township, a street or a zone: 大黄集镇, 兴东街道, 空港经济开发区. */
export const BELOW_COUNTY = '镇|乡|街道|苏木|开发区|高新区|经开区|园区';
/** A host below the county, or one of its bodies: 大黄集镇, 兴东街道党工委, 开发区管委会. */
const BELOW_COUNTY_HOST = new RegExp(`(?:${BELOW_COUNTY})(?:党委|党工委|人民政府|政府|办事处|管委会)?$`, 'u');

/**
 * The part of a meeting's host its name keeps, when the lead says the host held it (宝山路街道召开2024年季度工作会议):
 * the whole host for a session or a body's kind named alone, whose name says not whose (市政协 + 四届四十二次主席会议,
 * 某某经开区 + 党工委(扩大)会议, 市委理论学习中心组 + 2023年度第二次集体学习); for a host below the county, which no place
 * field of the archive names, the host from its own name on (菏泽市牡丹区大黄集镇 → 大黄集镇); else none.
 */
export function keptHost(meeting: string, host: string): string | undefined {
  const folded = fold(host);
  if (SESSION_ONLY.test(fold(meeting)) || BODY_KIND_ONLY.test(fold(meeting)) || /中心组$/u.test(folded)) return host;
  // (Not 我镇, nor before a name that says its reach, 全街2023年重点工作谋划部署会.)
  if (!BELOW_COUNTY_HOST.test(folded) || /^我/u.test(folded) || /^全\p{sc=Han}/u.test(fold(meeting))) return undefined;
  return pastDivisions(host);
}

/** A term's or a session's number opening what follows a bare level: 十八届…, 第十届…. */
const TERM_OR_SESSION_START = new RegExp(`^第?[${NUMERALS}〇\\d]`, 'u');

/**
 * A meeting's name with the host below the county kept before it: not twice where the name already holds it (三溪镇 + 中国共产党三溪镇
 * 第十次代表大会), and in place of the bare level the name opens with (西岔河镇 + 镇十八届人大第四次会议 → 西岔河镇十八届…).
 */
export function withKeptHost(kept: string, meeting: string): string {
  const folded = fold(meeting);
  if (folded.includes(fold(kept))) return meeting;
  const level = /(?:镇|乡|街道|苏木)$/u.exec(fold(kept))?.[0];
  const bare = level && folded.startsWith(level) && TERM_OR_SESSION_START.test(folded.slice(level.length)) ? level.length : 0;
  return `${kept}${meeting.slice(bare)}`;
}

/** A name past the divisions the gazetteer knows that lead it, one after another (菏泽市 + 牡丹区 + 大黄集镇 → 大黄集镇), two characters at least left. */
function pastDivisions(name: string): string {
  const folded = fold(name);
  let start = 0;
  for (const mention of findMentions(folded)) {
    if (mention.start !== start || folded.length - (start + mention.text.length) < 2) break;
    start += mention.text.length;
  }
  return name.slice(start);
}

/** A township's name, perhaps with its county and city before it, opening its congress's name: 眉山市仁寿县龙正镇 + 第八届人民代表大会…. */
const TOWNSHIP_CONGRESS = new RegExp(`^(?<township>\\p{sc=Han}{3,20}?(?:镇|乡|苏木))(?=第?[${NUMERALS}〇\\d]+届人民代表大会)`, 'u');
/** A township's congress by the township's own name, as its news names it in short: 眉山市仁寿县龙正镇第八届人民代表大会第二次会议 → 龙正镇…. */
export function townshipCongress(meeting: string): string {
  const township = TOWNSHIP_CONGRESS.exec(fold(meeting))?.groups?.township;
  return township ? pastDivisions(meeting.slice(0, township.length)) + meeting.slice(township.length) : meeting;
}

/** Who convened a meeting, before its host in a headline: 某某主持召开 + 某某园区. */
const CONVENED_BEFORE = new RegExp(`^.*(?:${CONVENES})`, 'u');

/** A meeting's host before its name in a headline, with the year it opens on: 池州开发区, 2022年县政府 (not 年县政府). */
const HOST_BEFORE = new RegExp(`(?:(?<!\\d)(?:19|20)\\d{2}年度?)?(?:(?!在)\\p{sc=Han}){1,12}?${HOST_ENDING}$`, 'u');

/** A meeting's name as the headline writes it after its host (池州开发区 + 2020年度工作会议), its reach, its year or its place's name, else as given. */
export function hostedName(meeting: string, headline: string): string {
  const at = fold(headline).indexOf(fold(meeting));
  if (at <= 0) return meeting;
  // (Or its level alone before a numbered body's, the headline opening on it: 县 + 第十七届人民政府第22次县长专题会议召开.)
  if (at === 1 && /^第/u.test(fold(meeting)) && /^[省市县区州旗盟]/u.test(fold(headline))) return headline.slice(0, 1 + meeting.length);
  // (Or with its reach, 全区优化营商环境工作推进会召开 over 我区召开优化营商环境工作推进会; not 安全 or 健全 before a 区.)
  if (/(?<![安完健齐周保双])全[省市县区旗州盟镇乡]$/u.test(fold(headline).slice(0, at))) return headline.slice(at - 2, at + meeting.length);
  // (Or with its year, 召开2015招商引资工作领导小组扩大会议 over …组织召开招商引资工作领导小组扩大会议.)
  const year = /(?<!\d)(?:19|20)\d{2}年?度?$/u.exec(fold(headline).slice(0, at));
  if (year) return headline.slice(year.index, at + meeting.length);
  // (Or with its place's name, the level word the meeting's own: 兰州 + 市委理论学习中心组会议.)
  // (The words before it and the level word together one place, the whole of them.)
  const namesPlace = (length: number) => {
    const mention = at >= length ? findMentions(fold(headline).slice(at - length, at + 1))[0] : undefined;
    return mention?.start === 0 && mention.text.length === length + 1;
  };
  const place = /^[省市县区州旗盟]/u.test(fold(meeting)) ? [4, 3, 2].find(namesPlace) : undefined;
  if (place) return headline.slice(at - place, at + meeting.length);
  const host = HOST_BEFORE.exec(fold(headline).slice(Math.max(0, at - 14), at));
  // (The host only, not who convened it before it: 某某主持召开 + 济南新材料产业园区.)
  const hostOnly = host?.[0].replace(CONVENED_BEFORE, '');
  if (!hostOnly || hostOnly.length < 2) return meeting;
  const start = at - hostOnly.length;
  return headline.slice(start, at + meeting.length);
}

/**
 * A headline saying a session held one of its sittings: 九届全国人大一次会议举行第六次全会, 县十七届人大一次会议主席团举行第四次会议,
 * 市五届人大六次会议主席团召开第三次会议; or the sitting held, named after its session, 某县六届人大四次会议第二次全体会议召开.
 */
const SITTING_HELD = /^(?=.*(?:举行|召开))(?<session>\S{4,40}?会议)\s*(?<presidium>主席团)?\s*(?:举行|召开)?\s*(?<sitting>(?:主席团)?(?<ordinal>第[一二三四五六七八九十\d]{1,3}次)(?:全体会议|全会|会议))(?:\s*(?:召开|举行))?$/u;

/**
 * The sitting a headline says a session held, where the item is of that sitting (区十九届人大五次会议举行主席团第三次会议): named after its
 * session, without 举行 or 召开 (区十九届人大五次会议主席团第三次会议); its 全会 as the lead names it in full (举行第六次全体会议).
 */
export function sittingHeld(meeting: string, headline: string, lead: string): string {
  const folded = fold(headline.trim());
  const held = SITTING_HELD.exec(folded);
  if (!held?.groups || !fold(meeting).startsWith(held.groups.session)) return meeting;
  const { session, presidium, sitting, ordinal } = held.groups;
  const inFull = sitting.endsWith('全会') && new RegExp(`举行${ordinal}全体会议`, 'u').test(fold(lead)) ? `${ordinal}全体会议` : undefined;
  const written = headline.trim();
  const presidiumAt = presidium ? folded.indexOf(presidium, session.length) : -1;
  const sittingAt = folded.indexOf(sitting, session.length + (presidium?.length ?? 0));
  const named = `${written.slice(0, session.length)}${presidiumAt >= 0 ? written.slice(presidiumAt, presidiumAt + presidium!.length) : ''}`;
  return withoutLayoutSpaces(`${named}${inFull ?? written.slice(sittingAt, sittingAt + sitting.length)}`);
}

/** A meeting a lead names with its 会 short (召开市级统战工作会) as the headline says it in full (我市市级统战工作会议召开): the headline's. */
export function saidInFull(meeting: string, headline: string): string {
  const at = /会$/u.test(fold(meeting)) ? fold(headline).indexOf(`${fold(meeting)}议`) : -1;
  return at >= 0 ? headline.slice(at, at + meeting.length + 1) : meeting;
}

/** Words that are no part of a meeting's name: another meeting joined to it (暨…, 和…会议), or that it was held, where and when (召开, 在, 3月). */
const NOT_IN_A_NAME = /暨|[和及、与]|会议|大会|召开|举行|举办|开幕|闭幕|隆重|顺利|胜利|[在于]|\d{1,2}月|\d{1,2}日/u;

/**
 * A meeting a lead names short (全区干部大会, 2017年半年度交通运输工作会议) as the headline names it with words between its own
 * (全区传达学习贯彻党的二十届三中全会精神干部大会, 2017年半年度全市交通运输工作会议): the headline's, the fuller. (Not with words
 * NOT_IN_A_NAME between: 市政府召开常务会议 is no name for 市政府常务会议.)
 */
export function fullerInHeadline(meeting: string, headline: string): string {
  const folded = fold(meeting);
  const heard = fold(headline);
  for (let at = 2; at <= folded.length - 2; at++) {
    const named = new RegExp(`${escapeRegExp(folded.slice(0, at))}(?<between>\\p{sc=Han}{2,40}?)${escapeRegExp(folded.slice(at))}`, 'u').exec(heard);
    if (named && !NOT_IN_A_NAME.test(named.groups!.between)) return headline.slice(named.index, named.index + named[0].length);
  }
  return meeting;
}

/** A meeting's name without the spaces a layout left between its words, but a slogan it quotes as written (“壮丽70年 奋进新时代”). */
export function withoutLayoutSpaces(name: string): string {
  // (Between Chinese and anything, not between two Latin words: 中共 XX 市委, not Second Session; after a title mark too, 《…》 征求意见会.)
  return name.replace(/“[^“”]*”|(?<=[\p{sc=Han}》])[ \u3000]+(?=[\p{sc=Han}\dA-Za-z])|(?<=[\dA-Za-z])[ \u3000]+(?=\p{sc=Han})/gu, (part) => (part.startsWith('“') ? part : ''));
}

/** Whether words (folded) are the name of one place the gazetteer knows, whole. */
export const namesOnePlace = (words: string): boolean => {
  const place = findMentions(words);
  return place.length === 1 && place[0].start === 0 && place[0].text.length === words.length;
};

/**
 * A meeting a lead names by its reach (全市卫生健康工作会议) as the headline names it with its place, the level's own
 * (铜仁市卫生健康工作会议召开): the headline's, which says whose it is.
 */
export function placedName(meeting: string, headline: string): string {
  const reach = /^全([省市县区州旗盟])(?=\p{sc=Han}{4})/u.exec(fold(meeting));
  if (!reach) return meeting;
  const rest = escapeRegExp(fold(meeting).slice(reach[0].length));
  const named = new RegExp(`\\p{sc=Han}{1,8}?${reach[1]}(?=${rest})`, 'u').exec(fold(headline));
  // (A place the gazetteer knows, the whole of the words before the name: not 我市, not 召开全市.)
  if (!named || !namesOnePlace(named[0])) return meeting;
  return headline.slice(named.index, named.index + named[0].length + rest.length);
}

/**
 * A meeting a lead names after its bare host (区召开党政负责干部会议) as the headline names it with that level before it, after a
 * verb (某某出席区党政负责干部会议): the headline's, which says whose it is.
 */
export function levelledName(meeting: string, headline: string): string {
  if (/^(?:全)?[省市县区州旗盟镇乡]/u.test(fold(meeting))) return meeting;
  const named = new RegExp(`(?:^|出席|召开|举行|参加)([省市县区州旗盟镇乡])${escapeRegExp(fold(meeting))}`, 'u').exec(fold(headline));
  return named ? `${headline.slice(named.index + named[0].length - meeting.length - 1, named.index + named[0].length - meeting.length)}${meeting}` : meeting;
}

/**
 * A standing committee's sitting a lead names by its level and term (市十三届人大常委会第十六次会议) as the headline names the
 * committee with its place (太原市十三届人大常委会召开…, 哈尔滨十二届人大常委会昨举行…): the headline's place, which says whose it is.
 */
export function placedTermName(meeting: string, headline: string): string {
  const termed = /^([省市县区州旗盟])([一二三四五六七八九十]{1,3}届人大常委会)/u.exec(fold(meeting));
  if (!termed) return meeting;
  const named = new RegExp(`(\\p{sc=Han}{2,8}?)(?=${termed[2]})`, 'u').exec(fold(headline));
  // (A place the gazetteer knows, the whole of the words before the committee, of the level the lead names or without it.)
  if (!named || !namesOnePlace(named[1]) || (/[省市县区州旗盟]$/u.test(named[1]) && !named[1].endsWith(termed[1]))) return meeting;
  return `${headline.slice(named.index, named.index + named[1].length)}${meeting.slice(1)}`;
}

/**
 * A meeting a lead names after its host's level and organ (市政府常务会议) as the headline names that host with its place, the
 * level's own, before the rest, its verb perhaps between (西宁市政府召开常务会议): the headline's place, which says whose it is.
 */
export function placedOrganName(meeting: string, headline: string): string {
  const organ = /^([省市县区州旗盟])(人民政府|政府|委)(?=\p{sc=Han}{2})/u.exec(fold(meeting));
  if (!organ) return meeting;
  const rest = fold(meeting).slice(organ[0].length);
  const named = new RegExp(`(\\p{sc=Han}{1,8}?${organ[1]})${organ[2]}(?:召开|举行)?(?=${escapeRegExp(rest)})`, 'u').exec(fold(headline));
  // (A place the gazetteer knows, the whole of the words before the host: not 我市.)
  if (!named || !namesOnePlace(named[1])) return meeting;
  return `${headline.slice(named.index, named.index + named[1].length)}${meeting.slice(1)}`;
}

/**
 * After a session's name, a body of the session and the meeting it held (财经委员会会议, 主席团第三次会议,
 * 计划和预算审查委员会举行第二次会议, the session's verb perhaps before it: 召开主席团第一次会议), or a meeting the session held of its own (召开市级预算专题审议会议, 举行政府工作报告协商会, 召开代表团召集人会议);
 * read folded.
 */
const SESSION_BODY_MEETING = /^(?:(?:(?:召开|举行)了?)?(?<body>(?!召开|举行)\p{sc=Han}{0,24}?(?:委员会|主席团))(?:(?<own>(?:第[一二三四五六七八九十\d]{1,3}次)?(?:全体)?会议)|[^，,。“”]{0,12}?(?:召开|举行)了?(?<held>(?:第[一二三四五六七八九十\d]{1,3}次)?(?:全体)?会议))|(?:召开|举行)了?(?<sub>\p{sc=Han}{2,16}?(?:(?:审议|审查|专题)\p{sc=Han}{0,6}?会议|召集人会议|协商会|座谈会)))/du;

/** A session's name with the meeting of its body or of its own that a text reports (市三届人大六次会议 + 计划和预算审查委员会第二次会议), else as given. */
export function sessionBodyMeeting(meeting: string, texts: string[]): string {
  const session = sessionOf(meeting);
  if (!session) return meeting;
  for (const text of texts) {
    for (const name of congressesIn(text).filter((found) => sessionOf(found) === session)) {
      const rest = text.slice(text.indexOf(name) + name.length);
      const found = SESSION_BODY_MEETING.exec(fold(rest));
      if (!found) continue;
      const part = (group: string) => groupAsWritten(found, group, rest) ?? '';
      return `${meeting}${found.groups!.sub ? part('sub') : `${part('body')}${part('own')}${part('held')}`}`;
    }
  }
  return meeting;
}
