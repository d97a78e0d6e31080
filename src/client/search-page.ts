/**
 * The search page (/search/): reads and writes ?q= (and filter parameters),
 * queries the Pagefind index, ranks for Chinese (src/search/query.ts,
 * ranking.ts) and renders the results as links inside #search-results, in
 * rank order. A query that is a glossary entry's term or alias first shows
 * the entry's reports as the build listed them (src/search/entry-results.ts),
 * and loads the index only for what comes after them. Everything is located
 * relative to this script (scripts/ under the site root), so the site works
 * under any path prefix.
 */
import type { SearchData } from '../search/search-data.ts';
import { entryFor, holdsPhrase, normalizeQuery } from '../search/query.ts';
import { orderPage, rankResults } from '../search/ranking.ts';
import { newestFirst, SHARD_FILTER, take, TERM_FILTER } from '../search/shards.ts';
import { entryResultsPath, RESULTS_PER_PAGE, type EntryResult, type EntryResultsPage } from '../search/entry-results-page.ts';
import type { FilterName } from '../search/report-filters.ts';

const siteRoot = new URL('../', import.meta.url);
/** The filters the page offers, by the names the build gives them (src/search/report-filters.ts), with their labels. */
const FILTERS: Record<FilterName, string> = { type: '类型', year: '年份', province: '省份', city: '城市', speaker: '讲话人' };
/** Results whose page data (title, excerpt) load at a time: the first search's cost does not grow with the archive. */
const PER_PAGE = RESULTS_PER_PAGE;
/** Values of a filter listed before 其余 N 项 (all 34 provinces fit). */
const SHOWN_FILTER_VALUES = 40;

type Filters = Record<string, string[]>;
interface State {
  q: string;
  filters: Filters;
  sort: 'date' | 'relevance';
}
/** What the page uses of Pagefind's API. */
interface ResultData {
  url: string;
  content?: string;
  excerpt: string;
  meta?: { title?: string; kind?: string; date?: string };
}
interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
  /** Known to hold the query's entry before its data loads (the build's list of the entry's reports). */
  exact?: boolean;
}
interface SearchResponse {
  results: SearchResult[];
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string, options: Record<string, unknown>): Promise<SearchResponse>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.getElementById('search-status')!;
const results = document.getElementById('search-results')!;
const filterBox = document.getElementById('search-filters')!;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement | null;
const more = document.getElementById('search-more') as HTMLButtonElement | null;

let shardCount = 1;
let loading: Promise<Pagefind> | undefined;
let dataLoading: Promise<SearchData> | undefined;

/** The glossary's forms (/search-data.json), loaded once with the first query. */
function searchData(): Promise<SearchData> {
  dataLoading ??= fetchJson<SearchData>('search-data.json');
  dataLoading.catch(() => {
    dataLoading = undefined;
  });
  return dataLoading;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, siteRoot));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Pagefind with every shard merged; loaded once, however many searches start meanwhile. */
function engine(): Promise<Pagefind> {
  loading ??= (async () => {
    const [pagefind, manifest] = await Promise.all([
      import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot).href) as Promise<Pagefind>,
      fetchJson<{ shards: string[] }>('pagefind/shards.json'),
    ]);
    const options = { baseUrl: siteRoot.pathname, excerptLength: 40 };
    await pagefind.options({ ...options, mergeFilter: { [SHARD_FILTER]: '0' } });
    await pagefind.init();
    await Promise.all(
      manifest.shards.map((path, i) => pagefind.mergeIndex(new URL(`pagefind/${path}`, siteRoot).pathname, { ...options, mergeFilter: { [SHARD_FILTER]: String(i + 1) } })),
    );
    shardCount = manifest.shards.length + 1;
    // Loading the filter index first makes each search report its filter counts.
    await pagefind.filters();
    return pagefind;
  })();
  // A failed load (the server was unreachable, say) is tried again by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const key of Object.keys(FILTERS)) {
    const values = params.getAll(key);
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

function writeState(state: State) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort === 'date') params.set('sort', 'date');
  history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

function renderFilters(counts: Partial<Record<FilterName, Record<string, number>>>, state: State) {
  filterBox.replaceChildren();
  for (const [key, label] of Object.entries(FILTERS) as [FilterName, string][]) {
    const values = Object.entries(counts[key] ?? {}).filter(([, n]) => n > 0 || state.filters[key]?.length);
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    values.sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')));
    // The most frequent values, and the ones chosen; the rest (thousands of speakers in a large archive) when asked for.
    const shown = values.filter(([value], i) => i < SHOWN_FILTER_VALUES || state.filters[key]?.includes(value));
    const rest = values.filter((pair) => !shown.includes(pair));
    fieldset.append(...shown.map(([value, n]) => filterRow(key, value, n, state)));
    if (rest.length > 0) {
      const others = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = `其余 ${rest.length} 项`;
      others.append(summary);
      others.addEventListener('toggle', () => {
        if (others.open && others.childElementCount === 1) others.append(...rest.map(([value, n]) => filterRow(key, value, n, state)));
      });
      fieldset.append(others);
    }
    filterBox.append(fieldset);
  }
}

function filterRow(key: string, value: string, n: number, state: State): HTMLElement {
  const id = `filter-${key}-${value}`;
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.name = key;
  box.value = value;
  box.checked = state.filters[key]?.includes(value) ?? false;
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = `${value}（${n}）`;
  const row = document.createElement('div');
  row.append(box, labelEl);
  return row;
}

/** Append results to the list (the first page replaces what was there). */
function renderResults(items: ResultData[], exact: (item: ResultData) => boolean, replace: boolean) {
  if (replace) results.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta?.title ?? item.url;
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = [item.meta?.kind, item.meta?.date, exact(item) ? '完整匹配' : '部分匹配'].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.innerHTML = item.excerpt; // Pagefind escapes the text and adds <mark>
    li.append(link, ' ', kind, excerpt);
    results.append(li);
  }
}

/** A page of results at a time, in a fixed order; `done` once none is left; `total` when the order is known whole. */
interface ResultSource {
  next(count: number): Promise<{ items: SearchResult[]; done: boolean }>;
  total?: number;
}

/**
 * The order of the results for a query, from the indexes alone (page data
 * load a page at a time): by relevance, the reports that use the query's
 * glossary entry (the `term` filter: every form, exactly as the build's
 * matcher found it), then the pages holding the exact phrase, then those
 * holding some of its words; by date, newest first across the shards.
 */
async function resultOrder(pf: Pagefind, state: State, text: string, quoted: boolean, phrases: string[], entryId: string | undefined, afterEntry = false) {
  const filters = state.filters;
  const phraseQueries = [...new Set(phrases)].slice(0, 6).map((p) => `"${p.replace(/"/g, '')}"`);
  // An entry's reports: each form's words, narrowed by the term filter to the pages that use the entry. (A search
  // by the filter alone would load every index chunk: Pagefind enumerates all pages for it.)
  const termForms = entryId ? [...new Set(phrases)].slice(0, 6) : [];
  const searches = await Promise.all([
    quoted ? null : pf.search(text, { filters }),
    ...termForms.map((form) => pf.search(form, { filters: { ...filters, [TERM_FILTER]: entryId } })),
    ...phraseQueries.map((q) => pf.search(q, { filters })),
  ]);
  const wordSearch = searches[0];
  const termResults = searches.slice(1, 1 + termForms.length).flatMap((s) => s!.results);
  const phraseSearches = searches.slice(1 + termForms.length) as SearchResponse[];
  const exactIds = new Set([...termResults, ...phraseSearches.flatMap((s) => s.results)].map((r) => r.id));
  const counts = (wordSearch ?? phraseSearches[0])?.filters ?? {};
  if (state.sort === 'date') {
    const sorted = newestFirst((f) => pf.search(quoted ? phraseQueries[0] : text, { filters: f, sort: { date: 'desc' } }), filters, shardCount);
    // One result read ahead tells whether another page follows.
    let ahead: SearchResult[] = [];
    const source: ResultSource = {
      next: async (count) => {
        const items = [...ahead, ...(await take(sorted, count + 1 - ahead.length))];
        ahead = items.slice(count);
        return { items: items.slice(0, count), done: ahead.length === 0 };
      },
    };
    return { source, exactIds, counts };
  }
  const byId = new Map<string, SearchResult>();
  for (const result of [...termResults, ...phraseSearches.flatMap((s) => s.results), ...(wordSearch?.results ?? [])]) if (!byId.has(result.id)) byId.set(result.id, result);
  // (After the entry's reports the build listed: what follows them.)
  const alreadyListed = new Set(afterEntry ? termResults.map((r) => r.id) : []);
  const order = rankResults({
    phraseUrls: [...termResults, ...phraseSearches.flatMap((s) => s.results)].map((r) => r.id),
    wordUrls: (wordSearch?.results ?? []).map((r) => r.id),
  }).filter((id) => !alreadyListed.has(id));
  let at = 0;
  const source: ResultSource = {
    total: order.length,
    next: async (count) => {
      const ids = order.slice(at, at + count);
      at += ids.length;
      return { items: ids.map((id) => byId.get(id)!), done: at >= order.length };
    },
  };
  return { source, exactIds, counts };
}

/** One of the entry's reports as the build listed it, shaped as a search result. */
function listedResult(result: EntryResult): SearchResult {
  const data: ResultData = { url: new URL(result.url, siteRoot).pathname, excerpt: result.excerpt, meta: { title: result.title, kind: '报告', date: result.date } };
  return { id: `listed:${result.url}`, exact: true, data: async () => data };
}

/**
 * The order for an entry's query: its reports a page at a time as the build
 * listed them, then the results after them (`after`, which loads the index
 * when it is first reached; its exact ids join the order's then).
 */
function listedOrder(entryId: string, first: EntryResultsPage, after: () => Promise<{ source: ResultSource; exactIds: Set<string> }>) {
  const exactIds = new Set<string>();
  let page = 1;
  let rest: ResultSource | undefined;
  const source: ResultSource = {
    next: async (count) => {
      if (page <= first.pages) {
        const current = page === 1 ? first : await fetchJson<EntryResultsPage>(entryResultsPath(entryId, page));
        page++;
        // (Pages that hold only some of the words may follow.)
        return { items: current.results.map(listedResult), done: false };
      }
      if (!rest) {
        const next = await after();
        for (const id of next.exactIds) exactIds.add(id);
        rest = next.source;
      }
      return rest.next(count);
    },
  };
  return { source, exactIds, counts: first.counts ?? {} };
}

async function run() {
  const state = readState();
  // Set once the results for a query are on screen (the tests wait for it).
  document.documentElement.dataset.searchDone = '';
  input.value = state.q;
  if (sortSelect) sortSelect.value = state.sort;
  if (more) more.hidden = true;
  if (state.q.trim() === '') {
    // The index loads with the first query, not before.
    results.replaceChildren();
    filterBox.replaceChildren();
    status.textContent = '输入词语开始搜索，例如“两个维护”“风口产业”“323+1”。';
    return;
  }
  const data = await searchData();
  status.textContent = '正在搜索……';
  const { text, quoted } = normalizeQuery(state.q);
  const entryId = entryFor(text, data.forms);
  const phrases = entryId ? data.entries[entryId].forms.map((f) => normalizeQuery(f).text) : [text];
  // An entry's reports by relevance, unfiltered: as the build listed them, without the index.
  const firstListed = entryId && state.sort === 'relevance' && Object.keys(state.filters).length === 0 ? await fetchJson<EntryResultsPage>(entryResultsPath(entryId, 1)).catch(() => undefined) : undefined;
  const listed = entryId && firstListed && firstListed.total > 0 ? { entryId, first: firstListed } : undefined;
  const { source, exactIds, counts } = listed
    ? listedOrder(listed.entryId, listed.first, async () => resultOrder(await engine(), state, text, quoted, phrases, entryId, true))
    : await resultOrder(await engine(), state, text, quoted, phrases, entryId);
  const entryUrl = entryId ? new URL(data.entries[entryId].url, siteRoot).pathname : undefined;
  // The entry whose term or alias the query is comes first (by relevance), before any page data loads.
  const entry: ResultData | undefined = entryId && state.sort !== 'date' ? { url: entryUrl!, excerpt: '', meta: { title: data.entries[entryId].term, kind: '词条' } } : undefined;
  let shown = 0;
  let pagesShown = 0;
  let exhausted = false;

  const showPage = async (first: boolean) => {
    const { items: page, done } = await source.next(PER_PAGE);
    exhausted = done;
    // (A page holding the phrase counts as exact though Pagefind's quoted search missed it.)
    const loaded = (await Promise.all(page.map((r) => r.data())))
      .map((item, i) => ({ item, exact: page[i].exact === true || exactIds.has(page[i].id) || holdsPhrase(item.content ?? '', phrases), report: item.meta?.kind === '报告' }))
      .filter(({ item }) => item.url !== entryUrl && (state.sort !== 'date' || item.meta?.date));
    const items = state.sort === 'date' ? loaded.map((x) => x.item) : orderPage(loaded);
    shown += page.length;
    const exact = new Set(loaded.filter((x) => x.exact).map((x) => x.item));
    if (first && entry) exact.add(entry);
    renderResults([...(first && entry ? [entry] : []), ...items], (item) => exact.has(item), first);
    pagesShown = first ? 1 : pagesShown + 1;
    // How many pages of results are on screen (the tests wait for it to change).
    document.documentElement.dataset.searchPages = String(pagesShown);
    const left = source.total === undefined ? undefined : source.total - shown;
    if (more) {
      more.hidden = exhausted;
      more.textContent = left === undefined ? '显示更多结果' : `显示更多结果（还有 ${left} 条）`;
    }
  };
  await showPage(true);
  if (more) {
    more.onclick = async () => {
      more.disabled = true;
      await showPage(false);
      more.disabled = false;
    };
  }
  renderFilters(counts, state);
  const onScreen = results.children.length;
  status.textContent =
    onScreen === 0
      ? `没有找到“${state.q}”。`
      : state.sort === 'date'
        ? `“${state.q}”：按日期列出${exhausted ? ` ${onScreen} 条结果` : `，先列出 ${onScreen} 条`}。`
        : listed
          ? `“${state.q}”：${listed.first.total} 篇报告使用词条“${data.entries[listed.entryId].term}”${listed.first.total > shown ? `，先列出 ${shown} 篇` : ''}；只含部分字词的结果（如有）排在其后。`
          : `“${state.q}”：${source.total} 条结果，其中 ${exactIds.size} 条含完整词语${source.total! > shown ? `；先列出 ${shown} 条` : ''}。`;
  document.documentElement.dataset.searchDone = state.q;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeState({ ...readState(), q: input.value.trim() });
  run();
});

filterBox.addEventListener('change', () => {
  const filters: Filters = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (filters[box.name] ??= []).push(box.value);
  writeState({ ...readState(), filters });
  run();
});

sortSelect?.addEventListener('change', () => {
  writeState({ ...readState(), sort: sortSelect.value === 'date' ? 'date' : 'relevance' });
  run();
});

window.addEventListener('popstate', run);
document.documentElement.dataset.searchReady = 'true';
run().catch((error: Error) => {
  status.textContent = `搜索出错：${error.message}`;
});
