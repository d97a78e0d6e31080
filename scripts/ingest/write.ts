/**
 * Step 8, write: the verbatim source and the MDX page, each atomically
 * (a temporary file renamed into place), never over a hand-edited page
 * unless forced.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { frontmatterData } from '../../src/text/report-mdx.ts';
import { isUntouched } from './render.ts';

export type WriteOutcome = 'written' | 'unchanged' | 'kept-hand-edited';

export interface ContentFolders {
  reports: string;
  sources: string;
}

export function contentFolders(root: string): ContentFolders {
  return { reports: join(root, 'reports'), sources: join(root, 'sources') };
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** What the archive already holds, by slug: the source's SHA-256 and the digest of its text as words. */
export interface ArchivedSources {
  /** slug → source SHA-256. */
  slugs: Map<string, string>;
  /** text digest → slug: the same text under another name or layout. */
  texts: Map<string, string>;
}

/** slug → source SHA-256 of every report already in the archive. */
export async function existingSlugs(folders: ContentFolders): Promise<Map<string, string>> {
  return (await archivedSources(folders)).slugs;
}

export async function archivedSources(folders: ContentFolders): Promise<ArchivedSources> {
  const slugs = new Map<string, string>();
  const texts = new Map<string, string>();
  let names: string[] = [];
  try {
    names = await readdir(folders.reports);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
    const slug = name.slice(0, -'.mdx'.length);
    const provenance = (frontmatterData(await readFile(join(folders.reports, name), 'utf8'))?.provenance ?? {}) as { sha256?: unknown; textDigest?: unknown };
    slugs.set(slug, typeof provenance.sha256 === 'string' ? provenance.sha256 : '');
    if (typeof provenance.textDigest === 'string') texts.set(provenance.textDigest, slug);
  }
  return { slugs, texts };
}

export async function writeReport(
  folders: ContentFolders,
  slug: string,
  mdx: string,
  sourceBytes: Uint8Array,
  force: boolean,
  original?: { format: string; bytes: Uint8Array },
): Promise<WriteOutcome> {
  const mdxPath = join(folders.reports, `${slug}.mdx`);
  const sourcePath = join(folders.sources, `${slug}.txt`);
  const [existingMdx, existingSource] = await Promise.all([readIfExists(mdxPath), readIfExists(sourcePath)]);
  const sameSource = existingSource !== undefined && Buffer.compare(existingSource, sourceBytes) === 0;
  if (existingMdx !== undefined && existingMdx.toString('utf8') === mdx && sameSource) return 'unchanged';
  if (existingMdx !== undefined && !force && !isUntouched(existingMdx.toString('utf8'))) return 'kept-hand-edited';
  await mkdir(folders.reports, { recursive: true });
  await mkdir(folders.sources, { recursive: true });
  if (!sameSource) await writeAtomic(sourcePath, sourceBytes);
  if (original) await writeAtomic(join(folders.sources, `${slug}.${original.format}`), original.bytes);
  await writeAtomic(mdxPath, mdx);
  return 'written';
}
