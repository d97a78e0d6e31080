/** /sources/<slug>.txt: the verbatim source, byte for byte, as the ingest stored it. */
import { reportsToRender } from '../../build/report-pages.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPaths } from '../../lib/content-root.ts';
import { sourceStamp } from '../../build/cache-keys.ts';

export const getStaticPaths = (async () => {
  const entries = await reportsToRender();
  return entries.map((entry) => ({ params: { slug: entry.id }, cacheKey: sourceStamp(entry.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = contentPaths().source(params.slug!);
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (error) {
    throw new Error(`${file}: cannot read the verbatim source of report "${params.slug}" (${(error as Error).message})`);
  }
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
