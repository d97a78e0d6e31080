/**
 * npm run build [-- --part K/N | --merge] [--reports-per-unit N] [--parts-dir DIR] [--out-dir DIR] [--force]
 *
 * Builds the archive. One that fits a unit (1,000 reports by default) is
 * built whole, by one `astro build`; a larger one in units (scripts/build/plan.ts),
 * each its own process with bounded memory, merged into one site
 * (scripts/build/merge.ts). `--part K/N` builds this machine's share of the
 * units into the parts folder; `--merge` assembles the site from the parts
 * of every machine, byte-identical to a build on one machine.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCli } from './cli.ts';
import { contentPaths } from '../src/lib/content-root.ts';
import { DEFAULT_REPORTS_PER_UNIT, parsePart, planUnits, unitsOfPart, type PlannedUnit } from './build/plan.ts';
import { readPlannedReports } from './build/read-reports.ts';
import { indexUnit, indexedByBuild, runUnit } from './build/run-unit.ts';
import { mergeUnits, missingUnits, stampUnit, unitIsCurrent, unstampUnit } from './build/merge.ts';
import { codeDigest, unitInputDigest } from './build/unit-inputs.ts';

const USAGE = `usage: npm run build -- [--part K/N | --merge] [--reports-per-unit N] [--parts-dir DIR] [--out-dir DIR] [--force]

  (no option)           build the whole site into --out-dir (dist)
  --part K/N            build this machine's part K of N into --parts-dir (dist-parts);
                        every machine needs the same content and settings
  --merge               assemble --out-dir from the parts of every machine, copied into --parts-dir
  --reports-per-unit N  reports rendered by one process (${DEFAULT_REPORTS_PER_UNIT}); fewer use less memory
  --force               render every page and index every shard again (astro build --force)`;

const { values, positionals, fail } = parseCli('build', USAGE, {
  part: { type: 'string' },
  merge: { type: 'boolean', default: false },
  'reports-per-unit': { type: 'string', default: String(DEFAULT_REPORTS_PER_UNIT) },
  'parts-dir': { type: 'string', default: 'dist-parts' },
  'out-dir': { type: 'string', default: 'dist' },
  force: { type: 'boolean', default: false },
});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"`);
if (values.part && values.merge) fail('--part and --merge are separate steps: build each part, then merge once');
const perUnit = Number(values['reports-per-unit']);
if (!Number.isInteger(perUnit) || perUnit < 1) fail(`--reports-per-unit must be a positive whole number, got "${values['reports-per-unit']}"`);
const asked = values.part === undefined ? undefined : parsePart(values.part);
const part = typeof asked === 'string' ? fail(asked) : asked;

const started = performance.now();
const partsDir = resolve(values['parts-dir']);
const outDir = resolve(values['out-dir']);
const astroArgs = values.force ? ['--force'] : [];
const reportsDir = contentPaths().reports;
if (!existsSync(reportsDir)) {
  console.error(`build: ${reportsDir} does not exist; add reports with npm run ingest, or set TIFA_CONTENT to the content folder`);
  process.exit(1);
}
const { reports, frontmatterDigest } = await readPlannedReports(reportsDir);
const units = planUnits(reports, perUnit);
// The settings read from the environment that change what a unit writes.
const code = codeDigest(process.cwd(), [process.env.TIFA_SITE_URL ?? '', process.env.TIFA_SEARCH_PAGES_PER_INDEX ?? '']);
const digestOf = (unit: PlannedUnit) => unitInputDigest(unit, code, frontmatterDigest);
/**
 * Render the units one after another; each unit's search index is written
 * while the next renders (one indexer at a time, so memory holds one unit's
 * Astro and one unit's indexer). A unit is stamped done once indexed; a unit
 * whose inputs are those of its stamp is kept as it is (unless --force).
 */
async function buildUnits(list: readonly PlannedUnit[]): Promise<{ built: number; kept: number }> {
  let indexing: Promise<void> = Promise.resolve();
  let kept = 0;
  try {
    for (const unit of list) {
      const digest = digestOf(unit);
      if (!values.force && unitIsCurrent(partsDir, unit, digest)) {
        kept += 1;
        console.log(`build: ${unit.name}: unchanged, kept`);
        continue;
      }
      unstampUnit(partsDir, unit);
      const dir = await runUnit(unit, partsDir, astroArgs);
      await indexing;
      indexing = (indexedByBuild(unit) ? indexUnit(unit, dir, values.force) : Promise.resolve('indexed by Astro')).then((line) => {
        console.log(`build: ${unit.name}: ${line}`);
        stampUnit(partsDir, unit, digest);
      });
      // Its failure is reported where it is awaited, not as an unhandled rejection while the next unit renders.
      indexing.catch(() => undefined);
    }
  } finally {
    // A unit that failed to render still lets the indexer in flight finish (or fail) before the build stops.
    await indexing;
  }
  return { built: list.length - kept, kept };
}

const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const names = (list: readonly PlannedUnit[]) => list.map((unit) => unit.name).join(', ');

try {
  if (values.merge) {
    const missing = missingUnits(units, partsDir, digestOf);
    if (missing.length > 0) {
      console.error(`build: cannot merge from ${partsDir}: ${missing.join('; ')}; build every part (npm run build -- --part K/N) with the same content, and copy each machine's ${values['parts-dir']}/ here`);
      process.exit(1);
    }
    const merged = mergeUnits(units, partsDir, outDir);
    console.log(`build: merged ${units.length} units into ${outDir} (${merged.files} files, ${merged.shards} search shards) in ${seconds()} s`);
  } else if (part) {
    const mine = unitsOfPart(units, part.part, part.parts);
    const { kept } = await buildUnits(mine);
    const what = mine.length > 0 ? `units ${names(mine)}${kept > 0 ? ` (${kept} unchanged)` : ''}` : 'nothing (there are fewer units than parts)';
    console.log(`build: part ${part.part}/${part.parts} built ${what} of ${units.length} into ${partsDir} in ${seconds()} s; when every part is done, copy the parts here and run npm run build -- --merge`);
  } else if (units.length === 1) {
    await runUnit(units[0], partsDir, astroArgs, outDir);
    console.log(`build: ${reports.length} reports built whole into ${outDir} in ${seconds()} s`);
  } else {
    const { kept } = await buildUnits(units);
    const merged = mergeUnits(units, partsDir, outDir);
    const unchanged = kept > 0 ? `, ${kept} unchanged and kept` : '';
    console.log(`build: ${reports.length} reports built in ${units.length} units (${perUnit} reports each at most${unchanged}) into ${outDir} (${merged.files} files, ${merged.shards} search shards) in ${seconds()} s`);
  }
} catch (error) {
  console.error(`build: ${(error as Error).message}`);
  process.exit(1);
}
