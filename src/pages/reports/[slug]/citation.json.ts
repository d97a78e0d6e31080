/** /reports/<slug>/citation.json: the CSL-JSON record (an array, as reference managers import it). */
import { reportsToRender } from '../../../build/report-pages.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cslJson } from '../../../lib/citation.ts';
import { cacheKey } from '../../../build/cache-keys.ts';

export const getStaticPaths = (async () => (await reportsToRender()).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data }, cacheKey: cacheKey(entry) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(`${JSON.stringify([cslJson({ slug: params.slug!, report: props.report, site: site?.href })], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
