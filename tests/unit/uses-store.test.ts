import { expect, test } from 'vitest';
import type { Occurrence } from '../../src/glossary/concordance.ts';
import { writeUsesStore } from '../../src/glossary/uses-store.ts';

const use = (termId: string, report: string, n: number, context = ''): Occurrence => ({
  termId,
  report,
  paragraph: `p-${n}`,
  before: `${context}前文`,
  match: termId === 'a' ? '两个维护' : '放管服',
  after: '后文"引号"\\',
});

const archive = [use('a', 'r1', 1), use('b', 'r1', 2, '\n'), use('a', 'r1', 3), use('a', 'r2', 1), use('b', 'r3', 7)];

test("a term's uses come back whole and in the archive's order, however often the lines were flushed", () => {
  for (const flushAt of [1, 40, 1e9]) {
    const store = writeUsesStore(archive, flushAt);
    expect(store.usesOf('a')).toEqual(archive.filter((o) => o.termId === 'a'));
    expect(store.usesOf('b')).toEqual(archive.filter((o) => o.termId === 'b'));
    expect([store.count('a'), store.count('b')]).toEqual([3, 2]);
    expect([store.reports('a'), store.reports('b'), store.reports('c')]).toEqual([2, 2, 0]);
  }
});

test('a term the archive does not use has no uses', () => {
  const store = writeUsesStore(archive);
  expect(store.usesOf('c')).toEqual([]);
  expect(store.count('c')).toBe(0);
});

test('the term read last is kept, not read again', () => {
  const store = writeUsesStore(archive);
  expect(store.usesOf('a')).toBe(store.usesOf('a'));
  const first = store.usesOf('a');
  store.usesOf('b');
  expect(store.usesOf('a')).not.toBe(first);
  expect(store.usesOf('a')).toEqual(first);
});

test('the occurrences are read once, as they come (an archive is never held whole)', () => {
  let read = 0;
  function* once() {
    for (const o of archive) {
      read += 1;
      yield o;
    }
  }
  const store = writeUsesStore(once(), 1);
  expect(read).toBe(archive.length);
  expect(store.count('a')).toBe(3);
});
