/**
 * How a build in parts is cut (pure). The reports, newest first (the
 * archive's one order, compareNewestFirst), are cut into slices of at most
 * `reportsPerUnit`, each rendered by its own `astro build`; one more unit
 * renders the archive-wide pages. Memory per unit is bounded by the slice,
 * not the archive. Units are dealt to parts round-robin, so `--part K/N`
 * names the same units on every machine that has the same content.
 *
 * Slices in date order keep the search index's shards in date order, newest
 * first, as a search sorted by date reads them (src/search/shards.ts).
 */
import { compareNewestFirst, type DatedEntry } from '../../src/lib/catalogue.ts';

/**
 * Reports per unit. Measured on 2 cores (README, "At archive scale"): a unit
 * of 500 reports peaks at about 1.7 GB in Astro and its search index at
 * about 1.7 GB in Pagefind, and the two run at once (one unit indexes while
 * the next renders): under 4 GB together. Larger units pay Astro's start-up
 * less often but hold more.
 */
export const DEFAULT_REPORTS_PER_UNIT = 500;

export type PlannedUnit = { name: string; kind: 'reports'; files: string[] } | { name: 'archive'; kind: 'archive' } | { name: 'whole'; kind: 'whole' };

/** A report as the plan sees it: its file (relative to the reports folder), id and dates. */
export interface PlannedReport extends DatedEntry {
  file: string;
}

/**
 * The units of a build, in the order their search shards are merged: the
 * report slices newest first, then the archive-wide pages. An archive that
 * fits one slice is built whole, in one process.
 */
export function planUnits(reports: readonly PlannedReport[], reportsPerUnit = DEFAULT_REPORTS_PER_UNIT): PlannedUnit[] {
  if (!Number.isInteger(reportsPerUnit) || reportsPerUnit < 1) throw new Error(`reports per unit must be a positive whole number, got ${reportsPerUnit}`);
  if (reports.length <= reportsPerUnit) return [{ name: 'whole', kind: 'whole' }];
  const ordered = [...reports].sort(compareNewestFirst);
  const units: PlannedUnit[] = [];
  const width = String(Math.ceil(ordered.length / reportsPerUnit)).length;
  for (let i = 0; i < ordered.length; i += reportsPerUnit) {
    const n = String(i / reportsPerUnit + 1).padStart(width, '0');
    units.push({ name: `reports-${n}`, kind: 'reports', files: ordered.slice(i, i + reportsPerUnit).map((r) => r.file) });
  }
  units.push({ name: 'archive', kind: 'archive' });
  return units;
}

/** `K/N` as numbers, or a message saying what is wrong. */
export function parsePart(text: string): { part: number; parts: number } | string {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return `--part takes K/N (this machine's part K of N), got "${text}"`;
  const [part, parts] = [Number(match[1]), Number(match[2])];
  if (parts < 1 || part < 1 || part > parts) return `--part ${text}: K must be from 1 to N`;
  return { part, parts };
}

/** The units part K of N builds: every Nth, starting at the Kth. */
export function unitsOfPart<T>(units: readonly T[], part: number, parts: number): T[] {
  return units.filter((_, i) => i % parts === part - 1);
}
