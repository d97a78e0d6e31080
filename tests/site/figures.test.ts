/**
 * Key figures in the built site: each report's checked figures in its table,
 * each linking to a paragraph of the page, and one chart per indicator that
 * recurs across reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/figures/load.ts';
import { buildSeries } from '../../src/figures/series.ts';

const dist = 'dist';
const { files, errors } = loadFigures();

describe('key figures', () => {
  it('load without errors', () => {
    expect(errors).toEqual([]);
  });

  for (const file of files) {
    it(`${file.slug} shows its checked figures, each linked to its paragraph`, () => {
      const html = readFileSync(join(dist, 'reports', file.slug, 'index.html'), 'utf8');
      const checked = file.figures.filter((f) => f.checked);
      const table = /<table class="figures-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
      expect([...table.matchAll(/<tr>/g)].length - (checked.length > 0 ? 1 : 0)).toBe(checked.length);
      for (const f of checked) {
        expect(table).toContain(`href="#${f.paragraph}"`);
        expect(html).toContain(`id="${f.paragraph}"`);
      }
    });
  }

  it('charts every indicator that recurs across reports', () => {
    const html = readFileSync(join(dist, 'figures', 'index.html'), 'utf8');
    const series = buildSeries(files, { minReports: 2 });
    expect(series.length).toBeGreaterThan(0);
    expect([...html.matchAll(/<svg[^>]*class="bar-chart"/g)]).toHaveLength(series.length);
  });
});
