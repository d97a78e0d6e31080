/**
 * The shape of a glossary entry's result pages (/search/entries/ID/PAGE.json),
 * shared by the build (src/search/entry-results.ts) and the search page,
 * which must not bundle the build's modules.
 */
import type { FilterName } from './report-filters.ts';

/** Results per page of the search page, for every kind of query. */
export const RESULTS_PER_PAGE = 30;

export interface EntryResult {
  /** The report page, relative to the site root. */
  url: string;
  title: string;
  date?: string;
  /** The text around the entry's first use, HTML-escaped, the use in <mark>. */
  excerpt: string;
}

export interface EntryResultsPage {
  /** How many reports use the entry. */
  total: number;
  /** How many pages they fill. */
  pages: number;
  page: number;
  /** On the first page: the filter counts of all the entry's reports. */
  counts?: Partial<Record<FilterName, Record<string, number>>>;
  results: EntryResult[];
}

/** Where a result page lives, relative to the site root. */
export const entryResultsPath = (id: string, page: number) => `search/entries/${id}/${page}.json`;
