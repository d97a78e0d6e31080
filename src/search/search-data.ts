/**
 * The small data file the search page loads with its first query
 * (/search-data.json): every glossary form with its entry, so that a query
 * equal to a term or alias puts the entry first and reaches the pages that
 * use any of its forms. Traditional characters need no table here: the
 * search page folds queries with the build's own folding (src/text/fold.ts).
 */
import type { GlossaryEntry } from '../glossary/load.ts';
import { fold } from '../text/fold.ts';
import { paths } from '../lib/links.ts';

export interface SearchData {
  /** Normalised form → entry id. */
  forms: Record<string, string>;
  /** Entry id → its term, url (relative to the site root) and every form. */
  entries: Record<string, { term: string; url: string; forms: string[] }>;
}

export function buildSearchData(terms: readonly GlossaryEntry[]): SearchData {
  const forms: Record<string, string> = {};
  const entries: SearchData['entries'] = {};
  for (const term of [...terms].sort((a, b) => a.id.localeCompare(b.id))) {
    const all = [term.term, ...term.aliases];
    entries[term.id] = { term: term.term, url: paths.glossaryTerm(term.id).slice(1), forms: all };
    for (const form of all) forms[fold(form).replace(/[“”"]/g, '')] ??= term.id;
  }
  return { forms, entries };
}
