/**
 * Astro integration: inject the archive-wide pages (src/archive-pages/) as
 * routes, unless this build unit renders only a slice of the reports.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { archivePageFiles, routePattern } from '../build/archive-pages.ts';
import { rendersArchivePages, type BuildUnit } from '../build/build-unit.ts';

export function archivePages(unit: BuildUnit): AstroIntegration {
  return {
    name: 'tifa-archive-pages',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        if (!rendersArchivePages(unit)) return;
        const dir = join(fileURLToPath(config.srcDir), 'archive-pages');
        for (const file of archivePageFiles(dir)) {
          injectRoute({ pattern: routePattern(file), entrypoint: pathToFileURL(join(dir, file)) });
        }
      },
    },
  };
}
