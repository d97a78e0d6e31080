/**
 * The rows of a report page's metadata panel, laid out like the header table
 * of a Chinese government document page: which fields are shown, in which
 * order, under which label, and which cells span the whole line. Pure; the
 * panel (src/components/MetadataPanel.astro) only renders them.
 */
import type { Report } from '../schemas/report.ts';
import type { ReportField } from '../schemas/report-fields.ts';
import { documentTypeLabel, NATIONAL_PLACE } from './catalogue.ts';
import { fieldLabel } from './format.ts';

type RowContent = { kind: 'text' | 'date'; field: ReportField; value: string } | { kind: 'place' | 'speakers' | 'source' };

export type MetadataRow = RowContent & { label: string; wide: boolean };

type Candidate = RowContent & { wide?: boolean };

/** The rows, in the order government pages print them; a row is left out when its value is unknown. */
export function metadataRows(report: Report): MetadataRow[] {
  const { identifiers: ids, dates, place, source } = report;
  const text = (field: ReportField, value: string | undefined, wide = false): Candidate | undefined =>
    value === undefined ? undefined : { kind: 'text', field, value, wide };
  const date = (field: ReportField, value: string | undefined): Candidate | undefined => (value === undefined ? undefined : { kind: 'date', field, value });
  const candidates: (Candidate | undefined)[] = [
    text('identifiers.indexNumber', ids.indexNumber),
    text('identifiers.subject', ids.subject),
    text('issuer', report.issuer),
    text('identifiers.documentNumber', ids.documentNumber),
    date('dates.written', dates.written),
    date('dates.published', dates.published),
    text('identifiers.validity', ids.validity),
    text('documentType', documentTypeLabel(report.documentType)),
    date('dates.delivered', dates.delivered),
    (place.province ?? place.city ?? place.district) !== undefined || place.national ? { kind: 'place' } : undefined,
    text('meeting', report.meeting, true),
    report.speakers.length > 0 ? { kind: 'speakers', wide: true } : undefined,
    (source.publisher ?? source.url) !== undefined ? { kind: 'source', wide: true } : undefined,
    report.reporters.length > 0 ? text('reporters', report.reporters.join('、')) : undefined,
    text('rights', report.rights, true),
  ];
  const FIELD_OF = { place: 'place', speakers: 'speakers', source: 'source' } as const;
  const rows = candidates
    .filter((row): row is Candidate => row !== undefined)
    .map((row): MetadataRow => ({ ...row, label: fieldLabel(row.kind === 'text' || row.kind === 'date' ? row.field : FIELD_OF[row.kind], report.documentType), wide: row.wide ?? false }));
  return packRows(rows);
}

/**
 * Two cells to a line on wide screens: a half-width cell left alone before a
 * full-width one (or at the end) is widened, so the table has no holes.
 */
export function packRows<T extends { wide: boolean }>(rows: readonly T[]): T[] {
  const packed = rows.map((row) => ({ ...row }));
  let half = 0;
  packed.forEach((row, i) => {
    if (!row.wide) half += 1;
    const next = packed[i + 1];
    if (!row.wide && half % 2 === 1 && (next === undefined || next.wide)) {
      row.wide = true;
      half = 0;
    }
    if (row.wide) half = 0;
  });
  return packed;
}

/** The levels of a place, each with its field, a repeated level (北京市 北京市) shown once. */
export function placeLevels(place: Report['place']): { name: string; field: ReportField }[] {
  if (place.national) return [{ name: NATIONAL_PLACE, field: 'place.national' }];
  return (['province', 'city', 'district'] as const)
    .map((level) => ({ name: place[level], field: `place.${level}` as ReportField }))
    .filter((level, i, all): level is { name: string; field: ReportField } => level.name !== undefined && level.name !== all[i - 1]?.name);
}

/** The inferences that name exactly this field (not a containing one), by index. */
export function exactInferences(report: Report, field: string): number[] {
  return report.inferred.flatMap((inference, i) => (inference.field === field ? [i] : []));
}
