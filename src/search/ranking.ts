/**
 * Ranking search results for Chinese readers. Pagefind ranks words; a
 * reader typing 两个维护 means the phrase. So the order is:
 *   1. the glossary entry whose term or alias equals the query;
 *   2. pages holding the exact phrase (or, for an entry, any of its forms):
 *      reports first, then other glossary entries that mention it, each in
 *      Pagefind's order;
 *   3. the remaining pages that match only some of the words, reports first.
 * Pure: takes lists of result URLs, returns one list without duplicates.
 */

export interface FoundUrls {
  entryUrl?: string;
  phraseUrls: readonly string[];
  wordUrls: readonly string[];
  isReport?: (url: string) => boolean;
}

export function rankResults({ entryUrl, phraseUrls, wordUrls, isReport = () => false }: FoundUrls): string[] {
  const ranked: string[] = [];
  const seen = new Set<string>();
  const add = (url: string | undefined) => {
    if (url && !seen.has(url)) {
      seen.add(url);
      ranked.push(url);
    }
  };
  const reportsFirst = (urls: readonly string[]) => [...urls.filter(isReport), ...urls.filter((url) => !isReport(url))];
  add(entryUrl);
  reportsFirst(phraseUrls).forEach(add);
  reportsFirst(wordUrls).forEach(add);
  return ranked;
}
