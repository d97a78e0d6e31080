/**
 * Read every report's key figures, content/figures/<slug>.yaml, for the
 * build check and the pages. A report without a file simply has no figures.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../lib/content-root.ts';
import { parseFigureFile, type ReportFigures } from './check.ts';
import type { Problem } from '../lib/problems.ts';
import { perBuild } from '../build/per-build.ts';

export function loadFigures(root = CONTENT_ROOT): { files: ReportFigures[]; errors: Problem[] } {
  const folder = join(root, 'figures');
  if (!existsSync(folder)) return { files: [], errors: [] };
  const files: ReportFigures[] = [];
  const errors: Problem[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = join(folder, name);
    const parsed = parseFigureFile(file, readFileSync(file, 'utf8'));
    errors.push(...parsed.errors);
    files.push({ slug: name.slice(0, -'.yaml'.length), figures: parsed.figures });
  }
  return { files, errors };
}

/** Every report's figures by slug: read once per build (on every call in the dev server), looked up per report page. */
export function figuresBySlug(): Map<string, ReportFigures['figures']> {
  return perBuild('figures', () => new Map(loadFigures().files.map((f) => [f.slug, f.figures])));
}
