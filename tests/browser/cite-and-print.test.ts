/**
 * What only a browser shows of citing and printing: a paragraph's link is
 * copied with its anchor, a citation is copied with today's date, and the
 * printed page keeps the text, drops the navigation and adds the glossary
 * notes as endnotes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type ServedSite } from '../support/browser.ts';

const slug = '2022-luoyang-jianxi-speech';
let browser: Browser;
let site: ServedSite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/cite/');
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  page = await context.newPage();
  await page.goto(`${site.url}reports/${slug}/`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('citing a report', () => {
  it('copies a paragraph link with its anchor, from the keyboard', async () => {
    const button = page.locator('#p3 .para-link');
    await button.focus();
    await expect(button.getAttribute('aria-label')).resolves.toBe('复制第 3 段的链接');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${site.url}reports/${slug}/#p3`);
  });

  it('copies the GB/T 7714 citation with today’s date', async () => {
    await page.locator('button[data-copy="cite-gbt"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(copied).toBe(`众一秘书网. 区委书记在区委全会暨区委经济工作会议上讲话[EB/OL]. 众一秘书网, (2023-03-01)[${today}]. 提法档案 reports/${slug}/.`);
  });
});

describe('printing a report', () => {
  it('hides navigation, keeps the text, and prints glossary notes as endnotes', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.outline').isVisible()).resolves.toBe(false);
    await expect(page.locator('#p3').isVisible()).resolves.toBe(true);
    await expect(page.locator('.endnotes').isVisible()).resolves.toBe(true);
    const decoration = await page.locator('.report-body a.term').first().evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(decoration).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.endnotes').isVisible()).resolves.toBe(false);
  });
});
