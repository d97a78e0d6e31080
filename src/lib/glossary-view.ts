/**
 * What the glossary pages, the exports and the popover show of an entry:
 * labels, grouping and the public record. Pure.
 */
import { TERM_KINDS, TERM_LEVELS, TERM_STATUSES, type TermKind, type TermLevel } from '../schemas/glossary.ts';
import type { Occurrence } from '../glossary/concordance.ts';
import type { GlossaryEntry } from '../glossary/load.ts';
import { comparePinyin } from '../glossary/pinyin.ts';
import { paths } from './links.ts';
import { csvDocument } from './text-formats.ts';

export const kindLabel = (kind: TermKind) => TERM_KINDS[kind];
export const levelLabel = (level: TermLevel) => TERM_LEVELS[level];
export const statusLabel = (status: GlossaryEntry['status']) => TERM_STATUSES[status];

export interface TermGroup {
  kind: TermKind;
  levels: { level: TermLevel; terms: GlossaryEntry[] }[];
}

/** Entries grouped by kind, then level, each group sorted by pinyin. */
export function groupTerms(terms: readonly GlossaryEntry[]): TermGroup[] {
  return (Object.keys(TERM_KINDS) as TermKind[])
    .map((kind) => ({
      kind,
      levels: (Object.keys(TERM_LEVELS) as TermLevel[])
        .map((level) => ({ level, terms: terms.filter((t) => t.kind === kind && t.level === level).sort(comparePinyin) }))
        .filter((group) => group.terms.length > 0),
    }))
    .filter((group) => group.levels.length > 0);
}

/** An entry as /glossary.json publishes it: every field, its id, url and number of uses. */
export function glossaryRecord(term: GlossaryEntry, occurrences: readonly Occurrence[]) {
  const { id, ...fields } = term;
  return { id, url: paths.glossaryTerm(id).slice(1), ...fields, occurrences: occurrences.length };
}

const CSV_COLUMNS = ['id', 'term', 'aliases', 'pinyin', 'english', 'kind', 'level', 'coinedBy', 'status', 'definition', 'occurrences', 'url'] as const;

/** /glossary.csv: one row per entry; aliases joined with " | ". */
export function glossaryCsv(records: readonly ReturnType<typeof glossaryRecord>[]): string {
  const rows = records.map((r) => CSV_COLUMNS.map((column) => (column === 'aliases' ? r.aliases.join(' | ') : String(r[column] ?? ''))));
  return csvDocument(CSV_COLUMNS, rows);
}
