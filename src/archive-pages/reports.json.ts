/**
 * /reports.json: every report's frontmatter as parsed, newest first, with
 * its page and source-text paths relative to the site root. No timestamp,
 * so the same content always builds the same file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { catalogue } from '../lib/catalogue.ts';

export const GET: APIRoute = async () => {
  const entries = await getCollection('catalogue');
  return new Response(`${JSON.stringify(catalogue(entries), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
