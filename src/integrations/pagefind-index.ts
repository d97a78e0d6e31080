/**
 * Astro integration: index the built site for search (src/build/search-index.ts)
 * right after the pages are written. An indexing error fails the build. A
 * unit of a build in parts leaves it to the build, which indexes one unit
 * while the next renders (TIFA_SEARCH_INDEX=deferred, set by scripts/build.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../build/search-index.ts';

export interface PagefindIndexOptions {
  /** Pages per Pagefind index (shard); lower it on a machine with less memory. */
  pagesPerIndex?: number;
}

export function pagefindIndex({ pagesPerIndex }: PagefindIndexOptions = {}): AstroIntegration {
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
        if (process.env.TIFA_SEARCH_INDEX === 'deferred') {
          logger.info('search index left to the build in parts (scripts/build.ts)');
          return;
        }
        // `astro build --force` promises a full rebuild; the integration sees only the command line.
        const forced = process.argv.includes('--force');
        logger.info(await indexSite({ site: fileURLToPath(dir), cache, root, pagesPerIndex, forced }));
      },
    },
  };
}
