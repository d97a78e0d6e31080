/**
 * The text of a BagIt 1.0 bag (RFC 8493): bagit.txt, bag-info.txt and the
 * SHA-256 manifests, written and read back. Pure: no file system here, so
 * the same files always give the same bytes, and the rules are tested alone.
 */
import { PackageError } from './errors.ts';
import { comparePaths } from './walk.ts';
import { splitSourceLines } from '../../src/text/report-mdx.ts';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const PAYLOAD_MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
export const BAG_INFO = 'bag-info.txt';
export const BAGIT = 'bagit.txt';

export const SOURCE_ORGANIZATION = 'Tifa 提法';
export const EXTERNAL_DESCRIPTION =
  'The built static site of Tifa 提法, an annotated archive of Chinese local-government work reports and speeches. ' +
  'data/ is the whole site: copy it to a web server under any path and open index.html; every link is relative. ' +
  'Check a copy with npm run verify.';

/** A manifest line: a path inside the bag (`data/…` for the payload) and its SHA-256. */
export interface ManifestEntry {
  path: string;
  sha256: string;
}

/** RFC 8493 §2.1.3: CR, LF and % in a path, and only those, are percent-encoded. */
export function encodeManifestPath(path: string): string {
  return path.replace(/[%\r\n]/g, (c) => (c === '%' ? '%25' : c === '\r' ? '%0D' : '%0A'));
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%(25|0D|0A)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** One `sha256  path` line per entry, in path order, LF line ends. */
export function manifestText(entries: readonly ManifestEntry[]): string {
  return [...entries]
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((entry) => `${entry.sha256}  ${encodeManifestPath(entry.path)}\n`)
    .join('');
}

/** Why a manifest path may not be used (absolute, `..`, empty segments), or undefined if it is fine. */
export function unsafePath(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\')) return 'not a relative path with forward slashes';
  if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return 'has an empty, "." or ".." segment';
  if (path.includes('\0')) return 'holds a NUL character';
  return undefined;
}

/**
 * Read a manifest. A line that cannot be used is a problem (`name line N: …`),
 * not an exception: verify reports it and checks the other lines.
 */
export function parseManifest(text: string, name: string): { entries: ManifestEntry[]; problems: string[] } {
  const entries: ManifestEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, line] of splitSourceLines(text).entries()) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line);
    if (!match) {
      problems.push(`${name} line ${i + 1}: not "<64 hex digits>  <path>": ${JSON.stringify(line.slice(0, 120))}`);
      continue;
    }
    const path = decodeManifestPath(match[2]);
    const unsafe = unsafePath(path);
    if (unsafe) {
      problems.push(`${name} line ${i + 1}: the path ${JSON.stringify(path)} ${unsafe}`);
      continue;
    }
    if (seen.has(path)) {
      problems.push(`${name} line ${i + 1}: ${path} is listed twice`);
      continue;
    }
    seen.add(path);
    entries.push({ path, sha256: match[1].toLowerCase() });
  }
  return { entries, problems };
}

/** Payload-Oxum: `<octets>.<files>`, a quick size check of the payload. */
export function payloadOxum(bytes: number, files: number): string {
  return `${bytes}.${files}`;
}

export function parseOxum(value: string): { bytes: number; files: number } | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(value.trim());
  return match ? { bytes: Number(match[1]), files: Number(match[2]) } : undefined;
}

/**
 * Bagging-Date from SOURCE_DATE_EPOCH (whole seconds since 1970, the
 * reproducible-builds convention), or none: a date taken from the clock
 * would make two packages of the same site differ.
 */
export function baggingDate(sourceDateEpoch: string | undefined): string | undefined {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return undefined;
  const seconds = /^\d{1,12}$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : Number.NaN;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new PackageError(
      `SOURCE_DATE_EPOCH is "${sourceDateEpoch}", not a whole number of seconds since 1970-01-01`,
      'environment',
      'set it to e.g. $(git log -1 --format=%ct), or unset it to leave Bagging-Date out',
    );
  }
  return date.toISOString().slice(0, 10);
}

/** `Label: value`, folded onto indented lines at spaces so lines stay within 79 characters (RFC 8493 §2.2.2). */
export function tagLine(label: string, value: string): string {
  const words = value.split(' ');
  const out: string[] = [];
  let line = `${label}:`;
  for (const word of words) {
    if (line !== `${label}:` && line.length + 1 + word.length > 79) {
      out.push(line);
      line = `  ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  out.push(line);
  return `${out.join('\n')}\n`;
}

export interface BagInfo {
  bytes: number;
  files: number;
  /** YYYY-MM-DD, or undefined to leave Bagging-Date out. */
  date?: string;
}

export function bagInfoText(info: BagInfo): string {
  return (
    tagLine('Source-Organization', SOURCE_ORGANIZATION) +
    tagLine('External-Description', EXTERNAL_DESCRIPTION) +
    (info.date === undefined ? '' : tagLine('Bagging-Date', info.date)) +
    tagLine('Payload-Oxum', payloadOxum(info.bytes, info.files))
  );
}

/** `Label: value` lines, indented continuation lines joined with a space. */
export function parseTagFile(text: string, name: string): { fields: [string, string][]; problems: string[] } {
  const fields: [string, string][] = [];
  const problems: string[] = [];
  for (const [i, line] of splitSourceLines(text).entries()) {
    if (/^[ \t]/.test(line) && fields.length > 0) {
      fields[fields.length - 1][1] += ` ${line.trim()}`;
      continue;
    }
    const match = /^([^:\s][^:]*):[ \t]*(.*)$/.exec(line);
    if (!match) {
      if (line.trim() !== '') problems.push(`${name} line ${i + 1}: not "Label: value": ${JSON.stringify(line.slice(0, 120))}`);
      continue;
    }
    fields.push([match[1].trim(), match[2].trim()]);
  }
  return { fields, problems };
}

/** What is wrong with a bagit.txt (RFC 8493 §2.1.1: the version line, then the encoding line). */
export function checkBagitTxt(text: string): string[] {
  const { fields, problems } = parseTagFile(text, BAGIT);
  if (problems.length > 0) return problems;
  const [version, encoding] = fields;
  const out: string[] = [];
  if (version?.[0] !== 'BagIt-Version' || !['1.0', '0.97'].includes(version[1])) {
    out.push(`${BAGIT}: the first line must be "BagIt-Version: 1.0", found ${JSON.stringify(version ? `${version[0]}: ${version[1]}` : '')}`);
  }
  if (encoding?.[0] !== 'Tag-File-Character-Encoding' || encoding[1].toUpperCase() !== 'UTF-8') {
    out.push(`${BAGIT}: the second line must be "Tag-File-Character-Encoding: UTF-8", found ${JSON.stringify(encoding ? `${encoding[0]}: ${encoding[1]}` : '')}`);
  }
  if (fields.length > 2) out.push(`${BAGIT}: holds ${fields.length} lines, but only the version and the encoding belong there`);
  return out;
}
