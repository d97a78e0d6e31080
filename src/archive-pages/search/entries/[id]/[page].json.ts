/** /search/entries/ID/PAGE.json: a glossary entry's reports for the search page (src/search/entry-results.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { archiveIndex } from '../../../../glossary/archive-index.ts';
import { entryResultPages } from '../../../../search/entry-results.ts';
import type { EntryResultsPage } from '../../../../search/entry-results-page.ts';

export const getStaticPaths = (async () => {
  const { glossary, usesByTerm } = archiveIndex();
  const reports = new Map((await getCollection('catalogue')).map((entry) => [entry.id, entry.data]));
  return glossary.terms.flatMap((term) =>
    entryResultPages(usesByTerm.get(term.id) ?? [], (slug) => reports.get(slug)).map((page) => ({ params: { id: term.id, page: String(page.page) }, props: { page } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { page: EntryResultsPage }).page), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
