/**
 * The ingest fixtures' expected pages (Markdown, MDX and HTML syntax,
 * addresses, edge white space, CRLF and BOM, page chrome), built by the real
 * Astro + Sätteri pipeline: every body line renders as exactly its text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_ROOT } from '../setup/build-site.ts';
import { archivedReports, firstInfidelity } from '../support/archive.ts';

const reports = archivedReports(join(HOSTILE_ROOT, 'content'));

describe('hostile text through the real build', () => {
  it('has the hostile fixtures', () => {
    expect(reports.map((r) => r.slug)).toEqual(expect.arrayContaining(['markdown-syntax', 'whitespace-crlf-bom', 'gov-page-chrome']));
  });

  for (const report of reports) {
    it(`${report.slug} renders every body line as exactly its text`, () => {
      const html = readFileSync(join(HOSTILE_ROOT, 'dist', 'reports', report.slug, 'index.html'), 'utf8');
      expect(firstInfidelity(report, html)).toBeUndefined();
    });
  }

  it('annotates a glossary form with a character outside the BMP', () => {
    const html = readFileSync(join(HOSTILE_ROOT, 'dist', 'reports', 'rare-characters', 'index.html'), 'utf8');
    expect(html).toMatch(/<a href="[^"]*glossary\/tu-shan-mo-shi\/" class="term" data-term="tu-shan-mo-shi">𠙶山模式<\/a>/);
  });

  it('annotates a simplified glossary form in a text written in traditional characters, keeping the characters as written', () => {
    const html = readFileSync(join(HOSTILE_ROOT, 'dist', 'reports', 'traditional-characters', 'index.html'), 'utf8');
    expect(html).toMatch(/<a href="[^"]*glossary\/liang-ge-wei-hu\/" class="term" data-term="liang-ge-wei-hu">兩個維護<\/a>/);
    // The simplified text is there for search only, hidden from readers.
    expect(html).toMatch(/<div hidden aria-hidden="true" data-search-simplified>[^<]*坚决做到「两个维护」/);
  });

  it('keeps a literal <Term> tag of the source as text: no build error, no mark', () => {
    const html = readFileSync(join(HOSTILE_ROOT, 'dist', 'reports', 'markdown-syntax', 'index.html'), 'utf8');
    expect(html).toContain('&lt;Term id=&quot;nope&quot;&gt;不是词条&lt;/Term&gt;');
  });

  it('shows a <script> tag in a report as text', () => {
    const html = readFileSync(join(HOSTILE_ROOT, 'dist', 'reports', 'markdown-syntax', 'index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
  });
});
