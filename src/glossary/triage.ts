/**
 * Which candidates in a text the glossary has not yet decided: not a term,
 * not an alias, not on the dismissed list. Pure.
 */
import type { Dismissed } from '../schemas/glossary.ts';
import { findCandidates, type CandidateKind } from './candidates.ts';
import type { GlossaryEntry } from './load.ts';
import { fold } from '../text/fold.ts';

export interface Undecided {
  phrase: string;
  kind: CandidateKind;
  count: number;
  /** Where it occurs: file names. */
  files: string[];
  /** The first context it was seen in. */
  context: string;
}

export function decidedForms(terms: readonly GlossaryEntry[], dismissed: readonly Dismissed[]): Set<string> {
  return new Set([...terms.flatMap((t) => [t.term, ...t.aliases]), ...dismissed.map((d) => d.phrase)].map(fold));
}

export function undecidedCandidates(texts: readonly { file: string; text: string }[], decided: ReadonlySet<string>): Undecided[] {
  const found = new Map<string, Undecided>();
  for (const { file, text } of texts) {
    // A quoted formula (“1+3+N”) is found as a quotation and as a formula: count the place once.
    const seen = new Set<string>();
    for (const candidate of findCandidates(text)) {
      if (decided.has(fold(candidate.phrase))) continue;
      const place = `${candidate.index}:${candidate.phrase}`;
      if (seen.has(place)) continue;
      seen.add(place);
      const entry = found.get(candidate.phrase);
      if (entry) {
        entry.count++;
        if (!entry.files.includes(file)) entry.files.push(file);
        continue;
      }
      const context = text.slice(Math.max(0, candidate.index - 20), candidate.index + candidate.phrase.length + 22).replace(/\s+/g, ' ');
      found.set(candidate.phrase, { phrase: candidate.phrase, kind: candidate.kind, count: 1, files: [file], context });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase, 'zh-CN'));
}
