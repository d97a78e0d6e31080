/**
 * Every occurrence of every glossary term in the archive's paragraphs, with
 * its context, as the annotation plugin finds them (same matcher; headings
 * are not annotated, so they are not counted).
 */
import type { ReportText } from '../text/report-texts.ts';
import { findTerms, type Dictionary } from './matcher.ts';

export interface Occurrence {
  termId: string;
  report: string;
  paragraph: string;
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 32;

/**
 * A piece of a paragraph as a string of its own: V8 makes a slice share the
 * whole paragraph's memory, and the archive's concordance would otherwise
 * keep every paragraph of every report alive through its context lines.
 */
function detached(piece: string): string {
  return ` ${piece}`.slice(1);
}

/** Every occurrence in `reports`, read once, in order (an archive's reports can be read one at a time). */
export function concordance(reports: Iterable<ReportText>, dictionary: Dictionary): Occurrence[] {
  return [...eachOccurrence(reports, dictionary)];
}

/** The occurrences of `concordance` one at a time, so that an archive's need not be held at once. */
export function* eachOccurrence(reports: Iterable<ReportText>, dictionary: Dictionary): Generator<Occurrence> {
  for (const report of reports) {
    for (const block of report.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const m of findTerms(block.text, dictionary)) {
        yield {
          termId: m.id,
          report: report.slug,
          paragraph: block.id!,
          before: detached(block.text.slice(Math.max(0, m.start - CONTEXT), m.start)),
          match: detached(block.text.slice(m.start, m.end)),
          after: detached(block.text.slice(m.end, m.end + CONTEXT)),
        };
      }
    }
  }
}

/** Counts of a list keyed by a label, largest first then by label. */
export function countBy<T>(items: readonly T[], label: (item: T) => string): { label: string; value: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = label(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([l, value]) => ({ label: l, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'zh-CN'));
}

/** Concordance lines per page: the entry page shows the first page, the rest have pages of their own. */
export const USES_PER_PAGE = 100;

/** How many concordance pages a term with `count` uses has (at least one). */
export function usesPageCount(count: number, perPage = USES_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** Page `page` (1-based) of a concordance, with the number of its first line. */
export function usesPage<T>(uses: readonly T[], page: number, perPage = USES_PER_PAGE): { lines: T[]; first: number } {
  const start = (page - 1) * perPage;
  return { lines: uses.slice(start, start + perPage), first: start + 1 };
}
