/**
 * Step 5, place: where the document belongs, from the places its title,
 * meeting, speakers' offices and issuer name (src/places/resolve.ts). A level
 * the gazetteer supplies (the province of a named city) is recorded as
 * inferred, with its evidence, as an editor would; so is a place only the
 * page's source (来源:永泰县) or the body, speaking for it (全县…景县), names.
 */
import { resolvePlace, type PlaceText, type ResolvedPlace } from '../../src/places/resolve.ts';
import type { Draft } from './draft.ts';
import { ownItemLines } from './own-item.ts';
import { BREADCRUMB_SEPARATOR, BREADCRUMB_START, isRemovedBreadcrumb } from './chrome.ts';
import { fold } from '../../src/text/fold.ts';
import { withoutPinyinGlosses } from '../../src/text/pinyin-gloss.ts';
import { bareCityNames, bareDistrictNames, bareDivisionNamed, DIVISION_CODES, divisionsNamed, findMentions, wordlikeCityNames, type Division, type DivisionLevel, type Mention } from '../../src/places/gazetteer.ts';
import { findTowns, findTownsAfterCounty, TOWN_CODES } from '../../src/places/towns.ts';
import { findZones, zoneInFull } from '../../src/places/zones.ts';
import { COMMON_SURNAMES, OFFICE_BEFORE_NAME } from './vocabulary.ts';
import { placeTag } from './title-choice.ts';
import { escapeRegExp } from './folded-match.ts';

/** A national meeting: what is delivered there belongs to no province, whatever places its headlines name. */
const NATIONAL = /全国人民代表大会|全国人大|全国政协|政协第[一二三四五六七八九十]+届全国委员会|中国人民政治协商会议全国委员会|中国共产党第[一二三四五六七八九十]+次全国代表大会/u;

/**
 * A national work conference, named for the whole country (全国水利厅局长会议, 2024年全国生态环境保护工作会议, 全国春季农业生产暨
 * 森林草原防火工作会议): national wherever it is held and whichever province's leaders welcome it. (Not a place's meeting on a
 * national title it seeks, 全国文明城市创建推进会, nor one passing on a national meeting's spirit, 传达全国两会精神会议.)
 */
const NATIONAL_CONFERENCE = /^(?:\d{4}年度?)?全国(?!文明|卫生城市|两会)(?:(?!创建|精神|传达|学习)\p{sc=Han}){2,30}(?:工作会议|厅局长会议|电视电话会议)$/u;

/** A title on a national meeting watched or discussed where the page belongs: 我县组织收看十四届全国人大二次会议开幕会. */
const WATCHED_FROM_AFAR = /收看|观看|收听|热议|传达学习|学习贯彻|学习传达/u;

export function readPlace(draft: Draft): Draft {
  const { facts } = draft;
  const watched = Boolean(facts.title && facts.titleFromSource && WATCHED_FROM_AFAR.test(fold(facts.title)));
  const nationalMeeting = facts.meeting !== undefined && (NATIONAL.test(fold(facts.meeting)) || NATIONAL_CONFERENCE.test(fold(facts.meeting)));
  if ((nationalMeeting && !watched) || facts.reportsForStateCouncil) {
    return { ...draft, facts: { ...facts, place: { national: true } } };
  }
  const texts: PlaceText[] = [];
  if (facts.meeting) texts.push({ label: '会议名称', text: withoutCompanyPlaces(uncommemorated(facts.meetingInFull ?? facts.meeting)) });
  const people = facts.speakers.map(({ name }) => name).filter((name): name is string => Boolean(name && name.length >= 2));
  if (facts.title && facts.titleFromSource) texts.push({ label: '标题', text: withoutCompanyPlaces(blanked(uncommemorated(facts.title), GUEST)), people });
  if (facts.pageHeadline) texts.push({ label: '网页标题', text: facts.pageHeadline, people });
  // (The place a document site tags the title's line with, (广东省)2020年某某县… or …谋新篇(广德市), which the title leaves out.)
  const titleLine = facts.titleFromSource ? draft.lines.find((line) => line.disposition.kind === 'lifted' && line.disposition.fields.includes('title')) : undefined;
  const tag = titleLine ? placeTag(titleLine.text) : undefined;
  if (tag) texts.push({ label: '网页在标题旁标注', text: tag });
  // (Not a visitor's, from a level above the place the text speaks for.)
  if (!facts.speakersVisiting) for (const speaker of facts.speakers) if (speaker.office) texts.push({ label: '讲话人职务', text: speaker.office });
  if (facts.issuer) texts.push({ label: '发布机构', text: facts.issuer });
  if (facts.reportingBody) texts.push({ label: facts.documentType === 'work-report' ? '报告开头' : '讲话开头', text: facts.reportingBody });
  if (facts.meetingHost) texts.push({ label: '报道所称会议召集机关', text: facts.meetingHost });
  const named = resolvePlace(texts);
  // (A township the header or the lead names as a body, 操军镇第十四届人民代表大会, places a text whose county it does not name.)
  const lead = ownItemLines(draft).slice(0, LEAD_REACH).map((line) => ({ label: '正文', text: line.text.trim() }));
  const town = named.district ? NONE : townNamed([...texts, ...lead], named, ownSites(draft));
  if (placed(town)) return placedAt(draft, town);
  // (The body's first lines, read for the places it names in passing.)
  const bodyText = ownItemLines(draft).slice(0, BODY_REACH).map((line) => line.text).join('\n');
  // (A district several cities have, named without its city, 龙华区: in the one of them the body names.)
  if (named.district && !named.city) {
    const namesake = namesakeIn(named, bodyText);
    if (placed(namesake)) return placedAt(draft, namesake);
  }
  if (placed(named)) return placedAt(draft, named);
  // (A leader's visit to one city or county the headline names bare, 吴政隆在扬州调研时强调…: the place visited, whatever his level.)
  const visited = facts.title && facts.titleFromSource ? visitedPlace(facts.title) : NONE;
  if (placed(visited)) return placedAt(draft, visited);
  const headings = [
    ...(facts.meeting ? [{ label: '会议名称', text: facts.meeting }] : []),
    ...(facts.title ? [{ label: '标题', text: facts.title }] : []),
    // (A speaker's offices by their level alone, every one of it, 县委书记, 县委副书记、县长, say the level the text speaks for as plainly.)
    ...(facts.speakersVisiting ? [] : facts.speakers.flatMap(({ office }) => (office && ofOneLevel(office) ? [{ label: '讲话人职务', text: ownPosts(office) }] : []))),
  ];
  const published = publishedBy(facts.publisher);
  const source = placed(published) ? published : sitOn(draft);
  // (How the text speaks for its level, read once for the body's place and its news site's.)
  const levels = levelsSpoken(bodyText, headings);
  // (The body's mentions, found once for every reading of it below.)
  const bodyMentions = findMentions(bodyText);
  const body = namedInBody(bodyText, bodyMentions, levels, [source.province, source.city]);
  if (!placed(source) && !placed(body)) {
    const site = localNewsSite(draft, levels);
    if (placed(site)) return placedAt(draft, site);
    const paper = provincialPaper(draft, levels);
    if (placed(paper)) return placedAt(draft, paper);
    const opening = cityAndCountyOpening(lead);
    if (placed(opening)) return placedAt(draft, opening);
    const zone = zoneSpokenFor(lead, levels);
    if (placed(zone)) return placedAt(draft, zone);
    const heldIn = provinceHeldIn(lead, levels);
    if (placed(heldIn)) return placedAt(draft, heldIn);
    const towns = townsListed(bodyText, levels);
    if (placed(towns)) return placedAt(draft, towns);
    const listed = provinceOfPlacesListed(bodyMentions, levels);
    if (placed(listed)) return placedAt(draft, listed);
    const convening = cityConvening(lead);
    if (placed(convening)) return placedAt(draft, convening);
    const delegation = cityDelegation([...(facts.title ? [{ label: '标题', text: facts.title }] : []), ...lead]);
    return placedAt(draft, placed(delegation) ? delegation : provinceStudied(bodyText, bodyMentions));
  }
  // (A city's portal reposting its district's news, 来源:连云港市人民政府: the body's own district, in that city, is deeper.)
  const deeper = body.district && (source.city ? body.city === source.city : body.province === source.province);
  if (placed(source) && !deeper) return placedAt(draft, source);
  // (Or the body's city alone, where the page's local news site is a county's in it, 来源:海安日报 with 全市 and 南通市 once: the
  // county-level city the text speaks for as 全市.)
  const site = !source.city && !body.district && body.city ? localNewsSite(draft, levels) : NONE;
  return placedAt(draft, site.district && site.city === body.city ? site : body);
}

/** A party or government organ a meeting commemorates, founded long ago (纪念中共东昌县委成立90周年座谈会): no place of the meeting's own (its place may be named otherwise now); not a place itself, 纪念延边朝鲜族自治州成立60周年. */
const COMMEMORATED = /纪念[^，,。]{2,30}?(?:委|支部|党组织|政府)(?:成立|诞生|建立|创建|组建)\d{1,3}周年/u;

/** What follows a place's name that opens a company's: 上海 + 杉杉科技有限公司. */
const COMPANY_AFTER = /^\p{sc=Han}{1,10}?(?:有限(?:责任)?公司|集团)/u;

/** A meeting's name or a title without the places that open a company's name (…引进上海杉杉科技有限公司项目…签约仪式): the company's seat, not where the meeting is. */
function withoutCompanyPlaces(text: string): string {
  const folded = fold(text);
  return findMentions(text)
    .filter((mention) => COMPANY_AFTER.test(folded.slice(mention.start + mention.text.length)))
    .reduce((blank, mention) => blankSpan(blank, mention.start, mention.text.length), text);
}

/** A text with `length` characters from `start` blanked, its length kept, so the rest is read as written. */
const blankSpan = (text: string, start: number, length: number) => `${text.slice(0, start)}${' '.repeat(length)}${text.slice(start + length)}`;

/** A text's words with what `pattern` finds (read folded) blanked, its length kept, so the rest is read as written. */
function blanked(text: string, pattern: RegExp): string {
  const found = pattern.exec(fold(text));
  return found ? blankSpan(text, found.index, found[0].length) : text;
}

/** A meeting's or title's words without what it commemorates. */
const uncommemorated = (text: string) => blanked(text, COMMEMORATED);

/** Whom a title says its leaders met, a visitor from elsewhere (…会见香港特别行政区行政长官某某): the visitor's place is not the text's. */
const GUEST = /(?<=会见|会晤|接见)了?\S{2,40}$/u;

/**
 * A district several cities have, named without its city (龙华区第二届人民代表大会第二次会议), in the one of those cities the
 * body names, in full or by its bare name (深圳): the levels above it inferred, with that evidence.
 */
function namesakeIn(named: ResolvedPlace, bodyText: string): ResolvedPlace {
  const namesakes = divisionsNamed(named.district!).filter((d) => d.level === 'district');
  if (namesakes.length < 2) return NONE;
  const folded = fold(bodyText);
  const wordlike = new Set(wordlikeCityNames());
  // (How the body writes each one's city or municipality: in full, or by a bare name that is no word.)
  const written = (above: string) => (folded.includes(above) ? above : [...bareCityNames()].find(([stem, city]) => city.name === above && !wordlike.has(stem) && folded.includes(stem))?.[0]);
  const within = namesakes.filter((d) => written(d.city ?? d.province));
  if (within.length !== 1) return NONE;
  const [district] = within;
  const above = district.city ?? district.province;
  const evidence = `同名的${district.name}有${namesakes.length}个，正文写“${written(above)}”，据此推定本篇属${above}${district.name}。`;
  const result: ResolvedPlace = { ...named, province: district.province, city: district.city, inferred: [...named.inferred] };
  if (district.city) result.inferred.push({ level: 'city', evidence });
  result.inferred.push({ level: 'province', evidence: district.city ? `${evidence.replace(/。$/u, '')}；${district.city}属${district.province}（据${DIVISION_CODES}）。` : evidence });
  return result;
}

/** An office's posts but a seat on the province's standing committee before them, a city's head's: 省委常委、市委书记 → 市委书记. */
function ownPosts(office: string): string {
  const seat = /^(?:省委|自治区党委)常委、(?=[市州盟])/u.exec(fold(office));
  return seat ? office.slice(seat[0].length) : office;
}

/** Whether each of an office's posts names its body by the same level word alone: 县委副书记、县长, 省委常委、市委书记, not 市委常委、某新区党工委书记. */
function ofOneLevel(office: string): boolean {
  const levels = fold(ownPosts(office)).split('、').map((post) => /^副?(省|县|市|区|旗|州|盟)/u.exec(post)?.[1]);
  return levels.every((level) => level !== undefined && level === levels[0]);
}

/** Whether the news is of a visit by the city's own leaders alone (市委书记某某到某区调研), each office the city's by its level word. */
function cityLeadersVisit({ documentType, datedByRemarks, speakers }: Draft['facts']): boolean {
  return documentType === 'news' && Boolean(datedByRemarks) && speakers.length > 0 && speakers.every(({ office }) => office && ofOneLevel(office) && /^副?[市州盟]/u.test(fold(office)));
}

function placedAt(draft: Draft, found: ResolvedPlace): Draft {
  const { facts } = draft;
  // (Where a city's leaders went, a district of it, is not where the text belongs: the city is, as its leaders are; unless the
  // district tells it, calling itself 我县 or 我区: 副市长某某来我县调研.)
  const toldByDistrict = () => draft.lines.slice(0, ZONE_REACH).some((line) => /我[县区旗]/u.test(fold(line.text)));
  const visited = found.district && found.city && !found.district.endsWith('市') && cityLeadersVisit(facts) && !toldByDistrict();
  const went = visited ? `；本篇所记为${found.city}的领导到${found.district}的活动，故所属地方只取到${found.city}` : '';
  const resolved = visited ? { ...found, district: undefined, inferred: found.inferred.filter(({ level }) => level !== 'district').map((item) => ({ ...item, evidence: item.evidence.replace(/。$/u, `${went}。`) })) } : found;
  const place = { province: resolved.province, city: resolved.city, district: resolved.district && zoneInFull(resolved.district, draft.lines.slice(0, ZONE_REACH).map((line) => line.text)) };
  const inferred = resolved.inferred.map(({ level, evidence }) => ({ field: `place.${level}`, evidence }));
  return { ...draft, facts: { ...facts, place, inferred: [...facts.inferred, ...inferred] } };
}

/** How many of the page's first lines a zone's full name is looked for in: its header and lead. */
const ZONE_REACH = 40;

/** How many of the body's first lines a township acting as a body is looked for in: a news lead's. */
const LEAD_REACH = 4;

/**
 * The county a text's townships lie in (src/places/towns.ts), when they agree on one: of a township's namesakes, those
 * within the province and city the texts name. That county and the levels above it are inferred, the township their evidence;
 * the levels the texts name stay stated.
 */
function townNamed(texts: PlaceText[], named: ResolvedPlace, sites: OwnSite[]): ResolvedPlace {
  // (Named as a body, or in passing after its own county: 靖州县平茶镇文化活动中心.)
  const mentions = texts.flatMap(({ label, text }) => [...findTowns(text), ...findTownsAfterCounty(text)].map((town) => ({ ...town, label, source: text })));
  const within = (d: Division) => (!named.province || d.province === named.province) && (!named.city || d.city === named.city || (d.level === 'city' && d.name === named.city));
  // (Of namesakes in several counties, the one whose own news the page is: 胡集回族乡, 来源:民权网.)
  const fitting = mentions
    .map((mention) => {
      const fit = mention.divisions.filter(within);
      const site = fit.length > 1 ? sites.find((own) => fit.filter((d) => d.name === own.county).length === 1) : undefined;
      return { ...mention, fit: site ? fit.filter((d) => d.name === site.county) : fit, site };
    })
    .filter(({ fit }) => fit.length === 1);
  const counties = new Set(fitting.map(({ fit }) => fit[0].name));
  if (counties.size !== 1) return NONE;
  const [{ fit: [division], text: town, label, source, divisions, listedAs, afterCounty, site }] = fitting;
  const among = site ? `${site.where}“${site.site}”，是${division.name}本地的新闻，在${division.name}的只有这一个` : `在${named.city ?? named.province}的只有这一个`;
  const namesakes = divisions.length > 1 ? `；同名的${fold(town)}有${divisions.length}个，${among}` : '';
  // (Named after its county in a short form, 靖州县平茶镇: the text names the county so, not by its name.)
  const unnamed = afterCounty ? `原文只以“${afterCounty}”称本篇所属县` : `原文未写本篇所属${division.level === 'city' ? '市' : '县'}`;
  const evidence = `${unnamed}；${label}“${source}”写${afterCounty ?? ''}${town}，${listedAs ? `区划代码作${listedAs}，` : ''}${fold(listedAs ?? town)}属${division.name}（据${TOWN_CODES}${namesakes}），据此推定本篇属${division.name}。`;
  // (Only its city, where the texts name two counties or more of it, as a leader's visit to several does: 先后到郾城区、临颍县….)
  const ofCity = division.level === 'district' ? division.city : undefined;
  const countiesNamed = ofCity ? [...new Set(texts.flatMap(({ text }) => findMentions(text).flatMap((m) => m.divisions.filter((d) => d.level === 'district' && d.city === ofCity).map((d) => d.name))))] : [];
  const city = ofCity && countiesNamed.length > 1 ? divisionsNamed(ofCity).find((d) => d.level === 'city') : undefined;
  const found = city
    ? withLevelsAbove(city, `原文未写本篇所属地方；正文写${countiesNamed.join('、')}，同属${city.name}，据此推定本篇属${city.name}。`, '')
    : withLevelsAbove(division, evidence, '');
  // (What the texts named stays as they named it.)
  const kept = (level: DivisionLevel) => named.stated.some((s) => s.level === level);
  return { ...found, stated: named.stated, inferred: [...named.inferred, ...found.inferred.filter(({ level }) => !kept(level) && !named.inferred.some((i) => i.level === level))] };
}

/**
 * Where a text belongs that speaks for its district (全区, 区党工委工作会议) and names no division, but whose lead names
 * one development zone after its city (冬日的盐城经开区大地…区党工委工作会议召开): that zone, inferred, and its city and
 * province by its name (src/places/zones.ts).
 */
function zoneSpokenFor(lead: PlaceText[], levels: LevelsSpoken): ResolvedPlace {
  const [level] = ownLevel(levels);
  if (level !== '区') return NONE;
  const zones = lead.flatMap(({ text }) => findZones(text));
  if (new Set(zones.map((zone) => fold(zone.name))).size !== 1) return NONE;
  const found = resolvePlace([{ label: '正文', text: zones[0].name }]);
  if (!found.district) return NONE;
  const selfNamed = selfNaming(levels, level);
  const evidence = `原文未写本篇所属地方；${selfNamed}，${selfNamed.startsWith('正文') ? '并' : '正文'}写${zones[0].name}，据此推定本篇属${found.district}。`;
  return { ...found, stated: found.stated.filter(({ level }) => level !== 'district'), inferred: [{ level: 'district', evidence }, ...found.inferred] };
}

/** Where a lead says its meeting was held, by a city's name, full or bare: 在兰州召开, 在昆明举行. */
/**
 * Where a text belongs that names no place of its own but opens a sentence of its lead with a county and its city, in full
 * (改革见成效。宝鸡市扶风县在县纪委十四届七次全会上…): that county, inferred, the sentence its evidence.
 */
function cityAndCountyOpening(lead: PlaceText[]): ResolvedPlace {
  for (const { text } of lead) {
    const mentions = findMentions(text);
    for (const [at, city] of mentions.entries()) {
      const county = mentions[at + 1];
      const [parent] = city.divisions;
      const opensSentence = city.start === 0 || /[。；;！!\s]/u.test(text[city.start - 1]);
      if (!county || !opensSentence || city.divisions.length !== 1 || parent.level !== 'city' || county.start !== city.start + city.text.length) continue;
      const inCity = county.divisions.filter((d) => d.level === 'district' && d.city === parent.name);
      if (inCity.length !== 1) continue;
      const named = `${city.text}${county.text}`;
      return inferredFrom(named, '正文', (name) => `原文未写本篇所属地方；正文导语中一句以“${named}”起头，据此推定本篇属${name}。`);
    }
  }
  return NONE;
}

/** Whether a text speaks for its province (全省, 我省, a 省 heading), at least twice and twice as often as for any level below. */
function speaksForProvince(levels: LevelsSpoken): boolean {
  const province = levels.get('省')?.said ?? 0;
  const [, lower] = ownLevel(levels);
  return province >= BODY_MENTIONS && lower * 2 <= province;
}

const HELD_IN = /在(?<city>\p{sc=Han}{2,8}?)(?:隆重|胜利|顺利)?(?:召开|举行|开幕)/u;

/**
 * Where a text belongs that speaks for its province (全省…会议) and names none, when its lead says the meeting was held
 * in a city (全省卫生健康工作会议在兰州召开): the province that city lies in, inferred, the city its evidence.
 */
function provinceHeldIn(lead: PlaceText[], levels: LevelsSpoken): ResolvedPlace {
  if (!speaksForProvince(levels)) return NONE;
  for (const { text } of lead) {
    const held = HELD_IN.exec(fold(text));
    if (!held?.groups) continue;
    const written = held.groups.city;
    const named = divisionsNamed(written).filter((d) => d.level === 'city');
    const city = named.length === 1 ? named[0] : bareCityNames().get(written);
    if (!city || !/(?:省|自治区)$/u.test(city.province)) continue;
    const selfNamed = selfNaming(levels, '省');
    const evidence = `原文未写本篇所属省份；${selfNamed}，${selfNamed.startsWith('正文') ? '并' : '正文'}写会议“${held[0]}”；${city.name}属${city.province}（据${DIVISION_CODES}），据此推定本篇属${city.province}。`;
    return { province: city.province, stated: [], inferred: [{ level: 'province', evidence }] };
  }
  return NONE;
}

/** How many townships of one county a county's text must name for the county to be its own, and twice as many as of any other. */
const TOWNS_LISTED = 2;

/**
 * Where a text belongs that speaks for its county (全县, 我区) and names no county, but names its townships in passing
 * (参加付井镇代表团的讨论…纸店镇作为…; 巴彦花镇、绍根镇、扎嘎斯台镇): the county that has at least two of them, one a name
 * no other county has, and twice as many as any other county. Every level inferred, the townships its evidence.
 */
function townsListed(text: string, levels: LevelsSpoken): ResolvedPlace {
  const [level, said, other] = ownLevel(levels);
  if (!level || LEVEL_OF[level] !== 'district' || said < BODY_MENTIONS || other * 2 > said) return NONE;
  const towns = new Map<string, { division: Division; names: Set<string>; unique: boolean }>();
  for (const { text: town, divisions } of findTowns(text, { listed: true })) {
    for (const division of divisions) {
      const county = towns.get(division.name) ?? { division, names: new Set<string>(), unique: false };
      county.names.add(fold(town));
      county.unique ||= divisions.length === 1;
      towns.set(division.name, county);
    }
  }
  const [first, second] = [...towns.values()].sort((a, b) => b.names.size - a.names.size);
  if (!first || !first.unique || first.names.size < TOWNS_LISTED || (second && second.names.size * 2 > first.names.size)) return NONE;
  const named = [...first.names].join('、');
  const evidence = `原文未写本篇所属县；${selfNaming(levels, level)}，正文写${named}，均属${first.division.name}（据${TOWN_CODES}），据此推定本篇属${first.division.name}。`;
  return withLevelsAbove(first.division, evidence, '');
}

/** How many cities or counties of one province a provincial text must name, and of no other, for that province to be its own. */
const PLACES_LISTED = 2;

/**
 * Where a text belongs that speaks for its province (全省…会议, 我省) and names none, but names its cities and counties in
 * passing (东方市、澄迈县农业农村部门负责人作经验交流发言): the province that holds at least two of them and every other
 * city or county it names. Only the province, inferred, those places its evidence.
 */
function provinceOfPlacesListed(mentions: Mention[], levels: LevelsSpoken): ResolvedPlace {
  if (!speaksForProvince(levels)) return NONE;
  const places = mentions.filter((m) => m.divisions.length === 1 && m.divisions[0].level !== 'province');
  // (Each as the text writes it, 陵水县 for 陵水黎族自治县.)
  const written = new Map(places.map((m) => [m.divisions[0].name, m.text]));
  const provinces = new Set(places.map((m) => m.divisions[0].province));
  const [only] = provinces;
  if (written.size < PLACES_LISTED || provinces.size !== 1 || !/(?:省|自治区)$/u.test(only)) return NONE;
  const evidence = `原文未写本篇所属省份；${selfNaming(levels, '省')}，正文写${[...written.values()].join('、')}，均属${only}（据${DIVISION_CODES}），据此推定本篇属${only}。`;
  return { province: only, stated: [], inferred: [{ level: 'province', evidence }] };
}

/** A lead's sentence opening with a city's bare name as who convened the meeting, its day perhaps before it: 1月20日,东莞召开…. */
const CITY_CONVENES = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,，]?)?(?<city>\p{sc=Han}{2,3}?)(?:隆重|正式)?(?:召开|举行)/u;

/**
 * Where a text belongs that names no place of its own but whose lead says a city convened its meeting, by the city's bare
 * name (1月20日,东莞召开2022年市级部门预算批复会议): that city, inferred, the sentence its evidence.
 */
function cityConvening(lead: PlaceText[]): ResolvedPlace {
  for (const { text } of lead) {
    const found = CITY_CONVENES.exec(fold(text));
    const city = found?.groups ? bareCityNames().get(found.groups.city) : undefined;
    if (!found || !city) continue;
    const said = text.slice(0, found[0].length);
    return withLevelsAbove(city, `原文未写本篇所属地方；正文导语写“${said}”，${found.groups!.city}即${city.name}，据此推定本篇属${city.name}。`, '');
  }
  return NONE;
}

/** A government's own name as a page's source (来源:永泰县, 来源:福安市人民政府办公室, 来源:辰溪县小龙门乡, 来源:梁园区委办), not a paper's or a site's. */
const GOVERNMENT_SOURCE = /^\p{sc=Han}{1,10}[省市县区州旗盟](?:(?:\p{sc=Han}{1,6}(?:乡|镇|街道))?(?:人民政府|政府|\p{sc=Han}{1,8}?(?:局|委员会|厅))?(?:办公室|办公厅|门户网站|网站)?|(?:委|政府)办|委(?:宣传部|组织部|统战部|办公室|政法委))$/u;

/**
 * Where a document belongs when its text names no place but its page's source is a government (来源:永泰县): that
 * government's place, every level inferred, the source its evidence.
 */
function publishedBy(publisher: string | undefined): ResolvedPlace {
  if (!publisher || !GOVERNMENT_SOURCE.test(fold(publisher.trim()))) return NONE;
  return inferredFrom(publisher.trim(), '来源', (name) => `原文未写本篇所属地方；网页所注来源为“${publisher.trim()}”，据此推定本篇属${name}。`);
}

/** The site a breadcrumb starts at, by its name (当前位置:武汉市某区人民政府网站 > 政务公开 > …), or its first part after the home page (您的位置: 首页 >六安新闻>…). */
const BREADCRUMB_SITE = new RegExp(`${BREADCRUMB_START.source}\\s*(?:(?:网站)?首[页頁]\\s*(?:>|»|›|→|＞)\\s*)?(?<site>[^>»›→＞\\s]{2,24}?)\\s*(?:>|»|›|→|＞)`, 'u');

/** Where a document belongs when nothing else says but the government's site it sits on, as its breadcrumb names it: inferred. */
function sitOn(draft: Draft): ResolvedPlace {
  for (const written of breadcrumbSites(draft)) {
    if (!GOVERNMENT_SOURCE.test(fold(written))) continue;
    return inferredFrom(written, '网站', (name) => `原文未写本篇所属地方；网页的位置栏以“${written}”为其网站，据此推定本篇属${name}。`);
  }
  return NONE;
}

/** The sites the page's breadcrumbs start at, as written. */
function breadcrumbSites(draft: Draft): string[] {
  return draft.lines.slice(0, 12).flatMap((line) => {
    const text = line.text.trim();
    const site = BREADCRUMB_SITE.exec(fold(text))?.groups?.site;
    // (Folding keeps each character's place: the site as the page wrote it is at the same index.)
    return site ? [text.slice(fold(text).indexOf(site), fold(text).indexOf(site) + site.length)] : [];
  });
}

/** The columns a page's breadcrumb, removed as chrome, passes through, as written (网站首页 > 新闻中心 > 某县要闻: 新闻中心, 某县要闻). */
function breadcrumbColumns(draft: Draft): string[] {
  return draft.lines
    .slice(0, 12)
    .filter(isRemovedBreadcrumb)
    // (Its items spaced apart where it prints no separator: 首頁 新聞中心 鎮江新聞.)
    .flatMap((line) => line.text.trim().split(BREADCRUMB_SEPARATOR.test(line.text) ? BREADCRUMB_SEPARATOR : /\s+/u).slice(1).map((item) => item.trim()))
    .filter((item) => item !== '');
}

const NONE: ResolvedPlace = { inferred: [], stated: [] };
/** Whether a place was found at any level. */
const placed = (found: ResolvedPlace) => Boolean(found.province || found.city || found.district);

/** How far into the body a place it names in passing is looked for. */
const BODY_REACH = 60;
/** How often the body must say its level and name its place, each at least twice as often as any other: a place named once may be another's (学习广州市经验), unless by its own organ (中共某市人大常委会党组), which counts twice. */
const BODY_MENTIONS = 2;
/** The division a text's own word for its place stands for: 全省 a province, 全市 a prefecture's city (not a county-level 市), 全县 a county. */
const LEVEL_OF: Record<string, DivisionLevel> = { 省: 'province', 市: 'city', 州: 'city', 盟: 'city', 县: 'district', 区: 'district', 旗: 'district' };
/** How often the body of a text that speaks for some place must name one province, twice as often as any other, for that province to be its own when nothing else places it (对青海工作的重大要求). */
const PROVINCE_MENTIONS = 3;
let bareCityRegex: RegExp | undefined;
let wordlikeCityRegex: RegExp | undefined;
/** The cities' bare names (src/places/gazetteer.ts), longest first, not where the full name (郴州市) or a longer word goes on. */
const bareCityPattern = () => (bareCityRegex ??= new RegExp(`(?:${[...bareCityNames().keys()].sort((a, b) => b.length - a.length).join('|')})(?![市县区])`, 'gu'));
let bareDistrictRegex: RegExp | undefined;
/** The bare district names as one pattern, longest first, not followed by their level word (虹口, not 虹口区, which a mention reads), nor as a mountain, a road, a street, an island, a bay, a lake or a river (祁连山, 广阳岛).
 * (The longest name at a place, taken whole, `(?=(…))\\1`: 东昌府路 is a road, not 东昌 before 府.)
 * (Nor before 库, where its last character is a reservoir's 水: 友邻水库 names no 邻水; nor as a mining area, 木里矿区, named for
 * the mountain or the field, not the county.) */
const bareDistrictPattern = () => (bareDistrictRegex ??= new RegExp(`(?=(${[...bareDistrictNames().keys()].sort((a, b) => b.length - a.length).join('|')}))\\1(?![区县旗市山路街岛湾湖江河库矿])`, 'gu'));
let wordlikeSloganRegex: RegExp | undefined;
/** A city's bare name that is also a word (WORDLIKE_CITY_STEMS), in a slogan of its own place: 中国式现代化长治篇章, 大同新篇章. */
const wordlikeSloganPattern = () => (wordlikeSloganRegex ??= new RegExp(`(?<=中国式现代化)(?:${wordlikeCityNames().join('|')})|(?:${wordlikeCityNames().join('|')})(?=新?篇章)`, 'gu'));
/** How often the text names the city, of those whose names are also words (中山, 遵义), that it names most. */
function wordlikeCityCount(text: string): number {
  wordlikeCityRegex ??= new RegExp(`(?:${wordlikeCityNames().join('|')})(?![市县区])`, 'gu');
  const seen = new Map<string, number>();
  for (const [name] of fold(text).matchAll(wordlikeCityRegex)) seen.set(name, (seen.get(name) ?? 0) + 1);
  return Math.max(0, ...seen.values());
}

/** A division's organ right after its name: 委, 人大, 人民政府, 政协 (某市委, 某县人大常委会). */
const ORGAN = /^(?:委|人大|人民代表大会|人民政府|政府|政协)/u;
/** The level a text speaks for in its own words: 全县, 我市, 本区. */
const SPEAKS_AS = /(?:全|我|本|该)(省|县|市|区|旗|州|盟)(?!域)/gu;
/** A meeting or headline of a body named by its level alone, as its own place names it (县十七届人大五次会议, 市政府第六次全体会议, 县政协…, 自治县十八届人大…; 自治区十四届人大… a province's), or its head's office alone (县长): the text speaks for that level. */
const OWN_BODY = /^(?:自治(?=[县州旗]))?(自治区|省|县|市|区|旗|州|盟)(?:委|政府|人大|人民代表大会|政协|第?[一二三四五六七八九十]+届|长$)/u;

/**
 * Where a document belongs when neither its header nor its source names a place, but its body does: the division of
 * the level it speaks for (全县, 我县: a county) that it names at least twice, and twice as often as any other of
 * that level (实现安吉县…推动安吉县); failing that, the province it names most (对青海工作的重大要求), at least three
 * times and twice as often as any other. Every level inferred, with that evidence.
 */
function namedInBody(text: string, mentions: Mention[], levels: LevelsSpoken, known: (string | undefined)[]): ResolvedPlace {
  if (levels.size === 0) return onlyDistrictNamed(mentions);
  const selfNamed = (level: string) => selfNaming(levels, level);
  // (The text's own word, said often and far more than any other's: a city's report says 全市, and 全区 of a district it
  // names. 全省 is weighed apart: a county's text says it of its province, 全省县域经济先进县.)
  const [level, said, other] = ownLevel(levels);
  const spokenFor = level && said >= BODY_MENTIONS && other * 2 <= said;
  const own = spokenFor ? ownDivision(text, mentions, level, selfNamed(level), known) : NONE;
  if (placed(own)) return own;
  // (A district's or county's text speaks of its city too, 在全市排名第一, as often as of itself: its own division, when
  // it lies in the one city the body names.)
  const lower = ['区', '县', '旗'].find((word) => (levels.get(word)?.said ?? 0) >= BODY_MENTIONS);
  const parentsOnly = lower && [...levels.keys()].every((word) => word === lower || ['省', '市', '州', '盟'].includes(word));
  // (Not read again when that was the level just read.)
  const inCity = lower && parentsOnly && !(spokenFor && level === lower) ? ownDivision(text, mentions, lower, selfNamed(lower), known) : NONE;
  const citiesNamed = new Set(mentions.filter((m) => m.divisions.length === 1 && m.divisions[0].level === 'city').map((m) => m.divisions[0].name));
  if (placed(inCity) && inCity.city && citiesNamed.size === 1 && citiesNamed.has(inCity.city)) return inCity;
  const province = levels.get('省')?.said ?? 0;
  const asProvince = province >= BODY_MENTIONS && province >= said ? ownDivision(text, mentions, '省', selfNamed('省'), known) : NONE;
  return placed(asProvince) ? asProvince : provinceNamed(text, mentions);
}

/**
 * The one district or county a text that never speaks of its own level (no 全区, no 我县) names, in full, twice or more, and
 * no other place beside its own city and province (关于《政府工作报告(征求意见稿)》解读 … 符合尖山区发展实际 … 对尖山区经济…): its
 * place, inferred.
 */
function onlyDistrictNamed(mentions: Mention[]): ResolvedPlace {
  const [named] = mentions.filter((m) => m.divisions.length === 1 && m.divisions[0].level === 'district');
  if (!named) return NONE;
  const district = named.divisions[0];
  const own = (m: Mention) => m.divisions.some((d) => d.name === district.name || d.name === district.city || d.name === district.province);
  const inFull = mentions.filter((m) => m.divisions.length === 1 && m.divisions[0].name === district.name && fold(m.text) === district.name);
  if (inFull.length < BODY_MENTIONS || !mentions.every(own)) return NONE;
  return withLevelsAbove(district, `原文未写本篇所属地方；正文${inFull.length}次写${district.name}，未写其他地方，据此推定本篇属${district.name}。`, '');
}

/** A city's delegation to its province's congress at its own meeting, by the city's bare name: 济南代表团举行全体会议. */
const CITY_DELEGATION = /(?:(?<!\p{sc=Han})|(?<=的))(\p{sc=Han}{2,3}?)代表团(?=举行|召开|全体会议|审议|分组)/u;

/** The city whose delegation a congress's news is about (出席省十四届人大三次会议的济南代表团举行全体会议): its place, inferred. */
function cityDelegation(texts: PlaceText[]): ResolvedPlace {
  for (const { label, text } of texts) {
    const found = CITY_DELEGATION.exec(fold(text));
    const stem = found?.[1];
    const division = stem ? bareCityNames().get(stem) : undefined;
    if (!division) continue;
    const written = text.slice(found!.index, found!.index + found![0].length);
    return withLevelsAbove(division, `原文未写本篇所属地方；${label}写“${written}”，即${division.name}的代表团，据此推定本篇属${division.name}。`, '');
  }
  return NONE;
}

/** A visit to a place a headline names bare, by the verb that takes him there and the one for what he does: 在扬州调研, 来宿松调研. */
const VISITED = /(?:在|赴|到|来|深入)(\p{sc=Han}{2,3}?)(调研|考察|视察)/u;

/** The one city or county a headline says a leader visited, by its bare name (易炼红在台州调研:…): its place, inferred. */
function visitedPlace(title: string): ResolvedPlace {
  const found = VISITED.exec(fold(title));
  const division = found ? bareDivisionNamed(found[1]) : undefined;
  if (!division) return NONE;
  const written = title.slice(found!.index, found!.index + found![0].length);
  return withLevelsAbove(division, `原文未写本篇所属地方；标题写“${written}”，到${division.name}${found![2]}，据此推定本篇属${division.name}。`, '');
}

/** A district's own organs, which an autonomous region has not: 区委 (a region's is 区党委), 区长 (its head is 主席). */
const DISTRICT_ORGANS = /(?<![党自])区委(?!员)|区长/u;

type LevelsSpoken = Map<string, { said: number; forms: Set<string>; headings: string[] }>;

/** The level the text speaks for most, below a province, how often, and how often the next. */
function ownLevel(levels: LevelsSpoken): [string | undefined, number, number] {
  // (Nor, an autonomous region's meeting named (自治区十四届人大…) and no district's, the body's 全区 beside another level it
  // speaks for: that 全区 is the region's, 我市 the text's own.)
  const region = levels.get('省')?.headings.some((said) => /以“自治区”自称$/u.test(said)) === true;
  const regionWide = (word: string) => region && word === '区' && levels.get('区')!.headings.length === 0 && levels.size > 2;
  const [[level, { said } = { said: 0 }] = [], [, { said: other } = { said: 0 }] = []] = [...levels].filter(([word]) => word !== '省' && !regionWide(word)).sort((a, b) => b[1].said - a[1].said);
  return [level, said, other];
}

/** How the text speaks for a level, in the evidence's words: the body's own if it has them, else the first heading that says it. */
function selfNaming(levels: LevelsSpoken, level: string): string {
  const { forms, headings: named } = levels.get(level)!;
  return forms.size > 0 ? `正文以${[...forms].map((form) => `“${form}”`).join('')}自称` : named[0];
}

/** How often the body and the headings say each level they speak for (全县, 我县; 县十七届人大…), and how. */
function levelsSpoken(text: string, headings: PlaceText[]): LevelsSpoken {
  // (How often each level is said, and how, in the evidence's words: 正文以“全县”“我县”自称.)
  const levels: LevelsSpoken = new Map();
  const say = (level: string) => levels.get(level) ?? levels.set(level, { said: 0, forms: new Set(), headings: [] }).get(level)!;
  for (const match of fold(text).matchAll(SPEAKS_AS)) {
    const level = say(match[1]);
    level.said += 1;
    level.forms.add(text.slice(match.index, match.index + match[0].length));
  }
  // (A meeting or headline of the body's own level says it as plainly as the body's 全县 said twice.)
  for (const { label, text: heading } of headings) {
    const found = OWN_BODY.exec(fold(heading)) ?? [...fold(heading).matchAll(SPEAKS_AS)][0];
    if (!found) continue;
    const level = say(found[1] === '自治区' ? '省' : found[1]);
    level.said += BODY_MENTIONS;
    // (Its level word without the organ after it, cut folded: 省政協 is 省.)
    const said = heading.slice(found.index, found.index + found[0].length);
    const organ = /(?:委|政府|人大|人民代表大会|政协|第?[一二三四五六七八九十]+届|长)$/u.exec(fold(said));
    level.headings.push(`${label}“${heading}”以“${said.slice(0, organ ? organ.index : said.length)}”自称`);
  }
  return levels;
}

/** A local news site or paper by its place's bare name, as a breadcrumb or a source names it: 淳安新闻, 某某融媒体中心, 中国宝应网, 哈尔滨日报, 闽侯乡音报, 武隆网, 昭阳信息网, 昌江政府网, a county's political advisory body or congress by its own, 桐庐政协, a province's local news apps' 云上咸宁, a portal's column of its own place's news, 今日滕州. */
const LOCAL_NEWS_SITE = /^(?:中国(?<site>\p{sc=Han}{2,3}?)网|云上(?<cloud>\p{sc=Han}{2,3})|今日(?<today>\p{sc=Han}{2,3})|(?<stem>\p{sc=Han}{2,4}?)(?:新闻网?|新闻中心|融媒体?中心|融媒|发布|日报|晚报|乡音报|报|政府网|信息网|网|政协|人大))$/u;
/** A county's own media by its full name, as its copyright footer says (某某县千岛湖传媒中心版权所有). */
const COUNTY_MEDIA = /^(?<county>\p{sc=Han}{1,8}?[县区旗市])\p{sc=Han}{0,10}?(?:传媒中心|融媒体中心|新闻中心|新闻网|广播电视台)$|^(?<column>\p{sc=Han}{1,8}?[县区旗市])(?:要闻|新闻|动态)$/u;
/** A lead's slug that names its site: 某某新闻网讯, 某某日报讯, 中国某某网消息, 云上某某报道; or a newsroom's name alone before the lead's day, 某某融媒 2月21日上午. */
const NEWS_SLUG = /^(?:(?<site>\p{sc=Han}{2,8}?(?:新闻网|新聞網|新闻|新聞|政府网|融媒体|融媒|日报|日報|晚报|晚報|网))(?:\d{1,2}月\d{1,2}日)?(?:[讯訊]|消息)|(?<cloud>云上\p{sc=Han}{2,3}?)(?:报道|報道|讯|訊)|(?<newsroom>\p{sc=Han}{2,6}?融媒)(?=[ \u3000]+\d{1,2}月\d{1,2}日))/u;

/** Who owns the page, as its copyright footer names them. */
const COPYRIGHT_OWNER = /^(?<owner>\S{2,30}?)版权所有/u;

/**
 * Where a text belongs that speaks for its county or city (全县, 县十六届人大…; 全市) and names none, when the site it
 * sits on is that place's news by its bare name (您当前的位置: 淳安新闻 > 时政要闻; 来源 哈尔滨日报): the one
 * division of that name, inferred.
 */
function localNewsSite(draft: Draft, levels: LevelsSpoken): ResolvedPlace {
  const [level, said, other] = ownLevel(levels);
  if (levels.size === 0) return ownNewsReporting(draft);
  if (!level || !['district', 'city'].includes(LEVEL_OF[level]) || said < BODY_MENTIONS || other * 2 > said) return NONE;
  const owners = draft.lines.flatMap((line) => COPYRIGHT_OWNER.exec(line.text.trim())?.groups?.owner ?? []);
  // (What each is, in the evidence's words.)
  const sites = [
    ...breadcrumbSites(draft).map((site) => ({ site, where: '网页所在网站为' })),
    // (A column of its own place's news on the path: 网站首页 > 新闻中心 > 某县要闻.)
    ...breadcrumbColumns(draft).map((site) => ({ site, where: '网页的位置栏有栏目' })),
    { site: draft.facts.publisher?.trim() ?? '', where: '网页所注来源为' },
    // (A header table's issuer that is the place's news account: 发布机构:剑阁发布.)
    { site: draft.facts.issuer?.trim() ?? '', where: '网页所注发布机构为' },
    ...owners.map((site) => ({ site, where: '网页注明版权所有者为' })),
    // (A lead's slug naming the site: 某某新闻网讯(记者 …).)
    ...slugSites(draft).map((site) => ({ site, where: '报道电头为' })),
  ];
  for (const { site, where } of sites) {
    const local = LOCAL_NEWS_SITE.exec(fold(site))?.groups;
    const stem = local?.stem ?? local?.site ?? local?.cloud ?? local?.today;
    const media = COUNTY_MEDIA.exec(fold(site))?.groups;
    const county = media?.county ?? media?.column;
    // (By its full name first: 梓潼县融媒体中心 is 梓潼县's, not a 梓潼县县.)
    const named = county?.endsWith(level) ? county : stem ? `${stem}${level}` : undefined;
    const division = named ? onlyDivisionNamed(named) : undefined;
    if (!division) continue;
    const evidence = `原文未写本篇所属地方；${selfNaming(levels, level)}，${where}“${site}”，据此推定本篇属${division.name}。`;
    return withLevelsAbove(division, evidence, '');
  }
  return NONE;
}

/** A county's own news site, as the page names it (来源:民权网, 某某新闻网讯): the county its bare name is. */
interface OwnSite {
  site: string;
  where: string;
  county: string;
}

function ownSites(draft: Draft): OwnSite[] {
  const sites = [{ site: draft.facts.publisher?.trim() ?? '', where: '网页所注来源为' }, ...slugSites(draft).map((site) => ({ site, where: '报道电头为' }))];
  return sites.flatMap(({ site, where }) => {
    const stem = LOCAL_NEWS_SITE.exec(fold(site))?.groups?.stem;
    const county = stem ? bareDistrictNames().get(stem)?.name : undefined;
    return county ? [{ site, where, county }] : [];
  });
}

/** The sites a lead's slug names: 某某新闻网讯(记者 …), 云上某某报道. */
function slugSites(draft: Draft): string[] {
  return ownItemLines(draft).slice(0, 6).flatMap((line) => {
    const slug = NEWS_SLUG.exec(withoutPinyinGlosses(line.text.trim()))?.groups;
    return slug?.site ?? slug?.cloud ?? slug?.newsroom ?? [];
  });
}

/**
 * Where a text belongs that says no level of its own (区党工委理论学习中心组开展集体学习) and names no place, reported by a city's or
 * county's own news under its bare name (德州新闻网讯): that division, inferred; a bare name that is a word or another place's
 * (光明, 新华) is none.
 */
function ownNewsReporting(draft: Draft): ResolvedPlace {
  for (const site of slugSites(draft)) {
    const stem = LOCAL_NEWS_SITE.exec(fold(site))?.groups?.stem;
    const division = stem ? bareDivisionNamed(stem) : undefined;
    if (!division) continue;
    return withLevelsAbove(division, `原文未写本篇所属地方，也未自称其层级；报道电头为“${site}”，是${division.name}本地的新闻，据此推定本篇属${division.name}。`, '');
  }
  return NONE;
}

/** The one division a name is, by any of its names (an autonomous county's short one too, 长白县; 陕西); a name two divisions have, old or new, is none. */
function onlyDivisionNamed(name: string): Division | undefined {
  const divisions = findMentions(name).find((m) => m.start === 0 && m.text.length === name.length)?.divisions ?? [];
  return divisions.length === 1 ? divisions[0] : undefined;
}

/**
 * A province's own paper or site, as the source names it (来源:陕西日报), for a text that speaks for a province (省政府第八次常务会议,
 * 省长) and for no level below it as often: that province, inferred, with that evidence.
 */
function provincialPaper(draft: Draft, levels: LevelsSpoken): ResolvedPlace {
  const province = levels.get('省')?.said ?? 0;
  const [, below] = ownLevel(levels);
  if (province < BODY_MENTIONS || below >= province) return NONE;
  const site = draft.facts.publisher?.trim() ?? '';
  const stem = LOCAL_NEWS_SITE.exec(fold(site))?.groups?.stem;
  const division = stem ? onlyDivisionNamed(stem) : undefined;
  if (division?.level !== 'province') return NONE;
  const evidence = `原文未写本篇所属地方；${selfNaming(levels, '省')}，网页所注来源为“${site}”，据此推定本篇属${division.name}。`;
  return withLevelsAbove(division, evidence, '');
}

/** Mentions of divisions counted for the body's place: weight, the mentions, an organ's twice; times, as the evidence says them. */
/** A division a text names, how often and how much, in the forms it wrote. */
type Tallied = { division: Division; weight: number; times: number; written: Set<string>; organ?: string };
type Tally = Map<string, Tallied>;

function tally(counts: Tally, text: string, division: Division, start: number, written: string) {
  // (A division's own organ, 中共洛阳市人大常委会党组, says more than a name in passing: it counts twice.)
  const organ = ORGAN.exec(fold(text.slice(start + written.length, start + written.length + 6)))?.[0];
  const counted = counts.get(division.name);
  counts.set(division.name, {
    division,
    weight: (counted?.weight ?? 0) + (organ ? 2 : 1),
    times: (counted?.times ?? 0) + 1,
    written: (counted?.written ?? new Set<string>()).add(written),
    organ: counted?.organ ?? (organ ? `${written}${organ}` : undefined),
  });
}

/** How often, and in which forms, the body names a division, for the evidence: 3次写滁州市或滁州（其中写其机关“滁州市委”）. */
/** Whether a tallied division was written with its full name somewhere, in either script (於都縣 is 于都县). */
const writtenInFull = ({ division, written }: Tallied) => [...written].some((form) => fold(form) === division.name);

function timesNamed({ times, written, organ }: NonNullable<ReturnType<typeof leading>>): string {
  const named = `${times}次写${[...written].join('或')}`;
  return organ ? `${named}（其中写其机关“${organ}”）` : named;
}

/** The most named of a tally, when it is named at least `least` times and twice as often as the next. */
function leading(counts: Tally, least: number) {
  const [first, second] = [...counts.values()].sort((a, b) => b.weight - a.weight);
  return first && first.weight >= least && !(second && second.weight * 2 > first.weight) ? first : undefined;
}

/** A place's bare name in the words a text uses of its own place: 建设绿色永清, 建设“强富美高”新盐都, 美丽某某, 贡献达拉特力量, 固原新篇章, 共商延津未来发展大计, 广元实践, 天桥发展, 我来零陵工作, 符合南岸实际, 增强了沈丘人民的自信心, 确保党中央决策部署在襄州落实落地, 打响环翠品牌, 郧西历史上, 发挥英山资源禀赋. */
const OWN_PLACE_PHRASE = (name: string) => new RegExp(`(?:建设|美丽|绿色|幸福|魅力|平安|活力|奋力谱写|谱写|贡献|助推|推动|推进)[^，,。；(（]{0,8}?${escapeRegExp(name)}(?![区县旗市])|${escapeRegExp(name)}(?:未来)?(?:力量|新篇章|篇章|实践|高质量发展|发展|新篇|新局面|新辉煌|品牌|历史上|资源禀赋)|我(?:来|到)了?${escapeRegExp(name)}工作|(?:符合|结合|立足)${escapeRegExp(name)}实际|${escapeRegExp(name)}人民(?!政府|代表|法院|检察院|医院|银行|广播|出版|日报)|在${escapeRegExp(name)}(?:落实|落地|落细|见效)`, 'u');

/** Whether the surname before `start` follows an office, 副区长程海东 (or a mirror's 副區(qū)長程海東): the name after it is a person's. */
const OFFICE_CLOSING = new RegExp(`${OFFICE_BEFORE_NAME}$`, 'u');
const afterOffice = (folded: string, start: number) => OFFICE_CLOSING.test(withoutPinyinGlosses(folded.slice(Math.max(0, start - 16), start - 1)));

/**
 * Whether a bare place name at `start` is a person's given name: 书记薛金林出席并讲话, 薛金林指出; after his office or opening a
 * sentence, whatever follows: 区委书记张建华以…身份, 。张建华边听边记.
 */
function namesPerson(folded: string, start: number, end: number): boolean {
  const surnamed = COMMON_SURNAMES.test(folded.slice(start - 1, start));
  const afterOfficeOrBreak = afterOffice(folded, start) || start === 1 || /[。，,、\s！？；]/u.test(folded[start - 2] ?? '');
  return surnamed && (afterOfficeOrBreak || /^(?:出席|指出|要求|强调|表示|主持|讲话|同志|说|[、,，。等])/u.test(folded.slice(end, end + 2)));
}

/** A scholar's title before his name, 博士生导师某某某, or after it, 某某某教授 (not 教授 before a name: “教授游咸宁” is a campaign's). */
const SCHOLAR_BEFORE = /(?:导师|研究员)$/u;
const SCHOLAR_AFTER = /^(?:教授|研究员)/u;

/** The division of the level the text speaks for (全县: a county; 全区 in an autonomous region: the region) that it names most; selfNamed says how the text speaks for it. */
function ownDivision(text: string, mentions: Mention[], level: string, selfNamed: string, known: (string | undefined)[]): ResolvedPlace {
  const counts: Tally = new Map();
  const namesakes = new Map<string, number>();
  // (Where a mention was counted already, 阿坝州 or 桂林 after 广西, its bare name is not counted again.)
  const mentioned = new Set<number>();
  // (A district several cities have, 海州区, is the one in the city or province the text or its source names: 连云港市海州区.)
  const above = new Set([...known, ...mentions.filter((m) => m.divisions.length === 1 && m.divisions[0].level !== 'district').map((m) => m.divisions[0].name)]);
  for (const mention of mentions) {
    const within = mention.divisions.length > 1 ? mention.divisions.filter((d) => above.has(d.city ?? '') || above.has(d.province)) : mention.divisions;
    const [division] = within;
    if (within.length !== 1) continue;
    if (mention.divisions.length > 1) namesakes.set(division.name, mention.divisions.length);
    // (In an autonomous region 全区 is the region's word: a district there is not told apart by it, the region is.)
    // (Not where its organs are a district's, 区委 and 区长: a region has a 党委 and a 主席, and its 全区 is no district's.)
    const region = level === '区' && division.level === 'province' && /自治区$/u.test(division.name) && !DISTRICT_ORGANS.test(fold(text));
    // (全市 is a county-level city's word as well as a prefecture's: 四会市 speaks of 全市 too.)
    const countyCity = level === '市' && division.level === 'district' && division.name.endsWith('市');
    if (!region && !countyCity && (division.level !== LEVEL_OF[level] || !division.name.endsWith(level) || (level === '区' && /自治区$/u.test(division.province)))) continue;
    tally(counts, text, division, mention.start, mention.text);
    mentioned.add(mention.start);
  }
  // A city's own texts name it without 市 (推动郴州高质量发展, 关心支持孝感发展): those names count too.
  // (An autonomous prefecture's too, under 全州: 湘西快速发展.)
  if (level === '市' || level === '州') {
    const folded = fold(text);
    for (const bare of folded.matchAll(bareCityPattern())) {
      const division = bareCityNames().get(bare[0])!;
      // (Not a person's given name in a list of names, 吴桂林、张泉 is no 桂林, nor a scholar's by his title, 博士生导师蒲长春教授.)
      const end = bare.index + bare[0].length;
      const surnamed = COMMON_SURNAMES.test(folded.slice(bare.index - 1, bare.index));
      const listed = surnamed && /^(?:|[、,，\s])$/u.test(folded.slice(Math.max(0, bare.index - 2), bare.index - 1)) && /^(?:[、,，\s等]|同志|$)/u.test(folded.slice(end, end + 2));
      const titled = surnamed && (SCHOLAR_BEFORE.test(folded.slice(Math.max(0, bare.index - 4), bare.index - 1)) || SCHOLAR_AFTER.test(folded.slice(end)));
      // (Nor one after an office, 副區長程海東 is no 海东.)
      const personal = listed || titled || (surnamed && afterOffice(folded, bare.index));
      // (Nor where a chamber of commerce of people from elsewhere sits, 珠海山东商会: the chamber's, not the text's; its own people's
      // chambers elsewhere, 异地济宁商会, are the text's.)
      const association = /^\p{sc=Han}{2,6}?(?:商会|同乡会|联谊会)/u.test(folded.slice(end, end + 10));
      if (division.name.endsWith(level) && !personal && !association && !mentioned.has(bare.index)) tally(counts, text, division, bare.index, text.slice(bare.index, bare.index + bare[0].length));
    }
    // (A city whose bare name is also a word, 长治 or 大同, where a slogan of its own place says it: 谱写中国式现代化长治篇章.)
    for (const slogan of folded.matchAll(wordlikeSloganPattern())) {
      const [division] = divisionsNamed(`${slogan[0]}${level}`).filter((d) => d.level === 'city');
      if (division && !mentioned.has(slogan.index)) tally(counts, text, division, slogan.index, text.slice(slogan.index, slogan.index + slogan[0].length));
    }
  }
  // So do a county's (美丽阜城): only for a county the text names in full too, since many counties' names are words (新兴, 江山),
  // and not under 全市, where a prefecture's report names its county-level cities (大冶市…大冶) as often as itself.
  if (level !== '市') for (const { division } of [...counts.values()].filter(({ division }) => division.level === 'district')) {
    const stem = /^(\p{sc=Han}{2,})[县区市旗]$/u.exec(division.name)?.[1];
    if (!stem) continue;
    for (const bare of fold(text).matchAll(new RegExp(`${stem}(?![县区市旗])`, 'gu'))) if (!mentioned.has(bare.index)) tally(counts, text, division, bare.index, text.slice(bare.index, bare.index + stem.length));
  }
  // A district's or county's own texts name it bare too (推进虹口实现新的跨越): a name that is no word and no other place's, when
  // the text names no division of its level in full.
  // (Not in an autonomous region, whose 全区 is the region's: 广西 counted so.)
  // (Or a county-level city's, under its 全市 (关系到彭州的未来), where the text names not its prefecture: a prefecture's report names its
  // county-level cities bare as well, but itself too; a prefecture another city's text names in passing, 青岛胶东国际机场 in 诸城's, is
  // no reason not to count the city's own name.)
  const insideMention = (at: number) => mentions.some((mention) => at > mention.start && at < mention.start + mention.text.length);
  const prefectures = [...counts.values()].filter(({ division }) => division.level === 'city').map(({ division }) => division.name);
  const countyCityBare = level === '市' && ![...counts.values()].some(({ division }) => division.level === 'province');
  if (countyCityBare || (['区', '县', '旗'].includes(level) && ![...counts.values()].some(({ division }) => division.level === 'district' || division.level === 'province'))) {
    const folded = fold(text);
    for (const bare of folded.matchAll(bareDistrictPattern())) {
      const division = bareDistrictNames().get(bare[0])!;
      if (level === '市' && prefectures.includes(division.city ?? '')) continue;
      // (Nor inside a longer place's name the text writes in full: 津市 in 天津市.)
      if (division.name.endsWith(level) && !namesPerson(folded, bare.index, bare.index + bare[0].length) && !mentioned.has(bare.index) && !insideMention(bare.index)) tally(counts, text, division, bare.index, text.slice(bare.index, bare.index + bare[0].length));
    }
  }
  // (Not the prefecture a county-level city's text answers to, named after its province's committee, 落实省委、安庆市委全会决策部署,
  // where the text names a county-level city of that prefecture: that city is its own.)
  if (level === '市') {
    const folded = fold(text);
    const countyCities = [...counts.values()].filter(({ division }) => division.level === 'district' && division.name.endsWith('市'));
    for (const [key, { division }] of counts) {
      const answersTo = new RegExp(`省委[^。；;]{0,40}?、${escapeRegExp(division.name)}委`, 'u');
      if (division.level === 'city' && countyCities.some((d) => d.division.city === division.name) && answersTo.test(folded)) counts.delete(key);
    }
  }
  // (Named once in full, where the text names no other of its level: 区政府召开常务会议…审议了兴隆台区“十四五”规划; or once bare, as a
  // text names its own place in a slogan, 建设绿色永清, 贡献达拉特力量, 谱写中国式现代化固原新篇章.)
  const [only] = counts.size === 1 ? [...counts.values()] : [];
  const phrased = only ? [...only.written].map((written) => OWN_PLACE_PHRASE(fold(written)).exec(fold(text))).find(Boolean) : undefined;
  const onceAsOwn = phrased !== undefined;
  const first = leading(counts, (only && writtenInFull(only)) || onceAsOwn ? 1 : BODY_MENTIONS);
  // (A city whose name is also a word, 中山 or 遵义, is not read from its bare name; named as often, it may be the text's own.)
  const wordlike = level === '市' ? wordlikeCityCount(text) : 0;
  if (!first || (wordlike * 2 > first.weight && !wordlikeCityNames().some((stem) => first.division.name === `${stem}${level}`))) return NONE;
  // (Named once bare in such words, the evidence quotes them.)
  const said = phrased && first.times === 1 && !writtenInFull(first) ? `在“${text.slice(phrased.index, phrased.index + phrased[0].length)}”中写${[...first.written].join('')}` : timesNamed(first);
  const evidence = `原文未写本篇所属地方；${selfNamed}，并${said}，据此推定本篇属${first.division.name}。`;
  const found = inferredFrom(first.division.name, '正文', () => evidence);
  // (Written in full, in the script of the gazetteer's name, and settled by its name alone, the levels above quote it; else they say so in the same words, not
  // quoting the body for a name it did not write, 滁州 for 滁州市, or that names several, 海州区.)
  // (Not where the body names a level above too, 江门市江海区委: the gazetteer's evidence would say the text does not.)
  const aboveNamed = mentions.some((m) => m.divisions.some((d) => d.level !== 'district' && (d.name === first.division.city || d.name === first.division.province)));
  if (first.written.has(first.division.name) && found.province === first.division.province && !aboveNamed) return found;
  const among = namesakes.get(first.division.name);
  const chosen = among ? `；同名的${first.division.name}有${among}个，来源或正文所写的上级为${[first.division.city, first.division.province].find((name) => above.has(name ?? ''))}` : '';
  return withLevelsAbove(first.division, evidence, chosen);
}

/** A division and the levels above it, the division's own with its evidence, the others from the code table (chosen: why this one of its namesakes). */
function withLevelsAbove(division: Division, evidence: string, chosen: string): ResolvedPlace {
  const chain: Partial<Record<DivisionLevel, string>> = {
    province: division.province,
    city: division.level === 'city' ? division.name : division.city,
    district: division.level === 'district' ? division.name : undefined,
  };
  const above = (['province', 'city'] as const).filter((level) => level !== division.level && chain[level]);
  const body = evidence.replace(/。$/u, '');
  return {
    ...chain,
    stated: [],
    inferred: [{ level: division.level, evidence }, ...above.map((level) => ({ level, evidence: `${body}${chosen}；${division.name}属${chain[level]}（据${DIVISION_CODES}）。` }))],
  };
}

/**
 * The province a text speaking for a place within it names most (对青海工作的重大要求, 振兴吉林老工业基地): a province or
 * autonomous region, not a municipality, which any text may name in passing (赴北京学习).
 */
function provinceNamed(text: string, mentions: Mention[]): ResolvedPlace {
  const counts: Tally = new Map();
  for (const mention of mentions) {
    const [division] = mention.divisions;
    if (mention.divisions.length === 1 && division.level === 'province' && /(?:省|自治区)$/u.test(division.name)) tally(counts, text, division, mention.start, mention.text);
  }
  const first = leading(counts, PROVINCE_MENTIONS);
  if (!first) return NONE;
  return inferredFrom(first.division.name, '正文', (name) => `原文未写本篇所属地方；正文${timesNamed(first)}，未写其他省份这样多，据此推定本篇属${name}。`);
}

/**
 * The province a text names once, where its own places study what was said of it (深入贯彻习近平总书记考察湖南重要讲话精神,
 * 对青海工作的重大要求), the only province it names: inferred, when nothing else places the text.
 */
function provinceStudied(text: string, mentions: Mention[]): ResolvedPlace {
  const folded = fold(text);
  const provinces = mentions.filter((mention) => mention.divisions.length === 1 && mention.divisions[0].level === 'province' && /(?:省|自治区)$/u.test(mention.divisions[0].name));
  if (new Set(provinces.map((mention) => mention.divisions[0].name)).size !== 1) return NONE;
  for (const mention of provinces) {
    const end = mention.start + mention.text.length;
    const said = OWN_PROVINCE_PHRASE.exec(`${folded.slice(Math.max(0, mention.start - 2), mention.start)}|${folded.slice(end, end + 12)}`)?.groups;
    if (!said) continue;
    const phrase = text.slice(mention.start - said.before.length, end + said.after.length);
    return inferredFrom(mention.divisions[0].name, '正文', (name) => `原文未写本篇所属地方；正文写“${phrase}”，未写其他省份，据此推定本篇属${name}。`);
  }
  return NONE;
}

/** What is said of a province that its own places study, around its name (before|after): 考察|湖南|重要讲话, 对|青海|工作的重大要求; or its party committee in full, whose documents they carry out: 中共|河北|省委. */
const OWN_PROVINCE_PHRASE = /(?:(?<before>考察|视察)\|(?<after>(?:时|期间)?的?重要(?:讲话|指示)(?:和重要指示)?精神)|(?<before>对)\|(?<after>工作的?重[要大](?:讲话|指示|批示|要求))|(?<before>中共)\|(?<after>省?委|(?:(?:壮族|回族|维吾尔)?自治区)?党委))/u;

/** The place one text names, every level it states turned into an inference with the given evidence. */
function inferredFrom(text: string, label: string, evidence: (name: string) => string): ResolvedPlace {
  const found = resolvePlace([{ label, text }]);
  const inferred = found.stated.map(({ level, name }) => ({ level, evidence: evidence(name) }));
  return { ...found, stated: [], inferred: [...inferred, ...found.inferred] };
}
