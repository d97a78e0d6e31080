import { launchBrowser, serveDist } from '../tests/support/browser.ts';
import { runQuery } from '../tests/support/search-quality.ts';
const dist = process.argv[2]; const query = process.argv[3];
const site = await serveDist('/', dist);
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
const rows: Promise<[string, number]>[] = [];
let on = false;
page.on('requestfinished', (r) => { if (on) rows.push(r.sizes().then((s) => [r.url(), s.responseBodySize + s.responseHeadersSize])); });
await page.goto(`${site.url}search/`);
await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
on = true;
const { latencyMs } = await runQuery(page, site.url, query, { timeout: 120_000, firstPageOnly: true });
const all = await Promise.all(rows);
const kinds = new Map<string, [number, number]>();
for (const [url, n] of all) {
  const k = url.replace(site.url, '').replace(/[0-9a-f]{6,}/g, 'H').replace(/\/[^/]*$/, '/') + (url.match(/\.(\w+)(\?|$)/)?.[1] ?? '');
  const key = k.replace(/shards\/H\//, 'shards/*/').replace(/shards\/\d+\//, 'shards/N/');
  const v = kinds.get(key) ?? [0, 0]; v[0]++; v[1] += n; kinds.set(key, v);
}
for (const [k, [c, n]] of [...kinds].sort((a, b) => b[1][1] - a[1][1])) console.log(k, c, (n / 1024).toFixed(0) + ' KB');
console.log('total', (all.reduce((s, [, n]) => s + n, 0) / 1024).toFixed(0), 'KB', latencyMs, 'ms');
await browser.close(); await site.close();
