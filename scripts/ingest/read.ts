/**
 * Step 1, read: the raw bytes, their SHA-256, and the text as lines.
 * Refuses what is not a UTF-8 text document, with the fix.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { IngestError } from './errors.ts';
import { splitSourceLines } from '../../src/text/report-mdx.ts';

/** Larger than any plausible report (the largest seed is 52 KB). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface SourceDocument {
  /** The path as given on the command line. */
  path: string;
  /** The file name, kept in provenance. */
  fileName: string;
  /** The exact bytes, published verbatim. */
  bytes: Uint8Array;
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: string;
  /** The lines of the decoded text (BOM dropped, CRLF/CR read as line ends). Line n is lines[n - 1]. */
  lines: string[];
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Decode and check one file's bytes. Pure: the CLI does the file system read. */
export function readSource(path: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): SourceDocument {
  if (bytes.length > maxBytes) {
    throw new IngestError(
      `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit for one report`,
      path,
      'split it into one file per report, or raise the limit with --max-bytes if it really is one document',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(
      `binary data (a NUL byte at offset ${nul}); this is not a text file`,
      path,
      'convert the document to plain UTF-8 text first (e.g. save a Word or PDF file as .txt)',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new IngestError(
      `not valid UTF-8 (first bad byte at offset ${offset}); probably GB18030/GBK`,
      path,
      `convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8 "${basename(path)}" > out.txt, and ingest that`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text === '') {
    throw new IngestError('the file is empty (0 bytes of text)', path, 'check that the right file was given; an empty file has nothing to archive');
  }
  if (text.trim() === '') {
    throw new IngestError('the file holds only white space, no text', path, 'check that the right file was given; there is nothing in it to archive');
  }
  return { path, fileName: basename(path), bytes, sha256: sha256Hex(bytes), lines: splitSourceLines(text) };
}

/** Where a UTF-8 decoder gives up, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
