/**
 * The glossary's review queue: the quoted phrases and formulas of the
 * archive that the glossary has not decided yet (not a term, an alias or a
 * dismissal), ranked by how many reports use them, each with its contexts.
 * Those found in reviewed reports block the suite; those found only in
 * drafts wait, visible and counted. Pure.
 */
import type { CandidateKind } from './candidates.ts';
import { undecidedCandidates } from './triage.ts';

export interface QueueText {
  /** The report's slug (or a file name). */
  file: string;
  text: string;
  reviewed: boolean;
}

export interface QueueItem {
  phrase: string;
  kind: CandidateKind;
  /** How many reports use it, and how often in all. */
  reports: number;
  uses: number;
  /** The reports, reviewed ones first. */
  files: string[];
  /** Whether a reviewed report uses it: then it must be decided before the suite passes. */
  blocking: boolean;
  /** Up to three contexts, one per report. */
  contexts: { file: string; text: string }[];
}

/** Up to `limit` contexts of a phrase, one per text, ±20 characters. */
function contexts(phrase: string, texts: readonly QueueText[], files: readonly string[], limit = 3): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const file of files) {
    if (out.length >= limit) break;
    const text = texts.find((t) => t.file === file)?.text ?? '';
    const at = text.indexOf(phrase);
    if (at >= 0) out.push({ file, text: text.slice(Math.max(0, at - 20), at + phrase.length + 20).replace(/\s+/g, ' ') });
  }
  return out;
}

export function reviewQueue(texts: readonly QueueText[], decided: ReadonlySet<string>): QueueItem[] {
  const reviewed = new Set(texts.filter((t) => t.reviewed).map((t) => t.file));
  return undecidedCandidates(texts, decided)
    .map((item) => {
      const files = [...item.files].sort((a, b) => Number(reviewed.has(b)) - Number(reviewed.has(a)) || a.localeCompare(b));
      return {
        phrase: item.phrase,
        kind: item.kind,
        reports: files.length,
        uses: item.count,
        files,
        blocking: item.kind !== 'enumeration' && files.some((f) => reviewed.has(f)),
        contexts: contexts(item.phrase, texts, files),
      };
    })
    .sort((a, b) => Number(b.blocking) - Number(a.blocking) || b.reports - a.reports || b.uses - a.uses || a.phrase.localeCompare(b.phrase, 'zh-CN'));
}
