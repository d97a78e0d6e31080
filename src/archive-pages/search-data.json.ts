/** /search-data.json: glossary forms and a traditional → simplified table for the search page. */
import type { APIRoute } from 'astro';
import { archiveIndex } from '../glossary/archive-index.ts';
import { buildSearchData } from '../search/search-data.ts';

export const GET: APIRoute = () => {
  const { glossary } = archiveIndex();
  return new Response(JSON.stringify(buildSearchData(glossary.terms)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
