/** /search-data.json: glossary forms and a traditional → simplified table for the search page. */
import type { APIRoute } from 'astro';
import { archiveIndex } from '../glossary/archive-index.ts';
import { buildSearchData } from '../search/search-data.ts';

export const GET: APIRoute = () => {
  const { glossary, reports } = archiveIndex();
  const text = reports.flatMap((r) => r.blocks.map((b) => b.text)).join('');
  return new Response(JSON.stringify(buildSearchData(glossary.terms, text)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
