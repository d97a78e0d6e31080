/**
 * The search-quality harness, shared by the browser test and
 * `npm run bench:search`: run the judged queries through the real search
 * page and score the rankings.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { archivedReports } from './archive.ts';
import { loadGlossary, termForms, type GlossaryEntry } from '../../src/glossary/load.ts';
import { buildDictionary, findTerms } from '../../src/glossary/matcher.ts';
import { fold } from '../../src/text/fold.ts';

export interface Judgment {
  query: string;
  first?: string;
  phrase?: string;
  mustFind?: string[];
  note?: string;
  /** Why the reports holding the characters cannot all come first (a limit of word search), when they cannot. */
  limitation?: string;
}

export function loadJudgments(): Judgment[] {
  return (JSON.parse(readFileSync('tests/fixtures/search/queries.json', 'utf8')) as { queries: Judgment[] }).queries;
}

/** Report page path (relative to the site root) → its body text. */
export function reportTexts(): Map<string, string> {
  return new Map(archivedReports().map((r) => [`reports/${r.slug}/`, r.bodyLines.map((l) => l.text).join('\n')]));
}

export interface QueryRun {
  /** Result pages in rank order, relative to the site root. */
  urls: string[];
  /** From submitting the form to the results on screen. */
  latencyMs: number;
}

/** Type a query into the search page's form (no filters set) and wait for the ranked results. */
export async function runQuery(page: Page, siteUrl: string, query: string, options: { timeout?: number; firstPageOnly?: boolean } = {}): Promise<QueryRun> {
  const timeout = options.timeout ?? 30_000;
  const current = new URL(page.url());
  const onCleanSearchPage = page.url().startsWith(`${siteUrl}search/`) && [...current.searchParams.keys()].every((key) => key === 'q');
  if (!onCleanSearchPage) {
    await page.goto(`${siteUrl}search/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  }
  await page.locator('#search-q').fill(query);
  const started = Date.now();
  await page.locator('[data-search-form] button[type="submit"]').click();
  await page.waitForFunction((q) => document.documentElement.dataset.searchDone === q, query, { timeout });
  const latencyMs = Date.now() - started;
  if (!options.firstPageOnly) await showAllResults(page, timeout);
  return { urls: await resultPaths(page, siteUrl), latencyMs };
}

/** The result links on the page, as paths relative to the site root. */
export async function resultPaths(page: Page, siteUrl: string): Promise<string[]> {
  const root = new URL(siteUrl).pathname;
  return page.locator('#search-results > li > a').evaluateAll(
    (links, prefix) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice((prefix as string).length)),
    root,
  );
}

/** Press 显示更多结果 until every result is listed: the order is judged whole, not only its first page. */
export async function showAllResults(page: Page, timeout = 30_000): Promise<void> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.evaluate(() => document.documentElement.dataset.searchPages);
    await more.click();
    await page.waitForFunction((n) => document.documentElement.dataset.searchPages !== n, before, { timeout });
  }
}

export interface Score {
  query: string;
  /** undefined when the judgment names no expected first page. */
  firstCorrect?: boolean;
  /** Every report holding the phrase ranks above every report that does not, and none is missing. */
  phraseFirst: boolean;
  missing: string[];
  /** The judgment's known limitation, if it has one. */
  limitation?: string;
}

/**
 * The reports a query means: for the term or an alias of a glossary entry,
 * those that use the entry, in any of its forms, as the build's matcher finds
 * them (its match rules included); otherwise those holding the phrase.
 */
function holdingReports(judgment: Judgment, texts: Map<string, string>): Set<string> {
  const phrase = judgment.phrase ?? judgment.query;
  const entry = glossaryTerms().find((t) => [t.term, ...t.aliases].some((form) => fold(form) === fold(judgment.query)));
  if (!entry || judgment.phrase) return new Set([...texts].filter(([, text]) => text.includes(phrase)).map(([url]) => url));
  const dictionary = buildDictionary(termForms(glossaryTerms()));
  return new Set([...texts].filter(([, text]) => findTerms(text, dictionary).some((m) => m.id === entry.id)).map(([url]) => url));
}

let terms: GlossaryEntry[] | undefined;
const glossaryTerms = () => (terms ??= loadGlossary('content').terms);

export function score(judgment: Judgment, urls: string[], texts: Map<string, string>): Score {
  const holding = holdingReports(judgment, texts);
  const reportsInOrder = urls.filter((url) => texts.has(url));
  const lastHolding = Math.max(-1, ...reportsInOrder.map((url, i) => (holding.has(url) ? i : -1)));
  const firstOther = reportsInOrder.findIndex((url) => !holding.has(url));
  const allFound = [...holding].every((url) => urls.includes(url));
  const phraseFirst = allFound && (firstOther === -1 || lastHolding < firstOther);
  const missing = (judgment.mustFind ?? []).filter((url) => !urls.includes(url));
  return { query: judgment.query, firstCorrect: judgment.first === undefined ? undefined : urls[0] === judgment.first, phraseFirst, missing, limitation: judgment.limitation };
}

export interface MeteredSearchPage {
  page: Page;
  /** Bytes the search page itself transferred (HTML, CSS, scripts), before any query. */
  pageBytes: number;
  /** Bytes transferred since the last call (or since the page was ready). */
  takeBytes(): Promise<number>;
}

/**
 * The search page in a fresh context (an empty cache), with every byte it
 * transfers counted, headers and (compressed) bodies, including what
 * Pagefind's web worker fetches: Playwright reports a dedicated worker's
 * requests on its page, where a DevTools session on the page alone misses them.
 */
export async function meteredSearchPage(browser: Browser, siteUrl: string): Promise<MeteredSearchPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let pending: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(request.sizes().then((sizes) => sizes.responseHeadersSize + sizes.responseBodySize));
  });
  const takeBytes = async () => {
    const sizes = await Promise.all(pending);
    pending = [];
    return sizes.reduce((sum, n) => sum + n, 0);
  };
  await page.goto(`${siteUrl}search/`);
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  return { page, pageBytes: await takeBytes(), takeBytes };
}
