/**
 * The reports whose pages this build renders: the `reports` collection, or
 * none in the unit that renders only the archive-wide pages (which would
 * otherwise ask Astro for an empty collection, and be warned about it).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildUnit } from './build-unit.ts';

export async function reportsToRender(): Promise<CollectionEntry<'reports'>[]> {
  return buildUnit().kind === 'archive' ? [] : getCollection('reports');
}
