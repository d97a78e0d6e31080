/**
 * npm run ingest -- FILE... [--force] [--slug SLUG] [--content DIR] [--max-bytes N]
 * npm run ingest -- --catalogue FILE.csv [--from DIR] [--force] [--content DIR] [--max-bytes N]
 *
 * Turns reports (UTF-8 .txt, or Word .docx) into content/reports/<slug>.mdx
 * plus the verbatim source in content/sources/<slug>.txt (and a Word
 * original beside it). With a catalogue, every row's file is ingested with
 * the row's fields. The same text is never written twice. One line per
 * problem, a summary at the end, exit code 1 if any file failed.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestError } from './ingest/errors.ts';
import { ingestDocument } from './ingest/pipeline.ts';
import { DEFAULT_MAX_BYTES, sha256Hex } from './ingest/read.ts';
import { resolveSlug, SLUG_PATTERN } from './ingest/slug.ts';
import { archivedSources, contentFolders, writeReport } from './ingest/write.ts';
import { readCatalogue, type CatalogueEntry } from './ingest/catalogue.ts';
import { DOCX_READER, docxText, firstDifferentLine, isDocx } from './ingest/docx.ts';
import { textDigest, type OriginalFile } from './ingest/frontmatter.ts';
import { splitSourceLines } from '../src/text/report-mdx.ts';
import { parseCli } from './cli.ts';
import { contentPaths, resolveContentRoot } from '../src/lib/content-root.ts';
import { harvestReports } from './review/harvest.ts';
import { ReviewError } from './review/decisions.ts';

const USAGE = `usage: npm run ingest -- FILE... [--force] [--slug SLUG] [--content DIR] [--max-bytes N]
  npm run ingest -- --catalogue FILE.csv [--from DIR] [--force] [--content DIR] [--max-bytes N]
  FILE: a UTF-8 .txt or a Word .docx; the catalogue: one row per file, with the columns of reports.csv (see the README)`;

const { values, positionals, fail } = parseCli('ingest', USAGE, {
  force: { type: 'boolean', default: false },
  slug: { type: 'string' },
  content: { type: 'string' },
  'max-bytes': { type: 'string' },
  catalogue: { type: 'string' },
  from: { type: 'string' },
});
if (values.from !== undefined && values.catalogue === undefined) fail('--from names the folder of a catalogue\'s files: give it with --catalogue');
if (values.catalogue !== undefined && positionals.length > 0) fail('give files or --catalogue, not both');
if (values.catalogue === undefined && positionals.length === 0) fail('no input files given');
if (values.slug !== undefined && positionals.length !== 1) fail('--slug names one report: give exactly one FILE with it');
if (values.slug !== undefined && !SLUG_PATTERN.test(values.slug)) fail(`--slug "${values.slug}" must be lowercase ASCII letters, digits and single hyphens, e.g. 2021-08-24-lianyungang-etdz-speech`);
const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
if (!Number.isInteger(maxBytes) || maxBytes <= 0) fail(`--max-bytes must be a positive whole number of bytes, got "${values['max-bytes']}"`);

let inputs: { path: string; entry?: CatalogueEntry }[];
try {
  inputs = values.catalogue === undefined ? positionals.map((path) => ({ path })) : readCatalogue(values.catalogue, values.from).map((entry) => ({ path: entry.file, entry }));
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  console.error(`ingest: ${error.format()}`);
  process.exit(1);
}
if (values.catalogue !== undefined && inputs.some((input) => input.entry?.slug !== undefined && !SLUG_PATTERN.test(input.entry.slug))) {
  fail('a slug in the catalogue must be lowercase ASCII letters, digits and single hyphens, e.g. 2024-yichang-work-report');
}

const contentRoot = resolveContentRoot(values.content);
const folders = contentFolders(contentRoot);
const archive = await archivedSources(folders);
const counts = { written: 0, unchanged: 0, review: 0, kept: 0, failed: 0, harvested: 0 };
const progress = process.stderr.isTTY && inputs.length > 1;

async function readInput(path: string): Promise<Uint8Array> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a folder, not a file' : error.message;
    throw new IngestError(reason, path, 'check the path; give the .txt or .docx files to ingest');
  });
}

/** The text to ingest and, for a Word file (given, or named as a text's original), the original kept beside it. */
async function prepare(path: string, bytes: Uint8Array, entry?: CatalogueEntry): Promise<{ text: Uint8Array; original?: { record: OriginalFile; bytes: Uint8Array } }> {
  const originalOf = (file: string, docx: Uint8Array) => ({ record: { file: basename(file), sha256: sha256Hex(docx), format: 'docx' as const, reader: DOCX_READER }, bytes: docx });
  if (isDocx(path, bytes)) return { text: new TextEncoder().encode(await docxText(path, bytes)), original: originalOf(path, bytes) };
  if (!entry?.original) return { text: bytes };
  const docx = await readInput(entry.original);
  if (!isDocx(entry.original, docx)) throw new IngestError('the original named by the catalogue is not a Word .docx file', entry.original, `correct the "original" cell of row ${entry.row} of ${entry.catalogue}`);
  const difference = firstDifferentLine(await docxText(entry.original, docx), new TextDecoder().decode(bytes));
  if (difference) {
    throw new IngestError(
      `the text is not the Word original's: at line ${difference.n} the original has "${difference.docx.slice(0, 30)}", the text "${difference.text.slice(0, 30)}"`,
      path,
      `check row ${entry.row} of ${entry.catalogue}: name the original this text was extracted from, or ingest the .docx itself; nothing was written`,
    );
  }
  return { text: bytes, original: originalOf(entry.original, docx) };
}

// The same text twice in one batch (identical files under two names): the later ones are not ingested.
const batchTexts = new Map<string, string>();

for (const [i, { path, entry }] of inputs.entries()) {
  if (progress) process.stderr.write(`\r\x1b[K[${i + 1}/${inputs.length}] ${path}`);
  try {
    const { text, original } = await prepare(path, await readInput(path), entry);
    // (The digest the report records, provenance.textDigest: the text as words, whatever its layout.)
    const digest = textDigest(splitSourceLines(new TextDecoder().decode(text)));
    const first = batchTexts.get(digest);
    if (first !== undefined) throw new IngestError(`the same text as ${first}, given earlier in this batch`, path, 'it is not ingested twice; if the catalogue files them as two reports, one of the rows names the wrong file');
    batchTexts.set(digest, path);
    const result = ingestDocument(path, text, { maxBytes, catalogue: entry, original: original?.record });
    const same = archive.texts.get(digest);
    if (same !== undefined && archive.slugs.get(same) !== result.sha256) {
      throw new IngestError(
        `the same text as report "${same}" (${folders.reports}/${same}.mdx), under another name or layout`,
        path,
        'it is not written twice; if the catalogue files it as another report, that row names the wrong file',
      );
    }
    const slug = resolveSlug(entry?.slug ?? values.slug ?? result.proposedSlug, result.sha256, archive.slugs);
    const outcome = await writeReport(folders, slug, result.mdx, result.sourceBytes, values.force, original && { format: original.record.format, bytes: original.bytes });
    archive.slugs.set(slug, result.sha256);
    archive.texts.set(digest, slug);
    const review = result.frontmatter.needsReview ?? [];
    if (progress) process.stderr.write('\r\x1b[K');
    if (outcome === 'kept-hand-edited') {
      counts.kept++;
      console.error(`ingest: ${path}: ${folders.reports}/${slug}.mdx was edited by hand, so it was not replaced. Review the differences, or run again with --force to overwrite it`);
      continue;
    }
    counts[outcome]++;
    if (review.length > 0) counts.review++;
    const note = review.length > 0 ? ` (needs review: ${review.join(', ')})` : '';
    console.log(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${folders.reports}/${slug}.mdx ← ${path}${note}`);
    for (const defect of result.frontmatter.provenance.defects ?? []) console.log(`  defect (${defect.kind}): ${defect.evidence}`);
    for (const conflict of result.frontmatter.provenance.catalogue?.conflicts ?? []) {
      console.log(`  catalogue and text disagree on ${conflict.field}: catalogue "${conflict.catalogue}", text "${conflict.text}" (the catalogue's stands; review it)`);
    }
    // The report's own 名词解释 appendix, if it has one, becomes glossary entries (or further sources).
    for (const line of await harvestReports(contentPaths(contentRoot), [slug])) {
      counts.harvested++;
      console.log(`  glossary: ${line}`);
    }
  } catch (error) {
    if (progress) process.stderr.write('\r\x1b[K');
    counts.failed++;
    if (error instanceof IngestError || error instanceof ReviewError) console.error(`ingest: ${error.format()}`);
    else console.error(`ingest: ${path}: unexpected error: ${(error as Error).stack ?? error}`);
  }
}

console.log(
  `ingest: ${inputs.length} file${inputs.length === 1 ? '' : 's'}: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.review} need review, ${counts.kept} kept (edited by hand), ${counts.failed} failed${counts.harvested > 0 ? `; ${counts.harvested} glossary file${counts.harvested === 1 ? '' : 's'} from 名词解释` : ''}`,
);
process.exitCode = counts.failed > 0 ? 1 : 0;
