/**
 * Lists a folder's files in one fixed order, so that the manifest, the tar
 * archive and verify's report come out the same on every machine and in
 * every locale.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface Listing {
  /** Regular files: paths relative to the root, with forward slashes. */
  files: string[];
  /** Folders, empty ones too, relative, without a trailing slash. */
  directories: string[];
  /** Anything else (symbolic links, sockets, devices): an exact copy cannot carry them. */
  others: string[];
}

/**
 * Path order: segment by segment, by the bytes of their UTF-8 (as `LC_ALL=C
 * sort` would), so a folder comes right before what it holds.
 */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = Buffer.compare(Buffer.from(left[i], 'utf8'), Buffer.from(right[i], 'utf8'));
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** Every file and folder under root, each list sorted with comparePaths. */
export async function walk(root: string): Promise<Listing> {
  const listing: Listing = { files: [], directories: [], others: [] };
  async function visit(relative: string): Promise<void> {
    const entries = await readdir(relative === '' ? root : join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        listing.directories.push(path);
        await visit(path);
      } else if (entry.isFile()) {
        listing.files.push(path);
      } else {
        listing.others.push(path);
      }
    }
  }
  await visit('');
  listing.files.sort(comparePaths);
  listing.directories.sort(comparePaths);
  listing.others.sort(comparePaths);
  return listing;
}
