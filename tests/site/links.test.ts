/**
 * A link check over the whole built site: every relative link and asset
 * resolves to a file of dist/, and every #fragment to an id on its page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = 'dist';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const pages = files(dist).filter((f) => f.endsWith('.html'));
const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(file)!;
};

describe('every internal link resolves', () => {
  for (const page of pages) {
    it(relative(dist, page), () => {
      const html = readFileSync(page, 'utf8');
      const broken: string[] = [];
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(url)) continue;
        const [path, fragment] = url.split('#');
        let target = path === '' ? page : join(dirname(page), decodeURI(path));
        if (path.endsWith('/') || (existsSync(target) && statSync(target).isDirectory())) target = join(target, 'index.html');
        if (!existsSync(target)) broken.push(url);
        else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(url);
      }
      expect(broken).toEqual([]);
    });
  }
});
