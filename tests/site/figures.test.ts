/**
 * Key figures in the built site, read from the pages: each report's checked
 * figures in its table with the value written as the report writes it
 * (qualifier before or after the number, as in the quote), each linked to its
 * paragraph, and one chart per indicator that recurs across reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/figures/load.ts';
import { htmlText } from '../support/archive.ts';

const dist = 'dist';
const { files, errors } = loadFigures();

/** The body rows of a report's figures table, as cell texts. */
function tableRows(html: string): { cells: string[]; html: string }[] {
  const table = /<table class="figures-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => ({
    html: row[1],
    cells: [...row[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => htmlText(cell[1]).trim()),
  }));
}

/** Whether the quote writes the qualifier before the number (接近3万人) rather than after it (5%左右). */
function qualifierBefore(quote: string, value: number, qualifier: string): boolean {
  const text = quote.replace(/(\d)[,，](?=\d{3})/g, '$1');
  return text.indexOf(qualifier, text.lastIndexOf(String(value))) === -1;
}

describe('key figures', () => {
  it('load without errors', () => {
    expect(errors).toEqual([]);
  });

  it('some figures carry a qualifier before and some after the number, so both placements are checked', () => {
    const placements = new Set<string>();
    for (const f of files.flatMap((file) => file.figures)) {
      if (!f.qualifier || !f.checked) continue;
      placements.add(qualifierBefore(f.quote, f.value, f.qualifier) ? 'before' : 'after');
    }
    expect([...placements].sort()).toEqual(['after', 'before']);
  });

  for (const file of files) {
    it(`${file.slug} shows its checked figures as the report writes them, each linked to its paragraph`, () => {
      const html = readFileSync(join(dist, 'reports', file.slug, 'index.html'), 'utf8');
      const checked = file.figures.filter((f) => f.checked);
      const rows = tableRows(html);
      expect(rows).toHaveLength(checked.length);
      checked.forEach((f, i) => {
        const [indicator, value, period] = rows[i].cells;
        expect(indicator.startsWith(f.indicator)).toBe(true);
        expect(period).toBe(f.period.replace('/', '—'));
        const compact = value.replace(/[\s,]/g, '');
        expect(compact, `${f.indicator}: ${value}`).toContain(`${f.value}`);
        expect(compact, `${f.indicator}: ${value}`).toContain(f.unit);
        if (f.qualifier) {
          // Where the quote puts the qualifier, relative to the number, is where the page must.
          const before = qualifierBefore(f.quote, f.value, f.qualifier);
          if (before) expect(compact.startsWith(f.qualifier), `${f.quote} → ${value}`).toBe(true);
          else expect(compact.indexOf(f.qualifier), `${f.quote} → ${value}`).toBeGreaterThan(compact.indexOf(String(f.value)));
        }
        expect(rows[i].html).toContain(`href="#${f.paragraph}"`);
        expect(html).toContain(`id="${f.paragraph}"`);
      });
    });
  }

  it('charts every indicator that two or more reports state, once per unit and kind', () => {
    const html = readFileSync(join(dist, 'figures', 'index.html'), 'utf8');
    const reportsOf = new Map<string, Set<string>>();
    for (const { slug, figures } of files) {
      for (const f of figures.filter((f) => f.checked)) {
        const key = `${f.indicatorId} ${f.unit} ${f.kind}`;
        reportsOf.set(key, (reportsOf.get(key) ?? new Set()).add(slug));
      }
    }
    const recurring = [...reportsOf.values()].filter((slugs) => slugs.size >= 2).length;
    expect(recurring).toBeGreaterThan(0);
    expect([...html.matchAll(/<svg[^>]*class="bar-chart"/g)]).toHaveLength(recurring);
    // Each listed point reads like its table row: the qualifier stays where the report put it.
    expect(htmlText(html)).not.toMatch(/\d [^\s，。]+(近|接近|不少于|突破|力争)(?=\s|（|—)/);
  });
});
