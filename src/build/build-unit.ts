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

export type BuildUnit = { kind: 'whole' } | { kind: 'archive' } | { kind: 'reports'; name: string; files: string[] };

/** A report's file, relative to the reports folder. */
export const REPORT_FILE = /\.mdx$/;

/** A report's id (its slug) from its file name, relative to the reports folder: the name without `.mdx`. */
export function reportIdFromFile(file: string): string {
  return file.replace(REPORT_FILE, '');
}

/** The unit this process builds, from TIFA_BUILD_UNIT. */
export function buildUnit(value = process.env.TIFA_BUILD_UNIT): BuildUnit {
  if (!value || value === 'whole') return { kind: 'whole' };
  if (value === 'archive') return { kind: 'archive' };
  if (value.startsWith('reports:')) {
    const list = value.slice('reports:'.length);
    const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
    return { kind: 'reports', name: basename(list).replace(/\.[^.]*$/, ''), files };
  }
  throw new Error(`TIFA_BUILD_UNIT is "${value}": expected archive or reports:<list file> (or unset for a whole build)`);
}

/** A name for the unit's caches: `whole`, `archive`, or the list file's name. */
export function unitName(unit: BuildUnit): string {
  return unit.kind === 'reports' ? unit.name : unit.kind;
}

/** Whether this unit renders the archive-wide pages (and checks the archive as a whole). */
export function rendersArchivePages(unit: BuildUnit): boolean {
  return unit.kind !== 'reports';
}

/** A file name as a glob pattern that matches only itself. */
export function literalPattern(file: string): string {
  return file.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}
