/**
 * Every report's body as blocks of text, read from the content folder's
 * .mdx files, for the build checks, the glossary's concordance and the CLIs.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

export function readReportTexts(root?: string): ReportText[] {
  const paths = contentPaths(root);
  return readdirSync(paths.reports)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.mdx'.length);
      return reportText(slug, readFileSync(paths.report(slug), 'utf8'));
    });
}
