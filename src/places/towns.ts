/**
 * Townships (镇, 乡, 苏木, 街道) as a text names them as a body of their own
 * (操军镇第十四届人民代表大会, 文龙镇召开…, 塘桥街道党工委), or in passing after
 * their own county (靖州县平茶镇文化活动中心), each with the
 * county (or city) it lies in, from the National Bureau of Statistics'
 * division codes (src/places/towns-table.ts). Many names are shared (城关镇
 * lies in dozens of counties): a mention carries every county that has one.
 */
import { divisionsNamed, type Division } from './gazetteer.ts';
import { TOWN_LINES } from './towns-table.ts';
import { TOWN_KINDS } from './towns-source.ts';
import { fold } from '../text/fold.ts';

export interface TownMention {
  /** The township as the text writes it. */
  text: string;
  start: number;
  /** The county (or city without counties, or county a province administers itself) of each township of that name. */
  divisions: Division[];
  /** The name the codes give it, when they list it under another (胡集回族乡 as 胡集乡; 左店乡, since made a town, as 左店镇). */
  listedAs?: string;
  /** The county the text names before it, as written (靖州县 before 平茶镇), when that is how it was found. */
  afterCounty?: string;
}

/** The codes the table was made from, as an evidence names them: change it with the table (npm run generate:towns). */
export const TOWN_CODES = '国家统计局2023年统计用区划代码';

let byName: Map<string, Division[]> | undefined;

/** Township name → the gazetteer's divisions it lies in; a line whose county the gazetteer does not know is passed over. */
function towns(): Map<string, Division[]> {
  if (byName) return byName;
  byName = new Map();
  for (const line of TOWN_LINES.split('\n')) {
    const [province, city, county, names] = line.split('\t');
    const [division] = divisionsNamed(county || city).filter((d) => d.province === province && (county ? !city || d.city === city : d.level === 'city'));
    if (!division) continue;
    for (const name of names.split(' ')) byName.set(name, [...(byName.get(name) ?? []), division]);
  }
  return byName;
}

/** Whether a name is a township's the codes list (大孟镇, 梅岭街道), or one they list under another (胡集回族乡, a 乡 since made a 镇); read folded. */
export function isTownName(name: string): boolean {
  return listedName(fold(name)) !== undefined;
}

/** The name the codes list a township under, folded: its own, or a former one (formerNames). */
function listedName(folded: string): string | undefined {
  return towns().has(folded) ? folded : formerNames(folded).find((name) => towns().has(name));
}

/**
 * A township named as a body acting or meeting: at the text's start or after a non-Han character, a date's 日, a year's 年, 在, 向 or
 * 代表, or the party's name (在鹅湖镇第六届人民代表大会…上, 我代表某某镇人民政府, 中国共产党某某镇第十六次党员代表大会),
 * and followed by its organ, its congress or what it does (第十四届, 人民代表大会, 人大, 党委, 党工委, 人民政府, 政府,
 * 办事处, 镇长, 召开, 举行, 举办, 胜利召开, 工作会议; where it held one before that, 在该镇五楼会议室召开). At least three characters, so a bare 兴镇 in 新兴镇 is never read.
 */
const TOWN_AS_BODY = new RegExp(`(?<=^|[^\\p{sc=Han}]|日|\\d年|[在向]|代表|中国共产党|中共)(\\p{sc=Han}{2,8}?(?:${TOWN_KINDS}))(?=第|[一二三四五六七八九十]+届|人民代表大会|人大|党委|党工委|人民政府|政府|办事处|镇长|乡长|召开|举行|举办|在[^，,。]{2,20}?(?:召开|举行|举办)|隆重|胜利|顺利|工作会议|经济工作|“?两会)`, 'gu');

/** A township named in passing, as a county's texts list theirs (巴彦花镇、绍根镇、扎嘎斯台镇; 各街道办事处和安邦乡): after a non-Han character, a list's 、 or 和/及/与. */
const TOWN_LISTED = new RegExp(`(?<=^|[^\\p{sc=Han}]|[、和及与日])(\\p{sc=Han}{2,8}?(?:${TOWN_KINDS}))`, 'gu');

/**
 * The names the codes may list a township under that a text names otherwise: an ethnic township without its people
 * (胡集回族乡 → 胡集乡), and a township since made a town (左店乡 → 左店镇), as many have been.
 */
function formerNames(name: string): string[] {
  const withoutPeople = /^(\p{sc=Han}{2,}?)\p{sc=Han}{1,4}族乡$/u.exec(name);
  const base = withoutPeople ? `${withoutPeople[1]}乡` : name;
  return base.endsWith('乡') ? [...(withoutPeople ? [base] : []), `${base.slice(0, -1)}镇`] : [];
}

/**
 * Every township a text names as a body (or, listed, in passing too), left to right; traditional characters are
 * read as simplified.
 */
export function findTowns(text: string, { listed = false } = {}): TownMention[] {
  const folded = fold(text);
  const found: TownMention[] = [];
  const pattern = new RegExp((listed ? TOWN_LISTED : TOWN_AS_BODY).source, 'gu');
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const listedAs = listedName(match[1]);
    const divisions = listedAs ? towns().get(listedAs) : undefined;
    if (divisions) found.push({ text: text.slice(match.index, match.index + match[1].length), start: match.index, divisions, ...(listedAs !== match[1] && { listedAs }) });
    // (A run that is no township may hold one further on: 日新开地乡 after 4月18.)
    else pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** A county's name, then a township's run on to it: 靖州县平茶镇, 东海县温泉镇; or its name's first two characters alone, 晋江东石镇. */
const TOWN_AFTER_COUNTY = new RegExp(`(?<=^|[^\\p{sc=Han}]|[在于到赴日])(?<county>\\p{sc=Han}{2,6}?[县区旗市]|\\p{sc=Han}{2})(?<town>\\p{sc=Han}{2,8}?(?:${TOWN_KINDS}))`, 'gu');

/**
 * Every township a text names after its county (靖州县平茶镇), wherever it stands: the county named is the one it lies
 * in, by the first two characters of its name (靖州县 for 靖州苗族侗族自治县), so one of a name shared elsewhere is settled.
 */
export function findTownsAfterCounty(text: string): TownMention[] {
  const folded = fold(text);
  const found: TownMention[] = [];
  for (const match of folded.matchAll(TOWN_AFTER_COUNTY)) {
    const { county, town } = match.groups!;
    const listedAs = listedName(town);
    // (The county's own name, or its first two characters and its kind's: 靖州县; the words before it are no part of it.)
    // (Or those two characters alone, the kind left out: 晋江 for 晋江市.)
    const writtenAs = (d: Division) => (county.endsWith(d.name) ? d.name : d.name.slice(0, 2) === county.slice(-3, -1) ? county.slice(-3) : county.length === 2 && d.name.startsWith(county) ? county : undefined);
    const divisions = (listedAs ? towns().get(listedAs) : undefined)?.filter((d) => writtenAs(d) !== undefined);
    if (!divisions || divisions.length !== 1) continue;
    const start = match.index + county.length;
    const named = writtenAs(divisions[0])!;
    found.push({ text: text.slice(start, start + town.length), start, divisions, afterCounty: text.slice(start - named.length, start), ...(listedAs !== town && { listedAs }) });
  }
  return found;
}
