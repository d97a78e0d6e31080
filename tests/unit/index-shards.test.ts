import { describe, expect, it } from 'vitest';
import { planIndexShards, shardDirectory, shardManifest, sortDateIn } from '../../src/search/index-shards.ts';
import { newestFirst, take } from '../../src/search/shards.ts';

describe('planIndexShards', () => {
  const pages = [
    { file: 'glossary/b/index.html' },
    { file: 'reports/old/index.html', date: '2015-03' },
    { file: 'reports/new/index.html', date: '2024-01-02' },
    { file: 'glossary/a/index.html' },
    { file: 'reports/mid/index.html', date: '2020' },
    { file: 'reports/mid2/index.html', date: '2020' },
  ];

  it('cuts shards newest first, undated pages last, ties by file', () => {
    expect(planIndexShards(pages, 4).map((shard) => shard.map((p) => p.file))).toEqual([
      ['reports/new/index.html', 'reports/mid/index.html', 'reports/mid2/index.html', 'reports/old/index.html'],
      ['glossary/a/index.html', 'glossary/b/index.html'],
    ]);
  });

  it('keeps every page exactly once and bounds each shard', () => {
    const shards = planIndexShards(pages, 2);
    expect(shards.map((s) => s.length)).toEqual([2, 2, 2]);
    expect(shards.flat().map((p) => p.file).sort()).toEqual(pages.map((p) => p.file).sort());
  });

  it('gives one (empty) shard for no pages and refuses a nonsense size', () => {
    expect(planIndexShards([], 10)).toEqual([[]]);
    expect(() => planIndexShards(pages, 0)).toThrow('pages per search index must be a positive integer, got 0');
    expect(() => planIndexShards(pages, Number.NaN)).toThrow('got NaN');
  });

  it('names where shards go and lists the extra ones for the search page', () => {
    expect([0, 1, 2].map(shardDirectory)).toEqual(['pagefind', 'pagefind/shards/1', 'pagefind/shards/2']);
    expect(shardManifest(1)).toEqual({ shards: [] });
    expect(shardManifest(3)).toEqual({ shards: ['shards/1/', 'shards/2/'] });
  });

  it('reads the sort date SearchFacets writes', () => {
    expect(sortDateIn('<div><span data-pagefind-sort="date">2021-08-24</span></div>')).toBe('2021-08-24');
    expect(sortDateIn('<div data-pagefind-body><h1>词条</h1></div>')).toBeUndefined();
  });
});

describe('newestFirst', () => {
  // Three shards, each already newest first, as a sorted Pagefind search returns them.
  const shards = [['2024-05', '2024-01'], ['2023-09'], ['2022-02', '2021-07']];
  const asked: Record<string, unknown>[] = [];
  const search = async (filters: Record<string, unknown>) => {
    asked.push(filters);
    return { results: shards[Number(filters.shard)] };
  };

  it('reads shards in order, each only when the results before it are used up', async () => {
    asked.length = 0;
    const results = newestFirst(search, { year: ['2024'] }, 3);
    expect(await take(results, 3)).toEqual(['2024-05', '2024-01', '2023-09']);
    expect(asked).toEqual([{ year: ['2024'], shard: '0' }, { year: ['2024'], shard: '1' }]);
    expect(await take(results, 30)).toEqual(['2022-02', '2021-07']);
    expect(await take(results, 30)).toEqual([]);
  });
});
