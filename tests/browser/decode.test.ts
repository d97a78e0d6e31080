/**
 * The decoder (/decode/) in a real browser, under a sub-path: pasting marks
 * every known form with the same links and popover as a report page, a
 * dropped .txt file is decoded, undecided formulas are listed without a
 * meaning, the text can be copied out with numbered notes, and the text never
 * leaves the page (no request at all after the glossary data, none to another
 * server).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type ServedSite } from '../support/browser.ts';

const report = '2022-luoyang-jianxi-speech';
let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist('/intranet/tifa/');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The decoder, ready, with every request it makes recorded. */
async function openDecoder(): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.url}decode/`);
  await page.waitForSelector('html[data-decode-ready]');
  return { page, requests };
}

async function decoded(page: Page, text: string): Promise<void> {
  await page.waitForFunction((length) => document.documentElement.dataset.decodedLength === String(length), text.length);
}

/** The term links of a page region: [id, text] in order. */
const termLinks = (page: Page, selector: string) =>
  page.$$eval(`${selector} a.term[data-term]`, (links) => links.map((a) => [(a as HTMLElement).dataset.term, a.textContent]));

describe('the decoder', () => {
  it('marks what a report page marks when its text is pasted, and lists the terms by kind', async () => {
    const { page } = await openDecoder();
    // The report's body as a reader would copy it from its page: paragraphs only (headings are not annotated there).
    const reportPage = await browser.newPage();
    await reportPage.goto(`${site.url}reports/${report}/`);
    const paragraphs = await reportPage.$$eval('.report-body > p', (ps) => ps.map((p) => p.textContent?.replace(/¶$/, '') ?? ''));
    const expected = await termLinks(reportPage, '.report-body > p');
    const text = paragraphs.join('\n');
    await page.fill('#decode-text', text);
    await decoded(page, text);
    expect(await termLinks(page, '.decode-output')).toEqual(expected);
    expect(await page.locator('.decode-found h3').count()).toBeGreaterThan(1);
    // The links lead to entries that exist under the sub-path.
    const href = await page.locator('.decode-output a.term').first().getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
  });

  it('shows the popover of a marked term on hover and on keyboard focus', async () => {
    const { page } = await openDecoder();
    const text = '必须增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
    await page.fill('#decode-text', text);
    await decoded(page, text);
    await page.locator('.decode-output a.term').first().hover();
    await expect(page.locator('#term-popover').textContent()).resolves.toContain('四个意识');
    await page.keyboard.press('Escape');
    await expect(page.locator('#term-popover').isHidden()).resolves.toBe(true);
    await page.locator('.decode-output a.term').nth(1).focus();
    await expect(page.locator('#term-popover').textContent()).resolves.toContain('四个自信');
  });

  it('lists quoted phrases and formulas the glossary has not decided, each with a search and no meaning', async () => {
    const { page } = await openDecoder();
    const text = '全面落实“九九归一”工作机制，推进“5+2+N”产业体系，巩固“两个维护”。';
    await page.fill('#decode-text', text);
    await decoded(page, text);
    const unknown = await page.$$eval('.decode-unknown a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(unknown.map(([phrase]) => phrase)).toEqual(['九九归一', '5+2+N']);
    expect(unknown[0][1]).toBe(`../search/?q=${encodeURIComponent('"九九归一"')}`);
    expect(await page.locator('.decode-found').textContent()).not.toContain('九九归一：');
    expect(await termLinks(page, '.decode-output')).toEqual([['liang-ge-wei-hu', '两个维护']]);
  });

  it('decodes a .txt file dropped on the text area', async () => {
    const { page } = await openDecoder();
    const content = readFileSync(`content/sources/${report}.txt`, 'utf8').split(/\r?\n/).slice(0, 40).join('\n');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'speech.txt', { type: 'text/plain' }));
      document.querySelector('#decode-text')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, content);
    await decoded(page, content);
    expect(await page.inputValue('#decode-text')).toBe(content);
    expect((await termLinks(page, '.decode-output')).length).toBeGreaterThan(3);
  });

  it('copies the text out with a numbered note for each term', async () => {
    const { page } = await openDecoder();
    const text = '坚决做到“两个维护”，牢记“两个维护”。\n落实“四个意识”。';
    await page.fill('#decode-text', text);
    await decoded(page, text);
    await page.click('[data-decode-copy]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [body, notes] = copied.split('\n\n注释（提法 Tifa 词汇）：\n');
    expect(body).toBe('坚决做到“两个维护[1]”，牢记“两个维护”。\n落实“四个意识[2]”。');
    // The site's own address, under whatever path it is served (/intranet/tifa/, or behind nginx /nginx/intranet/tifa/).
    expect(notes).toMatch(/^\[1\] 两个维护：.+（有权威出处）http:\/\/127\.0\.0\.1:\d+\/(?:[\w-]+\/)*intranet\/tifa\/glossary\/liang-ge-wei-hu\/\n\[2\] 四个意识：/);
  });

  it('prints the marked text with the notes as endnotes, without the form', async () => {
    const { page } = await openDecoder();
    const text = '做到“两个维护”。';
    await page.fill('#decode-text', text);
    await decoded(page, text);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#decode-text').isVisible()).toBe(false);
    expect(await page.locator('.decode-output').isVisible()).toBe(true);
    expect(await page.locator('[data-decode-endnotes] dt').allTextContents()).toEqual(['两个维护']);
    expect(await page.locator('[data-decode-endnotes]').isVisible()).toBe(true);
  });

  it('keeps the text on the page: after the glossary data, typing makes no request at all', async () => {
    const { page, requests } = await openDecoder();
    const loaded = requests.length;
    expect(requests.every((url) => url.startsWith(site.url))).toBe(true);
    const text = '保密的讲话稿：坚持“稳中求进”工作总基调。';
    await page.fill('#decode-text', text);
    await decoded(page, text);
    await page.locator('.decode-output a.term').first().hover();
    expect(requests.slice(loaded)).toEqual([]);
  });
});
