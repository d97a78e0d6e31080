/**
 * Index a built site for search with Pagefind (its Node API), as a build's
 * last step: by the Astro integration (src/integrations/pagefind-index.ts)
 * at the end of a whole build, or by the build in parts for each unit's
 * pages while the next unit renders (scripts/build.ts).
 *
 * The pages carrying `data-pagefind-body` are split into shards of bounded
 * size (src/search/index-shards.ts), each indexed by its own Pagefind process
 * (src/build/pagefind-shard.ts, two at a time when memory allows), so
 * that memory stays bounded however large the archive grows; the search
 * page merges the shards listed in `pagefind/shards.json`. A shard whose
 * pages are byte-identical to a previous build's is copied from the cache
 * instead of indexed again, unless the build is forced.
 *
 * Pagefind segments Chinese because every page is `<html lang="zh-CN">`;
 * `+` and `＋` are indexed as word characters so that formulas such as
 * 323+1 and 1+7+2+N stay one searchable word.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  DEFAULT_PAGES_PER_INDEX,
  planIndexShards,
  shardDirectory,
  shardKey,
  shardManifest,
  sortDateIn,
  type SearchablePage,
} from '../search/index-shards.ts';
import { PAGEFIND_CHARACTERS, writeShardInWorker, type ShardJob } from './pagefind-shard.ts';

/** Memory Pagefind's writing step needs per page of a shard (3.4 GB per 1,000 reports measured, with a margin). */
const INDEXER_BYTES_PER_PAGE = 4 * 1024 * 1024;

/** Memory left to everything else while the indexers run (there may be no swap to fall back on). */
const MEMORY_MARGIN = 2 * 1024 ** 3;

/** Shards indexed at once: one indexer per core, at most two, and only as many as available memory holds. */
function lanes(pagesPerShard: number): number {
  const fit = Math.floor((freemem() - MEMORY_MARGIN) / (pagesPerShard * INDEXER_BYTES_PER_PAGE));
  return Math.max(1, Math.min(2, availableParallelism(), fit));
}

/** Every built HTML page that asks to be indexed, with its sort date and digest. */
export function searchablePages(site: string): SearchablePage[] {
  const pages: SearchablePage[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        const digest = createHash('sha256').update(html).digest('hex');
        pages.push({ file: relative(site, path).split(sep).join('/'), date: sortDateIn(html), digest });
      }
    }
  };
  walk(site);
  return pages;
}

/** The indexer's version and settings, as far as they decide its output. */
function toolchainStamp(root: string): string {
  const lock = join(root, 'package-lock.json');
  return JSON.stringify([PAGEFIND_CHARACTERS, existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : 'no lock file']);
}

/**
 * Keep a copy of a finished shard under its key (the first shard's folder
 * also holds the others, which are left out); written aside and renamed, so
 * a copy is whole or absent.
 */
function storeShard(cache: string, key: string, outputPath: string): void {
  const partial = join(cache, `${key}.partial`);
  rmSync(partial, { recursive: true, force: true });
  const nested = join(outputPath, 'shards');
  cpSync(outputPath, partial, { recursive: true, filter: (path) => path !== nested && !path.startsWith(`${nested}${sep}`) });
  rmSync(join(cache, key), { recursive: true, force: true });
  renameSync(partial, join(cache, key));
}

/** Pages per search-index shard as set for this build (TIFA_SEARCH_PAGES_PER_INDEX), else the default. */
export function pagesPerIndexSetting(value = process.env.TIFA_SEARCH_PAGES_PER_INDEX): number | undefined {
  return value ? Number(value) : undefined;
}

export interface SearchIndexJob {
  /** The built site's folder. */
  site: string;
  /** Where finished shards are kept for later builds. */
  cache: string;
  /** The project root (its lock file decides the indexer's version). */
  root: string;
  pagesPerIndex?: number;
  /** Index every shard again, as `astro build --force` asks. */
  forced?: boolean;
}

/** Index the site's searchable pages; one line saying what was done. An indexing error rejects. */
export async function indexSite({ site, cache, root, pagesPerIndex = DEFAULT_PAGES_PER_INDEX, forced = false }: SearchIndexJob): Promise<string> {
  const started = performance.now();
  const pages = searchablePages(site);
  if (pages.length === 0) throw new Error('no page was indexed: pages must carry data-pagefind-body');
  const shards = planIndexShards(pages, pagesPerIndex);
  const toolchain = toolchainStamp(root);
  const used = new Set<string>();
  const jobs: (ShardJob & { key: string })[] = [];
  mkdirSync(cache, { recursive: true });
  for (const [n, shard] of shards.entries()) {
    const outputPath = join(site, shardDirectory(n));
    const key = shardKey(shard, n === 0, toolchain);
    used.add(key);
    if (!forced && existsSync(join(cache, key, 'pagefind-entry.json'))) cpSync(join(cache, key), outputPath, { recursive: true });
    else jobs.push({ site, pages: shard, outputPath, dataOnly: n > 0, key });
  }
  const queue = [...jobs];
  const lane = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await writeShardInWorker(job);
      storeShard(cache, job.key, job.outputPath);
    }
  };
  const largest = Math.max(0, ...jobs.map((job) => job.pages.length));
  const parallel = Math.min(lanes(largest), jobs.length);
  await Promise.all(Array.from({ length: parallel }, lane));
  const reused = shards.length - jobs.length;
  for (const name of readdirSync(cache)) if (!used.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
  writeFileSync(join(site, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards.length))}\n`);
  const count = shards.length === 1 ? 'one index' : `${shards.length} shards`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const reuse = reused > 0 ? `, ${reused} unchanged and reused` : '';
  return `indexed ${pages.length} pages for search in ${count}${reuse}, ${parallel} at a time (${seconds} s)`;
}
