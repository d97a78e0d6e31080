/**
 * Every report's body as blocks of text, read from the content folder's
 * .mdx files, for the build checks, the glossary's concordance and the CLIs.
 * The build reads them one at a time (eachReportText): an archive's text
 * does not fit in memory at once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { contentPaths } from '../lib/content-root.ts';
import { bodyBlocks, frontmatterData, handMarkedTermIds, mdxBody, type BodyBlock } from './report-mdx.ts';

export interface ReportText {
  slug: string;
  blocks: BodyBlock[];
  /** Ids named by hand annotations, `<Term id="…">`, in the body. */
  handTermIds: string[];
  /** Whether an editor has reviewed the report (review.status in its frontmatter); a draft otherwise. */
  reviewed: boolean;
}

/** One report's text from its MDX source. */
export function reportText(slug: string, mdx: string): ReportText {
  const body = mdxBody(mdx);
  const review = frontmatterData(mdx)?.review as { status?: unknown } | undefined;
  return { slug, blocks: bodyBlocks(body), handTermIds: handMarkedTermIds(body), reviewed: review?.status === 'reviewed' };
}

/** Every report's slug, in file-name order. */
export function reportSlugs(root?: string): string[] {
  return readdirSync(contentPaths(root).reports)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.slice(0, -'.mdx'.length));
}

/**
 * The reports' texts one at a time, in file-name order: every report, or
 * those of `slugs` that exist. Only the one being read is held.
 */
export function* eachReportText(root?: string, slugs?: Iterable<string>): Generator<ReportText> {
  const paths = contentPaths(root);
  const wanted = slugs === undefined ? reportSlugs(root) : [...new Set(slugs)].filter((slug) => existsSync(paths.report(slug))).sort();
  for (const slug of wanted) yield reportText(slug, readFileSync(paths.report(slug), 'utf8'));
}

/** Every report's text at once (the review CLI, the tests). */
export function readReportTexts(root?: string): ReportText[] {
  return [...eachReportText(root)];
}
