/**
 * Every kind of page, opened in a real browser under a sub-path: it loads
 * without script errors, nothing is requested from any other server, and
 * axe-core finds no serious or critical accessibility violation (also with
 * a glossary popover open).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';
import { launchBrowser, seriousViolations, serveDist, watchExternalRequests, type ServedSite } from '../support/browser.ts';

// The Luoyang speech uses the most glossary terms, so its page loads the popover script.
const report = '2022-luoyang-jianxi-speech';
const term = loadGlossary().terms[0]?.id;
const PAGES = [
  '',
  'reports/',
  `reports/${report}/`,
  `reports/${report}/source/`,
  'about/',
  'glossary/',
  ...(term ? [`glossary/${term}/`] : []),
  'search/',
  `search/?q=${encodeURIComponent('两个维护')}`,
  'decode/',
  'no/such/page/',
];

let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/a/b/archive/');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every kind of page under /a/b/archive/', () => {
  for (const path of PAGES) {
    it(`${path || 'home'} loads cleanly and stays on the server`, async () => {
      const page = await browser.newPage();
      const external = watchExternalRequests(page, site.url);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(path.startsWith('no/') ? 404 : 200);
      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
      expect(external).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('has no serious accessibility violation with a glossary popover open', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}reports/${report}/`);
    await page.locator('.report-body a.term').first().focus();
    await page.locator('#term-popover').waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
