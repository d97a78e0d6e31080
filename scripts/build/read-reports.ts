/**
 * The plan's view of the archive, read from each report's frontmatter one
 * file at a time: its file, id and dates (to cut slices in date order), the
 * record its related-reports lists need (title, place, meeting, dates, read
 * through the report schema's own fields, so defaults and checks are the
 * site's), and a digest of every frontmatter. Only these small records are
 * kept, however large the archive. A frontmatter that does not parse, or
 * whose fields do not validate, is planned as undated and without a record;
 * the archive-wide unit, which validates every report, stops on it with the
 * schema's message.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { frontmatterOf, reportFiles } from '../../src/build/catalogue-loader.ts';
import { reportIdFromFile } from '../../src/build/build-unit.ts';
import { relatedRecord, type RelatedEntry } from '../../src/lib/facets.ts';
import { splitFrontmatter } from '../../src/text/report-mdx.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import type { PlannedReport } from './plan.ts';

/** The report fields a related-reports record holds, validated as the site validates them. */
const relatedFields = reportSchema.pick({ title: true, place: true, meeting: true, dates: true });

function recordOf(file: string, id: string, text: string): RelatedEntry | undefined {
  let data: Record<string, unknown>;
  try {
    data = frontmatterOf(file, text);
  } catch {
    return undefined;
  }
  const parsed = relatedFields.safeParse({ title: data.title, place: data.place, meeting: data.meeting, dates: data.dates });
  return parsed.success ? relatedRecord({ id, data: parsed.data }) : undefined;
}

export interface ArchivePlanInput {
  reports: PlannedReport[];
  /** Every report's related-reports record (those whose fields validate). */
  records: RelatedEntry[];
  /** A digest of every report's frontmatter: what other reports' pages show of it. */
  frontmatterDigest: string;
}

export async function readPlannedReports(reportsDir: string): Promise<ArchivePlanInput> {
  const reports: PlannedReport[] = [];
  const records: RelatedEntry[] = [];
  const hash = createHash('sha256');
  for (const file of await reportFiles(reportsDir)) {
    const text = await readFile(join(reportsDir, file), 'utf8');
    const { yaml: frontmatter } = splitFrontmatter(text);
    hash.update(`\0${file}\0`).update(frontmatter ?? '');
    const id = reportIdFromFile(file);
    const record = recordOf(file, id, text);
    if (record) records.push(record);
    reports.push({ file, id, data: { dates: record?.data.dates ?? {} } });
  }
  return { reports, records, frontmatterDigest: hash.digest('hex') };
}
