/** /sitemap.xml, written only when the archive's address is configured (TIFA_SITE_URL): a sitemap needs absolute URLs. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { archiveIndex } from '../glossary/archive-index.ts';
import { sitemap } from '../lib/exports.ts';
import { paths } from '../lib/links.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const reports = (await getCollection('catalogue')).map((e) => paths.report(e.id));
  const terms = archiveIndex().glossary.terms.map((t) => paths.glossaryTerm(t.id));
  const pages = [paths.home(), paths.reports(), paths.glossary(), paths.browse(), paths.about(), ...reports, ...terms];
  return new Response(sitemap(pages, site!.href), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
