import { describe, expect, test } from 'vitest';
import { metadataRows, packRows, placeLevels } from '../../src/lib/metadata-rows.ts';
import { reportSchema } from '../../src/schemas/report.ts';

const base = { title: 't', provenance: { sourceFile: 'a.txt', sha256: 'a'.repeat(64) } };

describe('the metadata panel', () => {
  test('shows the known fields in the order government pages print them, under the labels for the document type', () => {
    const report = reportSchema.parse({
      ...base,
      documentType: 'interview-compilation',
      identifiers: { indexNumber: '014/2024-1', documentNumber: '扬开发〔2021〕1号' },
      issuer: '管委会',
      dates: { delivered: '2021-10-01', published: '2021-10-01T09:04' },
      speakers: [{ name: '韦峰', role: '受访' }],
      reporters: ['陈云飞'],
    });
    expect(metadataRows(report).map((row) => row.label)).toEqual(['索引号', '发布机构', '文号', '发布日期', '文件类型', '访谈时间', '受访人', '记者']);
  });

  test('leaves no half-width cell alone on a line', () => {
    const row = (wide: boolean) => ({ wide });
    expect(packRows([row(false), row(true), row(false), row(false), row(false)]).map((r) => r.wide)).toEqual([true, true, false, false, true]);
  });

  test('shows a place level once when the province and the city are one (北京市)', () => {
    expect(placeLevels({ province: '北京市', city: '北京市', district: '海淀区' }).map((l) => l.name)).toEqual(['北京市', '海淀区']);
  });
});
