/**
 * Astro integration: index the built site with Pagefind (its Node API), right
 * after the pages are written. An indexing error fails the build.
 *
 * The pages carrying `data-pagefind-body` are split into shards of bounded
 * size (src/search/index-shards.ts), each indexed by a fresh Pagefind process
 * so that memory stays bounded however large the archive grows; the search
 * page merges the shards listed in `pagefind/shards.json`.
 *
 * Pagefind segments Chinese because every page is `<html lang="zh-CN">`;
 * `+` and `＋` are indexed as word characters so that formulas such as
 * 323+1 and 1+7+2+N stay one searchable word.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_PAGES_PER_INDEX, planIndexShards, shardDirectory, shardManifest, sortDateIn, type SearchablePage } from '../search/index-shards.ts';

export const PAGEFIND_CHARACTERS = '+＋';

export interface PagefindIndexOptions {
  /** Pages per Pagefind index (shard); lower it on a machine with less memory. */
  pagesPerIndex?: number;
}

/** Every built HTML page that asks to be indexed, with its sort date. */
export function searchablePages(site: string): SearchablePage[] {
  const pages: SearchablePage[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (html.includes('data-pagefind-body')) pages.push({ file: relative(site, path).split(sep).join('/'), date: sortDateIn(html) });
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

export function pagefindIndex({ pagesPerIndex = DEFAULT_PAGES_PER_INDEX }: PagefindIndexOptions = {}): AstroIntegration {
  return {
    name: 'tifa-pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const pages = searchablePages(site);
        if (pages.length === 0) throw new Error('no page was indexed: pages must carry data-pagefind-body');
        const shards = planIndexShards(pages, pagesPerIndex);
        try {
          for (const [n, shard] of shards.entries()) {
            await writeShard(pagefind, site, shard, join(site, shardDirectory(n)));
            if (n > 0) keepShardData(join(site, shardDirectory(n)));
            // A fresh indexer process per shard returns its memory to the system.
            await pagefind.close();
          }
        } finally {
          await pagefind.close();
        }
        writeFileSync(join(site, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards.length))}\n`);
        logger.info(`indexed ${pages.length} pages for search in ${shards.length} ${shards.length === 1 ? 'index' : 'shards'}`);
      },
    },
  };
}
