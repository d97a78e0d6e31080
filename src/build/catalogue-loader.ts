/**
 * The `catalogue` collection's loader: every report's frontmatter, and
 * nothing of its body. The archive-wide pages (listings, facets, exports,
 * glossary labels) need only this, and a body would make Astro bundle the
 * report's MDX module: the unit that renders the archive-wide pages
 * (src/build/build-unit.ts) holds the whole catalogue at the cost of the
 * YAML alone, and renders no report.
 *
 * Entries are read as Astro's glob loader reads the `reports` collection
 * (same id, same YAML reading, same digest of the file), so a catalogue
 * entry and a report entry of one file are interchangeable in cache keys.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { splitFrontmatter } from '../text/report-mdx.ts';
import { reportIdFromFile, REPORT_FILE } from './build-unit.ts';

/** The .mdx files under `dir`, relative to it, in a stable order. */
export async function reportFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return found.filter((name) => REPORT_FILE.test(name)).map((name) => name.split('\\').join('/')).sort();
}

/** A report's frontmatter as the MDX integration reads it (js-yaml's default schema); `file` names it in errors. */
export function frontmatterOf(file: string, text: string): Record<string, unknown> {
  const { yaml: source } = splitFrontmatter(text);
  if (source === undefined) throw new Error(`${file}: has no frontmatter; a report starts with its metadata between --- lines (re-ingest it with npm run ingest)`);
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const line = mark ? `:${mark.line + 2}` : '';
    throw new Error(`${file}${line}: the frontmatter is not valid YAML (${(error as { reason?: string }).reason ?? (error as Error).message}); fix the line or re-ingest the report`);
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Every report's metadata from `base` (relative to the project root), validated by the collection's schema. */
export function catalogueLoader(base: string): Loader {
  return {
    name: 'tifa-catalogue',
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const untouched = new Set(store.keys());
      for (const name of await reportFiles(dir)) {
        const path = join(dir, name);
        const text = await readFile(path, 'utf8');
        const id = reportIdFromFile(name);
        untouched.delete(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const filePath = relative(root, path).split('\\').join('/');
        const data = await parseData({ id, data: frontmatterOf(filePath, text), filePath: path });
        store.set({ id, data, digest, filePath });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}
