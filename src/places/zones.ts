/**
 * Development zones, new areas and industrial parks named after their city (张家界经济开发区, 宁波国家高新区, 长春新区, 赣州蓉江新区,
 * 济南高新区, 苏州工业园区, 鄂尔多斯江苏工业园区): the code table lists no zones, so a zone stands where a
 * district does and its city is read from its name. Or after their county or district (涡阳经济开发区, 盐湖高新区), by
 * the bare name only that county uses: the zone lies in it, and its city is that county's. Pure.
 */
import { fold } from '../text/fold.ts';
import { bareDistrictNames, divisionsByShortName, divisionsNamed, type Division } from './gazetteer.ts';

/** The kinds of zone, as a pattern's source (also what closes a zone's name standing alone for its site). */
export const ZONE_KINDS = '经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|综合保税区|开发区|新区|工业园区|产业园区';
/** The words that end a zone's name, after its city's name (and 国家级 or 国家, if printed). */
const ZONE_WORD = new RegExp(`(?:国家级?)?(?:${ZONE_KINDS})`, 'gu');

/**
 * National zones and new areas named after neither their city nor a county whose bare name they share (东湖 is Wuhan's lake,
 * not Nanchang's 东湖区; 江北新区 is Nanjing's, not Chongqing's 江北区), each with its city. Those spanning several cities
 * (西咸新区, 贵安新区, 赣江新区) are not listed: no one city is theirs.
 */
const NAMED_AFTER_NEITHER: [stem: string, city: string][] = [
  ['东湖新技术', '武汉市'], ['东湖', '武汉市'], ['江北', '南京市'], ['金普', '大连市'], ['湘江', '长沙市'], ['天府', '成都市'], ['两江', '重庆市'],
];

/** A city a zone is named after: a prefecture's, or a municipality's (重庆两江新区, 北京经济技术开发区), whose zones lie under no city. */
const zoneCity = (division: Division) => division.level === 'city' || (division.level === 'province' && division.name === division.province && division.name.endsWith('市'));

export interface ZoneMention {
  /** The zone's name as printed: 张家界经济开发区. */
  name: string;
  /** The city its name begins with (a municipality perhaps, 北京经济技术开发区), or the city of the county it does. */
  city: Division;
  /** The county or district its name begins with (涡阳 of 涡阳经济开发区: 涡阳县), when not a city. */
  county?: Division;
  /** Set for a national zone named after neither its city nor a county (东湖高新区): its city is known by its name, not read from it. */
  national?: true;
}

/** The county or district a zone's name opens with, by its bare name (涡阳, 盐湖), and that county's city; none in a municipality. */
function countyZone(folded: string, at: number): { county: Division; city: Division; from: number } | undefined {
  for (const length of [4, 3, 2].filter((l) => l <= at)) {
    const county = bareDistrictNames().get(folded.slice(at - length, at));
    const city = county?.city ? divisionsNamed(county.city).find((d) => d.level === 'city') : undefined;
    if (county && city) return { county, city, from: at - length };
  }
  return undefined;
}

/** The zones a text names after a city the gazetteer knows by that short name, and only one city, or after one county. */
export function findZones(text: string): ZoneMention[] {
  const folded = fold(text);
  const zones: ZoneMention[] = [];
  for (const word of folded.matchAll(ZONE_WORD)) {
    const end = word.index + word[0].length;
    // (A national zone named after neither its city nor a county, 东湖高新区 after Wuhan's East Lake: its city by name.)
    const named = NAMED_AFTER_NEITHER.find(([stem]) => folded.slice(0, word.index).endsWith(stem));
    const namedCity = named ? divisionsNamed(named[1]).filter(zoneCity) : [];
    if (named && namedCity.length === 1) {
      // (Its province's name before it, as its official name has it: 湖南湘江新区, 四川天府新区.)
      const stemAt = word.index - named[0].length;
      const province = /^(\p{sc=Han}{2,3})省$/u.exec(namedCity[0].province)?.[1];
      const from = province && folded.slice(0, stemAt).endsWith(province) ? stemAt - province.length : stemAt;
      zones.push({ name: text.slice(from, end), city: namedCity[0], national: true });
      continue;
    }
    const byCity = cityZone(folded, word.index, word[0]);
    if (byCity) {
      zones.push({ name: text.slice(byCity.from, end), city: byCity.city });
      continue;
    }
    const byCounty = countyZone(folded, word.index);
    if (byCounty) zones.push({ name: text.slice(byCounty.from, end), city: byCounty.city, county: byCounty.county });
  }
  return zones;
}

/** The city a zone's name opens with (before the zone's `word` at `at`), and where its name starts. */
function cityZone(folded: string, at: number, word: string): { city: Division; from: number } | undefined {
  // (The longest city name before the word: 张家界, not 家界; before a new area's or a park's own name too, 赣州 + 蓉江 + 新区,
  // 鄂尔多斯 + 江苏 + 工业园区.)
  const own = (word === '新区' || word.endsWith('园区')) && /\p{sc=Han}{2}$/u.test(folded.slice(0, at)) ? [0, 2] : [0];
  for (const [length, between] of own.flatMap((skip) => [4, 3, 2].filter((l) => l + skip <= at).map((l) => [l, skip] as const))) {
    const end = at - between;
    const cities = divisionsByShortName(folded.slice(end - length, end)).filter(zoneCity);
    if (cities.length !== 1) continue;
    // (A city's name before that one is the zone's city, the other name its own: 益阳 + 长春经开区 lies in 益阳市.)
    const start = end - length;
    // (Not the same city's full name before its zone, 济南市济南高新区, nor another city's, 杭州市宁波高新区: two names.)
    const before = [4, 3, 2]
      .filter((l) => start - l >= 0 && !/[市州盟]$/u.test(folded.slice(start - l, start)))
      .map((l) => ({ from: start - l, found: divisionsByShortName(folded.slice(start - l, start)).filter((d) => zoneCity(d) && d.name !== cities[0].name) }))
      .find(({ found }) => found.length === 1);
    return before ? { city: before.found[0], from: before.from } : { city: cities[0], from: start };
  }
  return undefined;
}

/** A zone's name short for its kind (池州开发区, 某某经开区, 某某高新区): its stem, and the kinds its full name may print. */
const SHORT_ZONE = /^(?<stem>\p{sc=Han}{2,8}?)市?(?<kind>经开区|开发区|高新区)$/u;
const FULL_KINDS: Record<string, string> = { 经开区: '经济技术开发区|经济开发区', 开发区: '经济技术开发区|经济开发区', 高新区: '高新技术产业开发区|高新技术开发区' };

/** A zone named short for its kind, by the full name the `lines` print for it (池州开发区, 信息来源:池州经济技术开发区), as printed; else as named. */
export function zoneInFull(zone: string, lines: readonly string[]): string {
  const short = SHORT_ZONE.exec(fold(zone))?.groups;
  if (!short) return zone;
  const text = lines.join('\n');
  // (The stem is Chinese characters only: nothing in it to escape.)
  const full = new RegExp(`${short.stem}市?(?:${FULL_KINDS[short.kind]})`, 'u').exec(fold(text));
  return full ? text.slice(full.index, full.index + full[0].length) : zone;
}
