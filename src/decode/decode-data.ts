/**
 * What the decoder (/decode/) needs of the glossary, as one JSON file the
 * page loads: every entry's forms and match context (for the one matcher,
 * src/glossary/matcher.ts, bundled into the page), its short definition,
 * status and kind, and the forms and phrases the glossary has decided (so
 * that an undecided quoted phrase or formula is listed as not known yet).
 * It grows with the glossary, never with the archive's reports.
 */
import type { Dismissed } from '../schemas/glossary.ts';
import { TERM_KINDS } from '../schemas/glossary.ts';
import type { GlossaryEntry } from '../glossary/load.ts';
import { termForms } from '../glossary/load.ts';
import { decidedForms } from '../glossary/triage.ts';
import type { TermForms } from '../glossary/matcher.ts';
import { kindLabel, statusLabel } from '../lib/glossary-view.ts';

export interface DecodeEntry {
  term: string;
  definition: string;
  status: string;
  statusLabel: string;
  kind: string;
}

export interface DecodeData {
  /** Entry id → what the page shows of it. */
  entries: Record<string, DecodeEntry>;
  /** Every entry's forms and context, in the glossary's order, for the matcher. */
  forms: TermForms[];
  /** Kinds in the glossary's order, with their Chinese names, for grouping. */
  kinds: [string, string][];
  /** Folded terms, aliases and dismissed phrases: what the glossary has decided. */
  decided: string[];
}

export function buildDecodeData(terms: readonly GlossaryEntry[], dismissed: readonly Dismissed[]): DecodeData {
  const entries: Record<string, DecodeEntry> = {};
  for (const t of terms) entries[t.id] = { term: t.term, definition: t.definition, status: t.status, statusLabel: statusLabel(t.status), kind: t.kind };
  return {
    entries,
    forms: termForms(terms).map(({ id, forms, context }) => (context ? { id, forms, context } : { id, forms })),
    kinds: (Object.keys(TERM_KINDS) as (keyof typeof TERM_KINDS)[]).map((kind) => [kind, kindLabel(kind)]),
    decided: [...decidedForms(terms, dismissed)].sort(),
  };
}
