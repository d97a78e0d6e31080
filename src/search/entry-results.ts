/**
 * The first results for a query that is a glossary entry's term or alias,
 * written at build time: the reports that use the entry (the concordance's
 * reports, the same set Pagefind's `term` filter holds), most uses first,
 * a page at a time, with an excerpt at the first use and the filter counts
 * of those reports. The search page shows them without loading the search
 * index (/search/entries/ID/PAGE.json); the index loads only for what comes
 * after them (the pages that hold only some of the words), for filters and
 * for sorting by date.
 */
import type { Occurrence } from '../glossary/concordance.ts';
import type { Report } from '../schemas/report.ts';
import { reportDate } from '../lib/catalogue.ts';
import { paths } from '../lib/links.ts';
import { escapeXml } from '../lib/text-formats.ts';
import { reportFilterValues, type FilterName } from './report-filters.ts';
import { RESULTS_PER_PAGE, type EntryResult, type EntryResultsPage } from './entry-results-page.ts';

/**
 * How many pages `entryResultPages` gives for an entry used in `reports`
 * reports, without building them: the route lists its paths from this and
 * builds an entry's pages only when it renders them, so that the pages of
 * every entry are never held at once.
 */
export function entryResultPageCount(reports: number, perPage = RESULTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(reports / perPage));
}

/**
 * Every page of an entry's results (at least one, empty when no report uses
 * it). The uses and the catalogue are read from the same reports folder; a
 * report the catalogue does not know is an error, not left out.
 */
export function entryResultPages(uses: readonly Occurrence[], reportOf: (slug: string) => Report | undefined, perPage = RESULTS_PER_PAGE): EntryResultsPage[] {
  const byReport = new Map<string, Occurrence[]>();
  for (const use of uses) {
    const list = byReport.get(use.report);
    if (list) list.push(use);
    else byReport.set(use.report, [use]);
  }
  const reports = [...byReport]
    .map(([slug, list]) => {
      const report = reportOf(slug);
      if (!report) throw new Error(`search results of ${list[0].termId}: the report ${slug} uses it but is not in the catalogue; build again from one content folder`);
      return { slug, list, report, date: reportDate(report) };
    });
  // Most uses first, then the newest, then by name: the same order on every build.
  reports.sort((a, b) => b.list.length - a.list.length || (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));

  const counts: Partial<Record<FilterName, Record<string, number>>> = {};
  for (const { report } of reports) {
    // (A value counts once per report, as Pagefind counts it: two speakers of one name are one.)
    const seen = new Set<string>();
    for (const [name, value] of reportFilterValues(report)) {
      if (seen.has(`${name}:${value}`)) continue;
      seen.add(`${name}:${value}`);
      const byValue = (counts[name] ??= {});
      byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  const results: EntryResult[] = reports.map(({ slug, list: [first], report, date }) => ({
    url: paths.report(slug).slice(1),
    title: report.title,
    ...(date ? { date } : {}),
    excerpt: `${escapeXml(first.before)}<mark>${escapeXml(first.match)}</mark>${escapeXml(first.after)}`,
  }));
  const pages = Math.max(1, Math.ceil(results.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({
    total: results.length,
    pages,
    page: i + 1,
    ...(i === 0 ? { counts } : {}),
    results: results.slice(i * perPage, (i + 1) * perPage),
  }));
}
