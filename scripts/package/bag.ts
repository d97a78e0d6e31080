/**
 * The file-system side of npm run package: copies the built site into a
 * BagIt bag, writes its tag files, and archives the bag as tar. All of it is
 * built in a temporary folder beside the target and renamed into place at
 * the end, so a failed run leaves the previous package whole and no
 * half-written one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { BAG_INFO, BAGIT, BAGIT_TXT, bagInfoText, manifestText, PAYLOAD_MANIFEST, TAG_MANIFEST, type ManifestEntry } from './bagit.ts';
import { PackageError } from './errors.ts';
import { ustarChunks, type TarEntry } from './tar.ts';
import { comparePaths, walk } from './walk.ts';

export const BAG_NAME = 'tifa-site';

export interface PackageOptions {
  /** The built site (dist/). */
  dist: string;
  /** Where tifa-site/ and tifa-site.tar go. */
  out: string;
  /** YYYY-MM-DD for Bagging-Date, or undefined to leave it out. */
  date?: string;
}

export interface PackageResult {
  /** Payload files and their total size. */
  files: number;
  bytes: number;
  bagDir: string;
  tarPath: string;
  /** SHA-256 of the tar file. */
  tarSha256: string;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function inside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** Copy dist/ into bag/data/ and write the tag files; returns the payload's size. */
export async function writeBag(dist: string, bag: string, date: string | undefined): Promise<{ files: number; bytes: number }> {
  const listing = await walk(dist);
  if (listing.others.length > 0) {
    throw new PackageError(
      'not a regular file or folder (a symbolic link?), so the bag cannot hold an exact copy of it',
      join(dist, listing.others[0]),
      'replace it with the file itself, or leave it out of the build',
    );
  }
  const data = join(bag, 'data');
  await mkdir(data, { recursive: true });
  for (const directory of listing.directories) await mkdir(join(data, directory), { recursive: true });
  const entries: ManifestEntry[] = [];
  let bytes = 0;
  for (const file of listing.files) {
    const content = await readFile(join(dist, file));
    await writeFile(join(data, file), content);
    entries.push({ path: `data/${file}`, sha256: sha256(content) });
    bytes += content.length;
  }
  const tagFiles: [string, string][] = [
    [BAGIT, BAGIT_TXT],
    [BAG_INFO, bagInfoText({ bytes, files: entries.length, date })],
    [PAYLOAD_MANIFEST, manifestText(entries)],
  ];
  for (const [name, text] of tagFiles) await writeFile(join(bag, name), text);
  await writeFile(join(bag, TAG_MANIFEST), manifestText(tagFiles.map(([path, text]) => ({ path, sha256: sha256(text) }))));
  return { files: entries.length, bytes };
}

/** The tar entries of a folder, its own entry first, everything named `<name>/…`, in path order. */
export async function tarEntries(folder: string, name: string): Promise<Iterable<TarEntry>> {
  const listing = await walk(folder);
  if (listing.others.length > 0) throw new PackageError('not a regular file or folder', join(folder, listing.others[0]), 'remove it and package again');
  const paths = [
    ...listing.directories.map((path) => ({ path, directory: true })),
    ...listing.files.map((path) => ({ path, directory: false })),
  ].sort((a, b) => comparePaths(a.path, b.path));
  return (function* () {
    yield { type: 'directory', path: `${name}/` } satisfies TarEntry;
    for (const { path, directory } of paths) {
      if (directory) yield { type: 'directory', path: `${name}/${path}/` } satisfies TarEntry;
      else yield { type: 'file', path: `${name}/${path}`, data: readFileSync(join(folder, path)) } satisfies TarEntry;
    }
  })();
}

/** Write folder as `<name>/…` into a tar file; returns the file's SHA-256. */
export async function writeTar(folder: string, name: string, tarPath: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(tarPath, 'w');
  try {
    for (const chunk of ustarChunks(await tarEntries(folder, name))) {
      hash.update(chunk);
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** Build the bag and the tar beside out/, then move both into place. */
export async function packageSite(options: PackageOptions): Promise<PackageResult> {
  const dist = resolve(options.dist);
  const out = resolve(options.out);
  const index = await stat(join(dist, 'index.html')).catch(() => undefined);
  if (!index?.isFile()) throw new PackageError('not found, so the site has not been built', join(options.dist, 'index.html'), 'build first: npm run build');
  if (inside(dist, out)) throw new PackageError('the output folder is inside the built site', options.out, `choose an --out folder outside ${options.dist}`);
  if (inside(out, dist)) throw new PackageError('the built site is inside the output folder', options.dist, `choose an --out folder that does not hold ${options.dist}`);

  await mkdir(out, { recursive: true });
  const temporary = await mkdtemp(join(out, `.${BAG_NAME}-`));
  const bagDir = join(out, BAG_NAME);
  const tarPath = join(out, `${BAG_NAME}.tar`);
  try {
    const newBag = join(temporary, BAG_NAME);
    const newTar = join(temporary, `${BAG_NAME}.tar`);
    const { files, bytes } = await writeBag(dist, newBag, options.date);
    const tarSha256 = await writeTar(newBag, BAG_NAME, newTar);
    // Swap: the previous bag goes into the temporary folder (removed below), the new one takes its place.
    const previous = join(temporary, 'previous');
    const hadPrevious = (await stat(bagDir).catch(() => undefined)) !== undefined;
    if (hadPrevious) await rename(bagDir, previous);
    try {
      await rename(newBag, bagDir);
    } catch (error) {
      if (hadPrevious) await rename(previous, bagDir);
      throw error;
    }
    await rename(newTar, tarPath);
    return { files, bytes, bagDir, tarPath, tarSha256 };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}
