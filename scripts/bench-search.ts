/**
 * npm run bench:search: search quality and cost in a real browser, on the
 * built site (run npm run build first). Prints precision at 1, the share of
 * queries whose exact-phrase reports come first, the bytes the first search
 * transfers, and query latency, over tests/fixtures/search/queries.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist } from '../tests/support/browser.ts';
import { loadJudgments, meteredSearchPage, reportTexts, resultPaths, runQuery, score, showAllResults } from '../tests/support/search-quality.ts';
import { parseCli } from './cli.ts';

const { positionals, fail } = parseCli('bench:search', 'usage: npm run bench:search   (after npm run build)', {});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"`);

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('bench:search: dist/pagefind/ not found. Build the archive first: npm run build');
  process.exit(1);
}

const site = await serveDist('/');
const browser = await launchBrowser();
try {
  const { page, pageBytes, takeBytes } = await meteredSearchPage(browser, site.url);
  const judgments = loadJudgments();
  // The first search's cost is its first page of results; its order is then judged whole.
  const first = await runQuery(page, site.url, judgments[0].query, { firstPageOnly: true });
  const firstSearchBytes = await takeBytes();
  await showAllResults(page);
  first.urls = await resultPaths(page, site.url);

  const texts = reportTexts();
  const scores = [score(judgments[0], first.urls, texts)];
  const latencies = [first.latencyMs];
  for (const judgment of judgments.slice(1)) {
    const run = await runQuery(page, site.url, judgment.query);
    scores.push(score(judgment, run.urls, texts));
    latencies.push(run.latencyMs);
  }
  const judgedFirst = scores.filter((s) => s.firstCorrect !== undefined);
  const precisionAt1 = judgedFirst.filter((s) => s.firstCorrect).length / judgedFirst.length;
  const phraseFirst = scores.filter((s) => s.phraseFirst).length / scores.length;
  const sorted = [...latencies.slice(1)].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const reportScripts = ['scripts/term-popover.js', 'scripts/report-tools.js'];
  const reportJsGzip = reportScripts.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length, 0);

  console.log(`queries:                         ${scores.length} (${judgedFirst.length} with an expected first result)`);
  console.log(`precision at 1:                  ${(precisionAt1 * 100).toFixed(1)}%`);
  console.log(`exact-phrase reports first:      ${(phraseFirst * 100).toFixed(1)}% of queries`);
  console.log(`search page (HTML, CSS, scripts): ${(pageBytes / 1024).toFixed(1)} KB transferred`);
  console.log(`first search:                    ${(firstSearchBytes / 1024).toFixed(1)} KB transferred, ${first.latencyMs} ms`);
  console.log(`later searches:                  median ${median} ms, slowest ${sorted.at(-1)} ms`);
  console.log(`report page JavaScript:          ${(reportJsGzip / 1024).toFixed(1)} KB gzip (${reportScripts.join(', ')})`);
  for (const s of scores.filter((s) => s.firstCorrect === false || !s.phraseFirst || s.missing.length)) {
    console.log(`  weak: ${s.query}${s.firstCorrect === false ? ' (wrong first result)' : ''}${s.phraseFirst ? '' : ' (phrase pages not first)'}${s.limitation ? ' — a known limit of word search, see queries.json' : ''}${s.missing.length ? ` (missing ${s.missing.join(', ')})` : ''}`);
  }
} finally {
  await browser.close();
  await site.close();
}
