/**
 * npm run build [-- --part K/N | --merge] [--reports-per-unit N] [--unit-heap-mb N] [--parts-dir DIR] [--out-dir DIR] [--force]
 *
 * Builds the archive. One that fits a unit (500 reports by default) is
 * built whole, by one `astro build`; a larger one in units (scripts/build/plan.ts),
 * each its own process with bounded memory, merged into one site
 * (scripts/build/merge.ts). `--part K/N` builds this machine's share of the
 * units into the parts folder; `--merge` assembles the site from the parts
 * of every machine, byte-identical to a build on one machine.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCli } from './cli.ts';
import { contentPaths } from '../src/lib/content-root.ts';
import { DEFAULT_REPORTS_PER_UNIT, parsePart, planUnits, unitsOfPart, type PlannedUnit } from './build/plan.ts';
import { readPlannedReports } from './build/read-reports.ts';
import { runUnit, UNIT_HEAP_MB } from './build/run-unit.ts';
import { buildUnits } from './build/build-units.ts';
import { mergeUnits, missingUnits } from './build/merge.ts';
import { codeDigest, unitInputDigest, type UnitInputs } from './build/unit-inputs.ts';
import { readGlossaryMatcher, type GlossaryMatcher } from '../src/glossary/archive-index.ts';
import { termForms } from '../src/glossary/load.ts';
import { shownCache } from './build/shown-cache.ts';

const USAGE = `usage: npm run build -- [--part K/N | --merge] [--reports-per-unit N] [--unit-heap-mb N] [--parts-dir DIR] [--out-dir DIR] [--force]

  (no option)           build the whole site into --out-dir (dist)
  --part K/N            build this machine's part K of N into --parts-dir (dist-parts);
                        every machine needs the same content and settings
  --merge               assemble --out-dir from the parts of every machine, copied into --parts-dir
  --reports-per-unit N  reports rendered by one process (${DEFAULT_REPORTS_PER_UNIT}); fewer use less memory
  --unit-heap-mb N      the JavaScript heap of each of those processes, in MB (${UNIT_HEAP_MB})
  --force               render every page and index every shard again (astro build --force)`;

const { values, positionals, fail } = parseCli('build', USAGE, {
  part: { type: 'string' },
  merge: { type: 'boolean', default: false },
  'reports-per-unit': { type: 'string', default: String(DEFAULT_REPORTS_PER_UNIT) },
  'unit-heap-mb': { type: 'string', default: String(UNIT_HEAP_MB) },
  'parts-dir': { type: 'string', default: 'dist-parts' },
  'out-dir': { type: 'string', default: 'dist' },
  force: { type: 'boolean', default: false },
});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"`);
if (values.part && values.merge) fail('--part and --merge are separate steps: build each part, then merge once');
const perUnit = Number(values['reports-per-unit']);
if (!Number.isInteger(perUnit) || perUnit < 1) fail(`--reports-per-unit must be a positive whole number, got "${values['reports-per-unit']}"`);
const heapMB = Number(values['unit-heap-mb']);
if (!Number.isInteger(heapMB) || heapMB < 256) fail(`--unit-heap-mb must be a whole number of MB, at least 256, got "${values['unit-heap-mb']}"`);
const asked = values.part === undefined ? undefined : parsePart(values.part);
const part = typeof asked === 'string' ? fail(asked) : asked;

const started = performance.now();
const partsDir = resolve(values['parts-dir']);
const outDir = resolve(values['out-dir']);
const reportsDir = contentPaths().reports;
if (!existsSync(reportsDir)) {
  console.error(`build: ${reportsDir} does not exist; add reports with npm run ingest, or set TIFA_CONTENT to the content folder`);
  process.exit(1);
}
const { reports, records, frontmatterDigest } = await readPlannedReports(reportsDir);
const units = planUnits(reports, perUnit);
// The settings read from the environment that change what a unit writes.
const code = codeDigest(process.cwd(), [process.env.TIFA_SITE_URL ?? '', process.env.TIFA_SEARCH_PAGES_PER_INDEX ?? '']);
// Read when a slice's digest is first needed, inside the try below (a glossary file can be invalid).
let matcher: GlossaryMatcher | undefined;
const glossary = () => (matcher ??= readGlossaryMatcher());
// (Kept for this code too: a matcher changed since would have found other entries.)
const shown = shownCache(join(partsDir, 'entries-shown.json'), () => createHash('sha256').update(code).update(JSON.stringify(termForms(glossary().glossary.terms))).digest('hex'));
const inputs: UnitInputs = { code, frontmatters: frontmatterDigest, glossary, shown };
// Each unit's digest once: a build in parts asks for some of them twice.
const digests = new Map<PlannedUnit, string>();
const digestOf = (unit: PlannedUnit) => digests.get(unit) ?? digests.set(unit, unitInputDigest(unit, inputs)).get(unit)!;
const unitsOptions = { partsDir, force: values.force, heapMB, digestOf, records };
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const names = (list: readonly PlannedUnit[]) => list.map((unit) => unit.name).join(', ');

try {
  if (values.merge) {
    const missing = missingUnits(units, partsDir, digestOf);
    shown.save();
    if (missing.length > 0) {
      console.error(`build: cannot merge from ${partsDir}: ${missing.join('; ')}; build every part (npm run build -- --part K/N) with the same content, and copy each machine's ${values['parts-dir']}/ here`);
      process.exit(1);
    }
    const merged = mergeUnits(units, partsDir, outDir);
    console.log(`build: merged ${units.length} units into ${outDir} (${merged.files} files, ${merged.shards} search shards) in ${seconds()} s`);
  } else if (part) {
    const mine = unitsOfPart(units, part.part, part.parts);
    for (const unit of mine) digestOf(unit);
    shown.save();
    const { kept } = await buildUnits(mine, unitsOptions);
    const what = mine.length > 0 ? `units ${names(mine)}${kept > 0 ? ` (${kept} unchanged)` : ''}` : 'nothing (there are fewer units than parts)';
    console.log(`build: part ${part.part}/${part.parts} built ${what} of ${units.length} into ${partsDir} in ${seconds()} s; when every part is done, copy the parts here and run npm run build -- --merge`);
  } else if (units.length === 1) {
    await runUnit(units[0], { partsDir, force: values.force, heapMB }, outDir);
    console.log(`build: ${reports.length} reports built whole into ${outDir} in ${seconds()} s`);
  } else {
    for (const unit of units) digestOf(unit);
    shown.save();
    const { kept } = await buildUnits(units, unitsOptions);
    const merged = mergeUnits(units, partsDir, outDir);
    const unchanged = kept > 0 ? `, ${kept} unchanged and kept` : '';
    console.log(`build: ${reports.length} reports built in ${units.length} units (${perUnit} reports each at most${unchanged}) into ${outDir} (${merged.files} files, ${merged.shards} search shards) in ${seconds()} s`);
  }
} catch (error) {
  console.error(`build: ${(error as Error).message}`);
  process.exit(1);
}
