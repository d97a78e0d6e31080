/** /datapackage.json: a Frictionless Data Package describing the archive's data files. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../lib/exports.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
