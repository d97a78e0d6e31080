/**
 * What one `astro build` renders. A whole build renders everything; a large
 * archive is built as a sequence of units (scripts/build/plan.ts), each its
 * own process with bounded memory:
 *
 * - `archive`: every page that shows the archive as a whole (home, listings,
 *   facets, glossary, exports, search data), from the catalogue collection,
 *   which holds every report's metadata but no body;
 * - `reports`: the pages of one slice of the reports (page, source view,
 *   downloads), named in a list file.
 *
 * Told by TIFA_BUILD_UNIT: unset for a whole build, `archive`, or
 * `reports:<list file>` (one report file per line, relative to the reports folder).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RelatedEntry } from '../lib/facets.ts';

export type BuildUnit = { kind: 'whole' } | { kind: 'archive' } | { kind: 'reports'; name: string; files: string[]; catalogue: string };

/** A report's file, relative to the reports folder. */
export const REPORT_FILE = /\.mdx$/;

/** A report's id (its slug) from its file name, relative to the reports folder: the name without `.mdx`. */
export function reportIdFromFile(file: string): string {
  return file.replace(REPORT_FILE, '');
}

/**
 * The unit this process builds, from TIFA_BUILD_UNIT; a slice also needs
 * TIFA_BUILD_CATALOGUE, the file of every report's related-reports record.
 */
export function buildUnit(value = process.env.TIFA_BUILD_UNIT, catalogue = process.env.TIFA_BUILD_CATALOGUE): BuildUnit {
  if (!value || value === 'whole') return { kind: 'whole' };
  if (value === 'archive') return { kind: 'archive' };
  if (value.startsWith('reports:')) {
    const list = value.slice('reports:'.length);
    if (!catalogue) throw new Error(`TIFA_BUILD_UNIT is "${value}" but TIFA_BUILD_CATALOGUE is not set: a slice is built by scripts/build.ts (npm run build), which sets both`);
    const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
    return { kind: 'reports', name: basename(list).replace(/\.[^.]*$/, ''), files, catalogue };
  }
  throw new Error(`TIFA_BUILD_UNIT is "${value}": expected archive or reports:<list file> (or unset for a whole build)`);
}

/** A name for the unit's caches: `whole`, `archive`, or the list file's name. */
export function unitName(unit: BuildUnit): string {
  return unit.kind === 'reports' ? unit.name : unit.kind;
}

/** The related-reports records of every report (src/lib/facets.ts), as the build wrote them for its slices. */
export function readRelatedRecords(file: string): RelatedEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as RelatedEntry[];
}

/** Whether this unit renders the archive-wide pages (and checks the archive as a whole). */
export function rendersArchivePages(unit: BuildUnit): boolean {
  return unit.kind !== 'reports';
}

/** A file name as a glob pattern that matches only itself. */
export function literalPattern(file: string): string {
  return file.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}
