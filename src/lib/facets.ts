/**
 * Browsing facets: every value of place, year, speaker, document type and
 * meeting, with its reports, and an ASCII path for its static page. Pure
 * functions over catalogue entries.
 */
import { slugify } from '../text/ids.ts';
import { DOCUMENT_TYPES, type DocumentType, type Report } from '../schemas/report.ts';
import { NATIONAL_PLACE, reportYear, sortNewestFirst, type ReportEntry } from './catalogue.ts';
import { speakerName } from './format.ts';
import { NUMERALS } from '../text/chinese-numerals.ts';

export interface FacetValue<T extends ReportEntry = ReportEntry> {
  /** Path segment(s) under the facet, e.g. `jiang-su-sheng/yang-zhou-shi`. */
  path: string;
  label: string;
  entries: T[];
}

/** Give each label a slug, unique among its siblings (a suffix on collision), in a stable order. */
function uniqueSlugs(labels: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const label of [...labels].sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
    const base = slugify(label);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(label, slug);
  }
  return slugs;
}

function groupBy<T extends ReportEntry>(entries: readonly T[], keys: (entry: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) for (const key of new Set(keys(entry))) groups.set(key, [...(groups.get(key) ?? []), entry]);
  return groups;
}

function facet<T extends ReportEntry>(entries: readonly T[], keys: (entry: T) => string[], prefix = ''): FacetValue<T>[] {
  const groups = groupBy(entries, keys);
  const slugs = uniqueSlugs([...groups.keys()]);
  return [...groups]
    .map(([label, list]) => ({ path: `${prefix}${slugs.get(label)}`, label, entries: sortNewestFirst(list) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label, 'zh-CN'));
}

export interface PlaceFacet<T extends ReportEntry = ReportEntry> extends FacetValue<T> {
  level: 'province' | 'city' | 'district';
  children: PlaceFacet<T>[];
}

/** Province → city → district, each with every report filed under it. */
export function placeFacets<T extends ReportEntry>(entries: readonly T[]): PlaceFacet<T>[] {
  const levels = ['province', 'city', 'district'] as const;
  const build = (list: readonly T[], depth: number, prefix: string): PlaceFacet<T>[] => {
    const level = levels[depth];
    if (!level) return [];
    // A national document is listed under 全国, beside the provinces.
    const name = (e: T) => e.data.place[level] ?? (level === 'province' && e.data.place.national ? NATIONAL_PLACE : undefined);
    return facet(list, (e) => [name(e)].filter((n): n is string => n !== undefined), prefix).map((value) => ({
      ...value,
      level,
      children: build(value.entries, depth + 1, `${value.path}/`),
    }));
  };
  return build(entries, 0, '');
}

/** Every place facet, flattened, for one static page each. */
export function allPlaces<T extends ReportEntry>(tree: readonly PlaceFacet<T>[]): PlaceFacet<T>[] {
  return tree.flatMap((node) => [node, ...allPlaces(node.children)]);
}

export function yearFacets<T extends ReportEntry>(entries: readonly T[]): FacetValue<T>[] {
  return facet(entries, (e) => [reportYear(e.data) ?? '']).filter((v) => v.label !== '').map((v) => ({ ...v, path: v.label })).sort((a, b) => b.label.localeCompare(a.label));
}

/** The speakers' names (or, when the source names no one, their offices). */
export function speakerFacets<T extends ReportEntry>(entries: readonly T[]): (FacetValue<T> & { offices: string[] })[] {
  return facet(entries, (e) => e.data.speakers.map(speakerName).filter(Boolean)).map((value) => ({
    ...value,
    offices: [...new Set(value.entries.flatMap((e) => e.data.speakers.filter((s) => speakerName(s) === value.label).map((s) => s.office ?? '')))].filter(Boolean),
  }));
}

export function typeFacets<T extends ReportEntry>(entries: readonly T[]): FacetValue<T>[] {
  return facet(entries, (e) => [e.data.documentType]).map((v) => ({ ...v, path: v.label, label: DOCUMENT_TYPES[v.label as DocumentType] }));
}

/** 十届四次, 7届: the session of a body's term. */
const SESSION = new RegExp(`[${NUMERALS}\\d]+届(?:[${NUMERALS}\\d]+次)?`, 'g');
/** 第一次: the meeting's ordinal. */
const ORDINAL_MEETING = new RegExp(`第[${NUMERALS}\\d]+次`, 'g');

/**
 * A meeting series: the same body's meeting in different years or sessions.
 * Session ordinals (十届四次, 第一次, 2022年) are dropped and the place kept:
 * 涧西 区委十届四次全会 and 区委十届五次全会 are one series.
 */
export function meetingSeries(meeting: string | undefined, place: Report['place']): string | undefined {
  if (!meeting) return undefined;
  const name = meeting
    .replace(SESSION, '')
    .replace(ORDINAL_MEETING, '')
    .replace(/\d{4}年(?:度)?/g, '')
    .replace(/^中共/, '');
  return [place.province, place.city, place.district, name].filter(Boolean).join(' ');
}

export function meetingFacets<T extends ReportEntry>(entries: readonly T[]): FacetValue<T>[] {
  return facet(entries, (e) => (e.data.meeting ? [e.data.meeting] : []));
}

/** From a report: the others of the same place (most specific level) and of the same meeting series, newest first, at most 50 each. */
export interface RelatedReports<T> {
  samePlace: T[];
  /** The place the samePlace reports share. */
  placeLabel?: string;
  sameSeries: T[];
}

/** What related reports need of a report, and what they show of one: a small record, whatever the report's size. */
export interface RelatedEntry {
  id: string;
  data: Pick<Report, 'title' | 'place' | 'meeting' | 'dates'>;
}

/** A report's related-reports record (every field a report page's related lists use). */
export function relatedRecord(entry: RelatedEntry): RelatedEntry {
  const { title, place, meeting, dates } = entry.data;
  return { id: entry.id, data: { title, place, meeting, dates } };
}

const RELATED_LIMIT = 50;
const PLACE_LEVELS = ['district', 'city', 'province'] as const;

/**
 * The related reports of every report of an archive at once: the reports
 * grouped by place and by meeting series a single time, instead of scanning
 * the whole archive for each report page (quadratic at 10,000 reports).
 */
export function relatedIndex<T extends RelatedEntry>(entries: readonly T[]): (entry: RelatedEntry) => RelatedReports<T> {
  const byPlace = new Map<string, T[]>();
  const bySeries = new Map<string, T[]>();
  const add = (groups: Map<string, T[]>, key: string, e: T) => {
    const group = groups.get(key) ?? [];
    // One more than shown: the report itself may be among them.
    if (group.length <= RELATED_LIMIT) group.push(e);
    groups.set(key, group);
  };
  const placeKey = (e: RelatedEntry) => {
    const level = PLACE_LEVELS.find((l) => e.data.place[l]);
    return level ? { key: `${level}:${e.data.place[level]}`, label: e.data.place[level] } : undefined;
  };
  for (const e of sortNewestFirst(entries)) {
    const place = placeKey(e);
    if (place) add(byPlace, place.key, e);
    const series = meetingSeries(e.data.meeting, e.data.place);
    if (series) add(bySeries, series, e);
  }
  return (entry: RelatedEntry) => {
    const place = placeKey(entry);
    const series = meetingSeries(entry.data.meeting, entry.data.place);
    const others = (group: T[] | undefined) => (group ?? []).filter((e) => e.id !== entry.id).slice(0, RELATED_LIMIT);
    return {
      samePlace: place ? others(byPlace.get(place.key)) : [],
      placeLabel: place?.label,
      sameSeries: series ? others(bySeries.get(series)) : [],
    };
  };
}
