/**
 * Word files: the text of a .docx, read by mammoth (a maintained reader of
 * the format), as lines: each paragraph a line, a line break (Shift+Enter,
 * which many government files use between paragraphs) a new line, a table
 * row one line with its cells joined by " | " (as the header step reads
 * tables). Nothing else is changed: the characters are the document's.
 *
 * The ingest keeps the .docx itself as the verbatim original and treats this
 * text as the source, which the body is checked against.
 */
import mammoth from 'mammoth';
import { IngestError } from './errors.ts';

/** The parts of mammoth's document model this reads (see mammoth's lib/documents.js). */
interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
}

export const DOCX_READER = `mammoth ${(await import('mammoth/package.json', { with: { type: 'json' } })).default.version}`;

/** A .docx file is a zip archive: it starts with PK\x03\x04. */
export function isDocx(path: string, bytes: Uint8Array): boolean {
  return /\.docx$/i.test(path) && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function inline(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  // A line, page or column break ends a line of text.
  if (element.type === 'break') return '\n';
  if (element.type === 'table') return `\n${table(element)}\n`;
  return (element.children ?? []).map(inline).join('');
}

function table(element: DocxElement): string {
  return (element.children ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) =>
      (row.children ?? [])
        .map((cell) => (cell.children ?? []).map(inline).join(' ').replace(/\n/g, ' ').trim())
        .join(' | '),
    )
    .join('\n');
}

function block(element: DocxElement): string[] {
  if (element.type === 'paragraph') return [inline(element)];
  if (element.type === 'table') return [table(element)];
  return (element.children ?? []).flatMap(block);
}

/** The document's text, one paragraph (or broken line, or table row) per line. */
export async function docxText(path: string, bytes: Uint8Array): Promise<string> {
  let document: DocxElement | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (parsed: DocxElement) => {
          document = parsed;
          return parsed;
        },
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (error) {
    throw new IngestError(`not a readable Word file (${(error as Error).message})`, path, 'open it in Word or LibreOffice and save it again as .docx, or save it as UTF-8 .txt and ingest that');
  }
  return block(document!).join('\n');
}

/** A text's lines as words: runs of white space as one space, blank lines dropped (how text files extracted from Word differ). */
export function wordsByLine(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The first line (1-based, of the text's non-blank lines) where a Word file's text and a text file differ, or undefined. */
export function firstDifferentLine(docx: string, text: string): { n: number; docx: string; text: string } | undefined {
  const a = wordsByLine(docx);
  const b = wordsByLine(text);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { n: i + 1, docx: a[i] ?? '(end)', text: b[i] ?? '(end)' };
  }
  return undefined;
}
