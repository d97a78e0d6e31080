/**
 * What the glossary pages, the exports and the popover show of an entry:
 * labels, grouping and the public record. Pure.
 */
import { TERM_KINDS, TERM_LEVELS, TERM_RELATIONS, TERM_STATUSES, type TermKind, type TermLevel, type TermRelation } from '../schemas/glossary.ts';
import { countBy } from '../glossary/concordance.ts';
import type { SourceLabels } from './catalogue.ts';
import type { Occurrence } from '../glossary/concordance.ts';
import type { GlossaryEntry } from '../glossary/load.ts';
import { comparePinyin } from '../glossary/pinyin.ts';
import { paths } from './links.ts';
import { csvDocument } from './text-formats.ts';

export const kindLabel = (kind: TermKind) => TERM_KINDS[kind];
export const levelLabel = (level: TermLevel) => TERM_LEVELS[level];
export const statusLabel = (status: GlossaryEntry['status']) => TERM_STATUSES[status];
export const relationLabel = (relation: TermRelation) => TERM_RELATIONS[relation];

/** What an entry page says of how its meaning is known, by status. */
export const STATUS_NOTES: Record<GlossaryEntry['status'], string> = {
  established: '释义依据下列权威出处。',
  attested: '释义依据本库文献中的原话，见下列段落。',
  inferred: '释义为编者根据上下文所作的推断，并非原文所说。',
  unexplained: '本库收录的文献没有解释这一提法的含义。下面列出它出现的上下文，供读者自行判断。',
};

/** How an entry is used across the archive, for its page: counts by place and by year, and a few uses per place. */
export interface TermUsage {
  byPlace: { label: string; value: number }[];
  byYear: { label: string; value: number }[];
  /** The places, most uses first. */
  places: string[];
  /** The first `samples` uses in each place, for the side-by-side view. */
  samplesByPlace: Map<string, Occurrence[]>;
  reports: number;
  /** How often each written form occurs, most first. */
  forms: { label: string; value: number }[];
}

export function termUsage(uses: readonly Occurrence[], label: (slug: string) => SourceLabels, samples = 3): TermUsage {
  const byPlace = countBy(uses, (o) => label(o.report).place);
  const byYear = countBy(uses, (o) => label(o.report).year).sort((a, b) => a.label.localeCompare(b.label));
  const samplesByPlace = new Map<string, Occurrence[]>();
  for (const o of uses) {
    const place = label(o.report).place;
    const list = samplesByPlace.get(place) ?? [];
    if (list.length < samples) samplesByPlace.set(place, [...list, o]);
  }
  return {
    byPlace,
    byYear,
    places: byPlace.map((p) => p.label),
    samplesByPlace,
    reports: new Set(uses.map((o) => o.report)).size,
    forms: countBy(uses, (o) => o.match),
  };
}

/**
 * What an entry page says of the archive's use of a term, computed from the
 * concordance so that it cannot drift from the texts: how many reports and
 * uses, in which places, from which year, in which written forms.
 */
export function usageSummary(usage: TermUsage, uses: number): string {
  if (uses === 0) return '本库正文中暂无用例。';
  const places = usage.places.filter((p) => p !== '地区不详');
  const years = usage.byYear.map((y) => y.label).filter((y) => y !== '年份不详');
  const parts = [`本库 ${usage.reports} 篇文献共 ${uses} 处使用`];
  if (places.length > 0) parts.push(`见于${places.slice(0, 8).join('、')}${places.length > 8 ? `等 ${places.length} 地` : ''}`);
  if (years.length > 0) parts.push(`最早一篇为${years[0]}`);
  const forms = usage.forms.length > 1 ? `写法：${usage.forms.map((f) => `${f.label}（${f.value} 处）`).join('、')}。` : '';
  return `${parts.join('，')}。${forms}`;
}

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
export function glossaryRecord(term: GlossaryEntry, occurrences: number) {
  const { id, ...fields } = term;
  return { id, url: paths.glossaryTerm(id).slice(1), ...fields, occurrences };
}

const CSV_COLUMNS = ['id', 'term', 'aliases', 'pinyin', 'english', 'kind', 'level', 'coinedBy', 'status', 'definition', 'occurrences', 'url'] as const;

/** /glossary.csv: one row per entry; aliases joined with " | ". */
export function glossaryCsv(records: readonly ReturnType<typeof glossaryRecord>[]): string {
  const rows = records.map((r) => CSV_COLUMNS.map((column) => (column === 'aliases' ? r.aliases.join(' | ') : String(r[column] ?? ''))));
  return csvDocument(CSV_COLUMNS, rows);
}
