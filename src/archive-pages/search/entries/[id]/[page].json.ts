/**
 * /search/entries/ID/PAGE.json: a glossary entry's reports for the search page
 * (src/search/entry-results.ts). The paths carry no data: an entry's pages
 * are built when its first page renders and kept until the next entry's, so
 * memory holds one entry's results, not every entry's.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { archiveIndex } from '../../../../glossary/archive-index.ts';
import { entryResultPageCount, entryResultPages } from '../../../../search/entry-results.ts';
import type { EntryResultsPage } from '../../../../search/entry-results-page.ts';
import type { Report } from '../../../../schemas/report.ts';

let catalogue: Promise<Map<string, Report>> | undefined;
const reports = () => (catalogue ??= getCollection('catalogue').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data]))));

export const getStaticPaths = (async () => {
  const { glossary, uses } = archiveIndex();
  return glossary.terms.flatMap((term) => Array.from({ length: entryResultPageCount(uses.reports(term.id)) }, (_, i) => ({ params: { id: term.id, page: String(i + 1) } })));
}) satisfies GetStaticPaths;

/** The pages of the entry rendered last (Astro renders an entry's paths one after another). */
let current: { id: string; pages: EntryResultsPage[] } | undefined;

export const GET: APIRoute = async ({ params }) => {
  const id = params.id!;
  if (current?.id !== id) {
    const known = await reports();
    current = { id, pages: entryResultPages(archiveIndex().uses.usesOf(id), (slug) => known.get(slug)) };
  }
  const page = current.pages[Number(params.page) - 1];
  return new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
