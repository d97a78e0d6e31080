/**
 * A minimal POSIX ustar writer, so that the packaged site is one file any
 * `tar` (GNU, BSD, 7-Zip, Windows' tar.exe) can unpack, and two packages of
 * the same site are byte-identical: the caller gives the entries in a fixed
 * order, and every header carries mtime 0, uid/gid 0, no user names and
 * fixed modes. Pure: entries in, 512-byte blocks out.
 */
import { PackageError } from './errors.ts';

export const BLOCK = 512;
const NAME_BYTES = 100;
const PREFIX_BYTES = 155;
/** The ustar size field holds 11 octal digits. */
const MAX_SIZE = 8 ** 11 - 1;

export type TarEntry = { type: 'directory'; path: string } | { type: 'file'; path: string; data: Uint8Array };

/**
 * Split a path (UTF-8 bytes, a folder's with its trailing slash) into the
 * ustar `prefix` (up to 155 bytes) and `name` (up to 100 bytes) fields, at a
 * slash; throws if no slash allows it.
 */
export function splitUstarPath(path: string): { prefix: Buffer; name: Buffer } {
  const bytes = Buffer.from(path, 'utf8');
  if (bytes.length <= NAME_BYTES) return { prefix: Buffer.alloc(0), name: bytes };
  // The leftmost slash that leaves at most 100 bytes after it gives the shortest prefix.
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x2f || bytes.length - i - 1 > NAME_BYTES) continue;
    if (i > PREFIX_BYTES) break;
    return { prefix: bytes.subarray(0, i), name: bytes.subarray(i + 1) };
  }
  throw new PackageError(
    `the path is too long for a tar archive (${bytes.length} bytes of UTF-8; ustar allows a last part of at most ${NAME_BYTES} bytes after a "/" and at most ${PREFIX_BYTES} bytes before it)`,
    path,
    'shorten the file or folder name (a Chinese character takes 3 bytes)',
  );
}

function writeOctal(header: Buffer, offset: number, width: number, value: number): void {
  // width - 1 zero-padded octal digits, then NUL.
  header.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, width, 'ascii');
}

/** The 512-byte ustar header of one entry. */
export function ustarHeader(entry: TarEntry): Buffer {
  const path = entry.type === 'directory' && !entry.path.endsWith('/') ? `${entry.path}/` : entry.path;
  if (path.includes('\0')) throw new PackageError('the path holds a NUL character', JSON.stringify(path), 'rename the file');
  const size = entry.type === 'file' ? entry.data.length : 0;
  if (size > MAX_SIZE) throw new PackageError(`the file is ${size} bytes, over the 8 GiB ustar limit`, path, 'leave such a file out of the site');
  const { prefix, name } = splitUstarPath(path);
  const header = Buffer.alloc(BLOCK);
  name.copy(header, 0);
  writeOctal(header, 100, 8, entry.type === 'file' ? 0o644 : 0o755); // mode
  writeOctal(header, 108, 8, 0); // uid
  writeOctal(header, 116, 8, 0); // gid
  writeOctal(header, 124, 12, size);
  writeOctal(header, 136, 12, 0); // mtime
  header.write(entry.type === 'file' ? '0' : '5', 156, 'ascii'); // typeflag
  header.write('ustar\0', 257, 'ascii'); // magic
  header.write('00', 263, 'ascii'); // version
  writeOctal(header, 329, 8, 0); // devmajor
  writeOctal(header, 337, 8, 0); // devminor
  prefix.copy(header, 345);
  // Checksum: the byte sum with the checksum field read as eight spaces,
  // written as six octal digits, NUL, space.
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

/** Zero bytes that bring a file's data to a whole number of blocks. */
export function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** Two zero blocks close the archive. */
export const END_OF_ARCHIVE: Buffer = Buffer.alloc(2 * BLOCK);

/** The archive as a sequence of chunks (header, data, padding, …, end), one entry in memory at a time. */
export function* ustarChunks(entries: Iterable<TarEntry>): Generator<Uint8Array> {
  for (const entry of entries) {
    yield ustarHeader(entry);
    if (entry.type === 'file' && entry.data.length > 0) {
      yield entry.data;
      const pad = padding(entry.data.length);
      if (pad.length > 0) yield pad;
    }
  }
  yield END_OF_ARCHIVE;
}

/** The whole archive in one Buffer (for small archives and tests). */
export function ustar(entries: Iterable<TarEntry>): Buffer {
  return Buffer.concat([...ustarChunks(entries)]);
}
