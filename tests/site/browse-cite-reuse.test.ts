/**
 * Browsing, citing and reusing, in the built site: every report reachable
 * through each facet page, citations and reference-manager metadata on every
 * report, and the data exports (CSV, data package, feed, per-report files).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivedReports, htmlText } from '../support/archive.ts';

const dist = 'dist';
const reports = archivedReports();
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

/** The report slugs a facet page links to. */
function linkedReports(html: string): Set<string> {
  return new Set([...html.matchAll(/href="(?:\.\.\/)+reports\/([^/"#]+)\/"/g)].map((m) => m[1]));
}

/** The facet pages an index page links to, as paths under dist/. */
function facetPages(index: string): string[] {
  return [...read(index).matchAll(/<ul class="facet-list"[\s\S]*?<\/ul>|<ul class="place-list">[\s\S]*<\/ul>|<ol class="timeline">[\s\S]*<\/ol>/g)]
    .flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((l) => l[1]))
    .map((href) => join(index, '..', href, 'index.html'));
}

describe('browse', () => {
  for (const [facet, index] of [
    ['places', 'browse/places/index.html'],
    ['years', 'browse/years/index.html'],
    ['speakers', 'browse/speakers/index.html'],
    ['types', 'browse/types/index.html'],
    ['meetings', 'browse/meetings/index.html'],
  ] as const) {
    it(`reaches reports through every ${facet} page, each showing its count`, () => {
      const pages = facetPages(index).filter((p) => !p.includes('reports/'));
      expect(pages.length).toBeGreaterThan(0);
      const reached = new Set<string>();
      for (const page of pages) {
        const html = read(page);
        const linked = linkedReports(html);
        const count = Number(/<h1>[^<]*<span class="count">（(\d+) 篇）<\/span><\/h1>/.exec(html)?.[1]);
        expect(linked.size, page).toBe(count);
        for (const slug of linked) reached.add(slug);
      }
      const expected = reports.filter((r) => {
        const d = r.data;
        if (facet === 'speakers') return d.speakers.some((s) => s.name ?? s.office);
        if (facet === 'meetings') return Boolean(d.meeting);
        if (facet === 'places') return Boolean(d.place.province ?? d.place.city ?? d.place.district);
        return true;
      });
      expect([...reached].sort()).toEqual(expected.map((r) => r.slug).sort());
    });
  }
});

describe('cite', () => {
  for (const report of reports) {
    it(`${report.slug} has a citation box, downloads and head metadata`, () => {
      const html = read(`reports/${report.slug}/index.html`);
      expect(htmlText(html)).toMatch(new RegExp(`\\. ${report.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[EB/OL\\]\\. `));
      expect(html).toContain(`<meta name="DC.title" content="${report.data.title}">`);
      expect(html).toContain(`<meta name="citation_title" content="${report.data.title}">`);
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]) as { name: string; inLanguage: string };
      expect(ld).toMatchObject({ name: report.data.title, inLanguage: 'zh-CN' });
      expect(read(`reports/${report.slug}/citation.bib`)).toMatch(new RegExp(`^@misc\\{tifa-${report.slug},\\n  title = \\{`));
      expect(JSON.parse(read(`reports/${report.slug}/citation.json`))[0]).toMatchObject({ id: `tifa-${report.slug}`, title: report.data.title });
    });

    it(`${report.slug} offers its MDX and its clean text`, () => {
      const mdx = readFileSync(`content/reports/${report.slug}.mdx`, 'utf8');
      expect(read(`reports/${report.slug}/report.mdx`)).toBe(mdx);
      const text = read(`reports/${report.slug}/text.txt`);
      // Independent of the route: the source lines that stay in the body, read from the verbatim source.
      expect(text).toBe(`${[report.data.title, ...report.bodyLines.map((l) => l.text)].join('\n\n')}\n`);
      expect(text).not.toMatch(/\\[*_#<{]/);
    });
  }
});

describe('reuse', () => {
  it('/reports.csv has every report, each cell as the frontmatter says', () => {
    const lines = read('reports.csv').trimEnd().split('\r\n');
    const header = lines[0].replace(/^\uFEFF/, '').split(',');
    expect(header).toEqual(['slug', 'url', 'title', 'titleConstructed', 'documentType', 'speakers', 'issuer', 'meeting', 'province', 'city', 'district', 'national', 'delivered', 'written', 'reviewed', 'published', 'publisher', 'sourceUrl', 'collection', 'indexNumber', 'documentNumber', 'inferred', 'sha256']);
    expect(lines).toHaveLength(reports.length + 1);
    /** A CSV line's cells (RFC 4180 quoting). */
    const cells = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    for (const report of reports) {
      const row = lines.map(cells).find((c) => c[0] === report.slug)!;
      const cell = (name: string) => row[header.indexOf(name)];
      expect(cell('title')).toBe(report.data.title);
      expect(cell('speakers')).toBe(report.data.speakers.map((s) => s.name ?? s.office).join(' | '));
      expect(cell('province')).toBe(report.data.place.province ?? '');
      expect(cell('inferred')).toBe(report.data.inferred.map((i) => i.field).join(' | '));
      expect(cell('sha256')).toBe(report.data.provenance.sha256);
    }
  });

  it('/datapackage.json describes files that exist, with the CSV columns', () => {
    const pkg = JSON.parse(read('datapackage.json')) as { resources: { path: string; schema?: { fields: { name: string }[] } }[] };
    for (const resource of pkg.resources) {
      expect(existsSync(join(dist, resource.path)), resource.path).toBe(true);
      if (resource.schema) {
        const header = read(resource.path).replace(/^\uFEFF/, '').split('\r\n')[0];
        expect(header).toBe(resource.schema.fields.map((f) => f.name).join(','));
      }
    }
  });

  it('/feed.xml lists every report, newest first', () => {
    const feed = read('feed.xml');
    const links = [...feed.matchAll(/<link rel="alternate" type="text\/html" href="reports\/([^/]+)\/"\/>/g)].map((m) => m[1]);
    const catalogue = (JSON.parse(read('reports.json')) as { reports: { slug: string }[] }).reports.map((r) => r.slug);
    expect(links).toEqual(catalogue);
  });

  it('writes no sitemap without a configured address', () => {
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
  });
});
