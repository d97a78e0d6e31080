/**
 * The catalogue: sorting, grouping and counting reports, and the records of
 * /reports.json. Pure functions over `{ id, data }`, so they can be unit-tested
 * without Astro (a content-collection entry has that shape).
 */
import { DOCUMENT_TYPES, type DocumentType, type Report } from '../schemas/report.ts';
import { paths } from './links.ts';

/** What the catalogue needs of a collection entry. */
export interface ReportEntry {
  id: string;
  data: Report;
}

/** What the archive's order needs of an entry: its id and dates. */
export interface DatedEntry {
  id: string;
  data: Pick<Report, 'dates'>;
}

/**
 * The date a report is filed under: when it was delivered, else written,
 * else published. As precise as the source states it (`2022`, `2022-01`, …).
 */
export function reportDate(report: Pick<Report, 'dates'>): string | undefined {
  return report.dates.delivered ?? report.dates.written ?? report.dates.published;
}

/** The four-digit year of `reportDate`, if any. */
export function reportYear(report: Report): string | undefined {
  return reportDate(report)?.slice(0, 4);
}

/**
 * Newest first. Dates compare as text, so a partial date sorts as its prefix:
 * `2022` comes after every `2022-…` date (it reads as the start of 2022).
 * Undated reports come last; ties are broken by slug, so the order is stable.
 */
export function compareNewestFirst(a: DatedEntry, b: DatedEntry): number {
  const da = reportDate(a.data);
  const db = reportDate(b.data);
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy, newest first (see `compareNewestFirst`). */
export function sortNewestFirst<T extends DatedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareNewestFirst);
}

/** The known levels of a place, province first, without repeats (北京市 北京市 → 北京市). */
export function placeParts(place: Report['place']): string[] {
  if (place.national) return [NATIONAL_PLACE];
  const parts: string[] = [];
  for (const part of [place.province, place.city, place.district]) {
    if (part && parts[parts.length - 1] !== part) parts.push(part);
  }
  return parts;
}

/** How the archive names the place of a national document. */
export const NATIONAL_PLACE = '全国';

/** The place as one name, the way Chinese addresses are written: 江苏省扬州市邗江区. */
export function placeLabel(place: Report['place']): string {
  return placeParts(place).join('');
}

/** The Chinese name of a document type. */
export function documentTypeLabel(type: DocumentType): string {
  return DOCUMENT_TYPES[type];
}

/** The anchor of a year's group on /reports/: `y2021`, or `y-unknown` for undated reports. */
export function yearAnchor(year: string | undefined): string {
  return year === undefined ? 'y-unknown' : `y${year}`;
}

/** Reports grouped by year, newest year first, undated last; each group newest first. */
export function groupByYear<T extends ReportEntry>(entries: readonly T[]): { year: string | undefined; entries: T[] }[] {
  const groups: { year: string | undefined; entries: T[] }[] = [];
  for (const entry of sortNewestFirst(entries)) {
    const year = reportYear(entry.data);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

/**
 * The indexes (into `report.inferred`) of the inferences that concern `field`:
 * those naming the field itself or a field that contains it
 * (`place` concerns `place.city`; `speakers[0]` concerns `speakers[0].office`).
 */
export function inferencesFor(report: Report, field: string): number[] {
  const indexes: number[] = [];
  report.inferred.forEach((inference, i) => {
    const f = inference.field;
    if (field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`)) indexes.push(i);
  });
  return indexes;
}

/** One report in /reports.json: where it is, then every frontmatter field as parsed. */
export type CatalogueRecord = {
  slug: string;
  /** The report page, relative to the site root: `reports/<slug>/`. */
  url: string;
  /** The verbatim source text, relative to the site root: `sources/<slug>.txt`. */
  sourceText: string;
} & Report;

/** The /reports.json record of one entry. Paths are relative: the site may live under any prefix. */
export function catalogueRecord(entry: ReportEntry): CatalogueRecord {
  return {
    slug: entry.id,
    url: paths.report(entry.id).slice(1),
    sourceText: paths.sourceText(entry.id).slice(1),
    ...entry.data,
  };
}

/** The whole catalogue, newest first. No build timestamp, so builds are reproducible. */
export function catalogue(entries: readonly ReportEntry[]): { reports: CatalogueRecord[] } {
  return { reports: sortNewestFirst(entries).map(catalogueRecord) };
}

export interface SourceLabels {
  title: string;
  place: string;
  year: string;
}

/** How a concordance line names its report: title, place and year, with what to say when they are unknown. */
function sourceLabels(report: Report | undefined, slug: string): SourceLabels {
  const year = report ? reportYear(report) : undefined;
  return { title: report?.title ?? slug, place: (report && placeLabel(report.place)) || '地区不详', year: year ? `${year}年` : '年份不详' };
}

/** How a concordance line names a report: its labels, each computed once, by slug. */
export function sourceLabeller(entries: readonly ReportEntry[]): (slug: string) => SourceLabels {
  const reports = new Map(entries.map((entry) => [entry.id, entry.data]));
  const labels = new Map<string, SourceLabels>();
  return (slug: string) => {
    let known = labels.get(slug);
    if (!known) labels.set(slug, (known = sourceLabels(reports.get(slug), slug)));
    return known;
  };
}
