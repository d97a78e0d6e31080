/** /feed.xml: an Atom feed of the reports, newest first. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await getCollection('catalogue'), site?.href), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
