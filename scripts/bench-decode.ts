/**
 * npm run bench:decode: the decoder (/decode/) in a real browser, on the
 * built site (run npm run build first). Prints what the page's own script
 * and its glossary data weigh (gzip) and how long a 30,000-character text
 * takes to decode and render once the page is ready (median and slowest of
 * several runs). The text is the archive's own speeches, joined and cut.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist } from '../tests/support/browser.ts';
import { parseCli } from './cli.ts';

const USAGE = 'usage: npm run bench:decode -- [--chars N] [--runs N]';
const { values, fail } = parseCli('bench:decode', USAGE, {
  chars: { type: 'string', default: '30000' },
  runs: { type: 'string', default: '9' },
});
const chars = Number(values.chars);
const runs = Number(values.runs);
if (!Number.isInteger(chars) || chars <= 0) fail(`--chars must be a positive whole number, got "${values.chars}"`);
if (!Number.isInteger(runs) || runs <= 0) fail(`--runs must be a positive whole number, got "${values.runs}"`);
if (!existsSync('dist/decode/index.html')) {
  console.error('bench:decode: dist/decode/ not found. Build the archive first: npm run build');
  process.exit(1);
}

const gzipKB = (path: string) => gzipSync(readFileSync(path)).length / 1024;
const scriptKB = gzipKB('dist/scripts/decode-page.js');
const dataKB = gzipKB('dist/decode/data.json');

// Real text: the archive's sources one after another, as many times as it takes.
const sources = readdirSync('content/sources').sort().map((name) => readFileSync(`content/sources/${name}`, 'utf8'));
let text = '';
while (text.length < chars) text += sources.join('\n');
text = text.slice(0, chars);

const site = await serveDist('/');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${site.url}decode/`);
  await page.waitForSelector('html[data-decode-ready]');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A different last character each run, so every run decodes a fresh text.
    const sample = `${text.slice(0, -1)}${i % 10}`;
    await page.fill('#decode-text', '');
    await page.waitForFunction(() => document.documentElement.dataset.decodedLength === '0');
    await page.fill('#decode-text', sample);
    await page.waitForFunction((length) => document.documentElement.dataset.decodedLength === String(length), sample.length);
    times.push(Number(await page.evaluate(() => document.documentElement.dataset.decodeMs)));
  }
  const terms = await page.locator('.decode-output a.term').count();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`decoder script:                  ${scriptKB.toFixed(1)} KB gzip`);
  console.log(`glossary data:                   ${dataKB.toFixed(1)} KB gzip`);
  console.log(`script + data:                   ${(scriptKB + dataKB).toFixed(1)} KB gzip`);
  console.log(`decode ${chars.toLocaleString('en')} characters:     median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms over ${runs} runs (${terms} terms marked)`);
} finally {
  await browser.close();
  await site.close();
}
