/**
 * The archive's concordance kept on disk while a build runs: one file of
 * JSON lines per term, written as the reports are read, and read back one
 * term at a time. Held in memory, every use with its context took 607 MB at
 * 30,000 reports (1.8 million uses) for the whole of the archive-wide unit's
 * render, and would grow with every report added; each page needs one term's
 * uses, and the pages of a term are rendered one after another.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Occurrence } from './concordance.ts';

export interface UsesStore {
  /** How many uses a term has in the archive. */
  count(termId: string): number;
  /** In how many reports. */
  reports(termId: string): number;
  /** Every use of a term, in the archive's order (file name, then paragraph); the term read last is kept. */
  usesOf(termId: string): Occurrence[];
}

/** Lines held before they are appended to their terms' files. */
const FLUSH_CHARACTERS = 8 * 1024 * 1024;

type Line = [report: string, paragraph: string, before: string, match: string, after: string];

/** The stores' folders, removed when the process ends (one listener, however many stores: the dev server writes one a page). */
const folders = new Set<string>();
let removedAtExit = false;
function storeFolder(): string {
  if (!removedAtExit) process.once('exit', removeUsesStores);
  removedAtExit = true;
  const dir = mkdtempSync(join(tmpdir(), 'tifa-uses-'));
  folders.add(dir);
  return dir;
}

/** Remove every store this process wrote (at its end; a test worker, which ends without 'exit', after each file). */
export function removeUsesStores(): void {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/**
 * Write `occurrences` (in the archive's order) to a fresh folder, removed
 * when the process ends, and return the store that reads them back.
 */
export function writeUsesStore(occurrences: Iterable<Occurrence>, flushCharacters = FLUSH_CHARACTERS): UsesStore {
  const dir = storeFolder();
  const files = new Map<string, string>();
  const counts = new Map<string, number>();
  // (The occurrences come report by report: a term's report changes once per report that uses it.)
  const lastReport = new Map<string, string>();
  const reports = new Map<string, number>();
  const pending = new Map<string, string[]>();
  let held = 0;
  const flush = () => {
    for (const [termId, lines] of pending) appendFileSync(files.get(termId)!, lines.join(''));
    pending.clear();
    held = 0;
  };
  for (const o of occurrences) {
    if (!files.has(o.termId)) files.set(o.termId, join(dir, `${files.size}.jsonl`));
    counts.set(o.termId, (counts.get(o.termId) ?? 0) + 1);
    if (lastReport.get(o.termId) !== o.report) reports.set(o.termId, (reports.get(o.termId) ?? 0) + 1);
    lastReport.set(o.termId, o.report);
    const line = `${JSON.stringify([o.report, o.paragraph, o.before, o.match, o.after] satisfies Line)}\n`;
    const lines = pending.get(o.termId);
    if (lines) lines.push(line);
    else pending.set(o.termId, [line]);
    held += line.length;
    if (held >= flushCharacters) flush();
  }
  flush();

  let last: { termId: string; uses: Occurrence[] } | undefined;
  return {
    count: (termId) => counts.get(termId) ?? 0,
    reports: (termId) => reports.get(termId) ?? 0,
    usesOf(termId) {
      if (last?.termId === termId) return last.uses;
      const file = files.get(termId);
      const lines = file ? readFileSync(file, 'utf8').split('\n') : [];
      lines.pop();
      const uses = lines.map((text) => {
        const [report, paragraph, before, match, after] = JSON.parse(text) as Line;
        return { termId, report, paragraph, before, match, after };
      });
      last = { termId, uses };
      return uses;
    },
  };
}
