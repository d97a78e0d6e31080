/**
 * Where Astro keeps its caches (parsed content, the search-index shards).
 *
 * Astro re-parses a content entry only when the entry's file or the text of
 * src/content.config.ts changes (astro/dist/content/utils.js digests that
 * file alone), not when a schema it imports changes: after a schema change,
 * cached entries would lack the new fields' defaults. Naming the cache
 * folder by a digest of the schema sources starts a fresh store whenever a
 * schema changes; the folders of earlier schemas are removed. Each unit of
 * a build in parts (src/build/build-unit.ts) has a folder of its own, and
 * so does each content folder other than `content` (TIFA_CONTENT): Astro
 * keeps an entry whose text is unchanged with the file path it was first
 * read from, so an archive built from a copy of another (as the tests and
 * the bench do) would otherwise point at the other's files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_ROOT } from '../lib/content-root.ts';

const CACHE_ROOT = 'node_modules/.astro';

/** The cache folder of this schema, content folder and build unit (a whole build of `content` has the schema's folder itself). */
export function contentCacheDir(unit: string, root = '.', contentRoot = CONTENT_ROOT): string {
  const hash = createHash('sha256');
  const schemas = join(root, 'src/schemas');
  for (const name of readdirSync(schemas).sort()) hash.update(name).update(readFileSync(join(schemas, name)));
  hash.update(readFileSync(join(root, 'src/content.config.ts')));
  // (The folders' layout: a cache from before content folders had their own holds other folders' paths.)
  hash.update('layout 2: a folder per content root');
  const name = `schemas-${hash.digest('hex').slice(0, 12)}`;
  const parent = join(root, CACHE_ROOT);
  if (existsSync(parent)) {
    for (const other of readdirSync(parent)) if (other.startsWith('schemas-') && other !== name) rmSync(join(parent, other), { recursive: true, force: true });
  }
  const content = resolve(root, contentRoot) === resolve(root, 'content') ? '' : `content-${createHash('sha256').update(resolve(root, contentRoot)).digest('hex').slice(0, 12)}/`;
  return unit === 'whole' ? `./${CACHE_ROOT}/${name}/${content}` : `./${CACHE_ROOT}/${name}/${content}units/${unit}/`;
}
