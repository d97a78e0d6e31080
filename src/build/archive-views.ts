/**
 * The archive-wide lookups the report and glossary pages share, each built
 * once per build (src/build/per-build.ts) from the reports collection.
 */
import { getCollection } from 'astro:content';
import { sourceLabeller, type SourceLabels } from '../lib/catalogue.ts';
import { relatedIndex, relatedRecord, type RelatedEntry, type RelatedReports } from '../lib/facets.ts';
import { perBuild } from './per-build.ts';
import { buildUnit, readRelatedRecords } from './build-unit.ts';

/** How the glossary's pages name a report: title, place and year. */
export function reportLabels(): Promise<(slug: string) => SourceLabels> {
  return perBuild('report-labels', async () => sourceLabeller(await getCollection('catalogue')));
}

/**
 * The reports of the same place and of the same meeting series, for a report
 * page: from the catalogue collection, or in a unit that renders a slice of
 * the reports, from the records the build wrote for every report
 * (scripts/build/read-reports.ts), so that a slice never loads the whole
 * catalogue into Astro.
 */
export function relatedReports(): Promise<(entry: RelatedEntry) => RelatedReports<RelatedEntry>> {
  return perBuild('related-reports', async () => {
    const unit = buildUnit();
    const records = unit.kind === 'reports' ? readRelatedRecords(unit.catalogue) : (await getCollection('catalogue')).map(relatedRecord);
    return relatedIndex(records);
  });
}
