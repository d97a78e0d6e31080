/**
 * The search index comes in shards (src/search/index-shards.ts), cut in date
 * order, newest first. The search page merges them into one Pagefind
 * instance, each tagged with a synthetic `shard` filter. Pagefind orders
 * merged results by score, and a sorted search's score is a page's position
 * within its own shard, so a search sorted by date is run shard by shard,
 * newest shard first, until a page of results is collected.
 */

/** The synthetic filter that tells the shards apart. */
export const SHARD_FILTER = 'shard';

/** The first `limit` results newest first (or all of them, if fewer). */
export async function newestFirst<T>(
  search: (filters: Record<string, unknown>) => Promise<{ results: T[] }>,
  filters: Record<string, unknown>,
  shardCount: number,
  limit: number,
): Promise<T[]> {
  const results: T[] = [];
  for (let n = 0; n < shardCount && results.length < limit; n++) {
    const found = await search({ ...filters, [SHARD_FILTER]: String(n) });
    results.push(...found.results);
  }
  return results.slice(0, limit);
}
