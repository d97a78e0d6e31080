/**
 * What only a browser shows: a reader reaches a report from the home page
 * under a deep sub-path, its outline and paragraph anchors work, the source
 * opens, the phone layout does not scroll sideways, and nothing is fetched
 * from another server.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, watchExternalRequests, type ServedSite } from '../support/browser.ts';

const slug = '2021-08-24-lianyungang-etdz-speech';
let browser: Browser;
let site: ServedSite;
let page: Page;
let external: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/intranet/archives/tifa/');
  page = await browser.newPage({ locale: 'zh-CN' });
  external = watchExternalRequests(page, site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a report page in a real browser, under a sub-path', () => {
  it('is reached from the home page through the report list', async () => {
    await page.goto(site.url);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.locator('header a', { hasText: '报告' }).first().click();
    await page.waitForURL(`${site.url}reports/`);
    await page.locator(`a[href$="${slug}/"]`).first().click();
    await page.waitForURL(`${site.url}reports/${slug}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain('务实苦干开新局');
  });

  it('shows the metadata panel with the header-table facts', async () => {
    const text = await page.locator('main').innerText();
    for (const fact of ['675490773/2021-00278', '党政办公室', '尹哲强', '编者推断']) expect(text).toContain(fact);
  });

  it('follows an outline link to its heading and keeps paragraph anchors', async () => {
    const link = page.locator('nav.outline a[href^="#"]').first();
    const target = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await link.click();
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(target);
    await expect(page.locator(`[id="${target}"]`).isVisible()).resolves.toBe(true);
    await page.goto(`${site.url}reports/${slug}/#p3`);
    await expect(page.locator('#p3').innerText()).resolves.toMatch(/^今年以来,全区上下认真贯彻落实/);
  });

  it('opens the verbatim source as UTF-8 text', async () => {
    await page.goto(`${site.url}reports/${slug}/`);
    const href = await page.locator('a[href*="sources/"][href$=".txt"]').first().getAttribute('href');
    const response = await page.goto(new URL(href!, page.url()).href);
    expect(response?.headers()['content-type']).toBe('text/plain; charset=utf-8');
    await expect(page.locator('body').innerText()).resolves.toContain('索引号: | 675490773/2021-00278');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['', 'reports/', `reports/${slug}/`, 'reports/2022-luoyang-jianxi-speech/', 'about/']) {
      await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path || 'home'} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });

  it('made no request to any other server', () => {
    expect(external).toEqual([]);
  });
});
