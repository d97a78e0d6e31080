import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageSite } from '../../scripts/package/bag.ts';
import {
  BAGIT_TXT,
  baggingDate,
  checkBagitTxt,
  decodeManifestPath,
  encodeManifestPath,
  manifestText,
  parseManifest,
  parseOxum,
  payloadOxum,
} from '../../scripts/package/bagit.ts';
import { splitUstarPath, ustar } from '../../scripts/package/tar.ts';
import { comparePaths, walk } from '../../scripts/package/walk.ts';
import { scratchDir } from '../support/scratch.ts';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** A 30-character Chinese folder name: 90 bytes, so paths under it need the ustar prefix field. */
const LONG = '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法全文';

/** The fake built site: relative path → content. */
const SITE: Record<string, string> = {
  'index.html': '<!doctype html><p>提法</p>',
  '404.html': '<p>页面不存在</p>',
  '词汇/index.html': '<p>词汇</p>',
  'reports/2024-a/source/index.html': '<p>原文</p>',
  'sources/2024-a.txt': '同志们：\n今年工作很好。\n',
  'empty.txt': '',
  '100%.txt': 'percent',
  'line\nbreak.txt': 'a name with a line feed',
  [`reports/${LONG}/index.html`]: '<p>长路径</p>',
};

function makeSite(): string {
  const dist = scratchDir('dist');
  for (const [path, content] of Object.entries(SITE)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  mkdirSync(join(dist, 'empty-folder'));
  return dist;
}

function run(script: 'package' | 'verify', args: string[], env: Record<string, string> = {}) {
  const { SOURCE_DATE_EPOCH: _, ...rest } = process.env;
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...rest, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trim().split('\n') };
}

interface TarRecord {
  path: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  data: Buffer;
}

/** Read a ustar archive back, checking every header's checksum and the closing zero blocks. */
function readTar(archive: Buffer): TarRecord[] {
  expect(archive.length % 512).toBe(0);
  const records: TarRecord[] = [];
  let offset = 0;
  for (;;) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (start: number, end: number) => {
      const field = header.subarray(start, end);
      const nul = field.indexOf(0);
      return field.subarray(0, nul === -1 ? field.length : nul).toString('utf8');
    };
    const octal = (start: number, end: number) => Number.parseInt(text(start, end).trim() || '0', 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
    expect(octal(148, 156)).toBe(sum);
    expect(text(257, 263)).toBe('ustar');
    const prefix = text(345, 500);
    const size = octal(124, 136);
    records.push({
      path: prefix === '' ? text(0, 100) : `${prefix}/${text(0, 100)}`,
      type: text(156, 157),
      mode: octal(100, 108),
      uid: octal(108, 116),
      gid: octal(116, 124),
      mtime: octal(136, 148),
      data: archive.subarray(offset + 512, offset + 512 + size),
    });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  const rest = archive.subarray(offset);
  expect(rest.length).toBeGreaterThanOrEqual(1024);
  expect(rest.every((byte) => byte === 0)).toBe(true);
  return records;
}

describe('BagIt text', () => {
  it('percent-encodes CR, LF and % in manifest paths, and only those', () => {
    expect(encodeManifestPath('data/100% 词\r\n.txt')).toBe('data/100%25 词%0D%0A.txt');
    expect(decodeManifestPath('data/100%25 词%0d%0A%20.txt')).toBe('data/100% 词\r\n%20.txt');
  });

  it('writes sorted manifest lines and reads them back', () => {
    const entries = [
      { path: 'data/词汇/index.html', sha256: sha256('b') },
      { path: 'data/a%b', sha256: sha256('a') },
      { path: 'data/a/index.html', sha256: sha256('c') },
    ];
    const text = manifestText(entries);
    expect(text).toBe(`${sha256('c')}  data/a/index.html\n${sha256('a')}  data/a%25b\n${sha256('b')}  data/词汇/index.html\n`);
    expect(parseManifest(text, 'm')).toEqual({ entries: [entries[2], entries[1], entries[0]], problems: [] });
  });

  it('reports unusable manifest lines instead of failing', () => {
    const text = `${sha256('a')}  data/ok\r\nnot a line\n${sha256('b')} data/../../etc/passwd\n${sha256('c')}\tdata/ok\n`;
    const { entries, problems } = parseManifest(text, 'manifest-sha256.txt');
    expect(entries).toEqual([{ path: 'data/ok', sha256: sha256('a') }]);
    expect(problems).toEqual([
      'manifest-sha256.txt line 2: not "<64 hex digits>  <path>": "not a line"',
      'manifest-sha256.txt line 3: the path "data/../../etc/passwd" has an empty, "." or ".." segment',
      'manifest-sha256.txt line 4: data/ok is listed twice',
    ]);
  });

  it('writes and reads Payload-Oxum, Bagging-Date and bagit.txt', () => {
    expect(payloadOxum(1234, 5)).toBe('1234.5');
    expect(parseOxum(' 1234.5 ')).toEqual({ bytes: 1234, files: 5 });
    expect(parseOxum('1234')).toBeUndefined();
    expect(baggingDate(undefined)).toBeUndefined();
    expect(baggingDate('0')).toBe('1970-01-01');
    expect(baggingDate('1700000000')).toBe('2023-11-14');
    expect(() => baggingDate('yesterday')).toThrow(/SOURCE_DATE_EPOCH is "yesterday"/);
    expect(checkBagitTxt(BAGIT_TXT)).toEqual([]);
    expect(checkBagitTxt('BagIt-Version: 2.0\nTag-File-Character-Encoding: Latin-1\n')).toHaveLength(2);
  });

  it('sorts paths by UTF-8 bytes, a folder before what it holds', () => {
    expect(['b', 'a/z', '词', 'a', 'a-b', 'B'].sort(comparePaths)).toEqual(['B', 'a', 'a/z', 'a-b', 'b', '词']);
  });
});

describe('ustar writer', () => {
  it('puts a long path into prefix and name, and refuses one that cannot fit', () => {
    const long = `tifa-site/data/reports/${LONG}/index.html`;
    const { prefix, name } = splitUstarPath(long);
    expect(Buffer.byteLength(long)).toBeGreaterThan(100);
    expect(`${prefix.toString()}/${name.toString()}`).toBe(long);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(() => splitUstarPath(`a/${'词'.repeat(40)}.html`)).toThrow(/too long for a tar archive \(127 bytes/);
    expect(() => splitUstarPath(`${'a'.repeat(160)}/b`)).toThrow(/too long/);
  });

  it('writes headers with fixed owner, time and modes that read back', () => {
    const archive = ustar([
      { type: 'directory', path: 'x/' },
      { type: 'file', path: 'x/词.txt', data: Buffer.from('提法') },
      { type: 'file', path: 'x/empty', data: Buffer.alloc(0) },
    ]);
    expect(archive.length).toBe(512 * 2 + 512 + 512 + 1024);
    expect(readTar(archive).map(({ path, type, mode, uid, gid, mtime, data }) => [path, type, mode.toString(8), uid, gid, mtime, data.toString()])).toEqual([
      ['x/', '5', '755', 0, 0, 0, ''],
      ['x/词.txt', '0', '644', 0, 0, 0, '提法'],
      ['x/empty', '0', '644', 0, 0, 0, ''],
    ]);
  });
});

describe('npm run package and npm run verify', () => {
  let dist: string;
  let work: string;
  let bag: string;
  let first: ReturnType<typeof run>;

  beforeAll(() => {
    dist = makeSite();
    work = scratchDir('package');
    first = run('package', ['--dist', dist, '--out', join(work, 'one')]);
    bag = join(work, 'one', 'tifa-site');
  });

  it('prints one summary line', () => {
    const bytes = Object.values(SITE).reduce((total, content) => total + Buffer.byteLength(content), 0);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const tar = readFileSync(join(work, 'one', 'tifa-site.tar'));
    expect(first.lines).toEqual([
      `package: ${Object.keys(SITE).length} files, ${bytes} bytes → ${join(work, 'one', 'tifa-site')}/ and ${join(work, 'one', 'tifa-site.tar')} (sha256 ${sha256(tar)})`,
    ]);
  });

  it('writes a bag whose manifests match the files', () => {
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const paths = Object.keys(SITE).sort(comparePaths);
    const manifest = paths.map((path) => `${sha256(SITE[path])}  data/${path.replace('%', '%25').replace('\n', '%0A')}\n`).join('');
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toBe(manifest);
    for (const path of paths) expect(readFileSync(join(bag, 'data', path), 'utf8')).toBe(SITE[path]);
    expect(existsSync(join(bag, 'data', 'empty-folder'))).toBe(true);

    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8');
    expect(info).toMatch(/^Source-Organization: Tifa 提法\nExternal-Description: /);
    expect(info).not.toContain('Bagging-Date');
    const bytes = Object.values(SITE).reduce((total, content) => total + Buffer.byteLength(content), 0);
    expect(info).toContain(`\nPayload-Oxum: ${bytes}.${paths.length}\n`);
    for (const line of info.split('\n')) expect(line.length).toBeLessThanOrEqual(79);

    const tags = ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt'];
    expect(readFileSync(join(bag, 'tagmanifest-sha256.txt'), 'utf8')).toBe(tags.map((name) => `${sha256(readFileSync(join(bag, name)))}  ${name}\n`).join(''));
    expect(readdirSync(join(work, 'one')).sort()).toEqual(['tifa-site', 'tifa-site.tar']);
  });

  it('writes the same tar file every time, holding every file of the bag', async () => {
    const again = run('package', ['--dist', dist, '--out', join(work, 'two')]);
    expect(again.status).toBe(0);
    const one = readFileSync(join(work, 'one', 'tifa-site.tar'));
    expect(readFileSync(join(work, 'two', 'tifa-site.tar')).equals(one)).toBe(true);

    const records = readTar(one);
    const listing = await walk(bag);
    const expected = [
      'tifa-site/',
      ...[...listing.directories.map((path) => `${path}/`), ...listing.files].sort(comparePaths).map((path) => `tifa-site/${path}`),
    ];
    expect(records.map((record) => record.path)).toEqual(expected);
    expect(records.map((record) => record.path)).toContain(`tifa-site/data/reports/${LONG}/index.html`);
    for (const record of records) {
      expect([record.uid, record.gid, record.mtime]).toEqual([0, 0, 0]);
      expect(record.mode).toBe(record.type === '5' ? 0o755 : 0o644);
      if (record.type === '0') expect(record.data.equals(readFileSync(join(work, 'one', record.path)))).toBe(true);
    }

    // GNU tar unpacks it to the same bag.
    const unpacked = scratchDir('untar');
    const tar = spawnSync('tar', ['-xf', join(work, 'one', 'tifa-site.tar'), '-C', unpacked], { encoding: 'utf8' });
    expect(tar.stderr).toBe('');
    expect(tar.status).toBe(0);
    expect(run('verify', [join(unpacked, 'tifa-site')]).status).toBe(0);
    expect(await walk(join(unpacked, 'tifa-site'))).toEqual(listing);
  });

  it('replaces an earlier package in place, and takes Bagging-Date from SOURCE_DATE_EPOCH', () => {
    const out = join(work, 'dated');
    expect(run('package', ['--dist', dist, '--out', out]).status).toBe(0);
    const dated = run('package', ['--dist', dist, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(dated.status).toBe(0);
    expect(readFileSync(join(out, 'tifa-site', 'bag-info.txt'), 'utf8')).toContain('\nBagging-Date: 2023-11-14\n');
    expect(readdirSync(out).sort()).toEqual(['tifa-site', 'tifa-site.tar']);
    expect(run('verify', [join(out, 'tifa-site')]).status).toBe(0);
  });

  it('verifies the bag and a deployed copy of its data/', () => {
    expect(run('verify', [bag]).lines).toEqual([`verify: ${Object.keys(SITE).length} files checked, 0 problems`]);
    const server = join(work, 'srv', 'www', 'archive');
    cpSync(join(bag, 'data'), server, { recursive: true });
    const copy = run('verify', [server, '--manifest', join(bag, 'manifest-sha256.txt')]);
    expect(copy.lines).toEqual([`verify: ${Object.keys(SITE).length} files checked, 0 problems`]);
    expect(copy.status).toBe(0);
    const noManifest = run('verify', [server]);
    expect(noManifest.status).toBe(2);
    expect(noManifest.stderr).toContain('is not a bag (no bagit.txt), so it is checked as a copy of the site: give the bag\'s manifest, e.g. --manifest package/tifa-site/manifest-sha256.txt');
  });

  it('lists a changed, a missing and an extra file, in a bag and in a copy', () => {
    const tampered = join(work, 'tampered');
    cpSync(bag, tampered, { recursive: true });
    const page = join(tampered, 'data', '词汇', 'index.html');
    const bytes = readFileSync(page);
    bytes[3] ^= 1;
    writeFileSync(page, bytes);
    rmSync(join(tampered, 'data', 'sources', '2024-a.txt'));
    writeFileSync(join(tampered, 'data', 'reports', 'extra.html'), 'x');
    const before = sha256(SITE['词汇/index.html']);
    const after = sha256(bytes);
    const n = Object.keys(SITE).length;
    const size = Object.values(SITE).reduce((total, content) => total + Buffer.byteLength(content), 0);
    const removed = Buffer.byteLength(SITE['sources/2024-a.txt']);

    const result = run('verify', [tampered]);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      'verify: missing data/sources/2024-a.txt',
      `verify: changed data/词汇/index.html (expected sha256 ${before}, found ${after})`,
      'verify: extra file data/reports/extra.html not in the manifest',
      `verify: bag-info.txt: Payload-Oxum says ${size} bytes in ${n} files, but data/ holds ${size - removed + 1} bytes in ${n} files`,
      `verify: ${n} files checked, 4 problems`,
    ]);

    const copy = run('verify', [join(tampered, 'data'), '--manifest', join(bag, 'manifest-sha256.txt')]);
    expect(copy.status).toBe(1);
    expect(copy.lines).toEqual([
      'verify: missing sources/2024-a.txt',
      `verify: changed 词汇/index.html (expected sha256 ${before}, found ${after})`,
      'verify: extra file reports/extra.html not in the manifest',
      `verify: ${n} files checked, 3 problems`,
    ]);
  });

  it('notices a changed tag file', () => {
    const tampered = join(work, 'tag-tampered');
    cpSync(bag, tampered, { recursive: true });
    writeFileSync(join(tampered, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nExtra: yes\n');
    const result = run('verify', [tampered]);
    expect(result.status).toBe(1);
    expect(result.lines[0]).toBe('verify: bagit.txt: holds 3 lines, but only the version and the encoding belong there');
    expect(result.lines[1]).toMatch(/^verify: changed bagit.txt \(expected sha256 [0-9a-f]{64}, found [0-9a-f]{64}\)$/);
    expect(result.lines.at(-1)).toBe(`verify: ${Object.keys(SITE).length} files checked, 2 problems`);
  });

  it('refuses an unbuilt site, and a failed run leaves the earlier package whole', async () => {
    const none = run('package', ['--dist', join(work, 'nothing'), '--out', join(work, 'none')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(`package: ${join(work, 'nothing', 'index.html')}: not found, so the site has not been built; build first: npm run build\n`);
    expect(existsSync(join(work, 'none'))).toBe(false);

    const broken = makeSite();
    const out = join(work, 'kept');
    await packageSite({ dist: broken, out });
    const tar = readFileSync(join(out, 'tifa-site.tar'));
    symlinkSync('index.html', join(broken, 'link.html'));
    const failed = run('package', ['--dist', broken, '--out', out]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(
      `package: ${join(broken, 'link.html')}: not a regular file or folder (a symbolic link?), so the bag cannot hold an exact copy of it; replace it with the file itself, or leave it out of the build\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['tifa-site', 'tifa-site.tar']);
    expect(readFileSync(join(out, 'tifa-site.tar')).equals(tar)).toBe(true);
    expect(run('verify', [join(out, 'tifa-site')]).status).toBe(0);
    // (Three CLI processes, each starting Node: about 1 s alone, more than the default 5 s on a busy machine.)
  }, 30_000);

  it('explains a wrong call', () => {
    expect(run('verify', []).stderr).toContain('verify: no folder given');
    const inside = run('package', ['--dist', dist, '--out', join(dist, 'package')]);
    expect(inside.status).toBe(1);
    expect(inside.stderr).toContain('the output folder is inside the built site');
    const tarFile = run('verify', [join(work, 'one', 'tifa-site.tar')]);
    expect(tarFile.status).toBe(1);
    expect(tarFile.stderr).toContain('is a file, not a folder; unpack it first');
  });
});
