/**
 * What a unit's output depends on, as one digest, so that a rebuild skips
 * every unit whose inputs are unchanged (an edit to one report re-renders
 * its slice and the archive-wide pages, not the other slices).
 *
 * - every unit: the code (src/, astro.config.mjs, the lock file) and the
 *   settings read from the environment;
 * - a slice: its report files and their sources and figures, every
 *   report's frontmatter (a report page lists related reports by their
 *   metadata), and the glossary entries its reports can show
 *   (entriesShownIn: an edit to an entry rebuilds the slices that use it);
 * - the archive-wide unit and a whole build: the whole content folder.
 *
 * A wrong digest would publish a stale page, so the site suite edits a copy
 * of the archive and compares the rebuild with a clean build, byte for byte.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentPaths } from '../../src/lib/content-root.ts';
import { reportIdFromFile } from '../../src/build/build-unit.ts';
import { entriesShownIn, type GlossaryMatcher } from '../../src/glossary/archive-index.ts';
import { mdxBody } from '../../src/text/report-mdx.ts';
import type { PlannedUnit } from './plan.ts';
import type { ShownCache } from './shown-cache.ts';

/** Every file under `dir` (relative paths, sorted) with its bytes folded into `hash`. */
function hashFolder(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir, { recursive: true })
    .map((name) => String(name).split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(dir, file)));
}

/** A file's name within `dir` and its bytes (the folder's own place is left out: parts are built in checkouts anywhere). */
function hashFile(hash: ReturnType<typeof createHash>, dir: string, name: string): void {
  const path = join(dir, name);
  hash.update(`\0${name}\0`).update(existsSync(path) ? readFileSync(path) : 'missing');
}

/** The files of the sources folder by the slug they belong to (`<slug>.txt`, `<slug>.docx`), read once per folder. */
const sourceListings = new Map<string, Map<string, string[]>>();
function sourcesBySlug(dir: string): Map<string, string[]> {
  let listing = sourceListings.get(dir);
  if (!listing) {
    listing = new Map();
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      const slug = name.replace(/\.[^.]*$/, '');
      listing.set(slug, [...(listing.get(slug) ?? []), name]);
    }
    sourceListings.set(dir, listing);
  }
  return listing;
}

/** The code and settings every unit's output depends on: the site's code and the build's own (which runs the indexer). */
export function codeDigest(root: string, settings: readonly string[]): string {
  const hash = createHash('sha256');
  hashFolder(hash, join(root, 'src'));
  hashFolder(hash, join(root, 'scripts', 'build'));
  for (const file of ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', join('scripts', 'build.ts')]) hashFile(hash, root, file);
  hash.update(JSON.stringify(settings));
  return hash.digest('hex');
}

/** What every unit's digest starts from: the code's digest, every report's frontmatter digest (scripts/build/read-reports.ts) and the glossary. */
export interface UnitInputs {
  code: string;
  frontmatters: string;
  glossary: () => GlossaryMatcher;
  /** The entries each report can show, kept between builds (./shown-cache.ts); matched afresh without it. */
  shown?: ShownCache;
}

/** The digest of one unit's inputs. */
export function unitInputDigest(unit: PlannedUnit, inputs: UnitInputs, contentRoot?: string): string {
  const paths = contentPaths(contentRoot);
  const hash = createHash('sha256').update(JSON.stringify([unit.name, unit.kind, inputs.code]));
  if (unit.kind !== 'reports') {
    hashFolder(hash, paths.root);
    return hash.digest('hex');
  }
  hash.update(inputs.frontmatters);
  const sources = sourcesBySlug(paths.sources);
  const shown = new Set<string>();
  for (const file of unit.files) {
    const slug = reportIdFromFile(file);
    const mdx = readFileSync(join(paths.reports, file));
    hash.update(`\0${file}\0`).update(mdx);
    const match = () => entriesShownIn(mdxBody(mdx.toString('utf8')), inputs.glossary()).map((entry) => entry.id);
    for (const id of inputs.shown ? inputs.shown.ids(mdx, match) : match()) shown.add(id);
    hashFile(hash, dirname(paths.figuresFile(slug)), basename(paths.figuresFile(slug)));
    for (const source of sources.get(slug) ?? []) hashFile(hash, paths.sources, source);
  }
  // In the glossary's order, as entriesShownIn gives them.
  const glossaryOrder = inputs.glossary().glossary.terms.filter((entry) => shown.has(entry.id));
  hash.update(JSON.stringify(glossaryOrder));
  return hash.digest('hex');
}
