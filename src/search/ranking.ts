/**
 * Ranking search results for Chinese readers. Pagefind ranks words; a
 * reader typing 两个维护 means the phrase. So the order is:
 *   1. the glossary entry whose term or alias equals the query (the search
 *      page puts it first from its own data, before any result loads);
 *   2. pages holding the exact phrase (or, for an entry, any of its forms);
 *   3. the remaining pages that match only some of the words.
 * Which pages are reports is known only once a page of results has loaded:
 * within each page, reports holding the phrase come first, then entries
 * holding it, then the rest in the same way (`orderPage`).
 * Pure: takes lists of result ids, returns orders without duplicates.
 */

export interface FoundIds {
  phraseUrls: readonly string[];
  wordUrls: readonly string[];
}

/** The whole order, from the indexes alone: exact-phrase results, then word results, each once. */
export function rankResults({ phraseUrls, wordUrls }: FoundIds): string[] {
  return [...new Set([...phraseUrls, ...wordUrls])];
}

export interface LoadedResult<T> {
  item: T;
  exact: boolean;
  report: boolean;
}

/** A loaded page of results in reading order: exact before partial, reports before entries, otherwise as ranked. */
export function orderPage<T>(results: readonly LoadedResult<T>[]): T[] {
  const group = ({ exact, report }: LoadedResult<T>) => (exact ? 0 : 2) + (report ? 0 : 1);
  return results
    .map((result, i) => ({ result, i }))
    .sort((a, b) => group(a.result) - group(b.result) || a.i - b.i)
    .map(({ result }) => result.item);
}
