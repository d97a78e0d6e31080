/**
 * The small data file the search page loads with its first query
 * (/search-data.json): every glossary form with its entry, so that a query
 * equal to a term or alias puts the entry first and reaches the pages that
 * use any of its forms; and a traditional → simplified character table,
 * limited to characters that occur in the archive, so that 兩個維護 finds
 * 两个维护 without shipping a whole conversion dictionary.
 */
import { Converter } from 'opencc-js';
import type { GlossaryEntry } from '../glossary/load.ts';
import { fold } from '../text/fold.ts';
import { paths } from '../lib/links.ts';

export interface SearchData {
  /** Normalised form → entry id. */
  forms: Record<string, string>;
  /** Entry id → its term, url (relative to the site root) and every form. */
  entries: Record<string, { term: string; url: string; forms: string[] }>;
  /** Traditional character → simplified character. */
  t2s: Record<string, string>;
}

/** Every CJK unified ideograph whose simplified form differs and occurs in `text`. */
export function traditionalTable(text: string): Record<string, string> {
  const used = new Set(text);
  const toSimplified = Converter({ from: 't', to: 'cn' });
  const table: Record<string, string> = {};
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    const simplified = toSimplified(ch);
    if (simplified !== ch && simplified.length === 1 && used.has(simplified)) table[ch] = simplified;
  }
  return table;
}

export function buildSearchData(terms: readonly GlossaryEntry[], archiveText: string): SearchData {
  const forms: Record<string, string> = {};
  const entries: SearchData['entries'] = {};
  for (const term of [...terms].sort((a, b) => a.id.localeCompare(b.id))) {
    const all = [term.term, ...term.aliases];
    entries[term.id] = { term: term.term, url: paths.glossaryTerm(term.id).slice(1), forms: all };
    for (const form of all) forms[fold(form).replace(/[“”"]/g, '')] ??= term.id;
  }
  return { forms, entries, t2s: traditionalTable(archiveText + terms.map((t) => [t.term, ...t.aliases].join('')).join('')) };
}
