/**
 * Harvesting the 名词解释 appendices of reports in the content folder into
 * the glossary: read each report, plan (src/glossary/harvest.ts), write
 * (decisions.ts). Used by npm run review -- harvest and by the ingest after
 * it writes a report.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { appendixDefinitions } from '../../src/glossary/appendix.ts';
import { planHarvest } from '../../src/glossary/harvest.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import type { Report } from '../../src/schemas/report.ts';
import { bodyBlocks, frontmatterData, mdxBody } from '../../src/text/report-mdx.ts';
import { applyHarvest, ReviewError, type ContentPaths } from './decisions.ts';

/** Harvest the given reports (all of them without slugs); one line per file written. */
export async function harvestReports(paths: ContentPaths, slugs?: readonly string[]): Promise<string[]> {
  const all = existsSync(paths.reports) ? readdirSync(paths.reports).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)).sort() : [];
  const written: string[] = [];
  for (const slug of slugs ?? all) {
    if (!all.includes(slug)) throw new ReviewError('no such report', paths.report(slug), 'check the slug (ls content/reports)');
    const mdx = readFileSync(paths.report(slug), 'utf8');
    const data = frontmatterData(mdx) as Partial<Report> | undefined;
    const definitions = appendixDefinitions(bodyBlocks(mdxBody(mdx)), data?.title);
    if (definitions.length === 0) continue;
    // Read again for each report: the previous one may have added entries.
    const { terms } = loadGlossary(paths.root);
    const context = [data?.meeting, ...(data?.speakers ?? []).map((s) => s.office)].filter(Boolean).join(' ');
    const steps = planHarvest({ slug, title: data?.title ?? slug, place: data?.place ?? {}, context }, definitions, terms);
    written.push(...(await applyHarvest(paths, steps)));
  }
  return written;
}
