import { expect, test } from 'vitest';
import { unitFailure } from '../../scripts/build/run-unit.ts';

test('a unit that ran out of heap is told apart, with what to do', () => {
  expect(unitFailure('archive', null, 'SIGABRT', 1536)).toBe(
    'astro build of archive failed (killed by SIGABRT): if its output above ends in "heap limit", it needed more than 1536 MB of heap; build with fewer --reports-per-unit, or give each unit more with --unit-heap-mb',
  );
  expect(unitFailure('archive', 134, null, 2048)).toContain('more than 2048 MB of heap');
  expect(unitFailure('reports-03', 1, null, 1536)).toBe('astro build of reports-03 failed (exit code 1); its output is above');
});
