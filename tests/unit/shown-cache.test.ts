/**
 * The entries each report can show, kept between builds: computed once per
 * report body, read back by a later build with the same glossary forms and
 * code, and forgotten when they change or the file cannot be read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';
import { shownCache } from '../../scripts/build/shown-cache.ts';

const body = (text: string) => new TextEncoder().encode(text);

describe('the cache of the entries a report shows', () => {
  it('matches a body once, and a later build reads it back', () => {
    const file = join(scratchDir('shown'), 'parts', 'entries-shown.json');
    let matched = 0;
    const match = () => (matched++, ['liang-chong']);
    const first = shownCache(file, () => 'forms-1');
    expect(first.ids(body('“两重”建设'), match)).toEqual(['liang-chong']);
    expect(first.ids(body('“两重”建设'), match)).toEqual(['liang-chong']);
    first.save();
    const later = shownCache(file, () => 'forms-1');
    expect(later.ids(body('“两重”建设'), match)).toEqual(['liang-chong']);
    expect(matched).toBe(1);
    // Another body is matched.
    expect(later.ids(body('其他'), () => [])).toEqual([]);
  });

  it('forgets what another glossary or code found, and a file it cannot read', () => {
    const dir = scratchDir('shown');
    const file = join(dir, 'entries-shown.json');
    const first = shownCache(file, () => 'forms-1');
    first.ids(body('“两重”建设'), () => ['liang-chong']);
    first.save();
    expect(shownCache(file, () => 'forms-2').ids(body('“两重”建设'), () => ['liang-chong', 'liang-xin'])).toEqual(['liang-chong', 'liang-xin']);
    writeFileSync(file, '{ not json');
    expect(shownCache(file, () => 'forms-1').ids(body('“两重”建设'), () => ['fresh'])).toEqual(['fresh']);
  });
});
