/** /reports/<slug>/report.mdx: the report's MDX file exactly as the archive keeps it. */
import { reportsToRender } from '../../../build/report-pages.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPaths } from '../../../lib/content-root.ts';
import { cacheKey } from '../../../build/cache-keys.ts';

export const getStaticPaths = (async () => (await reportsToRender()).map((entry) => ({ params: { slug: entry.id }, cacheKey: cacheKey(entry) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(resolve(contentPaths().report(params.slug!))), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
