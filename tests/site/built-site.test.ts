/**
 * The built archive (dist/), read as files: every body line of every source
 * stands on its page in order, the verbatim sources are published byte for
 * byte, the catalogue lists every report, and no link leaves the site.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivedReports, elementHtml, firstInfidelity, htmlText } from '../support/archive.ts';

const dist = 'dist';
const reports = archivedReports();

function page(path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the archive holds every report', () => {
  it('has the five seed reports', () => {
    expect(reports.map((r) => r.data.provenance.sourceFile).sort()).toEqual(
      expect.arrayContaining(['000_fe8e8a8ea80693ba.txt', '001_b7bd35647c7dbae8.txt', '002_f769789c85b9177c.txt', '003_fb3c97319014020c.txt', '004_61098910dbaaaa07.txt']),
    );
  });

  for (const report of reports) {
    describe(report.slug, () => {
      const html = page(`reports/${report.slug}/index.html`);
      const body = elementHtml(html, /<article[^>]*class="[^"]*report-body/, 'article');

      it('shows every body line of the source, in order, as text', () => {
        expect(firstInfidelity(report, html)).toBeUndefined();
      });

      it("gives the search index its filters apart from the text it indexes (a filter's words are no report's text)", () => {
        const indexed = elementHtml(html, /<div data-pagefind-body/, 'div');
        expect(indexed).toBeDefined();
        expect(html).toMatch(/data-pagefind-filter="type"/);
        expect(indexed).not.toMatch(/data-pagefind-(filter|meta|sort)=/);
      });

      it('anchors every paragraph, p1 to pN', () => {
        const ids = [...body!.matchAll(/<p\b[^>]*\bid="(p\d+)"/g)].map((m) => m[1]);
        const paragraphs = [...body!.matchAll(/<p\b/g)].length;
        expect(ids).toEqual(Array.from({ length: paragraphs }, (_, i) => `p${i + 1}`));
      });

      it('publishes the verbatim source, byte for byte', () => {
        const published = readFileSync(join(dist, 'sources', `${report.slug}.txt`));
        expect(published.equals(report.sourceBytes)).toBe(true);
        expect(createHash('sha256').update(published).digest('hex')).toBe(report.data.provenance.sha256);
      });

      it('links to the verbatim source and lists what the ingest took out', () => {
        expect(html).toContain(`href="../../sources/${report.slug}.txt"`);
        for (const line of [...report.data.provenance.removed, ...report.data.provenance.lifted]) {
          expect(htmlText(html)).toContain(line.text.trim().slice(0, 30));
        }
      });

      it('resolves every in-page link', () => {
        const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
        for (const [, fragment] of html.matchAll(/href="#([^"]*)"/g)) {
          expect(ids.has(decodeURIComponent(fragment)), `#${fragment} has no target`).toBe(true);
        }
      });
    });
  }
});

describe('the catalogue', () => {
  const catalogue = JSON.parse(page('reports.json')) as { reports: Record<string, unknown>[] };

  it('lists every report with its metadata and page url', () => {
    expect(catalogue.reports.map((r) => r.slug).sort()).toEqual(reports.map((r) => r.slug).sort());
    for (const entry of catalogue.reports) {
      const report = reports.find((r) => r.slug === entry.slug)!;
      expect(entry.url).toBe(`reports/${report.slug}/`);
      expect(entry.title).toBe(report.data.title);
      expect(entry.provenance).toMatchObject({ sha256: report.data.provenance.sha256 });
    }
  });
});

describe('every page', () => {
  const files = htmlFiles();

  it('includes the home, list, about and report pages', () => {
    const paths = files.map((f) => relative(dist, f));
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'reports/index.html', 'about/index.html', '404.html']));
  });

  for (const file of files) {
    it(`${relative(dist, file)} is Chinese, relocatable and self-contained`, () => {
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/<html[^>]*\blang="zh-CN"/);
      expect(html, 'a link or asset with a root-relative path breaks under a sub-path').not.toMatch(/\s(?:href|src|action)="\/(?!\/)/);
      expect(html, 'nothing may load from another server').not.toMatch(/\s(?:src|srcset)="(?:https?:)?\/\//);
      expect(html).not.toMatch(/<link[^>]+href="(?:https?:)?\/\//);
      expect(html).not.toMatch(/@import|url\((?:'|")?(?:https?:)?\/\//);
    });
  }
});
