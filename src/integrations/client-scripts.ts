/**
 * Astro integration: the browser's scripts (src/build/client-scripts.ts),
 * written into the built site, and bundled on request by the dev server.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleClientScript, isClientScript, writeClientScripts } from '../build/client-scripts.ts';

export function clientScripts(): AstroIntegration {
  return {
    name: 'tifa-client-scripts',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = /^\/scripts\/([a-z-]+)\.js$/.exec(request.url?.split('?')[0] ?? '')?.[1];
          if (!name || !isClientScript(name)) return next();
          bundleClientScript(name).then(
            (code) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(code),
            (error: Error) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        await writeClientScripts(fileURLToPath(dir));
      },
    },
  };
}
