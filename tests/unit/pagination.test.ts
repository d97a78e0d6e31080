import { describe, expect, it } from 'vitest';
import { usesPage, usesPageCount } from '../../src/glossary/concordance.ts';
import { pagerWindow } from '../../src/lib/pager.ts';

describe('concordance pages', () => {
  const uses = Array.from({ length: 250 }, (_, i) => i + 1);

  it('splits the uses into pages that hold every line once, numbered from 1', () => {
    expect(usesPageCount(0)).toBe(1);
    expect(usesPageCount(100)).toBe(1);
    expect(usesPageCount(250)).toBe(3);
    const pages = [1, 2, 3].map((n) => usesPage(uses, n));
    expect(pages.map((p) => p.first)).toEqual([1, 101, 201]);
    expect(pages.flatMap((p) => p.lines)).toEqual(uses);
  });
});

describe('pagerWindow', () => {
  it('shows every page when there are few', () => {
    expect(pagerWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the ends and the neighbourhood of the current page, with gaps', () => {
    expect(pagerWindow(1, 20, 2)).toEqual([1, 2, 3, null, 20]);
    expect(pagerWindow(10, 20, 2)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerWindow(20, 20, 2)).toEqual([1, null, 18, 19, 20]);
  });
});
