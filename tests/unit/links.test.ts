import { describe, expect, it } from 'vitest';
import { relativeHref } from '../../src/lib/links.ts';

describe('relativeHref', () => {
  it.each([
    ['/', '/', './'],
    ['/', '/reports/', 'reports/'],
    ['/', '/reports.json', 'reports.json'],
    ['/reports/', '/', '../'],
    ['/reports/a/', '/reports/', '../'],
    ['/reports/a/', '/reports/b/', '../b/'],
    ['/reports/a/', '/reports/a/', './'],
    ['/reports/a/', '/reports/a/source/', 'source/'],
    ['/reports/a/source/', '/reports/a/#p3', '../#p3'],
    ['/reports/a/', '/sources/a.txt', '../../sources/a.txt'],
    ['/about/', '/reports/a/#p1', '../reports/a/#p1'],
    ['/404.html', '/', './'],
  ])('from %s to %s is %s', (from, to, href) => {
    expect(relativeHref(from, to)).toBe(href);
  });

  it('resolves to the target under any prefix', () => {
    for (const prefix of ['', '/a/b/archive']) {
      for (const [from, to] of [['/reports/x/', '/about/'], ['/', '/reports/y/'], ['/reports/x/source/', '/sources/x.txt']]) {
        const resolved = new URL(relativeHref(from, to), `http://h${prefix}${from}`);
        expect(resolved.pathname).toBe(`${prefix}${to}`);
      }
    }
  });

  it('refuses a target that is not a site path', () => {
    expect(() => relativeHref('/', 'reports/')).toThrow(/must be a site path/);
  });
});
