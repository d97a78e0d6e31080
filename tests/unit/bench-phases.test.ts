import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../scripts/bench/phases.ts';

describe('buildPhases', () => {
  it('reads bundling, page rendering and search indexing times from an Astro build log', () => {
    const log = [
      '05:03:08 [build] Building static entrypoints...',
      '05:03:23 [vite] \u001b[32m✓ built in 14.42s\u001b[39m',
      '05:03:23 [vite] ✓ built in 26ms',
      '\u001b[42m generating static routes \u001b[49m',
      '05:03:52   ├─ /reports/a/index.html (+3ms)',
      '05:03:52 ✓ Completed in 1m 8.5s.',
      '05:03:52 [build] ✓ Completed in 43.65s.',
      '05:04:41 [tifa-pagefind-index] indexed 1204 pages for search in 2 shards, 1 unchanged and reused, 1 at a time (45.9 s)',
    ].join('\n');
    expect(buildPhases(log)).toEqual({ bundle: 14.446, render: 68.5, index: 45.9 });
  });

  it('sums each phase over the units of a build in parts', () => {
    const unit = (bundle: string, render: string, index: string) =>
      `[vite] ✓ built in ${bundle}\n generating static routes \n✓ Completed in ${render}.\n[build] search index left to the build in parts\nbuild: reports-1: indexed 500 pages for search in one index, 1 at a time (${index} s)\n`;
    expect(buildPhases(unit('7.2s', '20.1s', '26.7') + unit('6.3s', '19.9s', '22.5'))).toEqual({ bundle: 13.5, render: 40, index: 49.2 });
  });

  it('leaves out what the log does not show', () => {
    expect(buildPhases('05:03:23 [vite] ✓ built in 950ms\n generating static routes \n✓ Completed in 2.1s.\n')).toEqual({ bundle: 0.95, render: 2.1, index: undefined });
  });
});
