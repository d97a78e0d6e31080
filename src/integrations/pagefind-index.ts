/**
 * Astro integration: index the built site with Pagefind (its Node API), right
 * after the pages are written. An indexing error fails the build.
 *
 * Pagefind segments Chinese because every page is `<html lang="zh-CN">`;
 * `+` and `＋` are indexed as word characters so that formulas such as
 * 323+1 and 1+7+2+N stay one searchable word.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const PAGEFIND_CHARACTERS = '+＋';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'tifa-pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ includeCharacters: PAGEFIND_CHARACTERS });
          if (!index || errors.length > 0) throw new Error(errors.join('; ') || 'Pagefind could not create an index');
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          if (added.page_count === 0) throw new Error('no page was indexed: pages must carry data-pagefind-body');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          // The indexer runs as a separate process; if it dies (out of memory, say) no error may come back.
          if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) {
            throw new Error('Pagefind reported success but wrote no index (its process may have run out of memory); the search would not work');
          }
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
