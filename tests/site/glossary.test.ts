/**
 * The glossary in the built site: a page per entry, term links in report
 * bodies that lead to them (never in headings), a concordance whose links
 * land on real paragraphs, popover data for every term on a page, and the
 * JSON and CSV exports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';
import { archivedReports, elementHtml, htmlText } from '../support/archive.ts';
import { bodyBlocks, mdxBody } from '../../src/text/report-mdx.ts';
import { fold } from '../../src/text/fold.ts';

const dist = 'dist';
const glossary = loadGlossary();
const reports = archivedReports();
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('glossary pages', () => {
  it('has entries to show', () => {
    expect(glossary.terms.length).toBeGreaterThan(0);
  });

  it('lists every entry on /glossary/', () => {
    const index = read('glossary/index.html');
    for (const term of glossary.terms) expect(index, term.id).toContain(`href="${term.id}/"`);
  });

  it('gives every entry a page with its term, definition and status', () => {
    for (const term of glossary.terms) {
      const html = read(`glossary/${term.id}/index.html`);
      expect(htmlText(elementHtml(html, /<h1/, 'h1') ?? '')).toBe(term.term);
      expect(htmlText(html)).toContain(term.definition);
    }
  });

  const paragraphs = new Map<string, string[]>();
  const paragraphsOf = (slug: string) => {
    if (!paragraphs.has(slug)) paragraphs.set(slug, bodyBlocks(mdxBody(readFileSync(`content/reports/${slug}.mdx`, 'utf8'))).filter((b) => b.kind !== 'heading').map((b) => b.text));
    return paragraphs.get(slug)!;
  };

  it("says how many reports use a term as the reports' own text shows (counted here from the sources, not the concordance)", () => {
    let compared = 0;
    const allForms = glossary.terms.flatMap((t) => [t.term, ...t.aliases].map((form) => ({ id: t.id, form: fold(form) })));
    // A form is used where it occurs in a paragraph (headings are the report's structure and are not annotated)
    // and no longer form of another entry overlaps it there. Compared folded, as the reports are read: ＋ is +, 維 is 维.
    const usedIn = (text: string, id: string, forms: string[]) =>
      forms.some((form) => {
        for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
          const around = text.slice(Math.max(0, at - 12), at + form.length + 12);
          const offset = Math.min(at, 12);
          const covered = allForms.some(({ id: other, form: longer }) => {
            if (other === id || longer.length <= form.length) return false;
            for (let j = around.indexOf(longer); j !== -1; j = around.indexOf(longer, j + 1)) if (j < offset + form.length && j + longer.length > offset) return true;
            return false;
          });
          if (!covered) return true;
        }
        return false;
      });
    // (Formulas of digits are left out: where 1+4 starts and ends takes the matcher's rules, 21+4 or 1+4+N; and forms with match rules.)
    for (const term of glossary.terms.filter((t) => !t.match && [t.term, ...t.aliases].every((f) => !/[0-9０-９]/.test(f)))) {
      const forms = [term.term, ...term.aliases].map(fold);
      const using = reports.filter((r) => paragraphsOf(r.slug).some((text) => usedIn(fold(text), term.id, forms))).length;
      const summary = /<p class="usage-summary">([^<]*)<\/p>/.exec(read(`glossary/${term.id}/index.html`))?.[1] ?? '';
      if (using === 0) expect(summary, term.id).toBe('本库正文中暂无用例。');
      else expect(summary, term.id).toMatch(new RegExp(`^本库 ${using} 篇文献共 \\d+ 处使用`));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('shows the sources of every origin, and the levels explained on /glossary/', () => {
    for (const term of glossary.terms.filter((t) => t.origin)) {
      const html = htmlText(read(`glossary/${term.id}/index.html`));
      const first = term.origin!.sources[0];
      expect(html, term.id).toContain('report' in first ? first.quote : first.title.replace(/^《|》$/g, ''));
    }
    expect(read('glossary/index.html')).toContain('id="levels"');
  });

  it('links every concordance line, on every page of it, to a paragraph that exists', () => {
    let checked = 0;
    // Each report's paragraph anchors, read once (thousands of lines point into the same pages).
    const anchors = new Map<string, Set<string>>();
    const anchorsOf = (slug: string) => {
      if (!anchors.has(slug)) anchors.set(slug, new Set([...read(`reports/${slug}/index.html`).matchAll(/\bid="(p\d+)"/g)].map((m) => m[1])));
      return anchors.get(slug)!;
    };
    for (const term of glossary.terms) {
      const usesDir = join(dist, 'glossary', term.id, 'uses');
      const pages = [`glossary/${term.id}/index.html`, ...(existsSync(usesDir) ? readdirSync(usesDir).map((n) => `glossary/${term.id}/uses/${n}/index.html`) : [])];
      const lines = pages.flatMap((page) => [...read(page).matchAll(/<p class="kwic-source"><a href="(?:\.\.\/)+reports\/([^/]+)\/#(p\d+)"/g)]);
      const count = Number(/id="uses">用例 <span class="count">(\d+) 处/.exec(read(pages[0]))?.[1] ?? 0);
      expect(lines.length, `${term.id}: concordance lines on its ${pages.length} page(s)`).toBe(count);
      for (const [, slug, paragraph] of lines) {
        expect(anchorsOf(slug).has(paragraph), `${term.id} → ${slug}#${paragraph}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(glossary.terms.length);
  });
});

describe('annotations in report bodies', () => {
  const ids = new Set(glossary.terms.map((t) => t.id));

  it('annotates terms in the real build', () => {
    const linked = reports.flatMap((r) => [...read(`reports/${r.slug}/index.html`).matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]));
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(ids.has(id), id).toBe(true);
  });

  for (const report of reports) {
    it(`${report.slug}: term links lead to entries, never sit in headings, and have popover data`, () => {
      const html = read(`reports/${report.slug}/index.html`);
      const body = elementHtml(html, /<article[^>]*class="[^"]*report-body/, 'article')!;
      for (const [, heading] of body.matchAll(/<(h[1-6])\b[\s\S]*?<\/\1>/g)) expect(heading).not.toContain('class="term"');
      const used = new Set([...body.matchAll(/<a href="\.\.\/\.\.\/glossary\/([^/]+)\/" class="term" data-term="([^"]+)">/g)].map((m) => {
        expect(m[1]).toBe(m[2]);
        return m[2];
      }));
      if (used.size === 0) return;
      const data = JSON.parse(/<script type="application\/json" id="glossary-data">([\s\S]*?)<\/script>/.exec(html)![1]) as Record<string, { definition: string }>;
      expect(Object.keys(data).sort()).toEqual([...used].sort());
      expect(html).toContain('<script type="module" src="../../scripts/term-popover.js"></script>');
      // The popover's definitions are not in the text; only a definition the report itself prints (its 名词解释) is.
      const own = report.bodyLines.map((l) => l.text).join('\n');
      for (const entry of Object.values(data)) if (!own.includes(entry.definition)) expect(htmlText(body)).not.toContain(entry.definition);
    });
  }
});

describe('glossary exports', () => {
  it('/glossary.json has every entry with its url, and the dismissed list', () => {
    const json = JSON.parse(read('glossary.json')) as { terms: { id: string; url: string; term: string }[]; dismissed: unknown[] };
    expect(json.terms.map((t) => t.id).sort()).toEqual(glossary.terms.map((t) => t.id).sort());
    for (const term of json.terms) {
      expect(term.url).toBe(`glossary/${term.id}/`);
      expect(existsSync(join(dist, term.url, 'index.html'))).toBe(true);
    }
    const dismissedFile = 'content/glossary-dismissed.yaml';
    expect(json.dismissed).toEqual(existsSync(dismissedFile) ? yaml.load(readFileSync(dismissedFile, 'utf8')) ?? [] : []);
  });

  it('/glossary.csv has a header and a row per entry', () => {
    const csv = read('glossary.csv');
    expect(csv.startsWith('\uFEFFid,term,aliases,pinyin')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(glossary.terms.length + 1);
  });
});
