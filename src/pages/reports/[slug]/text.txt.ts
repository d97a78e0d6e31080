/** /reports/<slug>/text.txt: the body as clean text, one block per paragraph, no markup or metadata. */
import { reportsToRender } from '../../../build/report-pages.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { bodyBlocks } from '../../../text/report-mdx.ts';
import { cacheKey } from '../../../build/cache-keys.ts';

export const getStaticPaths = (async () => (await reportsToRender()).map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: cacheKey(entry) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: { data: { title: string }; body?: string } };
  const text = [entry.data.title, ...bodyBlocks(entry.body ?? '').map((b) => b.text)].join('\n\n');
  return new Response(`${text}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
