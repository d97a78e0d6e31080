/**
 * The plan's view of the archive: each report's file, id and dates, read
 * from its frontmatter one file at a time (only the dates are kept, so this
 * pass holds almost nothing however large the archive). A frontmatter that
 * does not parse is planned as undated; the unit that renders the report
 * stops on it with the schema's message.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { reportFiles } from '../../src/build/catalogue-loader.ts';
import { reportIdFromFile } from '../../src/build/build-unit.ts';
import { splitFrontmatter } from '../../src/text/report-mdx.ts';
import type { Report } from '../../src/schemas/report.ts';
import type { PlannedReport } from './plan.ts';

function datesOf(frontmatter: string | undefined): Report['dates'] {
  try {
    const data = yaml.load(frontmatter ?? '') as { dates?: Report['dates'] } | undefined;
    return data?.dates && typeof data.dates === 'object' ? data.dates : {};
  } catch {
    return {};
  }
}

/** Every report's file, id and dates, and a digest of every report's frontmatter (what other reports' pages show of it). */
export async function readPlannedReports(reportsDir: string): Promise<{ reports: PlannedReport[]; frontmatterDigest: string }> {
  const reports: PlannedReport[] = [];
  const hash = createHash('sha256');
  for (const file of await reportFiles(reportsDir)) {
    const text = await readFile(join(reportsDir, file), 'utf8');
    const { yaml: frontmatter } = splitFrontmatter(text);
    hash.update(`\0${file}\0`).update(frontmatter ?? '');
    reports.push({ file, id: reportIdFromFile(file), data: { dates: datesOf(frontmatter) } });
  }
  return { reports, frontmatterDigest: hash.digest('hex') };
}
