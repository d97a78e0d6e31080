/**
 * Search across scripts, in a real browser on the hostile-text build (whose
 * fixtures include a text in traditional characters): a simplified query
 * finds the traditional text, and a traditional query finds a simplified one.
 */
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_ROOT } from '../setup/build-site.ts';
import { launchBrowser, serveDist, type ServedSite } from '../support/browser.ts';

let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/scripts/test/', join(HOSTILE_ROOT, 'dist'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function resultUrls(query: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => document.documentElement.dataset.searchDone === q, query, { timeout: 30_000 });
  return page.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search across traditional and simplified characters', () => {
  it('finds a text written in traditional characters with a simplified query', async () => {
    expect((await resultUrls('莲湖驿站')).some((url) => url.includes('reports/traditional-characters/'))).toBe(true);
  });

  it('finds a simplified text with a traditional query', async () => {
    expect((await resultUrls('扩展區漢字')).some((url) => url.includes('reports/rare-characters/'))).toBe(true);
  });
});
