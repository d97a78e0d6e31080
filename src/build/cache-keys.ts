/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are both unchanged since the last build is
 * copied from it instead of rendered again. Astro tracks the code (the
 * page's module graph) and the report bodies a page renders; everything else
 * a page shows must be in its key, so a key is built from the page's props
 * plus the data it reads from files: the glossary, the figures, a source text.
 * A key that misses something would publish a stale page, so the site suite
 * compares an incremental rebuild with a clean build, byte for byte.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { archiveIndex, entriesShownIn, glossaryMatcher } from '../glossary/archive-index.ts';
import { figuresBySlug } from '../figures/load.ts';
import { isArchiveSource } from '../schemas/glossary.ts';
import { reportLabels } from './archive-views.ts';
import { perBuild } from './per-build.ts';
import { contentPaths } from '../lib/content-root.ts';

const isEntry = (value: unknown): value is { id: string; digest?: string; data: unknown } =>
  typeof value === 'object' && value !== null && 'id' in value && 'data' in value && 'collection' in value;

/**
 * A key for the given parts. A collection entry stands for its id and the
 * digest of its file (which covers metadata and body), so a key never holds
 * a report's text.
 */
export function cacheKey(...parts: unknown[]): string {
  const json = JSON.stringify(parts, (_, value) => (isEntry(value) ? ['entry', value.id, value.digest ?? value.data] : value));
  return createHash('sha256').update(json).digest('hex');
}

/** The glossary entries a report body can show (entriesShownIn), as read this build. */
export function reportGlossaryStamp(body: string | undefined): string {
  return cacheKey(entriesShownIn(body ?? '', glossaryMatcher()));
}

/** The checked figures a report page shows. */
export function figuresStamp(slug: string): unknown {
  return figuresBySlug().get(slug) ?? null;
}

/** The bytes of a report's verbatim source, which its source page and download show. */
export function sourceStamp(slug: string): string {
  const file = contentPaths().source(slug);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing';
}

/**
 * Keys for a glossary entry's pages: the entry, the names of the entries it
 * links to, its uses with their contexts, and how each report it cites or
 * is used in is named (title, place, year). Computed once per build for the
 * entry pages and their concordance pages alike; an edit to one entry
 * changes the keys of that entry and of the entries that link to it.
 */
export function termPageKeys(): Promise<(termId: string) => string> {
  return perBuild('term-page-keys', async () => {
    const label = await reportLabels();
    const { glossary, uses: archiveUses } = archiveIndex();
    const keys = new Map<string, string>();
    const names = new Map(glossary.terms.map((t) => [t.id, t.term]));
    for (const term of glossary.terms) {
      const uses = archiveUses.usesOf(term.id);
      const cited = term.sources.filter(isArchiveSource).map((source) => source.report);
      const named = [...new Set([...uses.map((o) => o.report), ...cited])].sort().map(label);
      const linked = term.related.map((r) => [r.id, names.get(r.id)]);
      keys.set(term.id, cacheKey('term', term, linked, uses, named));
    }
    return (termId: string) => keys.get(termId) ?? cacheKey('term', termId);
  });
}
