/** /sources/<slug>.docx: the Word file a report's source text was extracted from, byte for byte, for the reports that came as one. */
import { reportsToRender } from '../../build/report-pages.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { contentPaths } from '../../lib/content-root.ts';

export const getStaticPaths = (async () => {
  const entries = await reportsToRender();
  return entries
    .filter((entry) => entry.data.provenance.original?.format === 'docx')
    .map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: entry.data.provenance.original!.sha256 }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'reports'> }> = ({ props }) => {
  const { entry } = props;
  const file = contentPaths().original(entry.id, 'docx');
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (error) {
    throw new Error(`${file}: cannot read the Word original of report "${entry.id}" (${(error as Error).message}); ingest the report again with its original`);
  }
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
