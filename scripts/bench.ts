/**
 * npm run bench [-- --sizes 1000,5000,10000] [--out .tmp/bench] [--reports-per-unit N] [--no-baseline]
 *
 * Builds synthetic archives of each size twice, with this site and with a bare
 * Astro 7 + MDX baseline (scripts/bench/baseline.ts), and prints, for each,
 * cold build time, rebuild time after editing one report, peak memory, dist/
 * size, Pagefind index size, the first search in a real browser (bytes and
 * latency) and a report page's weight, each also as a ratio to the baseline.
 * The site is built as `npm run build` builds it (scripts/build.ts: whole, or
 * in units of --reports-per-unit reports). --no-baseline skips the bare site
 * (its figures at each size change only with Astro's version).
 * Results are written to <out>/results.json. Needs GNU time (/usr/bin/time).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBaseline } from './bench/baseline.ts';
import { parseCli } from './cli.ts';
import { buildPhases, type BuildPhases } from './bench/phases.ts';
import { sampleTreeMemory } from './bench/tree-memory.ts';
import { generateArchive } from './bench/synthetic.ts';
import { launchBrowser, serveDist } from '../tests/support/browser.ts';
import { meteredSearchPage, runQuery } from '../tests/support/search-quality.ts';

const { values, positionals, fail } = parseCli('bench', 'usage: npm run bench -- [--sizes 1000,5000,10000] [--out .tmp/bench] [--reports-per-unit N] [--no-baseline]', {
  sizes: { type: 'string', default: '1000,5000,10000' },
  out: { type: 'string', default: '.tmp/bench' },
  'reports-per-unit': { type: 'string' },
  'no-baseline': { type: 'boolean', default: false },
});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"`);
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) fail(`--sizes must be positive whole numbers separated by commas, got "${values.sizes}"`);
const out = resolve(values.out);
// The site is built as `npm run build` builds it (scripts/build.ts), in units of this many reports if given.
const unitOption = values['reports-per-unit'] ? ['--reports-per-unit', values['reports-per-unit']] : [];
if (!existsSync('/usr/bin/time')) {
  console.error('bench: GNU time is needed to measure peak memory: apt-get install -y time');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

/**
 * Node's default heap limit (about 4 GB) stops Astro's content sync at 10,000
 * reports, this site's and the bare baseline's alike; both builds get the
 * same larger limit (as `npm run build` does).
 */
const BUILD_NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-old-space-size=20480'].filter(Boolean).join(' ');

interface Build {
  seconds: number;
  /** The largest single process (GNU time). */
  peakMB: number;
  /** The whole process tree at once (Astro, its workers, the search indexers), sampled. */
  treePeakMB: number;
  phases: BuildPhases;
}

/**
 * Run a build command under GNU time; wall seconds, peak resident memory of
 * the largest process and of the whole tree at once. The log (with the phase
 * timings) is kept in <out>/logs/.
 */
function timedBuild(name: string, cwd: string, command: string[], env: NodeJS.ProcessEnv = {}): Promise<Build> {
  const report = join(out, 'time.txt');
  const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', report, ...command], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: BUILD_NODE_OPTIONS, ...env, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tree = sampleTreeMemory(child.pid!);
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  return new Promise((done, fail) => {
    child.once('exit', (code) => {
      const treePeak = tree.stop();
      mkdirSync(join(out, 'logs'), { recursive: true });
      writeFileSync(join(out, 'logs', `${name}.log`), log);
      if (code !== 0) return fail(new Error(`${command.join(' ')} in ${cwd} failed (log: ${join(out, 'logs', `${name}.log`)}): ${log.slice(-2000)}`));
      const [wall, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      done({ seconds: wall, peakMB: kb / 1024, treePeakMB: treePeak / 1024 / 1024, phases: buildPhases(log) });
    });
  });
}

const astro = (...args: string[]) => [resolve('node_modules/.bin/astro'), 'build', ...args];

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const info = statSync(path);
    return sum + (info.isDirectory() ? folderBytes(path) : info.size);
  }, 0);
}

function clearCaches(root: string): void {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, dir), { recursive: true, force: true });
}

/** Edit one report's body (append a sentence to its last paragraph). */
function editOneReport(content: string): void {
  const file = join(content, 'reports', readdirSync(join(content, 'reports')).filter((f) => f.includes('bench')).sort()[0]);
  appendFileSync(file, '\n补充一句，用于测量单篇修改后的重建时间。\n');
}

/** The queries whose first search is measured: a glossary entry's term (its reports listed by the build), and words that name none. */
const FIRST_SEARCHES = { entry: '两个维护', words: '营商环境' } as const;

/** A first search in a fresh browser context (an empty cache): bytes and time to its first page of results. */
async function firstSearch(dist: string, query: string): Promise<{ kb: number; ms: number }> {
  const site = await serveDist('/', dist);
  const browser = await launchBrowser();
  try {
    const { page, takeBytes } = await meteredSearchPage(browser, site.url);
    // The first search's cost is its first page of results (the rest load on 显示更多结果).
    const { latencyMs } = await runQuery(page, site.url, query, { timeout: 120_000, firstPageOnly: true });
    return { kb: (await takeBytes()) / 1024, ms: latencyMs };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** A report page's weight: HTML (CSS is inlined) and JavaScript, gzip. */
function pageWeight(dist: string, slug: string, scripts: string[]): { htmlKB: number; jsKB: number } {
  const html = readFileSync(join(dist, 'reports', slug, 'index.html'));
  const js = scripts.filter((s) => existsSync(join(dist, s))).reduce((sum, s) => sum + gzipSync(readFileSync(join(dist, s))).length, 0);
  return { htmlKB: gzipSync(html).length / 1024, jsKB: js / 1024 };
}

/**
 * The bare Astro + MDX site of the same archive (scripts/bench/baseline.ts),
 * cold and after one edit, and the standard recipe: that site, then
 * Pagefind's CLI over it (`pagefind --site dist`, as Starlight does it).
 */
async function buildBaseline(size: number): Promise<{ cold: Build; rebuild: Build; recipe: Build; dist: string }> {
  console.error(`bench: ${size} reports: building the bare baseline`);
  const baselineRoot = join(out, 'baseline');
  const baselineContent = join(out, `baseline-content-${size}`);
  rmSync(baselineContent, { recursive: true, force: true });
  generateArchive(size, baselineContent);
  writeBaseline(baselineRoot, join(baselineContent, 'reports'));
  clearCaches(baselineRoot);
  const cold = await timedBuild(`${size}-baseline-cold`, baselineRoot, astro());
  console.error(`bench: ${size} reports: indexing the bare site with Pagefind's CLI (the standard recipe)`);
  const index = await timedBuild(`${size}-baseline-pagefind`, baselineRoot, [resolve('node_modules/.bin/pagefind'), '--site', 'dist']).catch((error: Error) => {
    // At some size the CLI, holding the whole index in memory, cannot finish on this machine: recorded, not fatal.
    console.error(`bench: ${size} reports: the standard recipe's indexing failed: ${error.message.split('\n')[0]}`);
    return { seconds: Number.NaN, peakMB: Number.NaN, treePeakMB: Number.NaN, phases: {} };
  });
  const recipe = { seconds: cold.seconds + index.seconds, peakMB: Math.max(cold.peakMB, index.peakMB), treePeakMB: Math.max(cold.treePeakMB, index.treePeakMB), phases: { index: index.seconds } };
  editOneReport(baselineContent);
  const rebuild = await timedBuild(`${size}-baseline-rebuild`, baselineRoot, astro());
  return { cold, rebuild, recipe, dist: join(baselineRoot, 'dist') };
}

const results: Record<string, unknown>[] = [];
for (const size of sizes) {
  console.error(`bench: ${size} reports: generating`);
  const content = join(out, `content-${size}`);
  const archive = generateArchive(size, content);
  const slug = readdirSync(join(content, 'reports')).filter((f) => f.includes('bench')).sort()[0].replace(/\.mdx$/, '');

  console.error(`bench: ${size} reports: building this site`);
  const siteDist = join(out, `site-${size}`);
  clearCaches('.');
  // A cold build keeps nothing of an earlier run in the same folder.
  for (const dir of [siteDist, join(out, `parts-${size}`)]) rmSync(dir, { recursive: true, force: true });
  const siteBuild = [process.execPath, 'scripts/build.ts', '--out-dir', siteDist, '--parts-dir', join(out, `parts-${size}`), ...unitOption];
  const cold = await timedBuild(`${size}-site-cold`, '.', siteBuild, { TIFA_CONTENT: content });
  editOneReport(content);
  const rebuild = await timedBuild(`${size}-site-rebuild`, '.', siteBuild, { TIFA_CONTENT: content });

  const baseline = values['no-baseline'] ? undefined : await buildBaseline(size);
  const NONE = { seconds: Number.NaN, peakMB: Number.NaN, treePeakMB: Number.NaN, phases: {} };
  const [baseCold, baseRebuild, recipe] = baseline ? [baseline.cold, baseline.rebuild, baseline.recipe] : [NONE, NONE, NONE];

  console.error(`bench: ${size} reports: first search in Chromium`);
  const measured = async (query: string) =>
    firstSearch(siteDist, query).catch((error: Error) => {
      console.error(`bench: ${size} reports: the first search for ${query} failed: ${error.message.split('\n')[0]}`);
      return { kb: Number.NaN, ms: Number.NaN };
    });
  const search = await measured(FIRST_SEARCHES.entry);
  const wordSearch = await measured(FIRST_SEARCHES.words);
  const weight = pageWeight(siteDist, slug, ['scripts/term-popover.js', 'scripts/report-tools.js']);
  const baseWeight = baseline ? pageWeight(baseline.dist, slug, []) : { htmlKB: Number.NaN };
  const row = {
    reports: size,
    mdxMB: archive.bytes / 1024 / 1024,
    cold: cold.seconds,
    baselineCold: baseCold.seconds,
    recipeCold: recipe.seconds,
    recipeTreePeakMB: recipe.treePeakMB,
    rebuild: rebuild.seconds,
    baselineRebuild: baseRebuild.seconds,
    coldPhases: cold.phases,
    rebuildPhases: rebuild.phases,
    baselineColdPhases: baseCold.phases,
    peakMB: cold.peakMB,
    treePeakMB: cold.treePeakMB,
    baselinePeakMB: baseCold.peakMB,
    baselineTreePeakMB: baseCold.treePeakMB,
    distMB: folderBytes(siteDist) / 1024 / 1024,
    baselineDistMB: baseline ? folderBytes(baseline.dist) / 1024 / 1024 : Number.NaN,
    pagefindMB: folderBytes(join(siteDist, 'pagefind')) / 1024 / 1024,
    firstSearchKB: search.kb,
    firstSearchMs: search.ms,
    firstWordSearchKB: wordSearch.kb,
    firstWordSearchMs: wordSearch.ms,
    pageHtmlKB: weight.htmlKB,
    baselinePageHtmlKB: baseWeight.htmlKB,
    pageJsKB: weight.jsKB,
  };
  results.push(row);
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const r = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
  console.log(`\n${size} reports (${row.mdxMB.toFixed(0)} MB of MDX)`);
  console.log(`  cold build        ${row.cold.toFixed(1)} s   baseline ${row.baselineCold.toFixed(1)} s   ${r(row.cold, row.baselineCold)}   standard recipe (baseline + pagefind --site) ${row.recipeCold.toFixed(1)} s, ${row.recipeTreePeakMB.toFixed(0)} MB   ${r(row.cold, row.recipeCold)}`);
  console.log(`  rebuild (1 edit)  ${row.rebuild.toFixed(1)} s   baseline ${row.baselineRebuild.toFixed(1)} s   ${r(row.rebuild, row.cold)} of cold`);
  const phases = (p: BuildPhases) => `bundle ${p.bundle?.toFixed(1) ?? '?'} s, pages ${p.render?.toFixed(1) ?? '?'} s${p.index === undefined ? '' : `, search index ${p.index.toFixed(1)} s`}`;
  console.log(`  where it went      cold: ${phases(cold.phases)}; rebuild: ${phases(rebuild.phases)}; baseline: ${phases(baseCold.phases)}`);
  console.log(`  peak memory       ${row.peakMB.toFixed(0)} MB largest process, ${row.treePeakMB.toFixed(0)} MB all at once   baseline ${row.baselinePeakMB.toFixed(0)} MB, ${row.baselineTreePeakMB.toFixed(0)} MB   ${r(row.treePeakMB, row.baselineTreePeakMB)}`);
  console.log(`  dist/             ${row.distMB.toFixed(0)} MB   baseline ${row.baselineDistMB.toFixed(0)} MB   ${r(row.distMB, row.baselineDistMB)}`);
  console.log(`  Pagefind index    ${row.pagefindMB.toFixed(1)} MB`);
  console.log(`  first search      ${row.firstSearchKB.toFixed(0)} KB, ${row.firstSearchMs} ms (an entry, ${FIRST_SEARCHES.entry}); ${row.firstWordSearchKB.toFixed(0)} KB, ${row.firstWordSearchMs} ms (words, ${FIRST_SEARCHES.words})`);
  console.log(`  report page       HTML ${row.pageHtmlKB.toFixed(1)} KB gzip (baseline ${row.baselinePageHtmlKB.toFixed(1)} KB), JavaScript ${row.pageJsKB.toFixed(1)} KB gzip`);
}
console.log(`\nbench: results in ${join(out, 'results.json')}`);
