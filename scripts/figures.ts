/**
 * npm run figures:extract -- SLUG... | --all [--force] [--content DIR]
 *
 * Proposes the key figures of reports: writes content/figures/<slug>.yaml
 * with every proposal `checked: false`, for an editor to compare with the
 * text, correct, prune and mark `checked: true`. A figure file that exists
 * is never replaced (it may hold checked work) unless --force is given.
 * One line per report, a summary at the end, exit code 1 if any failed.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bodyBlocks, frontmatterData, splitFrontmatter } from '../src/text/report-mdx.ts';
import { resolveContentRoot } from '../src/lib/content-root.ts';
import { reportDate } from '../src/lib/catalogue.ts';
import type { Report } from '../src/schemas/report.ts';
import { extractFigures, renderFigureFile } from './figures/extract.ts';
import { writeAtomic } from './ingest/write.ts';
import { parseCli } from './cli.ts';

const USAGE = 'usage: npm run figures:extract -- SLUG... | --all [--force] [--content DIR]';

const { values, positionals, fail } = parseCli('figures:extract', USAGE, {
  all: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  content: { type: 'string' },
});
const contentRoot = resolveContentRoot(values.content);
const reportsFolder = join(contentRoot, 'reports');
const figuresFolder = join(contentRoot, 'figures');
if (values.all && positionals.length > 0) fail('give either SLUG... or --all, not both');
if (!values.all && positionals.length === 0) fail('no reports given: name report slugs (ls content/reports) or use --all');

const allSlugs = existsSync(reportsFolder)
  ? readdirSync(reportsFolder).filter((name) => name.endsWith('.mdx')).sort().map((name) => name.slice(0, -'.mdx'.length))
  : [];
if (values.all && allSlugs.length === 0) fail(`--all found no reports in ${reportsFolder}: check --content, or ingest reports first`);
const slugs = values.all ? allSlugs : positionals.map((slug) => slug.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, ''));

/** The year the report was given: its delivered, written or published date. */
function reportYear(mdx: string): string | undefined {
  const data = frontmatterData(mdx) as Partial<Report> | undefined;
  return data?.dates ? reportDate(data as Report)?.slice(0, 4) : undefined;
}

const counts = { written: 0, kept: 0, failed: 0 };
for (const slug of slugs) {
  const mdxPath = join(reportsFolder, `${slug}.mdx`);
  const target = join(figuresFolder, `${slug}.yaml`);
  try {
    if (!existsSync(mdxPath)) {
      counts.failed++;
      console.error(`figures:extract: ${mdxPath}: no such report. Check the slug; the reports are the .mdx files in ${reportsFolder}`);
      continue;
    }
    if (existsSync(target) && !values.force) {
      counts.kept++;
      console.log(`kept ${target}: it exists and may hold checked figures (--force to replace it with fresh proposals)`);
      continue;
    }
    const mdx = readFileSync(mdxPath, 'utf8');
    const figures = extractFigures(bodyBlocks(splitFrontmatter(mdx).body), { reportYear: reportYear(mdx) });
    mkdirSync(figuresFolder, { recursive: true });
    await writeAtomic(target, renderFigureFile(figures));
    counts.written++;
    console.log(`wrote ${target}: ${figures.length} proposal${figures.length === 1 ? '' : 's'}, unchecked: compare each with its paragraph, fix or delete it, then set checked: true`);
  } catch (error) {
    counts.failed++;
    console.error(`figures:extract: ${slug}: unexpected error: ${(error as Error).stack ?? error}`);
  }
}

console.log(
  `figures:extract: ${slugs.length} report${slugs.length === 1 ? '' : 's'}: ${counts.written} written, ${counts.kept} kept (already exist), ${counts.failed} failed`,
);
process.exitCode = counts.failed > 0 ? 1 : 0;
