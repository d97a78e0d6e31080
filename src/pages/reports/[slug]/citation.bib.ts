/** /reports/<slug>/citation.bib: the BibTeX record. */
import { reportsToRender } from '../../../build/report-pages.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex } from '../../../lib/citation.ts';
import { cacheKey } from '../../../build/cache-keys.ts';

export const getStaticPaths = (async () => (await reportsToRender()).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data }, cacheKey: cacheKey(entry) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(bibtex({ slug: params.slug!, report: props.report, site: site?.href }), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
