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
/** The filter listing the glossary entries a report uses (by id): the search page's exact list of an entry's reports. */
export const TERM_FILTER = 'term';

/**
 * The results newest first, as they are wanted: each shard's sorted results,
 * newest shard first, a shard searched only when the ones before it are used up.
 */
export async function* newestFirst<T>(
  search: (filters: Record<string, unknown>) => Promise<{ results: T[] }>,
  filters: Record<string, unknown>,
  shardCount: number,
): AsyncGenerator<T> {
  for (let n = 0; n < shardCount; n++) yield* (await search({ ...filters, [SHARD_FILTER]: String(n) })).results;
}

/** Up to `count` more items of an async generator (fewer at its end). */
export async function take<T>(items: AsyncGenerator<T>, count: number): Promise<T[]> {
  const taken: T[] = [];
  while (taken.length < count) {
    const next = await items.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}
