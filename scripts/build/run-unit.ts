/**
 * Render one unit of the plan: `astro build` in a process of its own (so its
 * memory is returned when it ends), told its unit by TIFA_BUILD_UNIT
 * (src/build/build-unit.ts), writing to its own folder.
 *
 * A unit of a build in parts leaves its search index to `indexUnit`, which
 * the build runs while the next unit renders: rendering and indexing each
 * keep one core busy.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentCacheDir } from '../../src/build/content-cache.ts';
import { indexSite, pagesPerIndexSetting } from '../../src/build/search-index.ts';
import type { RelatedEntry } from '../../src/lib/facets.ts';
import type { PlannedUnit } from './plan.ts';

export interface UnitRunOptions {
  /** Where the units' folders, their lists and stamps are kept. */
  partsDir: string;
  /** Render every page and index every shard again (astro build --force). */
  force: boolean;
  /** The JavaScript heap a unit's process may use, in MB (UNIT_HEAP_MB unless the build is told otherwise). */
  heapMB?: number;
}

/**
 * The heap of one unit's process, in MB. A unit holds little at once (a
 * slice of 500 reports about 200 MB, the archive-wide pages of 30,000 reports
 * 350–500 MB), but V8 lets garbage grow toward its limit before it
 * collects: measured on one slice, 1,697 MB of memory with a 20 GB limit and
 * 1,399 MB with this one, in the same time; the archive-wide unit of 30,000
 * reports 2,281 and 1,901 MB, in 189.5 and 199.1 s.
 */
export const UNIT_HEAP_MB = 1536;

/**
 * The bundler and the Markdown processor allocate with mimalloc, which keeps
 * freed memory for reuse; told to return it at once, a slice's process took
 * 1,252 MB instead of 1,399 (the archive-wide unit at 30,000 reports 1,748
 * instead of 1,901) in the same time. A value set by the caller is kept.
 */
const ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0' };

/** The folder of the lists the units read: each slice's files, and every report's related-reports record. */
function listDir(partsDir: string): string {
  return resolve(partsDir, 'lists');
}

/** The file of every report's related-reports record, which a slice reads (src/build/archive-views.ts). */
export function catalogueFile(partsDir: string): string {
  return join(listDir(partsDir), 'catalogue.json');
}

/** Write the related-reports records the slices read. */
export function writeCatalogue(partsDir: string, records: readonly RelatedEntry[]): void {
  mkdirSync(listDir(partsDir), { recursive: true });
  writeFileSync(catalogueFile(partsDir), JSON.stringify(records));
}

/** The environment that tells a unit what it is (src/build/build-unit.ts); a slice's files are listed in `lists/<name>.txt`. */
function unitEnv(unit: PlannedUnit, partsDir: string): NodeJS.ProcessEnv {
  if (unit.kind === 'whole') return {};
  const deferred = { TIFA_SEARCH_INDEX: 'deferred' };
  if (unit.kind === 'archive') return { ...deferred, TIFA_BUILD_UNIT: 'archive' };
  mkdirSync(listDir(partsDir), { recursive: true });
  const list = join(listDir(partsDir), `${unit.name}.txt`);
  writeFileSync(list, `${unit.files.join('\n')}\n`);
  return { ...deferred, TIFA_BUILD_UNIT: `reports:${list}`, TIFA_BUILD_CATALOGUE: catalogueFile(partsDir) };
}

/** A unit's folder among the parts: `<partsDir>/<unit name>/`. */
export function unitDir(partsDir: string, unit: PlannedUnit): string {
  return resolve(partsDir, unit.name);
}

/** Whether the build indexes this unit itself (every unit but a whole build, which indexes in Astro's last step). */
export function indexedByBuild(unit: PlannedUnit): boolean {
  return unit.kind !== 'whole';
}

/** Build a unit into `outDir` (by default its folder among the parts); Astro empties the folder first. */
export function runUnit(unit: PlannedUnit, { partsDir, force, heapMB = UNIT_HEAP_MB }: UnitRunOptions, outDir = unitDir(partsDir, unit)): Promise<string> {
  const env = { ...ALLOCATOR_ENV, ...process.env, ...unitEnv(unit, partsDir) };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMB}`, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(force ? ['--force'] : [])], { stdio: 'inherit', env });
    child.once('error', (error) => fail(new Error(`could not start astro build for ${unit.name}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) done(outDir);
      else fail(new Error(unitFailure(unit.name, code, signal, heapMB)));
    });
  });
}

/** Why a unit's process ended, and what to do when it ran out of heap (V8 then aborts: SIGABRT, exit code 134). */
export function unitFailure(name: string, code: number | null, signal: NodeJS.Signals | null, heapMB: number): string {
  const how = `astro build of ${name} failed (${signal ? `killed by ${signal}` : `exit code ${code}`})`;
  if (signal === 'SIGABRT' || code === 134) {
    return `${how}: if its output above ends in "heap limit", it needed more than ${heapMB} MB of heap; build with fewer --reports-per-unit, or give each unit more with --unit-heap-mb`;
  }
  return `${how}; its output is above`;
}

/** Index a unit's pages for search, with the unit's own shard cache; one line saying what was done. */
export function indexUnit(unit: PlannedUnit, outDir: string, forced: boolean): Promise<string> {
  const cache = resolve(contentCacheDir(unit.name), 'search-shards');
  return indexSite({ site: outDir, cache, root: process.cwd(), pagesPerIndex: pagesPerIndexSetting(), forced });
}
