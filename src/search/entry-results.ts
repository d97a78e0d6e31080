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
 * How many pages `entryResultPages` gives for these uses, without building
 * them: the route lists its paths from this and builds an entry's pages only
 * when it renders them, so that the pages of every entry are never held at
 * once (at 30,000 reports they had taken the archive-wide unit from 2.2 GB
 * to 3.5 GB).
 */
export function entryResultPageCount(uses: readonly Occurrence[], known: (slug: string) => boolean, perPage = RESULTS_PER_PAGE): number {
  const reports = new Set(uses.map((use) => use.report).filter(known));
  return Math.max(1, Math.ceil(reports.size / perPage));
}

/**
 * Every page of an entry's results (at least one, empty when no report uses
 * it). Reports the catalogue does not know (none, in a valid archive) are left out.
 */
export function entryResultPages(uses: readonly Occurrence[], reportOf: (slug: string) => Report | undefined, perPage = RESULTS_PER_PAGE): EntryResultsPage[] {
  const byReport = new Map<string, Occurrence[]>();
  for (const use of uses) {
    const list = byReport.get(use.report);
    if (list) list.push(use);
    else byReport.set(use.report, [use]);
  }
  const reports = [...byReport]
    .map(([slug, list]) => ({ slug, list, report: reportOf(slug) }))
    .filter((r): r is { slug: string; list: Occurrence[]; report: Report } => r.report !== undefined)
    .map((r) => ({ ...r, date: reportDate(r.report) }));
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
