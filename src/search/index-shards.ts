/**
 * How the search index is split. Pagefind builds a whole index in memory and
 * its writing step needs about 3.4 GB per 1,000 reports (measured, see the
 * README's Performance section), so a 10,000-report archive cannot be one
 * index on a 24 GB machine. The searchable pages are split into shards of a
 * bounded size, each indexed by its own Pagefind process; the search page
 * merges them (src/search/shards.ts).
 *
 * Shards are cut in date order, newest first, so that a search sorted by date
 * can read the shards one after another and stop once it has a page of
 * results. Pages without a date (glossary entries, undated reports) come last.
 * Pure: the Pagefind adapter is src/integrations/pagefind-index.ts.
 */
import { createHash } from 'node:crypto';

/** A built page that carries `data-pagefind-body`. */
export interface SearchablePage {
  /** Path of the HTML file relative to the site root, e.g. `reports/x/index.html`. */
  file: string;
  /** The page's `data-pagefind-sort="date"` value (YYYY, YYYY-MM or YYYY-MM-DD), if any. */
  date?: string;
  /** SHA-256 of the page's HTML, so that an unchanged shard can be reused. */
  digest?: string;
}

/** Pages per Pagefind index: about 3.5 GB for Pagefind's writing step at report lengths, two shards at a time. */
export const DEFAULT_PAGES_PER_INDEX = 1000;

/** The page's sort date, read from the marker SearchFacets writes. */
export function sortDateIn(html: string): string | undefined {
  return /<span data-pagefind-sort="date">([^<]*)<\/span>/.exec(html)?.[1];
}

/** Newest first; undated pages last; ties by file so the plan is reproducible. */
function compareForShards(a: SearchablePage, b: SearchablePage): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Split pages into shards of at most `perIndex` pages, newest first. Always at least one shard. */
export function planIndexShards(pages: readonly SearchablePage[], perIndex = DEFAULT_PAGES_PER_INDEX): SearchablePage[][] {
  if (!Number.isInteger(perIndex) || perIndex < 1) throw new Error(`pages per search index must be a positive integer, got ${perIndex}`);
  const ordered = [...pages].sort(compareForShards);
  const shards: SearchablePage[][] = [];
  for (let i = 0; i < ordered.length; i += perIndex) shards.push(ordered.slice(i, i + perIndex));
  return shards.length > 0 ? shards : [[]];
}

/** What a merged shard is read for; Pagefind also writes its scripts and UI, which only the first shard needs. */
export const SHARD_DATA = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** Where shard `n` is written, relative to the site root: the first is Pagefind's usual `pagefind/`. */
export function shardDirectory(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind/shards/${n}`;
}

/**
 * What a shard's index depends on: the indexer (`toolchain`, e.g. a hash of
 * the lock file, and its settings), whether it is the first shard (which keeps
 * Pagefind's scripts), and each page's path and HTML. Pagefind's output is
 * reproducible, so an index stored under the same key is the same index.
 */
export function shardKey(pages: readonly SearchablePage[], first: boolean, toolchain: string): string {
  return createHash('sha256')
    .update(JSON.stringify([toolchain, first, pages.map((page) => [page.file, page.digest])]))
    .digest('hex');
}

/** The list the search page reads (`pagefind/shards.json`): the other shards, relative to `pagefind/`. */
export function shardManifest(shardCount: number): { shards: string[] } {
  return { shards: Array.from({ length: Math.max(0, shardCount - 1) }, (_, i) => `shards/${i + 1}/`) };
}
