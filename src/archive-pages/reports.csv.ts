/** /reports.csv: the catalogue as a table, UTF-8 with a BOM for spreadsheet programs. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { reportsCsv } from '../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(reportsCsv(await getCollection('catalogue')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
