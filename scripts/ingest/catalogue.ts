/**
 * Catalogues: what an archivist knows about a batch of files, one CSV row per
 * file, in the columns of the archive's own reports.csv (title, documentType,
 * province, city, district, national, delivered, written, reviewed,
 * published, publisher, sourceUrl, collection, …) plus `file` (the text or
 * Word file, relative to the catalogue), and optionally `original` (the Word
 * file a text was extracted from) and `slug`.
 *
 * Reading the catalogue is the CLI's (file system); applying a row to a draft
 * is a pipeline step: a value the text does not state is taken from the
 * catalogue and recorded as such; a value the text states is kept and checked
 * against the catalogue. A text that states another place or year than its
 * row is refused, with the evidence (it is filed under the wrong name); any
 * other disagreement is recorded for an editor, the catalogue's value standing.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPORT_FIELDS, type FieldInfo, type ReportField } from '../../src/schemas/report-fields.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../src/schemas/report.ts';
import { fold } from '../../src/text/fold.ts';
import type { Draft, Facts } from './draft.ts';
import { IngestError } from './errors.ts';

/** Columns that are not report fields. */
const FILE_COLUMNS = ['file', 'original', 'slug'] as const;

/** A catalogue column → the report field it fills. */
export const CATALOGUE_COLUMNS: ReadonlyMap<string, ReportField> = new Map(
  (Object.entries(REPORT_FIELDS) as [ReportField, FieldInfo][]).flatMap(([field, info]) => (info.csvColumn ? [[info.csvColumn, field] as const] : [])),
);

export interface CatalogueEntry {
  /** The catalogue's path and name, for messages and provenance. */
  catalogue: string;
  /** 1-based row, the header being row 1. */
  row: number;
  /** The file to ingest, resolved against the catalogue's folder. */
  file: string;
  /** The Word file the text was extracted from, when the row names one. */
  original?: string;
  slug?: string;
  /** Report field → value, for the non-empty cells. */
  values: Partial<Record<ReportField, string>>;
}

/** Read and check a catalogue; every problem names the file, the row and the fix. Files are found relative to `base` (default: the catalogue's folder). */
export function readCatalogue(path: string, base = dirname(path)): CatalogueEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new IngestError(`cannot read the catalogue (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path, 'check the path given to --catalogue');
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new IngestError(`not a valid CSV file (${(error as Error).message})`, path, 'save it as CSV (UTF-8, comma-separated, quotes around cells with commas)');
  }
  const [header, ...rows] = records;
  if (!header) throw new IngestError('the catalogue is empty', path, 'give a header row (file,province,city,…) and one row per file');
  const columns = header.map((c) => c.trim());
  const known = new Set<string>([...FILE_COLUMNS, ...CATALOGUE_COLUMNS.keys()]);
  const unknown = columns.find((c) => !known.has(c));
  if (unknown !== undefined) throw new IngestError(`unknown column "${unknown}"`, `${path}:1`, `use file, original, slug or a column of reports.csv: ${[...CATALOGUE_COLUMNS.keys()].join(', ')}`);
  if (!columns.includes('file')) throw new IngestError('no "file" column', `${path}:1`, 'add a column "file" naming each file to ingest, relative to the catalogue');
  const folder = base;
  return rows.map((cells, i) => {
    const row = i + 2;
    const cell = (name: string) => cells[columns.indexOf(name)]?.trim() || undefined;
    const file = cell('file');
    if (!file) throw new IngestError('the file cell is empty', `${path}:${row}`, 'name the file to ingest, or delete the row');
    const values: Partial<Record<ReportField, string>> = {};
    for (const [column, field] of CATALOGUE_COLUMNS) {
      const value = cell(column);
      if (value !== undefined) values[field] = value;
    }
    if (values.documentType !== undefined && !(values.documentType in DOCUMENT_TYPES)) {
      throw new IngestError(`documentType "${values.documentType}" is not a document type`, `${path}:${row}`, `use one of ${Object.keys(DOCUMENT_TYPES).join(', ')}`);
    }
    const original = cell('original');
    return { catalogue: path, row, file: resolve(folder, file), original: original && resolve(folder, original), slug: cell('slug'), values };
  });
}

/** The facts a field path names, read and written. */
const ACCESS: Partial<Record<ReportField, { get(f: Facts): string | undefined; set(f: Facts, v: string): void }>> = {
  title: { get: (f) => (f.titleFromSource ? f.title : undefined), set: (f, v) => ((f.title = v), (f.titleFromSource = true)) },
  documentType: { get: (f) => f.documentType, set: (f, v) => (f.documentType = v as DocumentType) },
  issuer: { get: (f) => f.issuer, set: (f, v) => (f.issuer = v) },
  meeting: { get: (f) => f.meeting, set: (f, v) => (f.meeting = v) },
  'place.province': { get: (f) => f.place.province, set: (f, v) => (f.place.province = v) },
  'place.city': { get: (f) => f.place.city, set: (f, v) => (f.place.city = v) },
  'place.district': { get: (f) => f.place.district, set: (f, v) => (f.place.district = v) },
  'place.national': { get: (f) => (f.place.national ? 'true' : undefined), set: (f, v) => (f.place.national = v === 'true' ? true : undefined) },
  'dates.delivered': { get: (f) => f.headerDate, set: (f, v) => (f.headerDate = v) },
  'dates.written': { get: (f) => f.written, set: (f, v) => (f.written = v) },
  'dates.reviewed': { get: (f) => f.reviewed, set: (f, v) => (f.reviewed = v) },
  'dates.published': { get: (f) => f.published, set: (f, v) => (f.published = v) },
  'source.publisher': { get: (f) => f.publisher, set: (f, v) => (f.publisher = v) },
  'source.url': { get: (f) => f.url, set: (f, v) => (f.url = v) },
  'source.collection': { get: (f) => f.collection, set: (f, v) => (f.collection = v) },
  'identifiers.indexNumber': { get: (f) => f.indexNumber, set: (f, v) => (f.indexNumber = v) },
  'identifiers.documentNumber': { get: (f) => f.documentNumber, set: (f, v) => (f.documentNumber = v) },
};

/** Fields where a text that says otherwise is filed under the wrong name: refused, not published. */
const FILED_UNDER: ReportField[] = ['place.province', 'place.city', 'place.district', 'place.national', 'dates.delivered', 'dates.reviewed'];

/** Whether the text's value agrees with the catalogue's: equal, or a date the catalogue gives less precisely (2024 ⊃ 2024-01-29). */
function agrees(field: ReportField, text: string, catalogue: string): boolean {
  if (field.startsWith('dates.')) return text.startsWith(catalogue) || catalogue.startsWith(text);
  return fold(text).replace(/\s+/g, '') === fold(catalogue).replace(/\s+/g, '');
}

const ASPECT: Partial<Record<ReportField, string>> = {
  'place.province': 'place',
  'place.city': 'place',
  'place.district': 'place',
  'place.national': 'place',
  'dates.delivered': 'year',
  'dates.reviewed': 'year',
};

/** Step 6, catalogue: a row's values into the draft (see the module comment). */
export function applyCatalogue(draft: Draft, entry: CatalogueEntry): Draft {
  const facts: Facts = { ...draft.facts, place: { ...draft.facts.place }, inferred: [...draft.facts.inferred] };
  const fields: string[] = [];
  const conflicts: { field: string; catalogue: string; text: string }[] = [];
  const inferredFields = new Set(facts.inferred.map((i) => i.field));
  // A national text filed under a place: the text's place is the whole country.
  if (facts.place.national && (entry.values['place.province'] || entry.values['place.city'])) {
    throw new IngestError(
      `the catalogue files this text under ${[entry.values['place.province'], entry.values['place.city']].filter(Boolean).join('')}, but the text is a national document (${facts.meeting ? `delivered at ${facts.meeting}` : 'its opening reports for the State Council, 我代表国务院'})`,
      draft.source.path,
      `correct row ${entry.row} of ${entry.catalogue} (place it national, or name the right file); nothing was written`,
    );
  }
  for (const [field, value] of Object.entries(entry.values) as [ReportField, string][]) {
    const access = ACCESS[field];
    if (!access) continue;
    const stated = access.get(facts);
    if (stated === undefined) {
      access.set(facts, value);
      fields.push(field);
      continue;
    }
    if (agrees(field, stated, value)) {
      // What the ingest only inferred, the catalogue now states.
      if (inferredFields.has(field)) {
        facts.inferred = facts.inferred.filter((i) => i.field !== field);
        fields.push(field);
      }
      continue;
    }
    if (FILED_UNDER.includes(field)) {
      throw new IngestError(
        `the catalogue gives ${field} "${value}", but the text states "${stated}" (its ${ASPECT[field]} is not the one it is filed under)`,
        draft.source.path,
        `check the file against row ${entry.row} of ${entry.catalogue}: correct the row, or name the right file; nothing was written`,
      );
    }
    conflicts.push({ field, catalogue: value, text: stated });
    access.set(facts, value);
  }
  return { ...draft, facts, catalogue: { file: basename(entry.catalogue), row: entry.row, fields, conflicts } };
}
