import { describe, expect, it } from 'vitest';
import { bibtex, citationAuthors, cslJson, gbt7714 } from '../../src/lib/citation.ts';
import { reportSchema } from '../../src/schemas/report.ts';

const report = reportSchema.parse({
  title: '务实苦干开新局',
  documentType: 'speech',
  speakers: [{ name: '尹哲强', office: '区党工委主要负责同志' }],
  issuer: '党政办公室',
  dates: { delivered: '2021-08-24', published: '2021-08-24' },
  place: { province: '江苏省', city: '连云港市' },
  provenance: { sourceFile: 'a.txt', sha256: 'a'.repeat(64) },
});

describe('citations', () => {
  it('formats GB/T 7714-2015 for an electronic resource', () => {
    expect(gbt7714({ slug: 'x', report })).toBe('尹哲强. 务实苦干开新局[EB/OL]. 党政办公室, (2021-08-24)[引用日期]. 提法档案 reports/x/.');
    expect(gbt7714({ slug: 'x', report, site: 'https://archive.example/tifa' }, '2026-11-22')).toBe(
      '尹哲强. 务实苦干开新局[EB/OL]. 党政办公室, (2021-08-24)[2026-11-22]. https://archive.example/tifa/reports/x/.',
    );
  });

  it('cites reporters, then the issuer, then 佚名', () => {
    const news = reportSchema.parse({ ...report, documentType: 'interview-compilation', speakers: [{ name: '韦峰', role: '受访' }], reporters: ['陈高飞', '陈云飞', '张旭', '胡俭'] });
    expect(citationAuthors(news)).toEqual(['陈高飞', '陈云飞', '张旭', '胡俭']);
    expect(gbt7714({ slug: 'n', report: news })).toMatch(/^陈高飞, 陈云飞, 张旭, 等\. /);
    const anonymous = reportSchema.parse({ ...report, speakers: [{ office: '区委书记' }], issuer: undefined });
    expect(gbt7714({ slug: 'y', report: anonymous })).toMatch(/^佚名\. /);
  });

  it('writes BibTeX and CSL-JSON', () => {
    expect(bibtex({ slug: 'x', report })).toBe(
      '@misc{tifa-x,\n  title = {务实苦干开新局},\n  author = {{尹哲强}},\n  year = {2021},\n  month = {8},\n  publisher = {党政办公室},\n  note = {提法档案副本：reports/x/},\n  language = {chinese}\n}\n',
    );
    expect(cslJson({ slug: 'x', report })).toEqual({
      id: 'tifa-x',
      type: 'speech',
      title: '务实苦干开新局',
      author: [{ literal: '尹哲强' }],
      issued: { 'date-parts': [[2021, 8, 24]] },
      publisher: '党政办公室',
      'event-place': '江苏省连云港市',
      note: '提法档案副本：reports/x/',
      language: 'zh-CN',
    });
  });
});
