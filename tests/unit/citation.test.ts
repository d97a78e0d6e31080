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

  it('cites a meeting report by its reporter or publisher, never by the people who spoke at the meeting', () => {
    const news = reportSchema.parse({
      ...report,
      title: '扬州经济技术开发区召开党工委第一次扩大会议',
      documentType: 'meeting-news',
      speakers: [{ name: '潘学元' }, { name: '朱柏兴' }],
      issuer: undefined,
      source: { publisher: '扬州经济技术开发区' },
    });
    for (const citation of [gbt7714({ slug: 'm', report: news }), bibtex({ slug: 'm', report: news }), JSON.stringify(cslJson({ slug: 'm', report: news }))]) {
      expect(citation).not.toContain('潘学元');
    }
    expect(gbt7714({ slug: 'm', report: news })).toMatch(/^扬州经济技术开发区\. 扬州经济技术开发区召开/);
    const reported = reportSchema.parse({ ...news, reporters: ['陈云飞'] });
    expect(cslJson({ slug: 'm', report: reported }).author).toEqual([{ literal: '陈云飞' }]);
  });

  it('names a place once in every format (北京市, not 北京市北京市)', () => {
    const beijing = reportSchema.parse({ ...report, place: { province: '北京市', city: '北京市', district: '海淀区' } });
    expect(cslJson({ slug: 'b', report: beijing })['event-place']).toBe('北京市海淀区');
    expect(bibtex({ slug: 'b', report: beijing })).toContain('address = {北京市海淀区}');
  });

  it('writes BibTeX and CSL-JSON', () => {
    expect(bibtex({ slug: 'x', report })).toBe(
      '@misc{tifa-x,\n  title = {务实苦干开新局},\n  author = {{尹哲强}},\n  year = {2021},\n  month = {8},\n  publisher = {党政办公室},\n  address = {江苏省连云港市},\n  note = {提法档案副本：reports/x/},\n  language = {chinese}\n}\n',
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
