/**
 * Who spoke or reported, as a news item's lead, deck or headline says it, and
 * the office it writes before each name (市委副书记、市长某某出席会议并讲话).
 */
import { fold } from '../../src/text/fold.ts';
import { findMentions } from '../../src/places/gazetteer.ts';
import { findZones } from '../../src/places/zones.ts';
import { isTownName } from '../../src/places/towns.ts';
import { sameSpeaker, type Speaker } from './draft.ts';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, HAS_NAME_DOT, HEAD_OF_GOVERNMENT, MASS_ORGANISATIONS, MEETING_BUSINESS, NAME_DOT, OFFICE_BEFORE_NAME, OFFICE_ENDING } from './vocabulary.ts';
import { escapeRegExp, groupAsWritten } from './folded-match.ts';
import { parseOfficeLine } from './speaker-line.ts';
import { DECK_PART } from './titles.ts';

export const OFFICE_AT_END = new RegExp(`${OFFICE_ENDING}$`);
/** Speaking on a body's behalf to those present: 代表市委、市政府向…嘉宾表示, 代表全县人民向广大官兵表示感谢, 代表区委、区政府向受到表彰的…致以. */
const ON_BEHALF = '代表[^,，。]{2,40}?(?:[,，、][^,，。]{2,30}?)?[,，]?向[^,，。]{2,60}?(?:表示|致以)';

/** An office's last word, a candidate's for it perhaps after it (镇人民政府镇长候选人某某作的政府工作报告), or a standing committee's seat after its committee (县委常委某某主持会议): a member holds no other title there. */
const OFFICE_WORD = `(?:${OFFICE_ENDING}(?:候选人)?|(?<=[省市县区州旗盟]委)常委)`;
/** An office closing a phrase (市委常委、某区党工委书记), and the same with a name of two or three after it, unspaced. */
const OFFICE_CLOSING = new RegExp(`(?<office>[\\p{sc=Han}、]*${OFFICE_WORD})$`, 'u');
// (Not the post's own word after it: 决定其代理市长职务, nor its work, 将…的河长工作进行了安排部署; nor his written instruction, 某某市长批示要求; nor his oath, 新当选的副县长宣誓致辞; nor an adverb, 委员长将首次向大会…, 委员长亲自…, 市长曾多次… (the surname 曾 is a name: 市长曾某某代表…), nor a possessive, 代省长的工作安排, nor the rest of an office, 委员 + 长亲作…; nor a system named for an office, 河长 + 制工作.)
// (Or a name of the minorities, its parts joined by a middle dot: 自治区主席司马义·铁力瓦尔地; or of four, a compound surname's: 市长上官吉庆;
// never a meeting's word, 县派第一书记 + 对接会; nor a body he speaks for, 某某代表 + 市妇联, 厅长代表 + 商务厅.)
const OFFICE_NAME_CLOSING = new RegExp(`(?<office>[\\p{sc=Han}、]*${OFFICE_WORD})(?<name>\\p{sc=Han}{2,6}${NAME_DOT}\\p{sc=Han}{2,8}|(?:${COMPOUND_SURNAMES})\\p{sc=Han}{2}|(?!职务|职位|岗位|工作|批示|指示|宣誓|发言|讲话|[将將亲親也还還又已均亦即首长長们們的在制]|曾(?:经|經|多|在|于|於|任|是|被|向|对|對|与|與|和|为|為|就|两|兩|一|参|參|主持|表示|指出|提出|说|說|到|去|来|來|先后|先後|连续|連續|亲自|親自|专门|專門))(?!\\p{sc=Han}?(?:接会|谈会|进会|署会|大会|会议|${MASS_ORGANISATIONS})$|\\p{sc=Han}{1,2}[厅局]$)\\p{sc=Han}{2,3})$`, 'u');

/**
 * An official's posts before his office, set apart by a comma as a list of many posts is (市委常委、政法委书记,高新区党工委书记某某;
 * 济南市委常委,高新区党工委书记某某, a standing committee's seat among them).
 */
const POSTS_BEFORE_COMMA = new RegExp(`(?:^|[，,。；;:：\\s])([\\p{sc=Han}、]{2,30}(?:${OFFICE_ENDING}|常委))[，,]$`, 'u');

/** Where an office read before a name (at `start` of `folded`) starts with the posts listed before it, each group after a comma. */
export function postsStart(folded: string, start: number): number {
  const posts = POSTS_BEFORE_COMMA.exec(folded.slice(0, start))?.[1];
  // (Posts alone, not another official's office and name: 县委书记某某,县长某某 is two people.)
  const named = posts ? OFFICE_NAME_CLOSING.exec(posts) : null;
  if (!posts || (named?.groups && COMMON_SURNAMES.test(named.groups.name))) return start;
  return postsStart(folded, start - 1 - posts.length);
}

/** A department named with 和 or 与 in it, 住房和城乡建设部, 人力资源和社会保障局, which joins no people, before an office of its own, as a pattern's source. */
// (No verb's 了, no 的 or 在 in its parts, and no verb of a meeting's before 和: 全会听取和讨论了市委书记, 议程:听取和讨论省委书记 name no department.)
const DEPARTMENT_WITH_AND = String.raw`(?:(?![的了在])\p{sc=Han}){2,8}?(?<!${MEETING_BUSINESS})[和与](?:(?![的了在])\p{sc=Han}){2,8}?(?:部|厅|局|委(?:员会)?)(?=副?(?:部长|厅长|局长|主任|书记)|总|党组|党委|、|$)`;
const DEPARTMENTS_WITH_AND = new RegExp(DEPARTMENT_WITH_AND, 'gu');
/** Whether the words before a name list people, not one's office: 习近平王沪宁…等在主席台就座, 某某和某某. */
const listsPeople = (office: string) => /[在等和与]/u.test(fold(office).replace(DEPARTMENTS_WITH_AND, ''));
/**
 * An institution's own party committee, by the institution's name: 南昌师范学院党委书记, not 党委书记; or a bank's or a company's head
 * by its name, 中国工商银行上饶分行行长, not 行长; or a department's officer by the department's, 住房和城乡建设部总工程师.
 */
const INSTITUTION = new RegExp(String.raw`\p{sc=Han}{2,10}?(?:大学|学院|学校|医院|集团|公司|银行|研究院|研究所)(?=党委|党组|纪委)|\p{sc=Han}{2,12}?(?:银行|集团|公司)(?=\p{sc=Han}{0,10}?(?:行长|董事长|总经理)$)|${DEPARTMENT_WITH_AND}`, 'u');

/** Where an office starts in the words before a name: 会议听取了省长 → 省长. */
/** Whom an official addressed, after his name, an adverb perhaps between (首先向来自全国各地的代表们); not a surname 向 right after an office (县委书记向某某). */
const ADDRESSED_BEFORE_VERB = new RegExp(`(?<=\\p{sc=Han}{2})(?:(?:首先|随后|最后)向|(?<!${OFFICE_BEFORE_NAME})向)[^，,。]{2,30}?$`, 'u');

export function officeStart(words: string): string {
  const folded = fold(words);
  // (A deputy's seat before the office is none: 苏州市人大代表、市委副书记、市长 → 市委副书记、市长.)
  const seat = /^\p{sc=Han}{0,8}?人大代表、(?=\S)/u.exec(folded);
  if (seat) return officeStart(words.slice(seat[0].length));
  // (Nor the place a report calls its own: 该镇镇长 → 镇长, 本市市长 → 市长; its level kept before an organ, 该镇党委书记 → 镇党委书记;
  // nor the words on his work in that place before it: 分片指导该镇的市委常委 → 市委常委.)
  const own = /^(?:该|本|我)(?=[省市县区州盟旗镇乡](?:党委|党工委|人大|人民政府|政府|政协|纪委)\p{sc=Han}{2})|^(?:该|本|我)[省市县区州盟旗镇乡](?=\p{sc=Han}{2})|^\p{sc=Han}{0,8}?(?:该|本|我)[省市县区州盟旗镇乡]的(?=\p{sc=Han}{2})/u.exec(folded);
  if (own) return officeStart(words.slice(own[0].length));
  // (Nor the lead's own news, its punctuation lost: 全市交通运输工作会议召开市委常委、副市长 → 市委常委、副市长; or a headline's run into its
  // deck, 某县第十七届人民代表大会第四次会议开幕政府县长 → 县长.)
  const held = /^\p{sc=Han}{2,40}?(?:会议|大会)(?:召开|举行|开幕|闭幕)(?=\p{sc=Han}{2})/u.exec(folded);
  if (held) return officeStart(words.slice(held[0].length));
  // (Nor the meeting a title names before the office of who spoke there: 市廉政工作大会市长 → 市长.)
  const occasion = /^\p{sc=Han}{2,40}?(?:会议|大会)(?=(?:常务)?[副代]?[省市县区州旗盟镇乡](?:委副?书记|长)$)/u.exec(folded);
  if (occasion) return words.slice(occasion[0].length);
  // (Nor another official listed before him, with his office and name: 市委常委、常务副市长高某某和市委常委、副市长 → 市委常委、副市长.)
  // (Joined by 与, which joins people, whatever his surname: 县长危某与某银行行长 → 某银行行长.)
  const joined = /^(?<other>.+)(?<by>[和与及])(?=\p{sc=Han}{2})/u.exec(folded);
  const other = joined ? OFFICE_NAME_CLOSING.exec(joined.groups!.other) : null;
  if (joined && other?.groups && (COMMON_SURNAMES.test(other.groups.name) || (joined.groups!.by === '与' && !OFFICE_AT_END.test(other.groups.name)))) return officeStart(words.slice(joined[0].length));
  const mention = findMentions(folded)[0];
  // (Or a zone named after its city, which the gazetteer lists not: 常州经开区党工委书记.)
  const zone = findZones(folded)[0];
  // (A national body by its short name opens the office: 中国侨联副主席, 中国贸促会副会长, not 副主席 alone.)
  // (A department's own party group: 厅党组成员、副厅长; a district called 城区 by its own, 城区政协主席, as Guangxi's are; a street
  // called 街 for short, 街党工委书记; a prefecture's committee and office by its name, 大兴安岭地委副书记、行署专员; a CPPCC by its term, 政协第十届某县委员会主席, its place's name perhaps before the term, 政协科右前旗第十五届委员会主席, or with no level, 政协主席某某讲话; a national commission or bureau by its name, 国家卫生健康委党组成员; a congress's standing committee without its level, 人大常委会副主任; a new area's committee, 西海岸新区工委书记, or a zone's by itself, 工委书记某某; the Youth League's committee, 团市委副书记, 共青团某市委书记.)
  const level = /(^城区|\p{sc=Han}{2,6}新区(?=工委|党工委|管委)|\p{sc=Han}{2,4}?(?=地委|行署)|地委|行署|中共|中国共产党|政协(?=(?:\p{sc=Han}{2,10}?)?第?[一二三四五六七八九十]+届|副?主席|秘书长)|人大(?=常委会|常务委员会)|国家(?=主席|副主席|\p{sc=Han}{2,10}?(?:委|局|署)(?:党组|党委|副?主任|副?局长|副?署长))|国务院|最高|全国|中央(?=政治局|书记处|委员|组织部|宣传部|统战部|纪委|军委|政法委|办公厅)|中国(?=\p{sc=Han}{1,4}?(?:会|联|协)(?:副?(?:会长|主席|理事长)|党组))|自治区|自治州|省|市|县|高新区|经开区|开发区|区|州|盟|旗|镇|乡|街道|街(?=党工委|办事处)|(?:厅|局|部)(?=党组|党委)|共青团|团(?=[省市县区州盟旗]委)|党工委|工委(?=副?书记)|管委会|党委|党组)/u.exec(folded);
  // (Or a court or procuratorate by its place's short name, 白水法院院长, 新北检察院检察长, 金坛院党组书记.)
  const court = /\p{sc=Han}{2}(?:人民)?(?:法院|检察院)|\p{sc=Han}{2}院(?=党组)/u.exec(folded);
  // (Or an institution's or a department's by its name, INSTITUTION.)
  const institution = INSTITUTION.exec(folded);
  // (Or a team by its task, its head's office naming it: 考察组组长, 督导组副组长, not 组长.)
  const team = /\p{sc=Han}{2,8}?组(?=副?组长$)/u.exec(folded);
  // (Or a city by its bare name opening the words, before a zone or body the gazetteer lists not: 苏州国家历史文化名城保护区党工委,
  // 中山火炬开发区管委会 → from the city, not from 州 or 开发区; not before its own level's office, 某某代市长 → 代市长.)
  const bareCity = [3, 2].some((k) => findMentions(`${folded.slice(0, k)}市`)[0]?.text.length === k + 1 && !/^(?:代理|代|常务副|副)?[省市县区州旗盟]/u.test(folded.slice(k))) ? 0 : undefined;
  const starts = [mention?.start, bareCity, level?.index, zone ? folded.indexOf(fold(zone.name)) : undefined, court?.index, institution?.index, team?.index].filter((i): i is number => i !== undefined && i >= 0);
  const suffix = new RegExp(`${OFFICE_ENDING}$`, 'u').exec(folded);
  const first = starts.length > 0 ? Math.min(...starts) : suffix ? suffix.index : 0;
  // (A township's own office keeps its name: 闪石乡人民政府乡长, 梅岭街道党工委书记, not 乡人民政府乡长.)
  const townWord = level && level.index === first && /^(?:镇|乡|街道|苏木)$/u.test(level[0]) ? level[0] : undefined;
  const townAt = townWord ? [4, 3, 2].map((k) => first - k).find((at) => at >= 0 && isTownName(folded.slice(at, first + townWord.length))) : undefined;
  const start = townAt ?? first;
  // An acting office keeps its 代 / 代理: 代理州长, 代市长; a deputy's his 副: 副省长, 常务副镇长; a body's term its number: 十二届全国政协主席.
  const before = /(?:代理|代|常务副|副|第?[一二三四五六七八九十]+届)$/u.exec(folded.slice(0, start));
  return words.slice(before ? before.index : start);
}

/** A speech's or report's title as a lead gives it after 题为: in title marks (quotation marks inside perhaps), or in quotation marks. */
const TITLED_AS = String.raw`(?:主题|题)为(?:《[^》\n]{1,80}》|“[^”\n]{1,80}”|"[^"\n]{1,80}")`;
/** What one puts forward on a matter: 就2023年的工作推进落实提出3点建议, 就做好当前工作,谋划2018年工作提出四点要求, 对下步工作提出具体要求, 对今年各项工作的落实讲了三点意见, 对全体代表提出了殷切希望. */
const PUT_FORWARD = '[就对][^。]{2,30}?(?:提出了?|讲了)[^，,。]{0,8}?(?:要求|建议|意见|希望)';

/** A name, then a head of government's office, after a word that cannot end a name (听取了某某某省长, 审议了某某某主任所作的…) or its body's name (某某检察院某某某检察长). */
const NAME_OFFICE_CLOSING = new RegExp(String.raw`(?<=[了的,、\s]|^|法院|检察院|政府)(?<name>\p{sc=Han}{2,3})(?:代理|代)?(?:${HEAD_OF_GOVERNMENT}|总理|主席|院长|检察长|主任)$`, 'u');

/** A delegate's words on the report he heard, then its giver: 某某代表说,听了某某某省长 (news of a delegation's deliberation, the report given before). */
const HEARD_SAYS = /(?:代表|委员)(?:们)?(?:说|表示|认为|谈到)[,，:：]?听(?:了|取了)?\p{sc=Han}{2,10}$/u;

/** A report given, as a lead words it (read folded: its commas half-width). */
const REPORT_GIVEN = new RegExp(String.raw`(?<!工)(?:作|做)了?(?:${TITLED_AS}的(?:工作)?|的?《(?:[^《》\n]{0,60}?(?=报告》)|[^《》\n]{2,80}》(?=报告))|[^,。、]{0,12}|\d{4}年度?[^,。;；\n]{0,40}?|[^,。、\n]{1,24}?(?:工作|情况的?)|(?:一次)?关于[^,。\n]{2,48}?的(?:主题|专题)?)报告|(?<=在)(?:所(?:作|做)的?[^,。、]{0,12}|政府工作)?报告(?=中)|(?<=向(?:大会|全会|会议))(?:书面)?报告|关于[^,。、]{0,12}的报告`, 'gu');

/** A name, then the capacity he acts in, in another's stead: 某某某以常务副市长身分(代表市长某某) (read folded; before 作…报告). */
const IN_ANOTHERS_STEAD = /(?<name>\p{sc=Han}{2,3})以(?<office>[^,。、\n]{2,12}?)身[分份]$/u;

/** Who gives the report a news lead names: 省长李殿勋代表省政府向大会作政府工作报告. */
export function reportedSpeakers(lead: string, bareNames = false): Speaker[] {
  const speakers: Speaker[] = [];
  // Who reports on the proposals (作提案工作报告, 向大会报告…提案工作情况): listed after the work report's giver, who is the lead's speaker.
  const onProposals: Speaker[] = [];
  const folded = fold(lead);
  // 作政府工作报告, 向大会报告政府工作, 听取国务院总理某某关于政府工作的报告.
  // (Folded text: its commas are half-width.)
  // (作了题为《建设产业强市,打造区域中心》的报告, 作题为《…》的工作报告: the title's commas are the report's; 作关于…纲要的报告.)
  // (A long body's report, 作县人民代表大会常务委员会工作报告, named in full before its 工作报告.)
  // (市长某某在所作的政府工作报告中回顾了…, 某某院长在报告中回顾了…, 镇长某某在政府工作报告中指出: what he said in the report he gave.)
  // (作的《2019年财政预(决)算报告和2020年预算草案的报告》: a report's title in its marks, brackets and all; or 报告 after them, 所作的《立足新发展阶段…》报告.)
  for (const match of folded.matchAll(REPORT_GIVEN)) {
    // What stands between the name and 作: 在会上, 向大会, 代表省政府 (on the same line: a headline's 人民代表大会 is not 代表…).
    const before = folded
      .slice(0, match.index)
      // (所作的《政府工作报告》, 开始作政府工作报告.)
      .replace(/(?:所|开始|正式|在)$/u, '')
      .replace(/在(?:大会上?|会上|会议上|开幕会上|开幕式上|开幕大会上)$/u, '')
      // (Or the session named: 院长某某在市十二届人大五次会议上作….)
      .replace(/在[^,。、\n]{2,40}?(?:会议|大会)(?:开幕会|全体会议)?上$/u, '')
      // (The last 向 only: a surname's, 市长向某某代表市人民政府向大会…, is the name's.)
      .replace(/向(?:(?!向)[^,。、\n]){0,30}?(?:大会|全会|会议)$/u, '')
      // (A caption broken by a space before it: 省长某某代表省人民政府 向大会作….)
      .replace(/[ \u3000]+$/u, '')
      // (The day between the name and what he did: 委员长某某3月7日向….)
      .replace(/(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚)?$/u, '')
      // (The last 代表 only, naming a body or its meeting, or bodies, 代表某开发区党工委、某区委作报告: 代表们分组审议了市长某某代表市人民政府所作的…, 代表…常务委员会会议作…;
      // not 代表分组审议省长某某所作的…; a congress's presidium by its name, 代表乡第十九届人民代表大会主席团作工作报告; a township's congress
      // itself, whose chairman reports for it, 人大主席某某代表乡人民代表大会所做的《人大工作报告》.)
      .replace(/(?<!人民)代表(?!大会|团)(?:(?!代表(?!大会))[^,。、\n]){0,22}?(?:政府|委员会|常委会|委|党组|法院|检察院|主席团|国务院|人民代表大会)(?:、(?:(?!代表)[^,。、\n]){0,22}?(?:政府|委员会|常委会|委|党组))*(?:会议)?,?$/u, '')
      .replace(/受[^,。、\n]{2,24}委托,?$/u, '')
      // (Attended, then gave it: 市卫健委党组书记、主任某某出席会议并作工作报告; or presided: 某某主持会议,并代表某党工委、某区委常委会作工作报告.)
      .replace(/(?:出席|参加|主持)(?:会议|大会)?,?并$/u, '')
      // (在热烈的掌声中走上报告席,代表县政府向大会作…: the walk to the lectern.)
      .replace(/(?:在[^,。、\n]{2,12}中)?(?:走上|登上|步上|走向)(?:报告席|讲台|发言席|主席台),?$/u, '')
      // (Where he went and for whom, a lecture's: 区长某某到某镇,为某镇的干部群众做了一次关于…的主题报告.)
      .replace(/(?:到|赴|来到)[^,。、\n]{2,12},为[^,。、\n]{2,20}$/u, '')
      // (某某同志代表十一届市委作工作报告.)
      .replace(/同志$/u, '')
      // (Not the head in whose stead he gave it: 由副市长某某代表市长某某作政府工作报告.)
      // (Not 代表 as the congress's delegates: 代表分组审议省长某某所作的….)
      .replace(/(?<!人民)代表(?!们|团|分组|审议|大会|委员)(?:\p{sc=Han}{0,6}?[省市县区州])?(?:代理|代)?(?:市长|省长|县长|区长|州长|主席|书记|主任)\p{sc=Han}{2,3}$/u, '');
    // (Who gave it in another's stead, in the capacity he names: 某某某以常务副市长身分代表市长某某作政府工作报告 → 某某某, 常务副市长.)
    const stead = IN_ANOTHERS_STEAD.exec(before);
    if (stead?.groups && COMMON_SURNAMES.test(stead.groups.name)) {
      const at = stead.index;
      const name = lead.slice(at, at + stead.groups.name.length);
      const officeAt = at + stead.groups.name.length + 1;
      if (!speakers.some((s) => s.name === name)) speakers.push({ name, office: lead.slice(officeAt, officeAt + stead.groups.office.length) });
      continue;
    }
    // (Not the giver of a report a delegate says he heard, quoted in news of the delegation's deliberation: 某某代表说,听了某某某省长所作的….)
    if (HEARD_SAYS.test(before)) continue;
    const found = OFFICE_NAME_CLOSING.exec(before);
    // The name before the office: 听取和审议了某某某省长所作的政府工作报告.
    const nameFirst = found ? null : NAME_OFFICE_CLOSING.exec(before);
    // (A standing committee's chairman by a surname's name only: not 常委会 + 主任.)
    if (nameFirst?.groups && (!nameFirst[0].endsWith('主任') || COMMON_SURNAMES.test(nameFirst.groups.name))) {
      if (speakers.some((s) => fold(s.name ?? '') === nameFirst.groups!.name)) continue;
      const at = nameFirst.index;
      // (His court's or procuratorate's short name before his own is his office's: 白水法院古晓院长 → 白水法院院长.)
      const court = /(?:(?![了的和及])\p{sc=Han}){2,4}?(?:人民)?(?:法院|检察院)$/u.exec(before.slice(0, at));
      const body = court ? lead.slice(court.index, at) : '';
      speakers.push({ name: lead.slice(at, at + nameFirst.groups.name.length), office: `${body}${lead.slice(at + nameFirst.groups.name.length, at + nameFirst[0].length)}` });
      continue;
    }
    // A caption's name alone before 作…报告 (…出席会议 某某作政府工作报告).
    // (Or after a comma, a surname's: …在广州开幕,王某向大会报告工作.)
    const spaced = found || !bareNames ? null : /(?:^|\n|\s)(\p{sc=Han}{2,3})$/u.exec(before);
    const afterComma = found || !bareNames || spaced ? null : /[,、](\p{sc=Han}{2,3})$/u.exec(before);
    const bare = spaced ?? (afterComma && COMMON_SURNAMES.test(afterComma[1]) ? afterComma : null);
    // (Or a surname's name the item calls 同志, after what the meeting did: 听取和审议了某某同志所作的《政府工作报告》.)
    const comrade = found || bare || !/同志所?$/u.test(folded.slice(0, match.index)) ? null : /(?:^|[\s,、了])(\p{sc=Han}{2,3})$/u.exec(before);
    const named = bare ?? (comrade && COMMON_SURNAMES.test(comrade[1]) ? comrade : null);
    // (Not an office alone: 委员长作报告前所未有.)
    if (named && !OFFICE_AT_END.test(fold(named[1])) && !speakers.some((s) => s.name === named[1])) {
      const at = before.length - named[1].length;
      speakers.push({ name: lead.slice(at, at + named[1].length) });
      continue;
    }
    // (Or an office's head left unnamed: 某县卫生健康局相关负责人作卫生健康工作报告.)
    const unnamed = found || named ? undefined : unnamedHead(lead, before);
    if (unnamed) {
      addOnce(speakers, unnamed);
      continue;
    }
    if (!found?.groups) continue;
    const start = postsStart(before, found.index);
    // (Not the words of the sentence before it: 代表们审议了市长某某… is 市长; nor a deck's clause run into it, 某某出席会议并讲话县政协主席某某….)
    const span = lead.slice(start, found.index + found.groups.office.length);
    const clauseEnd = /^.*(?:讲话|講話|致辞|致辭)/u.exec(fold(span))?.[0].length ?? 0;
    const office = officeStart(span.slice(Math.max(span.lastIndexOf('了') + 1, span.lastIndexOf('的') + 1, clauseEnd)));
    const name = lead.slice(found.index + found.groups.office.length, found.index + found[0].length);
    // 习近平王沪宁…等在主席台就座: a list of names, not an office.
    if (listsPeople(office)) continue;
    if (speakers.some((s) => s.name === name) || onProposals.some((s) => s.name === name)) continue;
    (/^[^,。;\n]*提案/u.test(folded.slice(match.index)) ? onProposals : speakers).push({ name, office });
  }
  return [...speakers, ...onProposals];
}

/**
 * What a lead says someone did when he spoke at the meeting: 出席会议并讲话, 主持会议并讲话, 在会上强调, 致辞 ….
 * (Or chaired it and spoke: 市委书记某某主持会议并讲话, before the others who attended and spoke.)
 * (Or gave the greeting: 州委书记某某致辞, 出席并致辞, 出席活动并致辞, 出席团拜会并致新春贺词, 某某代表主办方致辞.)
 * (Or stressed there: 市委书记某某在会上强调, 在大会中表示, or in the lead, 区工委书记某某强调; or spoke: 组织部部长某某讲话; or said in his
 * address: 县委书记某某在致辞中代表…; or gave it: 县委书记某某发表了热情洋溢的新年致辞, 市委书记某某在茶话会上发表了热情洋溢的讲话,
 * 在闭幕大会上作重要讲话, 作闭幕讲话, 作了热情洋溢的讲话, 就经济工作作专题讲话; or arranged the work: 安排部署了…, 对…作具体安排, 主持并作具体安排, 分别对分管工作进行安排部署, 对今后的工作作出安排和部署; or commented on each who reported, 对…的发言逐一进行点评; or lectured at a study
 * session: 作立法专题辅导, 应邀作《…》专题辅导报告; or attended and spoke, its 并 left out: 出席会议讲话; or an occasion named with its year, 出席2018年某某新年茶话会并讲话;
 * or gave its keynote: 在开幕式上作主旨演讲; or, on behalf of a body, congratulated or thanked those present: 代表区委、区政府向受到表彰的…表示热烈祝贺; or reported to a plenum
 * under a title, 向全会作了《关于…情况》的报告, 代表县委作了题为《…》的工作报告; or reported on his duties, 代表乡领导班子就…履职情况进行了公开述职; or explained a draft or a matter, 就《决议》作了起草说明, 作《某某实施方案》的说明, 作自治区出席党的二十大代表选举工作…有关问题的说明, or briefed it, 作关于…提案办理的情况通报; or gave a party lecture, 以《…》为题,为全县党员干部讲专题党课, or explained a meeting's spirit, 在全县干部大会上宣讲…; or summed it up, 作总结发言; or gave his views, 镇长某某讲意见:; or spoke, the next clause about who presided run on without its comma: 区委书记某某作重要讲话区长某某主持会议.)
 */
const ADDRESSED = new RegExp(String.raw`(?:(?<=\p{sc=Han})(?:代表[^,，。]{2,20}?)?向(?:全会|大会|会议)(?:作|做)了?《[^》\n]{1,80}》的(?:工作)?报告|(?<=\p{sc=Han})(?:代表[^,，。]{2,20}?)?(?:作|做)了?${TITLED_AS}的(?:工作)?报告|(?<=\p{sc=Han})(?:代表[^,，。]{2,20}?)?(?:作|做)了?《[^》\n]{2,80}?报告》(?=[,，。;；]|$)|(?<=\p{sc=Han})就[^,，。]{2,30}?(?:作|做)出?了?(?:起草)?说明(?=[,，。;；]|$)|(?<=\p{sc=Han})等?(?:先后|相继)(?:作了?)?(?:交流)?发言(?=[,，。;；]|$)|(?<=\p{sc=Han})(?:向(?:全会|大会|会议))?(?:作|做)了?(?:关于[^。;；]{2,80}?|《[^》\n]{2,80}》|[^,，。;；《》、]{2,60}?(?:问题|情况|工作))的(?:起草)?(?:说明|情况通报|通报)(?=[,，。;；]|$)|(?<=\p{sc=Han})${ON_BEHALF}(?:热烈|衷心|诚挚|亲切|节日|新春|新年)?的?(?:祝贺|感谢|欢迎|问候|慰问)|(?<=\p{sc=Han})(?:应邀)?(?:作|做)了?(?:《[^》\n]{2,60}》)?[^,。]{0,10}?(?:专题辅导|辅导报告|专题讲座|辅导讲座)(?=[,。])|(?<=\p{sc=Han})(?:以[^。]{2,40}?为题,?)?(?:为[^,。]{2,24}?)?(?:讲|上|讲授)了?[^,。]{0,6}?党课(?=[,。])|(?<=\p{sc=Han})(?:在[^,。]{2,24}?[会堂]上)?宣讲(?=\p{sc=Han}|[,。])|(?<=\p{sc=Han})(?:作|做)了?总结发言(?=[,。]|$)|(?<=\p{sc=Han})(?:代表[^,，。]{2,20}?)?(?:就[^,，。]{2,30}?)?(?:进行了?|作了?|做了?)(?:公开|专题|集中)?述职(?:报告)?(?=[,，。;；]|$)|(?<=\p{sc=Han})(?:作|做|发表)了?${TITLED_AS}的(?:重要)?(?:讲话|致辞)|(?<=\p{sc=Han})到会(?:并)?(?:作|做|发表)?了?(?:重要)?讲话(?=[,。])|(?:出席|主持|参加)(?:会议|大会|活动|第[一二三四五六七八九十]+次全体会议|开幕式|闭幕式|开班式|结业式|集体学习|调研|\p{sc=Han}{0,6}?(?:茶话会|团拜会|座谈会|联欢会|招待会|学习会)|\d{4}年[^,。并]{2,24}?(?:会议|大会|茶话会|团拜会|座谈会|联欢会|招待会|论坛|开幕式|闭幕式|仪式))?[,，]?并(?:(?:发表|作|做)?(?:重要|开幕|闭幕|总结|动员)?(?:讲话|致辞)|致(?:新春|新年)?贺词|(?:强调|指出)(?=[,，:：]|要)|(?:作|做)(?:具体|工作)?(?:安排|部署)|安排部署[^,。]{0,8}?工作|${PUT_FORWARD})|(?:出席|参加)(?:会议|大会)(?:讲话|致辞)(?=[,，。并])|出席(?:会议|大会)?并发言(?=[,，。]|$)|(?<=\p{sc=Han})${PUT_FORWARD}(?=[,:：。]|$)|(?<=\p{sc=Han})讲(?:了[^,，。:：]{0,6}?)?意见(?=[,:：。])|(?<=\p{sc=Han})(?:[对就][^,。]{2,30}?)?(?:作|做|进行)出?了?(?:具体|工作|全面)?(?:安排部署|部署安排|安排和部署|安排|部署)(?=[,。\s])|(?<=\p{sc=Han})[对就][^,。]{2,30}?(?:逐一)?(?:进行|作|做)了?点评(?=[,。])|(?<=\p{sc=Han})分别(?:[对就][^,。]{2,30}?)?(?:作|做|进行)了?(?:具体|工作)?(?:安排部署|安排|部署)(?=[,。])|(?<=\p{sc=Han})分别(?:作|做)了?表态(?:发言|讲话)(?=[,。])|(?<=\p{sc=Han})安排部署了?|(?<=\p{sc=Han})安排[^,。]{1,12}?工作(?=[,。])|(?<=\p{sc=Han})部署[^,，。]{0,12}?工作(?=[,，。;；]|$)|在(?:会|大会|会议|开幕式|闭幕式|开幕会|闭幕会|团拜会|茶话会|座谈会|闭幕大会|开幕大会|仪式|\p{sc=Han}{0,8}?(?:恳谈会|洽谈会|推介会|博览会|招待会|签约仪式|开工仪式|开幕式))上(?:(?:发表|作|做)了?(?!的)[^,。]{0,10}?|(?:发表|作|做)?了?(?:重要)?)(?:讲话|致辞|贺词|主旨演讲|演讲)(?!精神)|在(?:会|大会|会议)[上中](?:强调|指出|表示)|(?<=\p{sc=Han})(?:强调|指出|要求)(?=[,:])|(?<=\p{sc=Han})(?<!重要|的)讲话(?=[,。]|$|(?:时|中)?(?:指出|强调|表示)[,:])|在(?:致辞|致词|讲话)(?:中|时)|(?<=\p{sc=Han})(?:代表[^,，。]{2,20}?)?致(?:新年|新春|欢迎|答谢)?(?:辞|词|贺词)(?=[,。])|(?<=\p{sc=Han})致(?:开幕|闭幕)[辞词](?=[,。])|(?<=\p{sc=Han})(?:就[^,。]{2,20}?)?(?:作|做)出?了?(?:[^,。的]{2,8}的)?(?:重要|总结|开幕|闭幕|开班动员|开班|动员|专题|新春|新年|欢迎|当选|就职|表态)?(?:讲话|致辞)(?=[,。:：]|$|[\p{sc=Han}、]{2,24}?(?:主持|出席|参加)(?:会议|大会))|(?<=\p{sc=Han})发表了?[^,。]{0,10}?(?:讲话|致辞|贺词)(?=[,。]))`, 'gu');

/** An office's head by his post alone, opening a clause: 县民政局主要负责人, 某县红十字会相关负责人. */
const UNNAMED_HEAD = /(?:^|[。！？\n,，;；:：])\s*(\p{sc=Han}{2,16}?(?:局|委|会|办|部|中心|院)(?:主要|相关|有关)?负责(?:人|同志))$/u;
/** The office's head the words before what he did (`before`, folded from `lead`) close on, unnamed, as written. */
const unnamedHead = (lead: string, before: string): Speaker | undefined => {
  const found = UNNAMED_HEAD.exec(before);
  return found ? { office: lead.slice(before.length - found[1].length, before.length) } : undefined;
};

/** Who spoke at a meeting a lead reports: `党工委书记、管委会主任某某出席会议并讲话`, `市长某某在会上讲话`, `市委书记某某主持会议并讲话` (an office before the name); each once, in order. */
export function addressedBy(lead: string, bareNames = false): Speaker[] {
  const folded = fold(lead);
  const speakers: Speaker[] = [];
  for (const verb of folded.matchAll(ADDRESSED)) {
    for (const speaker of addresser(lead, folded.slice(0, verb.index), verb[0], bareNames)) {
      for (const each of listedApart(speaker)) addOnce(speakers, each);
    }
  }
  return speakers;
}

/**
 * The officials an office read before a name lists apart (党工委书记杨懿文、管委会主任 + 李科明出席会议并讲话): each who did what
 * the lead says, with his own office; else the speaker as read.
 */
function listedApart(speaker: Speaker): Speaker[] {
  const parts = speaker.office?.split('、') ?? [];
  const listed: Speaker[] = [];
  let from = 0;
  parts.forEach((part, i) => {
    const pair = i < parts.length - 1 ? OFFICE_NAME_CLOSING.exec(fold(part)) : null;
    // (A surname's name closing the part, not an office's own words: 市委常委、…; or a name of a surname the list knows not, where the
    // next part opens on a place, another's office: 那曲地区双湖县委书记南培、陕西省渭南市富平县委书记某某.)
    if (!pair?.groups || pair.index !== 0 || OFFICE_AT_END.test(pair.groups.name)) return;
    if (!COMMON_SURNAMES.test(pair.groups.name) && findMentions(fold(parts[i + 1]))[0]?.start !== 0) return;
    const office = [...parts.slice(from, i), part.slice(0, pair.groups.office.length)].join('、');
    listed.push({ name: part.slice(pair.groups.office.length), office });
    from = i + 1;
  });
  return listed.length === 0 ? [speaker] : [...listed, { ...speaker, office: parts.slice(from).join('、') }];
}

/** A speaker added to a list once: named there already (bare first, then with his office: 某某指出,… / 市长某某出席会议并讲话), he gains the office. */
export function addOnce(speakers: Speaker[], speaker: Speaker): void {
  const named = speakers.find((s) => sameSpeaker(s, speaker));
  if (named) named.office ??= speaker.office;
  else speakers.push(speaker);
}

/** A name, then a head's office, closing the words before what he did, opening a clause: 陈某某镇长(并); not a surname and a deputy's title, 高副省长, which names no one. */
const NAME_THEN_OFFICE = /(?:^|[了的,，、。；\s])(?<name>\p{sc=Han}{2,3}?)(?<![副务])(?<office>(?:常务)?副?(?:镇长|乡长|县长|区长|市长|州长|旗长|省长))并?$/du;

/**
 * Who the words before what he did (`before`, folded) name, if they name one; and any official listed before him with his
 * posts and name, a semicolon between (济南市委常委,高新区党工委书记、管委会主任某某;高新区党工委副书记某某出席会议并讲话), or a comma
 * when each did it (…常务副县长某某,副县长某某分别对分管工作进行安排部署), in order.
 */
function addresser(lead: string, written: string, verb: string, bareNames: boolean): Speaker[] {
  // (某某同志主持大会并作闭幕讲话: the name before 同志; 某某代表市委市政府在恳谈会上致辞, 某某同志代表镇党委、政府作了…致辞, 某某代表项目督察组讲话:
  // the name before the body he spoke for, its standing committee too, 某某代表区委常委会讲话.)
  // (Or presided and then arranged the work: 县长某某主持会议并对今年经济工作进行安排部署.)
  // (Or congratulated the meeting first: 某某代表中共某市委对大会的胜利召开表示热烈祝贺并作讲话, 对大会的成功召开表示祝贺,并对…提出了殷切希望.)
  const unqualified = written.replace(/(?:主持|出席|参加)(?:会议|大会)?[,，]?并$/u, '').replace(/(?<=\p{sc=Han}{2})对[^，,。]{2,24}?表示(?:热烈|衷心|诚挚)?的?(?:祝贺|感谢|欢迎|问候)[,，]?并$/u, '').replace(/(?<=\p{sc=Han}{2})代表(?!大会|团)(?:\p{sc=Han}|、(?=\p{sc=Han})){0,16}?(?:委|政府|委员会|组|常委会)$/u, '').replace(/同志$/u, '');
  // (Or when he spoke, between his name and the verb: 某某在会议闭幕前发表热情洋溢的讲话; or the year he summed up before the work he
  // arranged: 区长某某总结2022年全区经济工作情况,详细安排部署2023年…; or what he did first, for a body: 区委书记某某代表区委常委会报告2021年
  // 工作,并作了题为《…》的讲话.)
  const before = unqualified
    .replace(/(?<=\p{sc=Han}{2})代表[^，,。]{2,16}?(?:报告|通报|总结)[^，,。]{2,20}?[,，]并$/u, '')
    .replace(/(?<=\p{sc=Han}{2})在[^，,。在]{2,16}?(?:前|之前|后|之后|时|之际)$/u, '')
    // (Or the points he made it under, a comma after them: 某某从总体目标、基本原则…等8个方面,对…进行了全面部署.)
    .replace(/(?<=\p{sc=Han}{2})从[^，,。]{2,60}?(?:方面|角度)[,，](?:[对就][^，,。]{2,40}?)?$/u, '')
    // (Or whom he addressed, before the welcome: 某某副区长首先向来自全国各地的代表们致欢迎词; or when, after his name: 某某随后发表了简短讲话.)
    // (Not a surname 向 right after an office: 县委书记向某某指出.)
    .replace(ADDRESSED_BEFORE_VERB, '')
    // (Or an adverb after it: 某某还就…提出要求.)
    .replace(/(?<=\p{sc=Han}{2})(?:随后|随即|接着|最后|首先|应邀|还|也|又)$/u, '')
    .replace(/(?<=\p{sc=Han}{2})(?:总结|回顾)了?[^，,。]{2,30}?(?:情况|工作|成绩)[,，]?并?(?:详细|具体|全面)?$/u, '')
    .replace(/同志$/u, '');
  const found = OFFICE_NAME_CLOSING.exec(before);
  // (A name alone opening its sentence, a surname's, its office listed with the others who attended: 赵某某在会上做重要讲话.)
  // (Or after a comma, the clause his, when it says he gave an address: …观看了宣传片,某某作致辞,某某作招商推介; not how a task is done, 周密安排部署.)
  const bare = found || !bareNames ? null : (/^[作做致发]/u.test(verb) ? /(?:^|[。！？\n,，])\s*(\p{sc=Han}{2,3})$/u : /(?:^|[。！？\n])\s*(\p{sc=Han}{2,3})$/u).exec(before);
  // (Not a surname and a title, 陆书记: that names no one.)
  // (Not whom the verb addresses, 向大会: no one's name ends in 会.)
  if (bare && COMMON_SURNAMES.test(bare[1]) && !OFFICE_AT_END.test(bare[1]) && !/会$/u.test(bare[1])) {
    const at = before.length - bare[1].length;
    return [{ name: lead.slice(at, at + bare[1].length) }];
  }
  // (Or his name before his office, as a township's news writes it: 陈某某镇长并在会上作了讲话.)
  const nameFirst = found ? null : NAME_THEN_OFFICE.exec(before);
  if (nameFirst?.groups && COMMON_SURNAMES.test(nameFirst.groups.name)) {
    const at = nameFirst.index + nameFirst[0].indexOf(nameFirst.groups.name);
    return [{ name: lead.slice(at, at + nameFirst.groups.name.length), office: lead.slice(at + nameFirst.groups.name.length, at + nameFirst.groups.name.length + nameFirst.groups.office.length) }];
  }
  // (Or an office's head the item leaves unnamed, opening his clause: 会上,县民政局主要负责人回顾…,并对…进行了安排部署; 某县卫生健康局相关负责人作…报告.)
  const unnamed = found ? undefined : unnamedHead(lead, before);
  if (unnamed) return [unnamed];
  if (!found?.groups) return [];
  // (Not an office's last characters read as a name, its holder unnamed: 提案审查委员 + 会主任 就…作说明.)
  if (OFFICE_AT_END.test(found.groups.name)) return [];
  const start = postsStart(before, found.index);
  const posts = lead.slice(start, found.index + found.groups.office.length);
  // (A seat on the meeting's presidium alone, 大会主席团常务主席、执行主席某某出席并讲话, is no office.)
  const office = PRESIDIUM_SEAT.test(withoutSeats(fold(posts))) ? undefined : withoutSeats(officeStart(posts));
  if (office !== undefined && listsPeople(office)) return [];
  // (Gave it, by a name, a surname's: not 总书记多次发表重要讲话.)
  if (verb.startsWith('发表') && !COMMON_SURNAMES.test(found.groups.name)) return [];
  const at = found.index + found.groups.office.length;
  const speaker = { name: lead.slice(at, at + found.groups.name.length), office };
  // (Or with a comma, when they each did it: 县委常委、常务副县长某某,副县长某某分别对分管工作进行安排部署; or when the clause before
  // is his office and name alone, one subject of the verb with him: 。县人大常委会主任某某,县政协主席某某代表项目督察组讲话.)
  const clause = /[,，]$/u.test(before.slice(0, start)) ? before.slice(0, start - 1).split(/[。！？；;,，]/u).at(-1)! : '';
  const alone = OFFICE_NAME_CLOSING.exec(clause);
  const apart = /[;；]$/u.test(before.slice(0, start)) || (/[,，]$/u.test(before.slice(0, start)) && (verb.startsWith('分别') || (alone?.index === 0 && COMMON_SURNAMES.test(alone.groups!.name))));
  const listedBefore = apart ? addresser(lead, before.slice(0, start - 1), verb, false) : [];
  return [...listedBefore.filter((other) => other.name && COMMON_SURNAMES.test(fold(other.name))), speaker];
}

/**
 * Who gave a report on behalf of a body, named bare in a congress's news: 阮成发代表中共某市第十一届委员会向大会作了…工作报告,
 * 大会同意王某某代表中共某县第十五届委员会所作的《…》的报告, 大会批准某某同志代表四届市委所作的…报告, 通过了章某某同志代表…委员会所作的工作报告和颜某某同志代表…所作的工作报告;
 * the chair's call on him, 请某某某同志代表政协第十二届全国委员会常务委员会会议作工作报告; a comma perhaps before 作 (某某代表政协第十四届某市委员会常务委员会,作市政协常委会工作报告).
 */
const REPORTED_FOR_BODY = /(?<=^|[,，。;；、\s(（—]|了|同意|批准|听取|审议|和|及|请)(?<name>(?![了的])\p{sc=Han}{2,3}?)(?:同志)?代表(?!大会|团|们)(?:(?!代表)[^,，。、;；\n]){1,30}?(?:委员会|常委会|县委|市委|区委|州委|省委|盟委|旗委|党委|纪委|政府)(?:常委会)?(?:会议)?[,，]?(?:向(?:大会|全会|会议)(?:报告|汇报)|(?:向(?:大会|全会|会议))?所?(?:作|做)了?)/dgu;

/** Or entrusted by it, as a CPPCC session's news says: 受政协某市第十二届委员会常务委员会委托,某某某作市政协常委会工作报告 (受 perhaps left out: 某区人大常委会委托,某某向大会作…; his office perhaps after his name, 某某某副主席作了…报告). */
const REPORTED_ON_TRUST = /(?<=^|[,，。;；\s])(?:受)?[^,，。;；]{2,40}?委托[,，]\s*(?!向)(?<name>\p{sc=Han}{2,3}?)(?<office>副?(?:主席|主任|秘书长))?(?:同志)?(?:向(?:大会|全会|会议)(?:报告|汇报)|(?:向(?:大会|全会|会议))?(?:作|做)了?[^,，。;；]{0,30}?报告)/dgu;

/** A headline naming whom a piece interviews: 访某县委书记某某:做好…. */
const INTERVIEW_HEADLINE = /^访(?<who>[^:：,，。]{4,30})[:：]/u;
/** A lead telling of an interview given: …,市长某某在…前,接受了某台主持人某某的采访 (what stands before 接受); or of a guest's visit to a paper's or station's studio, 昨日,某市市长某某做客某报会客室. */
const INTERVIEW_GIVEN = /(?<who>[^。！？]{2,80}?)[,，]?(?:接受了?[^。,，]{0,40}?(?:采访|专访)|做客[^。,，]{2,20}?(?:会客室|会客厅|直播间|演播室|访谈|栏目|节目))/u;

/** Whom a headline or a lead says the piece interviews, with his office (read folded). */
export function intervieweeIn(text: string): Speaker | undefined {
  const folded = fold(text).trim();
  const headline = INTERVIEW_HEADLINE.exec(folded);
  const given = headline ? undefined : INTERVIEW_GIVEN.exec(folded);
  const who = headline?.groups?.who ?? given?.groups?.who;
  if (who === undefined) return undefined;
  // (His clause only, without where he gave it: 市长某某在某馆大厅模型前.)
  const clause = who.split(/[,，]/u).at(-1)!.replace(/在[^,，。]{2,40}$/u, '');
  const found = OFFICE_NAME_CLOSING.exec(clause);
  if (!found?.groups || !COMMON_SURNAMES.test(found.groups.name)) return undefined;
  const at = folded.indexOf(clause) + found.index;
  const office = officeStart(text.trim().slice(at, at + found.groups.office.length));
  const nameAt = at + found.groups.office.length;
  return { name: text.trim().slice(nameAt, nameAt + found.groups.name.length), office, role: '受访' };
}

/** The officials a congress's news says reported on behalf of a body or entrusted by it, named bare (REPORTED_FOR_BODY, REPORTED_ON_TRUST): each a surname's name. */
export function reportersForBody(text: string): Speaker[] {
  const folded = fold(text);
  return [...folded.matchAll(REPORTED_FOR_BODY), ...folded.matchAll(REPORTED_ON_TRUST)]
    .sort((a, b) => a.index - b.index)
    .filter((found) => COMMON_SURNAMES.test(found.groups!.name) && !OFFICE_AT_END.test(found.groups!.name))
    .map((found) => (found.groups!.office ? { name: groupAsWritten(found, 'name', text)!, office: groupAsWritten(found, 'office', text)! } : { name: groupAsWritten(found, 'name', text)! }));
}

/**
 * Officials a meeting's news lists by name who each spoke or arranged the work: 会上，施某某、王某某、黎某分别做工作安排,
 * 县领导张某、李某某分别讲话, 某某、某某分别就…作了部署; or, having heard the others, all said: 在认真听取大家发言后,某某、某某表示:….
 * Each a surname's name; their offices as the item lists them, if it does.
 */
const EACH_SPOKE = /(?<=^|[,，。;；:：\s]|会上|会议上|发言后[,，]|讲话后[,，])(?<names>\p{sc=Han}{2,3}(?:、\p{sc=Han}{2,3}){1,9})(?:等同志|同志)?(?:分别(?:[对就][^,，。]{2,30}?)?(?:作|做|发表)?了?(?:重要|具体|工作)?(?:讲话|致辞|工作安排|安排部署|具体安排|安排|部署)(?=[,，。;；]|$)|(?:表示|指出|强调)(?=[:：]))/gu;

export function eachSpoke(text: string): Speaker[] {
  return [...fold(text).matchAll(EACH_SPOKE)].flatMap((found) => {
    const names = found.groups!.names.split('、');
    if (!names.every((name) => COMMON_SURNAMES.test(name) && !OFFICE_AT_END.test(name))) return [];
    // (The names as written, 繁體 perhaps: at the same places in the text.)
    let at = found.index;
    return names.map((name) => {
      const speaker = { name: text.slice(at, at + name.length) };
      at += name.length + 1;
      return speaker;
    });
  });
}

/**
 * Who a press conference's news says briefed or answered there, each with the office it lists: 市委新闻发言人某某就全会的基本情况…作主发布,
 * 某某就《…决定》相关情况作解读, 市科学技术局党组书记、局长某某,市商务局党组书记、局长某某先后回答记者提问. A list's items are set apart by
 * commas, an office of many posts perhaps too (办公室主任,市委新闻发言人某某); every item must close on a surname's name.
 */
const BRIEFED_PRESS = /^(?<who>[^。；;]{4,160}?)(?:(?:先后|分别|共同|一起)?(?:就[^。]{2,80}?)?(?:回答|答)了?(?:记者|媒体)(?:的|们的)?(?:提问|问题|关心的问题)|就[^。]{2,100}?(?:作|做)了?(?:主|新闻|政策)?(?:发布|解读))(?=[,，。;；]|$)/u;

export function pressBriefers(paragraph: string): Speaker[] {
  return paragraph.split('。').flatMap(briefersIn);
}

function briefersIn(sentence: string): Speaker[] {
  const trimmed = sentence.trim().replace(/^(?:发布会上|会上|记者会上)[,，]?/u, '');
  const found = BRIEFED_PRESS.exec(fold(trimmed));
  if (!found?.groups) return [];
  const speakers: Speaker[] = [];
  let pending = '';
  let at = 0;
  for (const item of found.groups.who.split(/[,，]/u)) {
    const written = trimmed.slice(at, at + item.length);
    at += item.length + 1;
    const closing = OFFICE_NAME_CLOSING.exec(item);
    if (!closing?.groups || !COMMON_SURNAMES.test(closing.groups.name) || OFFICE_AT_END.test(closing.groups.name)) {
      // (An office's further post, its name still to come: 办公室主任,市委新闻发言人某某.)
      if (!/^[\p{sc=Han}、]{2,30}$/u.test(item)) return [];
      pending = `${pending}${written},`;
      continue;
    }
    const nameAt = item.length - closing.groups.name.length;
    speakers.push({ name: written.slice(nameAt), office: `${pending}${written.slice(0, nameAt)}` });
    pending = '';
  }
  return pending === '' ? speakers : [];
}

/** Having conveyed what higher meetings said, the work he arranged, however long its list: 某某传达了县、镇会议精神,对…、…等工作作了安排和部署. */
const ARRANGED_AFTER_CONVEYING = '传达了?[^，,。]{2,30}?(?:精神|要求)[,，]对[^。]{2,200}?(?:作|做|进行)了?(?:安排和部署|安排部署|部署安排|具体安排|安排|部署)';
/** What he said or arranged on a matter: 就…作说明, 就推进下一步工作作安排和部署, 就…进行了安排部署. */
const ON_A_MATTER = '就[^，,。]{2,30}?(?:作|做|进行)了?[^，,。]{0,8}?(?:说明|讲话|部署|安排)';
/** What a chair does who speaks at the meeting he presides: 指出, 强调, 要求, 表示, 讲话, 致辞, 就…作说明, 就…提出四点要求 (not what he wrote: 在批示中指出; nor a speech whose spirit a meeting studies: 学习…在…会议上的讲话精神;
 * nor demands made elsewhere that a meeting follows: 按照市委书记某某在市委常委扩大会议上提出的要求). */
const CHAIR_SPOKE = `(?:在(?!批示)[^，,。]{0,20}?)?(?:指出|强调|(?<!的)要求|表示|说|(?<!的)(?:讲话|致辞)(?!精神)|希望|勉励|叮嘱|嘱咐|${ON_A_MATTER}|${PUT_FORWARD}|${ARRANGED_AFTER_CONVEYING})`;

/**
 * What the chair said or arranged in the sentence that says he presided, after the meeting (…会议，强调…; …会议,通报…,对本周重点工作
 * 进行安排,要求…; …会议,听取…,并就推进下一步工作作安排和部署; …座谈会,同…学员进行座谈并发表重要讲话).
 */
const SAID_AFTER_MEETING = new RegExp(`^(?:[，,][^。！？]{0,120}?)?[，,](?:并)?(?:强调|指出|要求|${ON_A_MATTER}|对[^，,。]{2,30}?(?:进行|作|做)了?(?:安排|部署)|同[^，,。]{2,40}?(?:进行)?座谈并(?:发表|作|做)了?(?:重要)?讲话)`, 'u');

/** A leader's title in short, after his name: 某某书记, 某某县长, 某某主任. */
const SHORT_TITLE = '书记|主任|[省市州县区旗镇乡]长';
/** That title closing the words before a name: 区长 + 某某某. */
const SHORT_TITLE_AT_END = new RegExp(`(?:${SHORT_TITLE})$`, 'u');
/** A head's title after his name, as a headline calls him: 某某区长在…上的讲话, 某某书记: …, 某某盟长, 某某主席. */
const TITLE_AFTER_NAME = `(?:${SHORT_TITLE}|盟长|主席)`;
/** How an item calls a leader it has named in full, after his name: 某某同志, or by his title in short, 某某书记, 某某部长 (not 主席: a chair by his seat). */
const CALLED_AS = `(?:同志|部长|${SHORT_TITLE})`;

/** Whether the chair named spoke: in the sentence that says he presided (SAID_AFTER_MEETING), or by his name elsewhere in the item. */
export function chairSpoke(name: string, afterMeeting: string, texts: string[]): boolean {
  if (SAID_AFTER_MEETING.test(afterMeeting)) return true;
  // (Or by his given name as a comrade, as some portals write it: 区长某卫华 … 卫华同志强调.)
  const given = fold(name).length === 3 ? `|${escapeRegExp(fold(name).slice(1))}同志` : '';
  const spoke = new RegExp(`(?:${escapeRegExp(fold(name))}${CALLED_AS}?${given})${CHAIR_SPOKE}`, 'u');
  // (Or by 他 or 她 opening the sentence after the one that says the chair presided: 县委书记某某主持召开…会议,…。他强调,….)
  const byPronoun = new RegExp(`${escapeRegExp(fold(name))}(?:同志)?主持[^。！？]{2,200}?。[他她](?:还|同时|进一步)?(?:指出|强调|要求|表示|说)`, 'u');
  return texts.some((text) => spoke.test(fold(text)) || byPronoun.test(fold(text)));
}

/**
 * The officials a lead names with their offices (县委书记某某带领…深入…调研) whose remarks the item reports (某某强调, 某某指出,
 * 某某就…提出要求; receiving guests, 某某对…表示欢迎, 某某介绍了…), in the lead's order, each once; or, `saidInLead`, whom the lead
 * itself says spoke (市委书记某某率队调研…，强调…).
 */
export function remarkedIn(lead: string, texts: string[], receiving = false, saidInLead = false): Speaker[] {
  const folded = fold(lead);
  const found: Speaker[] = [];
  const starts = new Set<number>();
  // (Every place a name of two or three may end after an office: of 张世 and 张世伟, the one the item quotes.)
  for (let end = 3; end <= folded.length; end++) {
    const named = OFFICE_NAME_CLOSING.exec(folded.slice(Math.max(0, end - 40), end));
    const name = named?.groups && !HAS_NAME_DOT.test(named.groups.name) ? named.groups.name : undefined;
    if (!name || !COMMON_SURNAMES.test(name)) continue;
    const start = end - name.length;
    // (Once, and not again with the word after his name: 李军 then 李军作.)
    if (starts.has(start) || found.some((speaker) => speaker.name === lead.slice(start, end))) continue;
    // (As a chair speaks, CHAIR_SPOKE, or putting his demands, 某某提出了明确整改要求; or, receiving guests, welcoming or thanking them,
    // 某某对某某一行来访表示欢迎, 某某代表市委、市政府向…嘉宾表示欢迎, or telling them of his place, 某某介绍了我市….)
    // (Or presided and, in the same breath, made demands: 某某主持会议,要求….)
    // (Or by his surname and his title in short, as the item calls him after its lead: 区长某某 + 某区长强调.)
    // (His whole name, where what he did begins after it: 某某某 + 到, not 某某 + 某到.)
    const titled = SHORT_TITLE_AT_END.exec(folded.slice(0, start))?.[0];
    const called = titled && (VISIT_BEGINS.test(folded.slice(end)) || /^[,，、。]/u.test(folded.slice(end))) ? `|${escapeRegExp(name[0])}${titled}` : '';
    const remarked = new RegExp(`(?:${escapeRegExp(name)}${CALLED_AS}?${called})(?:${CHAIR_SPOKE}|主持(?:会议|大会)[,，]?并?(?:强调|指出|要求)|提出了?[^，,。]{0,10}?要求${receiving ? `|对[^，,。]{1,24}?表示|${ON_BEHALF}|介绍了` : ''})`, 'u');
    // (Or his remarks in the next clause or sentence, by 他: 某某充分肯定了…成绩。他说,…; his whole name, where the lead goes on with
    // what he did: 王某某 + 率队, not 王某 + 某率队.)
    const byPronoun = new RegExp(`${escapeRegExp(name)}[^。！？]{2,120}?[。，,；;]他(?:还|同时|进一步)?(?:指出|强调|要求|表示|说)`, 'u');
    const visitedOrReceived = visitAfter(folded, name, end) || /^(?:会见|接见)/u.test(folded.slice(end));
    const quoted = (text: string) => remarked.test(fold(text)) || (byPronoun.test(fold(text)) && visitedOrReceived);
    if (!saidInLead && !texts.some(quoted)) continue;
    // (Said in the lead: his whole name, where the visit it tells of begins after it: 刘红兵 + 率队, not 刘红 + 兵率队.)
    if (saidInLead && !visitAfter(folded, name, end)) continue;
    const office = reportedOffice(lead.slice(0, end), lead.slice(start, end));
    if (!office) continue;
    found.push({ name: lead.slice(start, end), office });
    starts.add(start);
  }
  return found;
}

/**
 * Whether the lead tells of a visit after his name (VISIT_BEGINS) where it names him with his office, or where it names him again:
 * 省委书记某某定点联系某市。1月4日至5日,某某到某市…; his whole name either way, 某某某到, not 某某 + 某到.
 */
function visitAfter(folded: string, name: string, end: number): boolean {
  for (let at = end - name.length; at >= 0; at = folded.indexOf(name, at + 1)) {
    if (VISIT_BEGINS.test(folded.slice(at + name.length))) return true;
  }
  return false;
}

/** Leaders a lead lists by their level alone, each without his office: 县领导某某某、某某某、某某等带领…走访慰问. */
const LEADERS_LISTED = /(?:[省市县区州旗盟]|自治区)(?:委|政府)?领导(?<names>\p{sc=Han}{2,3}(?:、\p{sc=Han}{2,3})*)/du;

/**
 * Of the leaders a lead lists by their level alone (LEADERS_LISTED), those the item quotes (某某要求…, or speaking for a body,
 * 县委书记某某代表全县人民向…表示感谢), in the lead's order, each with the office a line gives him.
 */
export function listedLeadersRemarked(lead: string, texts: string[]): Speaker[] {
  const listed = LEADERS_LISTED.exec(fold(lead));
  if (!listed?.groups) return [];
  const [from] = listed.indices!.groups!.names!;
  const found: Speaker[] = [];
  let at = from;
  for (const part of listed.groups.names.split('、')) {
    // (A name of two or three, the last perhaps run into what follows it: 某某等带领, 某某一行.)
    const name = [3, 2].map((length) => lead.slice(at, at + length)).find((candidate) => candidate.length <= part.length && COMMON_SURNAMES.test(fold(candidate)) && quotes(candidate, texts));
    at += part.length + 1;
    if (!name) continue;
    const office = texts.map((text) => reportedOffice(text, name)).find(Boolean);
    found.push(office ? { name, office } : { name });
  }
  return found;
}

/** Whether a line quotes a name: as a chair speaks (CHAIR_SPOKE), or speaking for a body, 某某代表全县人民向…表示感谢. */
function quotes(name: string, texts: string[]): boolean {
  const quoted = new RegExp(`${escapeRegExp(fold(name))}(?:同志)?(?:${CHAIR_SPOKE}|${ON_BEHALF})`, 'u');
  return texts.some((text) => quoted.test(fold(text)));
}

/** A paragraph opening at the sitting: 闭幕式上, 会上, 在开幕会上; or at its end: 最后, 会议最后. */
const AT_SITTING = /^(?:(?:在)?(?:开幕式|闭幕式|开幕会|闭幕会|大会|会议|会)上|(?:会议|大会)?最后)[,，]\s*/u;

/**
 * His remarks there, after his name: as a chair speaks (CHAIR_SPOKE), by 他 in the next sentence, or his review of the year and the
 * work he arranged (简要回顾了2023年各项工作,并对2024年工作进行了部署).
 */
const REMARKS_AT_SITTING = new RegExp(`^(?:同志)?(?:${CHAIR_SPOKE}|[^。！？]{2,80}?。他(?:还|同时|进一步)?(?:指出|强调|要求|表示|说)|(?:简要)?回顾了[^。！？]{2,40}?[,，]并?对[^。！？]{2,30}?(?:进行了?|作了?)(?:安排)?部署)`, 'u');

/** Remarks that follow a name at once, as a chair's do: 某某强调, 某某在讲话中指出. */
const SPOKE_AT_ONCE = new RegExp(`^(?:同志)?(?:${CHAIR_SPOKE})`, 'u');
/** What an official does, opening right after his name: 代表区委…, 在讲话中…, 对…, 向…, 首先…. */
const ACTS_AFTER_NAME = /^(?:同志)?(?:代表|在|对|向|就|作|做|首先|充分|回顾|通报|介绍|宣读|传达)/u;

/**
 * The official a paragraph opening at the sitting gives the remarks of, by his office and name: 闭幕式上,县委书记某某对…给予了
 * 充分肯定。他说,…; 会上,市长某某强调,….
 */
export function remarksAtSitting(text: string): Speaker | undefined {
  const folded = fold(text.trim());
  const at = AT_SITTING.exec(folded)?.[0].length;
  if (at === undefined) return undefined;
  // (Where his office and name end: the first place the words before read as both, the remarks after.)
  const written = text.trim();
  for (let end = at + 4; end <= Math.min(folded.length, at + 40) && /[\p{sc=Han}、]/u.test(folded[end - 1]); end++) {
    const speaker = parseOfficeLine(written.slice(at, end));
    if (!speaker?.name || !speaker.office || !COMMON_SURNAMES.test(fold(speaker.name)) || !REMARKS_AT_SITTING.test(folded.slice(end))) continue;
    // (His whole name where his remarks come a sentence later, what he did opening after it: 某某某 + 代表区委…。他说, not 某某 + 某代表….)
    const longer = speaker.name.length === 2 && !SPOKE_AT_ONCE.test(folded.slice(end)) && ACTS_AFTER_NAME.test(folded.slice(end + 1)) ? parseOfficeLine(written.slice(at, end + 1)) : undefined;
    return longer?.name && longer.office ? longer : speaker;
  }
  return undefined;
}

/** How a lead goes on after the name of an official it says visited: 率队, 带领, 到, 深入, 一行, 利用5天时间, or the end of what it read. */
// (Its when perhaps first: 某某日前在某市调研, 某某1月4日到….)
const VISIT_BEGINS = /^(?:同志)?(?:日前|近日|近期|\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:[上下]午)?)?(?:率|带|到|来|深入|前往|赴|一行|在|先后|实地|利用[^,，。]{1,8}?时间|$)/u;

/**
 * An official joining a delegation's deliberation: 县委副书记、代县长某某参加人大第一代表团审议, 市长某某来到他所在的某某代表团, 市长某某到市十四届人大五次会议某某县代表团, 市委副书记某某在某区代表团一组参加了对政府工作报告的审议;
 * (在 before the joining not his name's: 县长某某在参加某某代表团、某某代表团审议…时强调.)
 */
export const JOINS_DELEGATION = /(?<who>[\p{sc=Han}、]{2,40}?)(?:以[^，,。]{2,12}身份)?(?:先后)?(?:在?(?:参加|来到|深入|到)[^，,。]{0,16}?代表团|在[^，,。]{2,16}?代表团[^，,。]{0,6}?参加了?[^，,。]{0,16}?审议)/du;

/** Who joined the delegation a headline or lead names, with his office as it or the lead writes it. */
export function delegationJoiner(text: string, lead: string): Speaker | undefined {
  const joined = JOINS_DELEGATION.exec(fold(text));
  const who = joined?.groups ? groupAsWritten(joined, 'who', text)! : undefined;
  if (!who) return undefined;
  // (Not the words a meeting studies, his remarks there: 召开全区领导干部大会学习贯彻市委书记某某在…代表团参加审议时的讲话精神.)
  if (/^(?:时的|时所作的)?(?:重要)?讲话精神/u.test(fold(text).slice(joined!.index + joined![0].length))) return undefined;
  const withOffice = OFFICE_NAME_CLOSING.exec(fold(who));
  if (withOffice?.groups) {
    const start = withOffice.index;
    return { name: who.slice(start + withOffice.groups.office.length), office: officeStart(who.slice(start, start + withOffice.groups.office.length)) };
  }
  // (A name alone, a surname's: 某某某参加某某市代表团审议; his office as the lead writes it.)
  if (!/^\p{sc=Han}{2,3}$/u.test(who) || !COMMON_SURNAMES.test(fold(who))) return undefined;
  const office = reportedOffice(lead, who);
  return office ? { name: who, office } : { name: who };
}

/** Who spoke, by a headline's deck of names and what each did: `某某出席并讲话 某某主持并讲话 某某等出席`. */
export function deckSpeakers(lines: string[]): Speaker[] {
  // (Or a headline run on to its deck by commas: 省政协十三届二次会议闭幕,某某某某出席,某某某主持并讲话; its parts after the first each
  // who attended, presided or spoke, not who reported, as a report's name may read: 辽宁省,政府工作报告.)
  const deckAfterCommas = (line: string) => !/。/u.test(line) && line.split(/[，,]/u).slice(1).every((part) => DECK_PART.test(fold(part.trim())) && /出席|主持|讲话|致辞/u.test(part));
  const deckLines = lines.filter((line) => !/[。，,]/u.test(line) || deckAfterCommas(line)).map((line) => line.replace(/^[^，,]*[，,]/u, '').replace(/[，,]/gu, ' '));
  for (const line of deckLines) {
    const parts = line.trim().split(/[\s\u3000]+/u);
    // (Names as written: the parts are matched folded, 繁體 as simplified.)
    const spoke = parts.flatMap((part) => {
      // (A name of four too, as the minorities' are, 达娃次仁出席并讲话; not an office, 县委书记.)
      const named = /^(?<name>\p{sc=Han}{2,4})(?:出席|主持)(?:会议|大会)?并(?:发表)?(?:重要)?讲话$/u.exec(fold(part));
      if (named && !OFFICE_AT_END.test(named.groups!.name)) return [{ name: part.slice(0, named.groups!.name.length) }];
      // (Or spoke, beside who presided or attended: 某某某致辞 某某主持 某某某某出席; a surname's name, not 新春致辞.)
      const spokeAlone = /^(?<name>\p{sc=Han}{2,3})(?:致辞|讲话|发表讲话)$/u.exec(fold(part));
      // (Beside them on the same line or on another of the deck's: 某某某某出席 / 某某发表讲话.)
      const beside = [...parts, ...deckLines.filter((other) => other !== line)].some((other) => other !== part && /(?:主持|出席)(?:会议|大会)?$/u.test(fold(other.trim())));
      if (spokeAlone && beside && COMMON_SURNAMES.test(spokeAlone.groups!.name)) return [{ name: part.slice(0, spokeAlone.groups!.name.length) }];
      // (Or gave the session's opening or closing address, after those who attended: 某某某某等出席某某某致闭幕辞.)
      // (Or the report, after who presided: 某某主持会议某某某代表国务院作政府工作报告; not the proposals report, 作提案工作报告,
      // nor the words after a caption's break: 省长某某代表省人民政府 / 向大会作政府工作报告.)
      const opened = /(?:^|出席)(?<name>\p{sc=Han}{2,3})致(?:开幕|闭幕)[辞词]$/u.exec(fold(part)) ?? /(?:^|主持(?:会议|大会)?)(?!向(?:大会|全会|会议))(?<name>\p{sc=Han}{2,3})(?:代表(?!团)\p{sc=Han}{0,10}?(?:政府|国务院|委员会|常委会|法院|检察院|委))?(?:作|做)(?!提案)《?\p{sc=Han}{0,12}?报告》?$/u.exec(fold(part));
      if (!opened) return [];
      const at = opened.index + opened[0].indexOf(opened.groups!.name);
      return [{ name: part.slice(at, at + opened.groups!.name.length) }];
    });
    if (spoke.length > 0 && parts.length <= 4) return spoke;
  }
  return [];
}

/** The speaker a `某某在…上强调` line names, with his office as the lead writes it before his name. */
export function spokenBy(who: string, lead: string): Speaker[] {
  // (His name before his title, as a chair is called: 由某某主席主持; his office left to the lines that list it.)
  const titled = /^(?<name>\p{sc=Han}{2,3}?)(?:主席|书记|县长|市长|区长|旗长|州长|镇长|乡长|主任)$/u.exec(fold(who))?.groups?.name;
  if (titled && COMMON_SURNAMES.test(titled)) return [{ name: who.slice(0, titled.length) }];
  const name = /\p{sc=Han}{2,3}$/u.exec(who)?.[0];
  if (!name) return [];
  const inLead = reportedOffice(lead, name);
  if (inLead) return [{ name, office: inLead }];
  const found = OFFICE_NAME_CLOSING.exec(fold(who));
  if (found?.groups) return [{ name: who.slice(found.index + found.groups.office.length), office: officeStart(who.slice(found.index, found.index + found.groups.office.length)) }];
  // (A name alone, not the place that held the meeting: 腾冲市组织召开….)
  return who.length <= 3 && !findMentions(fold(who)).some((m) => m.text.length === who.length) ? [{ name }] : [];
}

/** A seat on a meeting's presidium, written before names: no office (大会主席团常务委员会委员某某, 大会执行主席某某, 主席团常务主席某某). */
const SEAT = '(?:主席团(?:常务委员会)?(?:委员|成员)|执行主席|主席团常务主席)';
const PRESIDIUM_SEAT = new RegExp(`${SEAT}$`, 'u');
/** Seats listed after his offices, not offices themselves: 市委常委、县委书记、大会主席团常务主席、执行主席某某 → 市委常委、县委书记. */
const SEATS_AFTER_OFFICES = new RegExp(`(?<=\\p{sc=Han})(?:、(?:大会)?${SEAT})+$`, 'u');
const withoutSeats = (office: string) => {
  const seats = SEATS_AFTER_OFFICES.exec(fold(office));
  return seats ? office.slice(0, seats.index) : office;
};

/**
 * The office a lead writes right before a name: 市委常委、某区党工委书记张某 → 市委常委、某区党工委书记. (Where it names him more
 * than once, the first mention that gives one: 县领导某某、… 参加会议,县长某某主持会议 → 县长.)
 */
export function reportedOffice(lead: string, name: string): string | undefined {
  const folded = fold(lead);
  // (The name as written, 繁體 perhaps: found folded.)
  const written = fold(name);
  for (let at = folded.indexOf(written); at >= 0; at = folded.indexOf(written, at + written.length)) {
    const office = officeBefore(lead, folded, at, written);
    if (office !== undefined) return office;
  }
  return undefined;
}

/** The office right before one mention of a name in a lead (folded, the mention at `at`), or undefined. */
function officeBefore(lead: string, folded: string, at: number, name: string): string | undefined {
  if (at <= 0) return undefined;
  // (A space perhaps between, as a transcript's speaker tag prints them: 全国政协主席 俞正声:各位委员.)
  // (A seat on the meeting's presidium is not an office, alone or after his offices.)
  const before = withoutSeats(folded.slice(0, at).replace(/[ \u3000]+$/u, ''));
  if (PRESIDIUM_SEAT.test(before)) return undefined;
  const found = OFFICE_CLOSING.exec(before);
  if (found?.groups) return officeStart(afterListedOfficial(afterClause(lead.slice(found.index, before.length))));
  // (Or named further down a list of names under one office, each a surname's: 副主席某某、某某、虞某娟 → 副主席; not a list
  // that goes on to 等, its names of several offices, 市人大副主任某某、某某、某某等大会主席团成员, nor a presidium's seats.)
  const headEnd = before.endsWith('、') ? listHead(before) : undefined;
  if (headEnd === undefined) return undefined;
  if (/^(?:、\p{sc=Han}{2,3})*等/u.test(folded.slice(at + name.length))) return undefined;
  const head = before.slice(0, headEnd);
  if (PRESIDIUM_SEAT.test(head)) return undefined;
  const office = OFFICE_CLOSING.exec(head);
  return office?.groups ? officeStart(afterClause(lead.slice(office.index, head.length))) : undefined;
}

/** Words before an office from the verb of the clause they close on: 省人大代表听取了省长 → 省长. */
const afterClause = (words: string) => words.slice(words.lastIndexOf('了') + 1);

/** Words before an office from the last official listed before him with 、, by his office and name: 省委书记某某某、省长 → 省长. */
function afterListedOfficial(words: string): string {
  const folded = fold(words);
  const listed = [...folded.matchAll(/、/gu)].reverse().find(({ index }) => {
    const other = OFFICE_NAME_CLOSING.exec(folded.slice(0, index));
    return other?.groups && COMMON_SURNAMES.test(other.groups.name) && !OFFICE_AT_END.test(other.groups.name);
  });
  return listed ? words.slice(listed.index + 1) : words;
}

/**
 * Where the office over a list of names ends, the list running to the end of the words (副主席某某、某某、 → after 副主席): each name
 * a surname's of two or three, the office closing right before the first (市人大常委会副主任何某、, not 副主 + 任何某).
 */
function listHead(words: string): number | undefined {
  for (const length of [2, 3]) {
    const start = words.length - 1 - length;
    const name = words.slice(Math.max(0, start), -1);
    if (start <= 0 || !/^\p{sc=Han}+$/u.test(name) || !COMMON_SURNAMES.test(name)) continue;
    const rest = words.slice(0, start);
    const head = rest.endsWith('、') ? listHead(rest) : OFFICE_CLOSING.test(rest) ? start : undefined;
    if (head !== undefined) return head;
  }
  return undefined;
}

/** An office a session elects to: a secretary's, a chairman's, a director's or a government head's. */
const ELECTED_TO = new RegExp(`^\\p{sc=Han}{0,10}?(?:书记|主席|主任|${HEAD_OF_GOVERNMENT})(?=[,，。；;\\s]|$)`, 'u');

/** The office a line says a name was elected to: 某某某当选区委书记, 某某当选为县长 (an office the session gave him, before he spoke). */
function electedOffice(text: string, name: string): string | undefined {
  const folded = fold(text);
  const at = folded.indexOf(`${fold(name)}当选`);
  if (at < 0) return undefined;
  const from = at + name.length + 2 + (folded[at + name.length + 2] === '为' ? 1 : 0);
  const office = ELECTED_TO.exec(folded.slice(from));
  return office ? text.slice(from, from + office[0].length) : undefined;
}

/**
 * The office the lines give a speaker named bare, where they list him with it (省政协主席张某某), else where the headline or
 * the lines say he was elected to it (某某某当选区委书记): set on the speaker.
 */
export function giveListedOffices(speakers: Speaker[], lines: string[], headline = ''): void {
  for (const speaker of speakers) {
    if (!speaker.name || speaker.office) continue;
    const listed = listedOffice(speaker.name, lines) ?? [headline, ...lines].map((text) => electedOffice(text, speaker.name!)).find(Boolean);
    if (listed) speaker.office = listed;
  }
}

/** The office the first of the lines to list a name with one writes before it (省政协主席张某某). */
const listedOffice = (name: string, lines: string[]) => lines.map((text) => reportedOffice(text, name)).find(Boolean);

/** How a speaker names his own office in his opening: 请允许我以广州市市长的身份, 我以区委书记身份; or the office he was just elected to, 大会选举我担任丰城市人民政府市长. */
/** The words of a speaker just elected or appointed to an office, before it: 大会选举我担任…, 决定我为…. */
export const ELECTED_ME = '(?:选举|任命|决定)我(?:担任|为)';
const OWN_CAPACITY = new RegExp(`以(?<office>[^，,。；、“”\\s]{2,24}?)的?身份|${ELECTED_ME}(?<elected>[^，,。；、“”\\s]{2,24}?)(?=[，,。；])`, 'du');

/** A lone speaker's office as he names it himself in his opening: his only one, or fuller than the title's (市长欢迎词 → 市长; 以广州市市长的身份). */
export function ownOffice(speakers: Speaker[], opening: string): void {
  const [speaker] = speakers;
  if (speakers.length !== 1) return;
  const found = OWN_CAPACITY.exec(fold(opening));
  const office = found ? (groupAsWritten(found, 'office', opening) ?? groupAsWritten(found, 'elected', opening)) : undefined;
  // (The office he was elected to only for a speaker given none: a title's 市长 stays, as readers keep it.)
  const fuller = found?.groups?.office !== undefined && speaker.office !== undefined && fold(office!) !== fold(speaker.office) && fold(office!).endsWith(fold(speaker.office));
  if (office && (fuller || (!speaker.office && found?.groups?.elected !== undefined))) speaker.office = office;
}

/** The title a headline or a line gives a speaker named bare, after his name (【动态】某某区长在区政协九届三次会议闭幕式上的讲话 → 区长). */
export function giveTitlesAfterNames(speakers: Speaker[], lines: string[]): void {
  for (const speaker of speakers) {
    if (!speaker.name || speaker.office || !COMMON_SURNAMES.test(fold(speaker.name))) continue;
    const titled = new RegExp(`(?<![\\p{sc=Han}])${escapeRegExp(fold(speaker.name))}(?<title>${TITLE_AFTER_NAME})(?:同志)?(?=在|[:：,，\\s])`, 'u');
    for (const line of lines) {
      const found = titled.exec(fold(line));
      if (!found?.groups) continue;
      const at = found.index + speaker.name.length;
      speaker.office = line.slice(at, at + found.groups.title.length);
      break;
    }
  }
}

/** How an item says a session elected someone (folded): 选举朱某某为县十六届人大常委会主任, 选举了某某同志为镇人民政府镇长. */
const electedTo = (name: string) => new RegExp(`选举(?:了|产生)?${escapeRegExp(fold(name))}(?:同志)?(?:为|担任)(?<office>[^，,、。；;“”\\s]{2,24}?)(?=[，,、。；;]|$)`, 'u');

/** The office a session elected someone to, as the first of the lines that says it (and, if asked, names one `accept` takes) writes it. */
export function officeElectedTo(name: string, lines: string[], accept: (office: string) => boolean = () => true): string | undefined {
  const elected = electedTo(name);
  for (const line of lines) {
    const found = elected.exec(fold(line));
    const office = found?.groups?.office;
    if (!found || !office || !accept(office)) continue;
    const at = found.index + found[0].length - office.length;
    return line.slice(at, at + office.length);
  }
  return undefined;
}

/**
 * The fuller office a session elected a speaker to, where the item calls him by its short form (选举了某某同志为镇人民政府镇长 …
 * 某某镇长并在会上作了讲话 → 镇人民政府镇长): the office as the text states it most fully.
 */
export function giveElectedOffices(speakers: Speaker[], lines: string[]): void {
  for (const speaker of speakers) {
    if (!speaker.name || !speaker.office) continue;
    const short = fold(speaker.office);
    speaker.office = officeElectedTo(speaker.name, lines, (office) => office.length > short.length && office.endsWith(short)) ?? speaker.office;
  }
}

/** A people's government's level, as a report for it names it, and the office of its head: 县 → 县长, 自治州 → 州长. */
const HEAD_OF_LEVEL: Record<string, string> = { 省: '省长', 市: '市长', 州: '州长', 自治州: '州长', 盟: '盟长', 县: '县长', 自治县: '县长', 区: '区长', 旗: '旗长', 自治旗: '旗长' };

/**
 * The office of a speaker named bare who reported for a people's government to its congress (在热烈的掌声中，某某代表县人民政府
 * 向大会作政府工作报告): its head's, as that report is its head's to give, inferred with the sentence as evidence.
 */
export function headsReportingForGovernment(speakers: Speaker[], lines: string[]): { field: string; evidence: string }[] {
  const inferred: { field: string; evidence: string }[] = [];
  speakers.forEach((speaker, i) => {
    if (!speaker.name || speaker.office) return;
    // (His office written after his name, 某某县长代表县人民政府向大会作…: as written, no inference.)
    const named = `${escapeRegExp(fold(speaker.name))}(?:同志)?(?<written>代?(?:省|市|州|盟|县|区|旗)长)?`;
    // (Or, the report's only speaker, in his own words: 我代表区人民政府向大会作工作报告, 我代表县人民政府向大会报告工作.)
    const himself = speakers.length === 1 ? '|我' : '';
    const reported = new RegExp(`(?:${named}${himself})代表(?<level>自治州|自治县|自治旗|[省市州盟县区旗])(?:人民)?政府[,，]?(?:向(?:大会|全会|会议))?(?:(?:作|做)了?(?:《政府工作报告》|政府工作报告|工作报告|(?<titled>《[^》]{2,30}》))|(?<=向(?:大会|全会|会议))报告(?:政府)?工作)`, 'du');
    for (const line of lines) {
      const found = reported.exec(fold(line));
      if (!found?.groups) continue;
      // (A report by another title, 《凤凰体育》 where a mirror replaced it, only where his office is written.)
      if (found.groups.written) {
        speaker.office = groupAsWritten(found, 'written', line);
        return;
      }
      if (found.groups.titled) continue;
      // (Or where the lines list him with it, as a report's header does under a caption that names him bare: 晉中市人民政府市長 劉星.)
      const listed = listedOffice(speaker.name, lines);
      if (listed) {
        speaker.office = listed;
        return;
      }
      speaker.office = HEAD_OF_LEVEL[found.groups.level];
      const words = line.slice(found.index, found.index + found[0].length);
      inferred.push({ field: `speakers[${i}].office`, evidence: `原文未写${speaker.name}的职务；原文写“${words}”，代表${found.groups.level}人民政府向大会作政府工作报告的是${speaker.office}，据此推定。` });
      return;
    }
  });
  return inferred;
}
