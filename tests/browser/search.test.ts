/**
 * Search quality in a real browser over a judged query set
 * (tests/fixtures/search/queries.json): the expected entry first, every report
 * holding the exact phrase above those that do not, traditional characters,
 * formulas with + and ＋, one- and two-character queries, filters, and ?q= in
 * shareable URLs. `npm run bench:search` prints the same figures.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, watchExternalRequests, type ServedSite } from '../support/browser.ts';
import { loadJudgments, reportTexts, runQuery, score, showAllResults } from '../support/search-quality.ts';

let browser: Browser;
let site: ServedSite;
let page: Page;
let external: string[];
const texts = reportTexts();

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/archive/search-test/');
  page = await browser.newPage();
  external = watchExternalRequests(page, site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search quality', () => {
  for (const judgment of loadJudgments()) {
    it(`${judgment.query}${judgment.note ? ` (${judgment.note})` : ''}`, async () => {
      const { urls } = await runQuery(page, site.url, judgment.query);
      const result = score(judgment, urls, texts);
      if (result.firstCorrect !== undefined) expect(urls[0], `top result for ${judgment.query}`).toBe(judgment.first);
      if (!judgment.limitation) expect(result.phraseFirst, `reports holding the phrase must come first: ${urls.join(' ')}`).toBe(true);
      expect(result.missing).toEqual([]);
    });
  }
});

describe('the search page', () => {
  it('reads ?q= from a shared URL and writes it back', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('风口产业')}`);
    await page.waitForFunction(() => document.documentElement.dataset.searchDone === '风口产业');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('风口产业');
    await page.locator('#search-q').fill('323+1');
    await page.locator('[data-search-form] button[type="submit"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.searchDone === '323+1');
    expect(new URL(page.url()).searchParams.get('q')).toBe('323+1');
  });

  it('narrows results with a filter and shows counts', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('招商引资')}`);
    await page.waitForFunction(() => document.documentElement.dataset.searchDone === '招商引资');
    const before = await page.locator('#search-results > li').count();
    const henan = page.locator('#search-filters label', { hasText: '河南省' });
    await expect(henan.innerText()).resolves.toMatch(/河南省（\d+）/);
    // A filter lists its 40 most frequent values; the rest only when asked for (其余 N 项).
    const listed = await page.locator('#search-filters fieldset').evaluateAll((sets) => sets.map((set) => [set.querySelectorAll(':scope > div').length, set.querySelector('details')?.querySelector('summary')?.textContent ?? '']));
    expect(Math.max(...listed.map(([rows]) => rows as number))).toBeLessThanOrEqual(40);
    expect(listed.every(([rows, more]) => (more === '' ? true : rows === 40 && /^其余 \d+ 项$/.test(more as string)))).toBe(true);
    const capped = page.locator('#search-filters fieldset', { has: page.locator('details') }).first();
    const others = Number(/\d+/.exec(await capped.locator('summary').innerText())![0]);
    await capped.locator('summary').click();
    // (The rows are added when the details element reports it opened.)
    await expect.poll(() => capped.locator('details > div').count()).toBe(others);
    await henan.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length < n, before);
    const urls = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.every((url) => url.includes('luoyang'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('province')).toEqual(['河南省']);
  });

  it("lists an entry's reports without loading the search index, and loads it for the results after them", async () => {
    const fresh = await browser.newPage();
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await fresh.goto(`${site.url}search/?q=${encodeURIComponent('两个维护')}`);
    await fresh.waitForFunction(() => document.documentElement.dataset.searchDone === '两个维护');
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await expect(fresh.locator('#search-status').innerText()).resolves.toMatch(/^“两个维护”：\d+ 篇报告使用词条“两个维护”/);
    await expect(fresh.locator('#search-filters label').first().innerText()).resolves.toMatch(/（\d+）$/);
    await showAllResults(fresh);
    expect(requested.some((path) => path.includes('/pagefind/'))).toBe(true);
    await fresh.close();
  });

  it('sorts by date across the index shards, newest first', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('招商引资')}&sort=date`);
    await page.waitForFunction(() => document.documentElement.dataset.searchDone === '招商引资');
    await showAllResults(page);
    const kinds = await page.locator('#search-results .result-kind').allInnerTexts();
    const dates = kinds.map((kind) => /\d{4}(-\d{2}){0,2}/.exec(kind)?.[0] ?? '');
    const sortedUrls = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const { urls } = await runQuery(page, site.url, '招商引资');
    const reportUrls = urls.filter((url) => url.startsWith('reports/'));
    // Every report the relevance search finds (in whichever shard), none of the undated entries, newest first.
    expect(reportUrls.length).toBeGreaterThanOrEqual([...texts.values()].filter((text) => text.includes('招商引资')).length);
    expect(sortedUrls.map((path) => path.slice(path.indexOf('reports/'))).sort()).toEqual(reportUrls.sort());
    expect(dates.every(Boolean)).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('is reached from the header search box on any page, without JavaScript too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}reports/`);
    await plain.locator('#header-search-q').fill('两个维护');
    await plain.locator('.header-search button').click();
    await plain.waitForURL(/\/search\/\?q=/);
    expect(new URL(plain.url()).pathname).toBe(new URL(`${site.url}search/`).pathname);
    expect(new URL(plain.url()).searchParams.get('q')).toBe('两个维护');
    await context.close();
  });

  it('made no request to any other server', () => {
    expect(external).toEqual([]);
  });
});

describe('the search index', () => {
  it('holds glossary definitions only on their entries, never on report pages', async () => {
    // Words of the unexplained entries' definitions that no report uses; report pages carry those
    // definitions in their popover data, which must not be indexed.
    expect([...texts.values()].some((text) => text.includes('本库文献未解释'))).toBe(false);
    const { urls } = await runQuery(page, site.url, '“本库文献未解释”');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.startsWith('reports/'))).toEqual([]);
  });
});
