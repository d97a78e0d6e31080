/**
 * The filters a report is found by on the search page (place, year,
 * document type, speaker): written into each report page for Pagefind
 * (src/components/SearchFacets.astro) and counted for a glossary entry's
 * reports (src/search/entry-results.ts), so both count the same values.
 */
import type { Report } from '../schemas/report.ts';
import { documentTypeLabel, reportYear } from '../lib/catalogue.ts';
import { speakerName } from '../lib/format.ts';

/** The search page's filters, by Pagefind filter name. */
export type FilterName = 'province' | 'city' | 'year' | 'type' | 'speaker';

/** Every filter value of a report, in the order the page lists them. */
export function reportFilterValues(report: Report): [FilterName, string][] {
  const values: [FilterName, string | undefined][] = [
    ['province', report.place.province],
    ['city', report.place.city],
    ['year', reportYear(report)],
    ['type', documentTypeLabel(report.documentType)],
    ...report.speakers.map(speakerName).filter(Boolean).map((name): [FilterName, string] => ['speaker', name]),
  ];
  return values.filter((pair): pair is [FilterName, string] => Boolean(pair[1]));
}
