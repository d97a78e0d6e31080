import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeUnits, missingUnits, stampUnit, unitIsCurrent, unstampUnit } from '../../scripts/build/merge.ts';
import type { PlannedUnit } from '../../scripts/build/plan.ts';
import { scratchDir } from '../support/scratch.ts';

const units: PlannedUnit[] = [
  { name: 'reports-1', kind: 'reports', files: ['a.mdx'] },
  { name: 'archive', kind: 'archive' },
];

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A unit's output: its pages, a browser script every unit writes, and its own shards (the first with Pagefind's scripts). */
function unitOutput(dir: string, name: string, shards: number): void {
  write(join(dir, name, `${name}/index.html`), `<p>${name}</p>`);
  write(join(dir, name, 'scripts/popover.js'), 'same in every unit');
  for (let n = 0; n < shards; n += 1) {
    const shard = join(dir, name, n === 0 ? 'pagefind' : `pagefind/shards/${n}`);
    write(join(shard, 'pagefind-entry.json'), `${name} shard ${n}`);
    write(join(shard, 'fragment/x.pf_fragment'), `${name} fragment ${n}`);
    if (n === 0) write(join(shard, 'pagefind.js'), 'pagefind scripts');
  }
  if (shards > 1) write(join(dir, name, 'pagefind/shards.json'), '{"shards":["shards/1/"]}');
}

let parts = '';
let dist = '';
beforeEach(() => {
  const root = scratchDir('merge');
  parts = join(root, 'parts');
  dist = join(root, 'dist');
});

describe('mergeUnits', () => {
  it('copies every unit and renumbers the shards in plan order, only the first keeping Pagefind\'s scripts', () => {
    unitOutput(parts, 'reports-1', 2);
    unitOutput(parts, 'archive', 1);
    expect(mergeUnits(units, parts, dist)).toEqual({ files: 3, shards: 3 });
    expect(readFileSync(join(dist, 'reports-1/index.html'), 'utf8')).toBe('<p>reports-1</p>');
    expect(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).toBe('reports-1 shard 0');
    expect(readFileSync(join(dist, 'pagefind/shards/1/pagefind-entry.json'), 'utf8')).toBe('reports-1 shard 1');
    expect(readFileSync(join(dist, 'pagefind/shards/2/fragment/x.pf_fragment'), 'utf8')).toBe('archive fragment 0');
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(dist, 'pagefind/shards/2')).sort()).toEqual(['fragment', 'pagefind-entry.json']);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ shards: ['shards/1/', 'shards/2/'] });
  });

  it('stops on a file two units wrote differently, naming it, and leaves the site as it was', () => {
    unitOutput(parts, 'reports-1', 1);
    unitOutput(parts, 'archive', 1);
    write(join(parts, 'archive/scripts/popover.js'), 'another version');
    write(join(dist, 'index.html'), 'the last good site');
    expect(() => mergeUnits(units, parts, dist)).toThrow(
      'scripts/popover.js: units reports-1 and archive wrote different contents; a page must be rendered by one unit only (see src/build/build-unit.ts)',
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(`${dist}.partial`)).toBe(false);
  });
});

describe('stamps', () => {
  const digestOf = (unit: PlannedUnit) => `inputs of ${unit.name}`;

  it('name the units not built, or built from other inputs', () => {
    unitOutput(parts, 'reports-1', 1);
    stampUnit(parts, units[0], digestOf(units[0]));
    expect(missingUnits(units, parts, digestOf)).toEqual(['archive was not built']);
    unitOutput(parts, 'archive', 1);
    stampUnit(parts, units[1], 'inputs of another archive');
    expect(missingUnits(units, parts, digestOf)).toEqual(['archive was built from other content, code or settings']);
  });

  it('keep a unit only while its stamp matches, and a unit being rebuilt is not current', () => {
    unitOutput(parts, 'reports-1', 1);
    stampUnit(parts, units[0], 'a');
    expect(unitIsCurrent(parts, units[0], 'a')).toBe(true);
    expect(unitIsCurrent(parts, units[0], 'b')).toBe(false);
    unstampUnit(parts, units[0]);
    expect(unitIsCurrent(parts, units[0], 'a')).toBe(false);
  });
});
