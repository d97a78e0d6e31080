/**
 * Astro integration: index the built site with Pagefind (its Node API), right
 * after the pages are written. An indexing error fails the build.
 *
 * The pages carrying `data-pagefind-body` are split into shards of bounded
 * size (src/search/index-shards.ts), each indexed by a fresh Pagefind process
 * so that memory stays bounded however large the archive grows; the search
 * page merges the shards listed in `pagefind/shards.json`. A shard whose
 * pages are byte-identical to a previous build's is copied from the cache
 * (`<cacheDir>/search-shards/`) instead of indexed again, unless the build
 * runs with `--force`.
 *
 * Pagefind segments Chinese because every page is `<html lang="zh-CN">`;
 * `+` and `＋` are indexed as word characters so that formulas such as
 * 323+1 and 1+7+2+N stay one searchable word.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  DEFAULT_PAGES_PER_INDEX,
  planIndexShards,
  shardDirectory,
  shardKey,
  shardManifest,
  sortDateIn,
  type SearchablePage,
} from '../search/index-shards.ts';

export const PAGEFIND_CHARACTERS = '+＋';

export interface PagefindIndexOptions {
  /** Pages per Pagefind index (shard); lower it on a machine with less memory. */
  pagesPerIndex?: number;
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

type Pagefind = typeof import('pagefind');

/** What a merged shard is read for; Pagefind also writes its scripts and UI, which only the first shard needs. */
const SHARD_DATA = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

function keepShardData(outputPath: string): void {
  for (const name of readdirSync(outputPath)) if (!SHARD_DATA.test(name)) rmSync(join(outputPath, name), { recursive: true });
}

async function writeShard(pagefind: Pagefind, site: string, pages: SearchablePage[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: PAGEFIND_CHARACTERS });
  if (!index || errors.length > 0) throw new Error(errors.join('; ') || 'Pagefind could not create an index');
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.file, content: readFileSync(join(site, page.file), 'utf8') });
    if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // The indexer runs as a separate process; if it dies (out of memory, say) no error may come back.
  if (!existsSync(join(outputPath, 'pagefind-entry.json'))) {
    throw new Error(`Pagefind reported success but wrote no index in ${outputPath} (its process may have run out of memory; lower pagesPerIndex)`);
  }
}

/** The indexer's version and settings, as far as they decide its output. */
function toolchainStamp(root: string): string {
  const lock = join(root, 'package-lock.json');
  return JSON.stringify([PAGEFIND_CHARACTERS, existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : 'no lock file']);
}

/** Keep a copy of a finished shard under its key; written aside and renamed, so a copy is whole or absent. */
function storeShard(cache: string, key: string, outputPath: string): void {
  const partial = join(cache, `${key}.partial`);
  rmSync(partial, { recursive: true, force: true });
  cpSync(outputPath, partial, { recursive: true });
  rmSync(join(cache, key), { recursive: true, force: true });
  renameSync(partial, join(cache, key));
}

export function pagefindIndex({ pagesPerIndex = DEFAULT_PAGES_PER_INDEX }: PagefindIndexOptions = {}): AstroIntegration {
  let cache = '';
  let root = '';
  return {
    name: 'tifa-pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'search-shards');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const pages = searchablePages(site);
        if (pages.length === 0) throw new Error('no page was indexed: pages must carry data-pagefind-body');
        const shards = planIndexShards(pages, pagesPerIndex);
        const toolchain = toolchainStamp(root);
        const used = new Set<string>();
        // `astro build --force` promises a full rebuild; the integration sees only the command line.
        const forced = process.argv.includes('--force');
        let reused = 0;
        mkdirSync(cache, { recursive: true });
        try {
          for (const [n, shard] of shards.entries()) {
            const outputPath = join(site, shardDirectory(n));
            const key = shardKey(shard, n === 0, toolchain);
            used.add(key);
            if (!forced && existsSync(join(cache, key, 'pagefind-entry.json'))) {
              cpSync(join(cache, key), outputPath, { recursive: true });
              reused++;
              continue;
            }
            await writeShard(pagefind, site, shard, outputPath);
            // A fresh indexer process per shard returns its memory to the system.
            await pagefind.close();
            if (n > 0) keepShardData(outputPath);
            storeShard(cache, key, outputPath);
          }
        } finally {
          await pagefind.close();
        }
        for (const name of readdirSync(cache)) if (!used.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
        writeFileSync(join(site, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards.length))}\n`);
        const count = shards.length === 1 ? 'one index' : `${shards.length} shards`;
        logger.info(`indexed ${pages.length} pages for search in ${count}${reused > 0 ? `, ${reused} unchanged and reused` : ''}`);
      },
    },
  };
}
