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

/** The source SHA-256 a report's frontmatter records; empty when it cannot be read (the site's check names that file). */
function sourceDigestOf(mdx: string): string {
  const sha = (frontmatterData(mdx)?.provenance as { sha256?: unknown } | undefined)?.sha256;
  return typeof sha === 'string' ? sha : '';
}

/** slug → source SHA-256 of every report already in the archive. */
export async function existingSlugs(folders: ContentFolders): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  let names: string[] = [];
  try {
    names = await readdir(folders.reports);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
    slugs.set(name.slice(0, -'.mdx'.length), sourceDigestOf(await readFile(join(folders.reports, name), 'utf8')));
  }
  return slugs;
}

export async function writeReport(
  folders: ContentFolders,
  slug: string,
  mdx: string,
  sourceBytes: Uint8Array,
  force: boolean,
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
  await writeAtomic(mdxPath, mdx);
  return 'written';
}
