/**
 * Speaker lines: the line under a report's title or dateline that names who
 * gives it, as pages print it:
 *
 *   省长 王予波 · 上海市市长 龚 正 · 自治区人民政府主席　包钢
 *   甘肃省人民检察院检察长朱玉 (no space) · 栗 俊 昌 (a name alone, spaced)
 *
 * Names lose the spaces pages put between their characters.
 */
import { fold } from '../../src/text/fold.ts';
import { COMMON_SURNAMES, CONVENES, HAS_NAME_DOT, NAME_DOT, OFFICE_ENDING, PAPER_ENDING, RESOURCE_CHIEFS, SECTION_WORD } from './vocabulary.ts';
import { KIND_TYPES } from './titles.ts';
import { WEEKDAY } from './dates.ts';
import { PAGE_LABELS } from './meta-line.ts';

export interface SpeakerLine {
  name: string;
  office?: string;
}

// (Or an ampersand an entity left when its name was lost: 县长 & 某 某, from &nbsp;.)
const GAP = '[ \\t\\u3000\\u00a0&]';
const SPACED_NAME = `\\p{sc=Han}(?:${GAP}*\\p{sc=Han}){1,3}`;
/** After an office and a gap, a name may be longer (乌云其木格) or have a middle dot (努尔·白克力). */
const LONG_NAME = `\\p{sc=Han}(?:${GAP}*(?:\\p{sc=Han}|${NAME_DOT})){1,7}`;
/** `市长 王 某 某`, `某某市市长:某某某`: an office, a gap or a colon, then the (spaced) name; the office perhaps in two parts (宁波市委副书记 市长 某某某). */
const OFFICE_PART = `(?:\\p{sc=Han}[\\p{sc=Han}、，,]{0,30}?)?${OFFICE_ENDING}`;
const OFFICE_GAP_NAME = new RegExp(`^(?<office>(?:${OFFICE_PART}${GAP}+)?${OFFICE_PART})(?:${GAP}*[:：]${GAP}*|${GAP}+)(?<name>${LONG_NAME})$`, 'u');
/** An office's words: 省长, 代市长, 县委副书记、县长. */
const OFFICE_WORDS = `(?:\\p{sc=Han}[\\p{sc=Han}、]{0,30})?${OFFICE_ENDING}`;
/** `检察长朱玉`: an office and a name of two or three characters, unspaced. */
const OFFICE_NAME = new RegExp(`^(?<office>${OFFICE_WORDS})(?<name>\\p{sc=Han}{2,3})$`, 'u');
/** Unspaced, an office ending in 代表 or 委员 is too often a headline's words (新代表取经), one in 河长 too (某县扎实推进河长制工作). */
const WEAK_SUFFIX = new RegExp(`(?:代表|委员|${RESOURCE_CHIEFS.join('|')})$`, 'u');
const NAME_ALONE = new RegExp(`^(?<name>${SPACED_NAME})$`, 'u');
/** An office letter-spaced, by one space or a few, then a name written close: 州 长 尕玛朋措, 市  长  某某某 (a name letter-spaced too is not told from the office). */
const LETTER_SPACED_OFFICE = /^(?<office>\p{sc=Han}(?:[ \u3000]{1,3}\p{sc=Han}){1,5})[ \u3000]+(?<name>\p{sc=Han}{2,6})$/u;

/**
 * Words that end like an office but are not followed by a name; a column's name (时事, 要闻, 文摘); a weekday; a menu's list after a
 * body's title (主席团名单); a clause's 在 (县委副书记在讲话致辞); a header table's label without its colon (生成日期, 发布机构); a
 * library's label of one version of a text (某某某版); a headline's line on a body that met, its office's word run on into the body
 * (主席团召开: 主席 + 团召开), or a caption on those seated on its rostrum (某某某某等在主席台就座: 主席 + 台就座); a caption's 宣誓 after those newly elected (新当选的某县人民政府县长、副县长宣誓).
 */
const NOT_A_NAME = new RegExp(`^(同志|代表|委员|讲话|报告|致辞|发言|宣誓|工作|会议|时事|要闻|政务|头条|热点|原创|专题|推荐|职务|文摘|快讯|资讯|动态|图文|视频|本地|综合|${WEEKDAY})$|(?:名单|简介|成员|日期|时间|机构|单位|部门|文号|编号|形式|有效)$|^[在的团]|(?:召开|举行|就座|就坐)$|^(?:讲话|发言|致辞|主持)稿$|^\\p{sc=Han}{3}版$`, 'u');
/** A paper's name, read folded: 某某日报, 某某晚報. */
const PAPER_NAME_END = new RegExp(`(?:${PAPER_ENDING})$`, 'u');

/** An office's words inside what was read as a name. */
const OFFICE_IN_NAME = /市长|县长|区长|省长|州长|旗长|书记|主任|主席/u;

const squeeze = (name: string) => name.replace(/[\s\u00a0\u3000]+/g, '');

/** Who convenes or chairs, in what was read as an office: 某市政府召开市长 + 碰头会. */
const CONVENING = new RegExp(CONVENES, 'u');

/** A host's words for receiving a guest. */
const RECEIVED = /会见|会晤|接见|看望|慰问/u;

/** The speaker a line names with an office, if it is such a line. */
export function parseOfficeLine(line: string): SpeakerLine | undefined {
  // (After a paper's box mark, as a byline is: □某某市人民政府市长 李 刚.)
  const text = line.trim().replace(/^[□■]\s*(?=\p{sc=Han})/u, '');
  // (Its office letter-spaced, the name not: 州 长 尕玛朋措.)
  const spacedOffice = LETTER_SPACED_OFFICE.exec(text);
  if (spacedOffice?.groups) {
    const office = squeeze(spacedOffice.groups.office);
    const read = parseOfficeLine(`${office} ${spacedOffice.groups.name}`);
    return read?.office === office ? read : undefined;
  }
  const folded = fold(text);
  const spaced = OFFICE_GAP_NAME.exec(folded);
  const unspaced = spaced ? null : OFFICE_NAME.exec(folded);
  const match = spaced ?? (unspaced?.groups && !WEAK_SUFFIX.test(unspaced.groups.office) ? unspaced : null);
  if (!match?.groups) return undefined;
  const office = text.slice(0, match.groups.office.length);
  const name = squeeze(text.slice(folded.length - match.groups.name.length));
  // (Nor two speakers on one line, 市委书记 某某某 市长 某某某, read as one long name.)
  // (Nor the kind of address after an office: 市长欢迎词.)
  if (NOT_A_NAME.test(name) || OFFICE_IN_NAME.test(name) || fold(name) in KIND_TYPES || name.length < 2 || name.length > (spaced ? 8 : 3)) return undefined;
  // (Nor a headline's words after its office and a space, 新任某县县委书记 第二天去了哪里: a name longer than six has its middle dot,
  // and one of five or six holds no document's or task's words.)
  if (name.length > 4 && !HAS_NAME_DOT.test(name) && (name.length > 6 || NOT_IN_LONGER_NAME.test(fold(name)))) return undefined;
  // (Nor a headline on one receiving another, 某某会见某集团董事长某某: the guest's office after the host's verb; nor on a meeting
  // held, 某市政府召开市长碰头会: the meeting's words after the office.)
  if (RECEIVED.test(fold(office)) || CONVENING.test(fold(office))) return undefined;
  return { office, name };
}

/** A longer name of the minorities, written without a dot (巴达日拉图, 乌云其木格): five or six characters. */
const LONGER_NAME_ALONE = /^(?<name>\p{sc=Han}{5,6})$/u;
/**
 * Words of a document, a body, a post or a site, which a name of five or six does not hold (政府工作报告, 人民代表大会, 某某范文网), nor
 * a slogan's words, the last line of a title broken over three (取得更大成效), nor a place's (昆山市淀山湖, a disclosure table's value).
 */
const NOT_IN_LONGER_NAME = /[省市县区镇乡]|报告|讲话|致辞|发言|工作|会议|大会|政府|人民|委员|书记|主任|领导|同志|代表|网|范文|文库|取得|推进|成效|发展|建设|实现|加快|全面|奋力|努力|奋斗|坚持|创新|落实|提升|打造|决胜|攻坚/u;

/**
 * A name standing alone on its line (`栗 俊 昌`), two to four characters; or, `longer`, where the lines around it say it is a name
 * (between a speech's title and its day), five or six.
 */
export function parseNameLine(line: string, longer = false): SpeakerLine | undefined {
  const text = line.trim();
  const match = NAME_ALONE.exec(text) ?? (longer && !NOT_IN_LONGER_NAME.test(fold(text)) ? LONGER_NAME_ALONE.exec(text) : null);
  if (!match?.groups) return undefined;
  const name = squeeze(match.groups.name);
  // (Nor a kind of document letter-spaced under its title: 工 作 报 告.)
  // (Nor a weekday under a site's clock: 星期一; nor one of the page's own labels left without its value: 字数, 作者; nor an e-paper's
  // name over its day, 某某日报 / 2025年04月12日.)
  return name.length >= 2 && name.length <= (longer ? 6 : 4) && !OFFICE_ALONE.test(name) && !SECTION_WORD.test(fold(name)) && !(fold(name) in KIND_TYPES) && !NOT_A_NAME.test(name) && !PAPER_NAME_END.test(fold(name)) && !PAGE_LABELS.includes(name) ? { name } : undefined;
}

/** A body's name, a wide gap, then a name, as an address signed for a body prints it: `中共某某市委员会     普布顿珠`, `某某市人民政府   陈   军`. */
const BODY_SIGNATURE = new RegExp(`^(?<body>(?:中共|中国共产党)?\\p{sc=Han}{2,12}?(?:委员会|人民政府|政府|人大常委会|政协))(?:${GAP}){2,}(?<name>${LONG_NAME})$`, 'u');

/** The signer of a line signing an address for a body, the body's name as his office, as written. */
export function parseBodySignature(line: string): SpeakerLine | undefined {
  const text = line.trim();
  const match = BODY_SIGNATURE.exec(fold(text));
  if (!match?.groups) return undefined;
  const name = squeeze(text.slice(text.length - match.groups.name.length));
  if (name.length < 2 || name.length > 8 || NOT_A_NAME.test(name) || OFFICE_IN_NAME.test(name)) return undefined;
  return { office: text.slice(0, match.groups.body.length), name };
}

/** An office, then its holder's name masked, as a model-essay site prints it (市长 ***, 县委书记××, 区长 XXX), perhaps after his surname (市委书记孟XX). */
const MASKED_HOLDER = new RegExp(`^(?<office>${OFFICE_WORDS})[ \\t\\u3000]*(?<name>(?<surname>\\p{sc=Han})?[*×xX○]{2,4})$`, 'u');

/** The office of a line naming it with its holder's name masked, as written, and the name when his surname is printed. */
export function maskedHolder(line: string): { office: string; name?: string } | undefined {
  const text = line.trim();
  const match = MASKED_HOLDER.exec(fold(text));
  if (!match?.groups) return undefined;
  const office = text.slice(0, match.groups.office.length);
  if (match.groups.surname === undefined) return { office };
  // (A surname the office does not end in: 孟 of 市委书记孟XX, not 记 of 书记.)
  return COMMON_SURNAMES.test(match.groups.surname) ? { office, name: text.slice(text.length - match.groups.name.length) } : undefined;
}

/** An office alone on its line (省长, 代市长, 县委副书记、县长), as a page converted from a PDF prints it over the name. */
export const OFFICE_ALONE = new RegExp(`^${OFFICE_WORDS}$`, 'u');

/** A second office's start: the party's (中共某市委) or a place's (某市人民政府). */
const SECOND_OFFICE_START = /^(?:中共|中国共产党|\p{sc=Han}{1,8}?[省市县区州旗盟])/u;

/**
 * Two speakers on one line, as an address signed by two prints them: `市委书记 某某某 市长 某某某`, `市委书记某某某 市长某某某`, or the first name
 * run into the second office (`中共某市委书记 某某某某市人民政府市长 某某某`, the second office opening with its place).
 */
export function parseSpeakerPair(line: string): [SpeakerLine, SpeakerLine] | undefined {
  const text = line.trim();
  const parts = text.split(new RegExp(`${GAP}+`, 'u'));
  const office = (part: string) => OFFICE_ALONE.test(fold(part)) && !WEAK_SUFFIX.test(fold(part));
  const name = (part: string) => /^\p{sc=Han}{2,3}$/u.test(part) && !NOT_A_NAME.test(part) && !OFFICE_IN_NAME.test(part);
  if (parts.length === 4 && office(parts[0]) && name(parts[1]) && office(parts[2]) && name(parts[3])) {
    return [{ office: parts[0], name: parts[1] }, { office: parts[2], name: parts[3] }];
  }
  // (Each office run into its name: 市委书记某某某 市长某某某.)
  const joined = parts.length === 2 ? parts.map((part) => OFFICE_NAME.exec(fold(part))?.groups) : [];
  if (joined.length === 2 && joined.every((found) => found && !WEAK_SUFFIX.test(found.office) && name(found.name))) {
    const [first, second] = parts.map((part, i) => ({ office: part.slice(0, joined[i]!.office.length), name: part.slice(joined[i]!.office.length) }));
    return [first, second];
  }
  if (parts.length !== 3 || !office(parts[0]) || !name(parts[2])) return undefined;
  for (const length of [3, 2]) {
    const [first, second] = [parts[1].slice(0, length), parts[1].slice(length)];
    if (name(first) && office(second) && SECOND_OFFICE_START.test(fold(second))) return [{ office: parts[0], name: first }, { office: second, name: parts[2] }];
  }
  return undefined;
}
