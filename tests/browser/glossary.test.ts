/**
 * The glossary popover and filter in a real browser: keyboard, hover (the
 * popover stays open while hovered, WCAG 2.2 1.4.13) and touch; Esc closes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, watchExternalRequests, type ServedSite } from '../support/browser.ts';

const slug = '2022-luoyang-jianxi-speech';
let browser: Browser;
let site: ServedSite;
let external: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openReport(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  external = [...external, ...watchExternalRequests(page, site.url)];
  await page.goto(`${site.url}reports/${slug}/`);
  return page;
}

const popover = (page: Page) => page.locator('#term-popover');

describe('glossary popover', () => {
  it('opens on keyboard focus, describes the link, and closes with Esc', async () => {
    const context = await browser.newContext();
    const page = await openReport(context);
    let focusedTerm = false;
    for (let i = 0; i < 120 && !focusedTerm; i++) {
      await page.keyboard.press('Tab');
      focusedTerm = await page.evaluate(() => document.activeElement?.matches('a.term') ?? false);
    }
    expect(focusedTerm, 'Tab never reached a term link').toBe(true);
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term!);
    const data = JSON.parse((await page.locator('#glossary-data').textContent())!) as Record<string, { definition: string }>;
    await expect(popover(page).isVisible()).resolves.toBe(true);
    await expect(popover(page).innerText()).resolves.toContain(data[id].definition);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).resolves.toBe('term-popover');
    await page.keyboard.press('Escape');
    await expect(popover(page).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.matches('a.term'))).resolves.toBe(true);
    await context.close();
  });

  it('stays open while the pointer moves onto it, and closes when it leaves', async () => {
    const context = await browser.newContext();
    const page = await openReport(context);
    const term = page.locator('.report-body a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect(popover(page).isVisible()).resolves.toBe(true);
    const box = (await popover(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(600);
    await expect(popover(page).isVisible()).resolves.toBe(true);
    await page.mouse.move(5, 5, { steps: 5 });
    await page.waitForTimeout(600);
    await expect(popover(page).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('opens on the first tap and follows the link on the second', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await openReport(context);
    const term = page.locator('.report-body a.term').first();
    const href = await term.getAttribute('href');
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(popover(page).isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(`${site.url}reports/${slug}/`);
    await term.tap();
    await page.waitForURL(new URL(href!, `${site.url}reports/${slug}/`).href);
    await context.close();
  });

  it('made no request to any other server', () => {
    expect(external).toEqual([]);
  });
});

describe('glossary filter', () => {
  it('narrows the list as the reader types, and shows everything when cleared', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}glossary/`);
    const all = await page.locator('li[data-search]').count();
    const input = page.getByLabel('筛选词条');
    await input.fill('zzzz-no-such-term');
    await expect(page.locator('li[data-search]:visible').count()).resolves.toBe(0);
    const first = await page.locator('li[data-search] .term-name').first().innerText();
    await input.fill(first);
    await expect(page.locator('li[data-search]:visible').count()).resolves.toBeGreaterThan(0);
    await input.fill('');
    await expect(page.locator('li[data-search]:visible').count()).resolves.toBe(all);
    await context.close();
  });
});
