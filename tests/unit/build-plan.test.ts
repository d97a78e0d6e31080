import { describe, expect, it } from 'vitest';
import { parsePart, planUnits, unitsOfPart, type PlannedReport } from '../../scripts/build/plan.ts';
import { routePattern } from '../../src/build/archive-pages.ts';
import { literalPattern, reportIdFromFile } from '../../src/build/build-unit.ts';

const report = (id: string, delivered?: string): PlannedReport => ({ file: `${id}.mdx`, id, data: { dates: delivered ? { delivered } : {} } });

describe('planUnits', () => {
  const reports = [report('c', '2020'), report('a', '2024-01-02'), report('undated'), report('b', '2020-05'), report('d', '2015-03-01')];

  it('builds an archive that fits one unit whole', () => {
    expect(planUnits(reports, 5)).toEqual([{ name: 'whole', kind: 'whole' }]);
  });

  it('cuts the reports newest first (a year after its own months, undated last), then the archive-wide pages', () => {
    expect(planUnits(reports, 2)).toEqual([
      { name: 'reports-1', kind: 'reports', files: ['a.mdx', 'b.mdx'] },
      { name: 'reports-2', kind: 'reports', files: ['c.mdx', 'd.mdx'] },
      { name: 'reports-3', kind: 'reports', files: ['undated.mdx'] },
      { name: 'archive', kind: 'archive' },
    ]);
  });

  it('names units so that they sort in plan order and plans the same way whatever order the files come in', () => {
    const many = Array.from({ length: 12 }, (_, i) => report(`r${String(i).padStart(2, '0')}`, `2000-01-${String(i + 1).padStart(2, '0')}`));
    const names = planUnits(many, 1).map((unit) => unit.name);
    expect(names.slice(0, 3)).toEqual(['reports-01', 'reports-02', 'reports-03']);
    expect(planUnits([...many].reverse(), 5)).toEqual(planUnits(many, 5));
  });

  it('refuses a nonsense unit size', () => {
    expect(() => planUnits(reports, 0)).toThrow('reports per unit must be a positive whole number, got 0');
  });
});

describe('parts', () => {
  it('reads K/N and says what is wrong with anything else', () => {
    expect(parsePart('2/3')).toEqual({ part: 2, parts: 3 });
    expect(parsePart('4/3')).toBe('--part 4/3: K must be from 1 to N');
    expect(parsePart('0/3')).toBe('--part 0/3: K must be from 1 to N');
    expect(parsePart('two')).toBe('--part takes K/N (this machine\'s part K of N), got "two"');
  });

  it('deals every unit to exactly one part', () => {
    const units = ['u1', 'u2', 'u3', 'u4', 'u5'];
    const dealt = [1, 2, 3].map((k) => unitsOfPart(units, k, 3));
    expect(dealt).toEqual([['u1', 'u4'], ['u2', 'u5'], ['u3']]);
    expect(unitsOfPart(units, 1, 1)).toEqual(units);
  });
});

describe('routes and files', () => {
  it('gives archive-wide page files the routes Astro gives them in src/pages', () => {
    expect(routePattern('index.astro')).toBe('/');
    expect(routePattern('404.astro')).toBe('/404');
    expect(routePattern('browse/index.astro')).toBe('/browse');
    expect(routePattern('browse/places/[...path].astro')).toBe('/browse/places/[...path]');
    expect(routePattern('[sitemap].xml.ts')).toBe('/[sitemap].xml');
    expect(routePattern('glossary/[id]/uses/[page].astro')).toBe('/glossary/[id]/uses/[page]');
  });

  it('names a report by its file and lists it as a pattern matching only itself', () => {
    expect(reportIdFromFile('2024-01-05-report-0a1b2c3d.mdx')).toBe('2024-01-05-report-0a1b2c3d');
    expect(literalPattern('a[1](x)*.mdx')).toBe('a\\[1\\]\\(x\\)\\*.mdx');
  });
});
