import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../src/glossary/concordance.ts';
import type { Report } from '../../src/schemas/report.ts';
import { entryResultPageCount, entryResultPages } from '../../src/search/entry-results.ts';

const report = (title: string, delivered: string, province: string, speaker: string) =>
  ({ title, documentType: 'work-report', place: { province }, dates: { delivered }, speakers: [{ name: speaker }, { name: speaker }] }) as unknown as Report;

const reports: Record<string, Report> = {
  old: report('旧报告', '2020-01-05', '河南省', '甲'),
  new: report('新报告', '2024-01-05', '江苏省', '乙'),
  many: report('多次使用', '2021-01-05', '河南省', '丙'),
};

const use = (slug: string, before = '前文', match = '两个维护', after = '后文<b>'): Occurrence => ({ termId: 'x', report: slug, paragraph: 'p1', before, match, after });

describe("a glossary entry's results for the search page", () => {
  it('lists each report once, most uses first, then the newest, with an escaped excerpt at its first use and the counts of all of them', () => {
    const [first, second] = entryResultPages([use('old'), use('many', '“深刻'), use('new'), use('many')], (slug) => reports[slug], 2);
    expect(first).toEqual({
      total: 3,
      pages: 2,
      page: 1,
      counts: { province: { 河南省: 2, 江苏省: 1 }, year: { 2020: 1, 2021: 1, 2024: 1 }, type: { 工作报告: 3 }, speaker: { 甲: 1, 乙: 1, 丙: 1 } },
      results: [
        { url: 'reports/many/', title: '多次使用', date: '2021-01-05', excerpt: '“深刻<mark>两个维护</mark>后文&lt;b&gt;' },
        { url: 'reports/new/', title: '新报告', date: '2024-01-05', excerpt: '前文<mark>两个维护</mark>后文&lt;b&gt;' },
      ],
    });
    expect(second).toEqual({ total: 3, pages: 2, page: 2, results: [{ url: 'reports/old/', title: '旧报告', date: '2020-01-05', excerpt: '前文<mark>两个维护</mark>后文&lt;b&gt;' }] });
  });

  it('counts its pages from the number of reports, as it builds them', () => {
    const uses = [use('old'), use('many'), use('new'), use('many')];
    for (const perPage of [1, 2, 3, 30]) expect(entryResultPageCount(3, perPage)).toBe(entryResultPages(uses, (slug) => reports[slug], perPage).length);
    expect(entryResultPageCount(0)).toBe(1);
  });

  it('stops on a report the catalogue does not know', () => {
    expect(() => entryResultPages([use('old'), use('gone')], (slug) => reports[slug])).toThrow('search results of x: the report gone uses it but is not in the catalogue');
  });

  it('has one empty page for an entry no report uses', () => {
    expect(entryResultPages([], () => undefined)).toEqual([{ total: 0, pages: 1, page: 1, counts: {}, results: [] }]);
  });
});
