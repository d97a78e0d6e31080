/**
 * The archive-wide lookups the report and glossary pages share, each built
 * once per build (src/build/per-build.ts) from the reports collection.
 */
import { getCollection } from 'astro:content';
import { sourceLabeller, type SourceLabels } from '../lib/catalogue.ts';
import { relatedIndex, type RelatedReports } from '../lib/facets.ts';
import type { ReportEntry } from '../lib/catalogue.ts';
import { perBuild } from './per-build.ts';

/** How the glossary's pages name a report: title, place and year. */
export function reportLabels(): Promise<(slug: string) => SourceLabels> {
  return perBuild('report-labels', async () => sourceLabeller(await getCollection('catalogue')));
}

/** The reports of the same place and of the same meeting series, for a report page. */
export function relatedReports(): Promise<(entry: ReportEntry) => RelatedReports<ReportEntry>> {
  return perBuild('related-reports', async () => relatedIndex<ReportEntry>(await getCollection('catalogue')));
}
