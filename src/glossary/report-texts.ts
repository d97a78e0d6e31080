/**
 * Every report's body as blocks of text, read from content/reports/*.mdx,
 * for the build checks and the glossary's concordance.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../lib/content-root.ts';
import { bodyBlocks, mdxBody } from './body-blocks.ts';
import type { ReportText } from './integrity.ts';

export function readReportTexts(root = CONTENT_ROOT): ReportText[] {
  const folder = join(root, 'reports');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const body = mdxBody(readFileSync(join(folder, name), 'utf8'));
      return {
        slug: name.slice(0, -'.mdx'.length),
        blocks: bodyBlocks(body),
        handTermIds: [...body.matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => m[1]),
      };
    });
}
