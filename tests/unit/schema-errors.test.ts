/**
 * The wording of frontmatter errors is part of the interface: an editor
 * reads it to fix a file. Snapshots make a change in wording visible.
 */
import { describe, expect, it } from 'vitest';
import { checkedReportSchema } from '../../src/schemas/report.ts';
import { schemaIssueLines } from '../../src/lib/problems.ts';

const valid = {
  title: '标题',
  documentType: 'speech',
  provenance: { sourceFile: 'a.txt', sha256: 'a'.repeat(64) },
};

function errorsFor(data: unknown): string[] {
  const result = checkedReportSchema.safeParse(data);
  return result.success ? [] : schemaIssueLines(result.error.issues);
}

describe('report schema errors', () => {
  it('accepts a minimal report and fills defaults', () => {
    const report = checkedReportSchema.parse(valid);
    expect(report.speakers).toEqual([]);
    expect(report.titleConstructed).toBe(false);
  });

  it('accepts an unquoted YAML date', () => {
    expect(errorsFor({ ...valid, dates: { delivered: new Date('2021-08-24') } })).toEqual([]);
  });

  it.each([
    ['missing title', { ...valid, title: undefined }],
    ['empty title', { ...valid, title: '  ' }],
    ['unknown document type', { ...valid, documentType: 'report' }],
    ['Chinese date', { ...valid, dates: { delivered: '2021年8月24日' } }],
    ['impossible month', { ...valid, dates: { written: '2021-13' } }],
    ['published without day', { ...valid, dates: { published: '2021-10' } }],
    ['speaker without name or office', { ...valid, speakers: [{ role: '主持' }] }],
    ['misspelt field', { ...valid, plcae: { city: '扬州市' } }],
    ['inference on an unknown field', { ...valid, inferred: [{ field: 'place.town', evidence: '文中' }] }],
    ['inference without evidence', { ...valid, inferred: [{ field: 'place.city' }] }],
    ['bad hash', { ...valid, provenance: { sourceFile: 'a.txt', sha256: 'xyz' } }],
    ['bad url', { ...valid, source: { url: 'www.gov.cn' } }],
    ['national with a province', { ...valid, place: { national: true, province: '河南省' } }],
  ])('%s', (_name, data) => {
    expect(errorsFor(data)).toMatchSnapshot();
  });
});
