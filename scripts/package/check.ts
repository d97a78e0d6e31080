/**
 * The file-system side of npm run verify: compares a bag, or a deployed copy
 * of its data/ folder, with the SHA-256 manifest, and says what differs. It
 * collects problems rather than stopping at the first, so one run lists
 * everything to fix.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BAG_INFO, BAGIT, checkBagitTxt, parseManifest, parseOxum, parseTagFile, PAYLOAD_MANIFEST, TAG_MANIFEST, type ManifestEntry } from './bagit.ts';
import { PackageError } from './errors.ts';
import { walk } from './walk.ts';

export interface CheckReport {
  /** Payload files listed in the manifest and compared. */
  checked: number;
  /** One line each, without the `verify: ` prefix. */
  problems: string[];
}

type Found = { kind: 'file'; sha256: string } | { kind: 'missing' } | { kind: 'folder' };

async function look(path: string): Promise<Found> {
  try {
    return { kind: 'file', sha256: createHash('sha256').update(await readFile(path)).digest('hex') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'folder' };
    throw error;
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Compare files under root with manifest entries; `shown` is the name a
 * problem line gives the file (the path relative to the folder checked).
 */
async function compare(root: string, entries: readonly { path: string; sha256: string; shown: string }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of entries) {
    const found = await look(join(root, ...entry.path.split('/')));
    if (found.kind === 'missing') problems.push(`missing ${entry.shown}`);
    else if (found.kind === 'folder') problems.push(`missing ${entry.shown} (a folder of that name is there instead)`);
    else if (found.sha256 !== entry.sha256) problems.push(`changed ${entry.shown} (expected sha256 ${entry.sha256}, found ${found.sha256})`);
  }
  return problems;
}

/** Files under root (and links and the like: a copy should hold none) that no entry names. */
async function extras(root: string, listed: ReadonlySet<string>, shownPrefix: string): Promise<{ problems: string[]; files: string[] }> {
  const listing = await walk(root);
  const problems = [...listing.files, ...listing.others]
    .filter((path) => !listed.has(path))
    .map((path) => `extra file ${shownPrefix}${path} not in the manifest`);
  return { problems, files: listing.files };
}

/** Throws unless dir is a folder, with the fix (a .tar is to be unpacked first). */
export async function checkFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new PackageError('no such folder', dir, 'check the path; give the bag (package/tifa-site) or the folder the site was copied to');
  if (!info.isDirectory()) {
    const fix = dir.endsWith('.tar') ? `unpack it first (tar -xf ${dir}) and verify the tifa-site folder it holds` : 'give the folder to check';
    throw new PackageError('is a file, not a folder', dir, fix);
  }
}

/** Payload entries (under data/) of a manifest, with problems for the lines that are not. */
function payloadEntries(entries: ManifestEntry[], name: string): { payload: ManifestEntry[]; problems: string[] } {
  const payload = entries.filter((entry) => entry.path.startsWith('data/'));
  const problems = entries.filter((entry) => !entry.path.startsWith('data/')).map((entry) => `${name} lists ${entry.path}, which is not under data/`);
  return { payload, problems };
}

/** Whether dir is a bag (holds bagit.txt). */
export async function isBag(dir: string): Promise<boolean> {
  return (await stat(join(dir, BAGIT)).catch(() => undefined))?.isFile() === true;
}

/** Check a bag: bagit.txt, the tag manifest, every payload file, Payload-Oxum, and no unlisted file in data/. */
export async function verifyBag(dir: string): Promise<CheckReport> {
  await checkFolder(dir);
  const problems: string[] = [];
  const bagit = await readText(join(dir, BAGIT));
  if (bagit === undefined) problems.push(`missing ${BAGIT}`);
  else problems.push(...checkBagitTxt(bagit));

  const tagManifest = await readText(join(dir, TAG_MANIFEST));
  if (tagManifest === undefined) {
    problems.push(`missing ${TAG_MANIFEST}`);
  } else {
    const parsed = parseManifest(tagManifest, TAG_MANIFEST);
    problems.push(...parsed.problems);
    const payload = parsed.entries.filter((entry) => entry.path.startsWith('data/'));
    problems.push(...payload.map((entry) => `${TAG_MANIFEST} lists ${entry.path}, a payload file, not a tag file`));
    const tags = parsed.entries.filter((entry) => !entry.path.startsWith('data/'));
    problems.push(...(await compare(dir, tags.map((entry) => ({ ...entry, shown: entry.path })))));
  }

  const manifest = await readText(join(dir, PAYLOAD_MANIFEST));
  if (manifest === undefined) {
    problems.push(`missing ${PAYLOAD_MANIFEST}, so the payload cannot be checked (this checks SHA-256 bags, as npm run package writes them)`);
    return { checked: 0, problems };
  }
  const parsed = parseManifest(manifest, PAYLOAD_MANIFEST);
  const { payload, problems: outside } = payloadEntries(parsed.entries, PAYLOAD_MANIFEST);
  problems.push(...parsed.problems, ...outside);
  problems.push(...(await compare(dir, payload.map((entry) => ({ ...entry, shown: entry.path })))));

  const data = join(dir, 'data');
  if (!(await stat(data).catch(() => undefined))?.isDirectory()) {
    problems.push('missing data/ (the folder with the site)');
    return { checked: payload.length, problems };
  }
  const listed = new Set(payload.map((entry) => entry.path.slice('data/'.length)));
  const extra = await extras(data, listed, 'data/');
  problems.push(...extra.problems);

  const info = await readText(join(dir, BAG_INFO));
  if (info !== undefined) {
    const { fields, problems: infoProblems } = parseTagFile(info, BAG_INFO);
    problems.push(...infoProblems);
    const oxumText = fields.find(([label]) => label === 'Payload-Oxum')?.[1];
    if (oxumText !== undefined) {
      const oxum = parseOxum(oxumText);
      let bytes = 0;
      for (const file of extra.files) bytes += (await stat(join(data, ...file.split('/')))).size;
      if (!oxum) problems.push(`${BAG_INFO}: Payload-Oxum is "${oxumText}", not "<bytes>.<files>"`);
      else if (oxum.bytes !== bytes || oxum.files !== extra.files.length) {
        problems.push(`${BAG_INFO}: Payload-Oxum says ${oxum.bytes} bytes in ${oxum.files} files, but data/ holds ${bytes} bytes in ${extra.files.length} files`);
      }
    }
  }
  return { checked: payload.length, problems };
}

/**
 * Check a deployed copy of the site (the contents of a bag's data/) against
 * the bag's manifest-sha256.txt: `data/x` in the manifest is `x` in dir.
 */
export async function verifyCopy(dir: string, manifestPath: string): Promise<CheckReport> {
  await checkFolder(dir);
  const manifest = await readText(manifestPath).catch((error: NodeJS.ErrnoException) => {
    throw new PackageError(error.code === 'EISDIR' ? 'is a folder, not a manifest file' : error.message, manifestPath, 'give the bag\'s manifest-sha256.txt');
  });
  if (manifest === undefined) throw new PackageError('no such file', manifestPath, 'give the bag\'s manifest: --manifest package/tifa-site/manifest-sha256.txt');
  const parsed = parseManifest(manifest, manifestPath);
  const { payload, problems: outside } = payloadEntries(parsed.entries, manifestPath);
  const problems = [...parsed.problems, ...outside];
  const stripped = payload.map((entry) => {
    const path = entry.path.slice('data/'.length);
    return { path, sha256: entry.sha256, shown: path };
  });
  problems.push(...(await compare(dir, stripped)));
  problems.push(...(await extras(dir, new Set(stripped.map((entry) => entry.path)), '')).problems);
  return { checked: payload.length, problems };
}
