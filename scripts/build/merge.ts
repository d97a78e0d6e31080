/**
 * Assemble the site from its units' folders. Every file a unit wrote is
 * copied; a file two units both wrote (the browser scripts, say) must be
 * byte-identical, or the merge stops naming it. The search index is the
 * units' shards renumbered in the plan's order (report slices newest first,
 * then the archive-wide pages), only the first keeping Pagefind's scripts,
 * listed in pagefind/shards.json. Written aside and renamed: the site is
 * whole or unchanged. Files are hard links to the units' where possible,
 * so a merge costs little more than listing the files.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SHARD_DATA, shardDirectory, shardManifest } from '../../src/search/index-shards.ts';
import type { PlannedUnit } from './plan.ts';

/**
 * Each unit's output is stamped with the digest of its inputs
 * (scripts/build/unit-inputs.ts) once it is whole (rendered and indexed):
 * a rebuild keeps a unit whose stamp matches, and a merge refuses a unit
 * built from other content, code or settings.
 */
export function stampFile(partsDir: string, unit: PlannedUnit): string {
  return join(partsDir, `${unit.name}.done`);
}

/** Record that a unit finished under this plan. */
export function stampUnit(partsDir: string, unit: PlannedUnit, digest: string): void {
  writeFileSync(stampFile(partsDir, unit), `${digest}\n`);
}

/** Whether a unit's output is whole and was built from exactly these inputs. */
export function unitIsCurrent(partsDir: string, unit: PlannedUnit, digest: string): boolean {
  const stamp = stampFile(partsDir, unit);
  return existsSync(stamp) && existsSync(join(partsDir, unit.name)) && readFileSync(stamp, 'utf8').trim() === digest;
}

/** Forget a unit's stamp before building it again, so that a build that fails midway leaves no unit marked whole. */
export function unstampUnit(partsDir: string, unit: PlannedUnit): void {
  rmSync(stampFile(partsDir, unit), { force: true });
}

/** Units not built from these inputs, each with what is wrong. */
export function missingUnits(units: readonly PlannedUnit[], partsDir: string, digestOf: (unit: PlannedUnit) => string): string[] {
  return units.flatMap((unit) => {
    if (!existsSync(stampFile(partsDir, unit)) || !existsSync(join(partsDir, unit.name))) return [`${unit.name} was not built`];
    if (!unitIsCurrent(partsDir, unit, digestOf(unit))) return [`${unit.name} was built from other content, code or settings`];
    return [];
  });
}

/** Files under `dir`, relative to it, skipping the `skip` folder. */
function filesUnder(dir: string, skip?: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name).slice(dir.length + 1).split('\\').join('/'))
    .filter((file) => !skip || !(file === skip || file.startsWith(`${skip}/`)))
    .sort();
}

/**
 * A file of a unit into the site: hard-linked where the file system allows
 * (a unit's files are never changed in place: a unit built again writes new
 * files), else copied.
 */
function copyInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The unit's shard folders, in its own order: pagefind/, then pagefind/shards/1/, 2/ … */
function unitShards(site: string): string[] {
  const first = join(site, 'pagefind');
  if (!existsSync(join(first, 'pagefind-entry.json'))) return [];
  const more = existsSync(join(first, 'shards')) ? readdirSync(join(first, 'shards')).map(Number).sort((a, b) => a - b) : [];
  return [first, ...more.map((n) => join(first, 'shards', String(n)))];
}

export function mergeUnits(units: readonly PlannedUnit[], partsDir: string, dist: string): { files: number; shards: number } {
  const partial = `${dist}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const writtenBy = new Map<string, string>();
  let shards = 0;
  for (const unit of units) {
    const site = join(partsDir, unit.name);
    for (const file of filesUnder(site, 'pagefind')) {
      const target = join(partial, file);
      const earlier = writtenBy.get(file);
      if (earlier !== undefined) {
        if (!readFileSync(target).equals(readFileSync(join(site, file)))) {
          rmSync(partial, { recursive: true, force: true });
          throw new Error(`${file}: units ${earlier} and ${unit.name} wrote different contents; a page must be rendered by one unit only (see src/build/build-unit.ts)`);
        }
        continue;
      }
      writtenBy.set(file, unit.name);
      copyInto(join(site, file), target);
    }
    for (const shard of unitShards(site)) {
      const out = join(partial, shardDirectory(shards));
      const data = shards > 0;
      for (const file of filesUnder(shard, 'shards')) {
        if (file === 'shards.json' || (data && !SHARD_DATA.test(file.split('/')[0]))) continue;
        copyInto(join(shard, file), join(out, file));
      }
      shards += 1;
    }
  }
  if (shards === 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error('no unit wrote a search index: the site would have no search');
  }
  writeFileSync(join(partial, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards))}\n`);
  rmSync(dist, { recursive: true, force: true });
  renameSync(partial, dist);
  return { files: writtenBy.size, shards };
}
