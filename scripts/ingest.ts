/**
 * npm run ingest -- FILE... [--force] [--slug SLUG] [--content DIR] [--max-bytes N]
 *
 * Turns raw .txt reports into content/reports/<slug>.mdx plus the verbatim
 * source in content/sources/<slug>.txt. One line per problem, a summary at
 * the end, exit code 1 if any file failed.
 */
import { readFile } from 'node:fs/promises';
import { IngestError } from './ingest/errors.ts';
import { ingestDocument } from './ingest/pipeline.ts';
import { DEFAULT_MAX_BYTES } from './ingest/read.ts';
import { resolveSlug, SLUG_PATTERN } from './ingest/slug.ts';
import { contentFolders, existingSlugs, writeReport } from './ingest/write.ts';
import { parseCli } from './cli.ts';
import { contentPaths, resolveContentRoot } from '../src/lib/content-root.ts';
import { harvestReports } from './review/harvest.ts';
import { ReviewError } from './review/decisions.ts';

const USAGE = 'usage: npm run ingest -- FILE... [--force] [--slug SLUG] [--content DIR] [--max-bytes N]';

const { values, positionals, fail } = parseCli('ingest', USAGE, {
  force: { type: 'boolean', default: false },
  slug: { type: 'string' },
  content: { type: 'string' },
  'max-bytes': { type: 'string' },
});
if (positionals.length === 0) fail('no input files given');
if (values.slug !== undefined && positionals.length !== 1) fail('--slug names one report: give exactly one FILE with it');
if (values.slug !== undefined && !SLUG_PATTERN.test(values.slug)) fail(`--slug "${values.slug}" must be lowercase ASCII letters, digits and single hyphens, e.g. 2021-08-24-lianyungang-etdz-speech`);
const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
if (!Number.isInteger(maxBytes) || maxBytes <= 0) fail(`--max-bytes must be a positive whole number of bytes, got "${values['max-bytes']}"`);

const contentRoot = resolveContentRoot(values.content);
const folders = contentFolders(contentRoot);
const slugs = await existingSlugs(folders);
const counts = { written: 0, unchanged: 0, review: 0, kept: 0, failed: 0, harvested: 0 };
const progress = process.stderr.isTTY && positionals.length > 1;

for (const [i, path] of positionals.entries()) {
  if (progress) process.stderr.write(`\r\x1b[K[${i + 1}/${positionals.length}] ${path}`);
  try {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a folder, not a file' : error.message;
      throw new IngestError(reason, path, 'check the path; give the .txt files to ingest');
    });
    const result = ingestDocument(path, bytes, { maxBytes });
    const slug = resolveSlug(values.slug ?? result.proposedSlug, result.sha256, slugs);
    const outcome = await writeReport(folders, slug, result.mdx, result.sourceBytes, values.force);
    slugs.set(slug, result.sha256);
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
  `ingest: ${positionals.length} file${positionals.length === 1 ? '' : 's'}: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.review} need review, ${counts.kept} kept (edited by hand), ${counts.failed} failed${counts.harvested > 0 ? `; ${counts.harvested} glossary file${counts.harvested === 1 ? '' : 's'} from 名词解释` : ''}`,
);
process.exitCode = counts.failed > 0 ? 1 : 0;
