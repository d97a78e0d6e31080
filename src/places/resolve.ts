/**
 * Where a document belongs, from the places its title, meeting and speakers'
 * offices name. Pure: the caller says which texts to read and what each is.
 *
 * A level the texts name is stated; a level above it comes from the
 * gazetteer and is inferred, with that as its evidence. Texts that name two
 * provinces, or a district the gazetteer knows in several cities with
 * nothing to tell them apart, give only what they settle.
 */
import { DIVISION_CODES, findMentions, PREFECTURE_BODIES, type Division, type DivisionLevel, type Mention } from './gazetteer.ts';
import { findZones, type ZoneMention } from './zones.ts';
import { fold } from '../text/fold.ts';

export interface PlaceText {
  /** What the text is, in Chinese, for the evidence: 会议名称, 标题, 讲话人职务. */
  label: string;
  text: string;
  /** People the text names, whose names are no places though they be one's: 北京市政协…开幕 吉林作报告. */
  people?: string[];
}

export interface ResolvedPlace {
  province?: string;
  city?: string;
  district?: string;
  /** The levels filled from the gazetteer rather than the texts, each with its evidence. */
  inferred: { level: DivisionLevel; evidence: string }[];
  /** What the texts name, for the lifted-line record: 黄山市 (会议名称). */
  stated: { level: DivisionLevel; name: string; label: string }[];
}

interface Found extends Mention {
  label: string;
  source: string;
}

const LEVEL_RANK: Record<DivisionLevel, number> = { province: 0, city: 1, district: 2 };

/** A single value when every candidate agrees on it. */
function agreed(values: (string | undefined)[]): string | undefined {
  const set = new Set(values);
  return set.size === 1 ? values[0] : undefined;
}

/**
 * The place, with a development zone named after its city (张家界经济开发区) as
 * its district when the texts name no district of the code table: the zone is
 * stated (in simplified characters); its city, unless named too, is inferred
 * from the zone's name.
 */
export function resolvePlace(texts: PlaceText[]): ResolvedPlace {
  const place = resolveDivisions(texts);
  if (place.district) return place;
  const zones = texts.flatMap(({ label, text }) => findZones(text).map((zone) => ({ ...zone, label, source: text })));
  // (Most texts name no zone: the cities they name are read again only for one that does.)
  if (zones.length === 0) return place;
  // (Not a zone whose city is not one the texts name, where they name any: 镜湖新区 in 绍兴市委常委、越城区委书记、…镜湖新区开发办党组书记 is no
  // zone of 芜湖's 镜湖区, though the texts, naming 绍兴市 and a namesake of 天津's 滨海新区, leave the place unsettled.)
  const namedCities = new Set(texts.flatMap(({ text }) => findMentions(text).map((m) => agreed(m.divisions.map((d) => (d.level === 'city' ? d.name : undefined))))).filter((c) => c !== undefined));
  // (A zone named once with its city and once without, 杭州钱塘新区 and 钱塘新区, is one zone, by its fuller name.)
  const fitting = zones
    .filter(({ city }) => (!place.city || city.name === place.city) && (!place.province || city.province === place.province))
    .filter(({ city }) => namedCities.size === 0 || namedCities.has(city.name))
    .filter((zone, _, all) => !all.some((other) => fold(other.name) !== fold(zone.name) && fold(other.name).endsWith(fold(zone.name))));
  const names = new Set(fitting.map((zone) => fold(zone.name)));
  if (fitting.length === 0 || names.size > 1 || new Set(zones.map((zone) => zone.city.name)).size > 1) return place;
  // (In simplified characters, as the code table's names are: a facet lists one zone under one name.)
  const zone = { ...fitting[0], name: fold(fitting[0].name) };
  if (zone.county) return inCounty(place, { ...zone, county: zone.county });
  const evidence = (name: string) =>
    `${zone.label}“${zone.source}”写${zone.name}；${zone.national ? `${zone.name}为${zone.city.name}的国家级开发区或新区，其名不取自所在城市或县区` : `${zone.name}以${zone.city.name.replace(/市$/u, '')}为名，属${zone.city.name}`}${name === zone.city.province && name !== zone.city.name ? `，${zone.city.name}属${name}（据${DIVISION_CODES}）` : ''}，原文未写${name}。`;
  const result: ResolvedPlace = { ...place, inferred: [...place.inferred], stated: [...place.stated, { level: 'district', name: zone.name, label: zone.label }], district: zone.name };
  // (A municipality's zone, 两江新区, lies under no city: the municipality is its province.)
  const municipality = zone.city.level === 'province';
  if (!place.city && !municipality) {
    result.city = zone.city.name;
    result.inferred.push({ level: 'city', evidence: evidence(zone.city.name) });
  }
  if (!place.province && (municipality || zone.city.province !== zone.city.name)) {
    result.province = zone.city.province;
    result.inferred.push({ level: 'province', evidence: evidence(zone.city.province) });
  }
  return result;
}

/**
 * The place of a zone named after its county (涡阳经济开发区): that county, its city and province, each inferred from the zone's
 * name, with the levels the texts name kept.
 */
function inCounty(place: ResolvedPlace, zone: ZoneMention & { county: Division; label: string; source: string }): ResolvedPlace {
  const { county } = zone;
  const evidence = (name: string) =>
    `${zone.label}“${zone.source}”写${zone.name}；${zone.name}以${county.name.replace(/[区县旗]$/u, '')}为名，当在${county.name}${name === county.name ? '' : `，${county.name}属${name}`}（据${DIVISION_CODES}），原文未写${name}。`;
  const result: ResolvedPlace = { ...place, inferred: [...place.inferred], stated: [...place.stated], district: county.name };
  result.inferred.push({ level: 'district', evidence: evidence(county.name) });
  if (!place.city) {
    result.city = zone.city.name;
    result.inferred.push({ level: 'city', evidence: evidence(zone.city.name) });
  }
  if (!place.province) {
    result.province = county.province;
    result.inferred.push({ level: 'province', evidence: evidence(county.province) });
  }
  return result;
}

/** Whether a mention lies inside one of the people's names where the text prints it. */
function withinName(text: string, mention: Mention, people: string[]): boolean {
  const end = mention.start + mention.text.length;
  return people.some((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (at <= mention.start && end <= at + name.length) return true;
    return false;
  });
}

function resolveDivisions(texts: PlaceText[]): ResolvedPlace {
  const found: Found[] = texts.flatMap(({ label, text, people = [] }) =>
    findMentions(text)
      .filter((m) => !withinName(text, m, people))
      .map((m) => ({ ...m, label, source: text })),
  );
  const empty: ResolvedPlace = { inferred: [], stated: [] };
  if (found.length === 0) return empty;

  // What the unambiguous mentions settle: the province and city they agree on.
  const provinces = new Set(found.map((m) => agreed(m.divisions.map((d) => d.province))).filter((p): p is string => p !== undefined));
  if (provinces.size > 1) return empty;
  const [province] = provinces;
  const cityMentions = found.filter((m) => m.divisions.every((d) => d.level === 'city'));
  const cities = new Set(cityMentions.map((m) => agreed(m.divisions.filter((d) => !province || d.province === province).map((d) => d.name))).filter((c) => c !== undefined));
  if (cities.size > 1) return empty;
  const [city] = cities;

  const fits = (d: Division) => (!province || d.province === province) && (!city || d.level !== 'district' || d.city === city || d.city === undefined);
  // The divisions the mentions settle, each one named and allowed by the others.
  const settled: { division: Division; mention: Found }[] = [];
  let unresolvedDistrict: Found | undefined;
  for (const mention of found) {
    const candidates = mention.divisions.filter(fits);
    const levels = new Set(candidates.map((d) => d.level));
    if (levels.size !== 1) continue;
    if (candidates.length > 1) {
      if (levels.has('district')) unresolvedDistrict ??= mention;
      continue;
    }
    settled.push({ division: candidates[0], mention });
  }

  if (settled.length === 0) {
    // 新华区 with no city named: the district is stated, its city is not known. (Not one form two divisions go by, 东乡县 for
    // 东乡族自治县 and for the county 东乡区 was: which the text means is not known.)
    if (!unresolvedDistrict || new Set(unresolvedDistrict.divisions.map((d) => d.name)).size > 1) return empty;
    const name = unresolvedDistrict.divisions[0].name;
    return { district: name, inferred: [], stated: [{ level: 'district', name, label: unresolvedDistrict.label }] };
  }

  const deepest = Math.max(...settled.map((s) => LEVEL_RANK[s.division.level]));
  const atDeepest = settled.filter((s) => LEVEL_RANK[s.division.level] === deepest);
  const distinct = atDeepest.filter((s, i) => atDeepest.findIndex((t) => t.division.name === s.division.name) === i);
  const chain: Partial<Record<DivisionLevel, string>> = {};
  const [first] = distinct;
  chain.province = agreed(distinct.map((s) => s.division.province));
  const cityOf = (d: Division) => (d.level === 'city' ? d.name : d.city);
  if (chain.province) chain.city = agreed(distinct.map((s) => cityOf(s.division)));
  if (distinct.length === 1 && first.division.level === 'district') chain.district = first.division.name;
  // A district the texts name in passing, ambiguous but within the settled city or province.
  if (!chain.district && unresolvedDistrict && distinct.length === 1) {
    const within = unresolvedDistrict.divisions.filter((d) => d.level === 'district' && d.province === chain.province && (!chain.city || d.city === chain.city));
    if (within.length === 1) chain.district = within[0].name;
  }

  const named = (level: DivisionLevel, name: string) => found.find((m) => m.divisions.some((d) => d.level === level && d.name === name));
  const sources = distinct.map((s) => s.mention);
  const what = [...new Set(sources.map((m) => m.text))].join('、');
  const byLabel = new Map<string, Set<string>>();
  for (const m of sources) byLabel.set(m.label, (byLabel.get(m.label) ?? new Set()).add(`“${m.source}”`));
  const where = [...byLabel].map(([label, quoted]) => `${label}${[...quoted].join('')}`).join('，');
  // (A county since made a district is in the code table under its name today: 赣县, now 赣县区.)
  const renamed = distinct
    .map((s) => s.division)
    .filter((d) => d.nowNamed)
    .map((d) => `；${d.name}今为${d.nowNamed}`)
    .join('');
  // (A prefecture named by its party committee or its office: 阿克苏地委 is 阿克苏地区's.)
  const byBody = [...new Set(distinct.filter((s) => PREFECTURE_BODIES.some((body) => fold(s.mention.text).endsWith(body)) && /地区$/u.test(s.division.name)).map((s) => `；${s.mention.text}为${s.division.name}的${s.mention.text.slice(-2)}`))].join('');
  const result: ResolvedPlace = { ...chain, inferred: [], stated: [] };
  for (const level of ['province', 'city', 'district'] as const) {
    const name = chain[level];
    if (!name) continue;
    const mention = named(level, name);
    if (mention) result.stated.push({ level, name, label: mention.label });
    else {
      result.inferred.push({
        level,
        evidence: `${where}写${what}；${what}${distinct.length > 1 ? '均' : ''}属${name}（据${DIVISION_CODES}${renamed}${byBody}），原文未写${name}。`,
      });
    }
  }
  return result;
}
