/**
 * Render one unit of the plan: `astro build` in a process of its own (so its
 * memory is returned when it ends), told its unit by TIFA_BUILD_UNIT
 * (src/build/build-unit.ts), writing to its own folder. The heap limit is
 * raised as for a whole build: a unit that needs more than Node's default
 * should finish, and the bench reports what it took.
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
}

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
export function runUnit(unit: PlannedUnit, { partsDir, force }: UnitRunOptions, outDir = unitDir(partsDir, unit)): Promise<string> {
  const env = { ...process.env, ...unitEnv(unit, partsDir) };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--max-old-space-size=20480', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(force ? ['--force'] : [])], { stdio: 'inherit', env });
    child.once('error', (error) => fail(new Error(`could not start astro build for ${unit.name}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) done(outDir);
      else fail(new Error(`astro build of ${unit.name} failed (${signal ? `killed by ${signal}` : `exit code ${code}`}); its output is above`));
    });
  });
}

/** Index a unit's pages for search, with the unit's own shard cache; one line saying what was done. */
export function indexUnit(unit: PlannedUnit, outDir: string, forced: boolean): Promise<string> {
  const cache = resolve(contentCacheDir(unit.name), 'search-shards');
  return indexSite({ site: outDir, cache, root: process.cwd(), pagesPerIndex: pagesPerIndexSetting(), forced });
}
