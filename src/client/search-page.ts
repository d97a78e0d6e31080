/**
 * The search page (/search/): reads and writes ?q= (and filter parameters),
 * queries the Pagefind index, ranks for Chinese (src/search/query.ts,
 * ranking.ts) and renders the results as links inside #search-results, in
 * rank order. Everything is located relative to this script (scripts/ under
 * the site root), so the site works under any path prefix.
 */
import type { SearchData } from '../search/search-data.ts';
import { entryFor, holdsPhrase, normalizeQuery } from '../search/query.ts';
import { rankResults } from '../search/ranking.ts';
import { newestFirst, SHARD_FILTER } from '../search/shards.ts';

const siteRoot = new URL('../', import.meta.url);
const FILTERS = { type: '类型', year: '年份', province: '省份', city: '城市', speaker: '讲话人' } as const;
/** Results whose page data (title, excerpt) load at a time: the first search's cost does not grow with the archive. */
const PER_PAGE = 30;

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
let loading: Promise<{ pagefind: Pagefind; searchData: SearchData }> | undefined;

/** Pagefind with every shard merged, and the search data; loaded once, however many searches start meanwhile. */
function engine() {
  loading ??= (async () => {
    const [pagefind, manifest, searchData] = await Promise.all([
      import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot).href) as Promise<Pagefind>,
      fetch(new URL('pagefind/shards.json', siteRoot)).then((response) => response.json() as Promise<{ shards: string[] }>),
      fetch(new URL('search-data.json', siteRoot)).then((response) => response.json() as Promise<SearchData>),
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
    return { pagefind, searchData };
  })();
  // A failed load (the server was unreachable, say) is tried again by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** A search over every shard: by relevance, or newest first (see src/search/shards.ts). */
async function searchArchive(pf: Pagefind, term: string, state: State): Promise<SearchResponse> {
  if (state.sort !== 'date') return pf.search(term, { filters: state.filters });
  const sort = { date: 'desc' };
  const [all, sorted] = await Promise.all([
    pf.search(term, { filters: state.filters }),
    newestFirst((filters) => pf.search(term, { filters, sort }), state.filters, shardCount, PER_PAGE),
  ]);
  return { filters: all.filters, results: sorted };
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

async function load(search: SearchResponse): Promise<ResultData[]> {
  return Promise.all(search.results.slice(0, PER_PAGE).map((r) => r.data()));
}

function renderFilters(counts: Record<string, Record<string, number>>, state: State) {
  filterBox.replaceChildren();
  for (const [key, label] of Object.entries(FILTERS)) {
    const values = Object.entries(counts[key] ?? {}).filter(([, n]) => n > 0 || state.filters[key]?.length);
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    for (const [value, n] of values.sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')))) {
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
      fieldset.append(row);
    }
    filterBox.append(fieldset);
  }
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

async function run() {
  const state = readState();
  // Set once the results for a query are on screen (the tests wait for it).
  document.documentElement.dataset.searchDone = '';
  input.value = state.q;
  if (sortSelect) sortSelect.value = state.sort;
  if (state.q.trim() === '') {
    // The index loads with the first query, not before.
    results.replaceChildren();
    filterBox.replaceChildren();
    status.textContent = '输入词语开始搜索，例如“两个维护”“风口产业”“323+1”。';
    return;
  }
  const { pagefind: pf, searchData: data } = await engine();
  status.textContent = '正在搜索……';
  if (more) more.hidden = true;
  const { text, quoted } = normalizeQuery(state.q);
  const entryId = entryFor(text, data.forms);
  const phrases = entryId ? data.entries[entryId].forms.map((f) => normalizeQuery(f).text) : [text];
  const [wordSearch, ...phraseSearches] = await Promise.all([
    quoted ? null : searchArchive(pf, text, state),
    ...[...new Set(phrases)].slice(0, 6).map((p) => searchArchive(pf, `"${p.replace(/"/g, '')}"`, state)),
  ]);
  const entryUrl = entryId ? new URL(data.entries[entryId].url, siteRoot).pathname : undefined;
  const holds = (item: ResultData) => holdsPhrase(item.content ?? '', phrases);

  if (state.sort === 'date') {
    // Sorted by date, only dated pages (reports) are listed, newest first, as with a single index.
    const [wordData, ...phraseLists] = await Promise.all([wordSearch ? load(wordSearch) : [], ...phraseSearches.map(load)]);
    const byUrl = new Map<string, ResultData>();
    for (const item of [...phraseLists.flat(), ...wordData]) if (!byUrl.has(item.url)) byUrl.set(item.url, item);
    const dated = [...byUrl.values()].filter((item) => item.meta?.date).sort((a, b) => b.meta!.date!.localeCompare(a.meta!.date!));
    const exactUrls = new Set([...phraseLists.flat().map((d) => d.url), ...wordData.filter(holds).map((d) => d.url)]);
    renderResults(dated, (item) => exactUrls.has(item.url), true);
    renderFilters((wordSearch ?? phraseSearches[0])?.filters ?? {}, state);
    status.textContent = dated.length === 0 ? `没有找到“${state.q}”。` : `“${state.q}”：按日期列出 ${dated.length} 条结果。`;
    document.documentElement.dataset.searchDone = state.q;
    return;
  }

  // The whole order from the indexes alone; page data load a page at a time.
  const byId = new Map<string, SearchResult>();
  for (const result of [...phraseSearches.flatMap((s) => s.results), ...(wordSearch?.results ?? [])]) if (!byId.has(result.id)) byId.set(result.id, result);
  const phraseIds = new Set(phraseSearches.flatMap((s) => s.results.map((r) => r.id)));
  const order = rankResults({ phraseUrls: [...phraseIds], wordUrls: (wordSearch?.results ?? []).map((r) => r.id) });
  const total = order.length;
  let shown = 0;
  // The entry whose term or alias the query is comes first, before any page data loads.
  const entry: ResultData | undefined = entryId ? { url: entryUrl!, excerpt: '', meta: { title: data.entries[entryId].term, kind: '词条' } } : undefined;

  const showPage = async (first: boolean) => {
    const ids = order.slice(shown, shown + PER_PAGE);
    shown += ids.length;
    const items = (await Promise.all(ids.map((id) => byId.get(id)!.data())))
      .map((item, i) => ({ item, exact: phraseIds.has(ids[i]) || holds(item), i }))
      .filter(({ item }) => item.url !== entryUrl);
    // Within a page: pages holding the phrase (Pagefind's quoted search may miss a few) before the rest, reports before entries.
    const isReport = (item: ResultData) => item.meta?.kind === '报告';
    const group = ({ item, exact }: { item: ResultData; exact: boolean }) => (exact ? (isReport(item) ? 0 : 1) : isReport(item) ? 2 : 3);
    const ranked = items.sort((a, b) => group(a) - group(b) || a.i - b.i);
    const exactItems = new Set(ranked.filter((x) => x.exact).map((x) => x.item));
    if (first && entry) exactItems.add(entry);
    renderResults([...(first && entry ? [entry] : []), ...ranked.map(({ item }) => item)], (item) => exactItems.has(item), first);
    if (more) {
      more.hidden = shown >= total;
      more.textContent = `显示更多结果（还有 ${total - shown} 条）`;
    }
  };
  await showPage(true);
  if (more) {
    more.onclick = async () => {
      more.disabled = true;
      await showPage(false);
      more.disabled = false;
      document.documentElement.dataset.searchMore = String(shown);
    };
  }
  renderFilters((wordSearch ?? phraseSearches[0])?.filters ?? {}, state);
  status.textContent = total === 0 ? `没有找到“${state.q}”。` : `“${state.q}”：${total} 条结果，其中 ${phraseIds.size} 条含完整词语${total > shown ? `；先列出 ${shown} 条` : ''}。`;
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
