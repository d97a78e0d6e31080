import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eachReportText, readReportTexts, type ReportText } from '../../src/text/report-texts.ts';
import { scratchDir } from '../support/scratch.ts';

const root = scratchDir('report-texts');
mkdirSync(join(root, 'reports'));
const mdx = (title: string, body: string, status = 'draft') => `---\ntitle: "${title}"\nreview:\n  status: ${status}\n---\n\n${body}\n`;
writeFileSync(join(root, 'reports', 'b.mdx'), mdx('乙', '第二篇。'));
writeFileSync(join(root, 'reports', 'a.mdx'), mdx('甲', '第一篇，<Term id="x">提法</Term>。', 'reviewed'));
writeFileSync(join(root, 'reports', 'notes.txt'), 'not a report');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('eachReportText', () => {
  it('yields every report in file-name order, as readReportTexts lists them', () => {
    const texts = [...eachReportText(root)];
    expect(texts.map((t) => [t.slug, t.reviewed, t.handTermIds])).toEqual([
      ['a', true, ['x']],
      ['b', false, []],
    ]);
    expect(readReportTexts(root)).toEqual(texts);
  });

  it('reads only the reports asked for that exist, each once', () => {
    expect([...eachReportText(root, ['b', 'missing', 'b'])].map((t) => t.slug)).toEqual(['b']);
  });

  it('reads a report only when it is reached', () => {
    const texts = eachReportText(root);
    expect(texts.next().value?.slug).toBe('a');
    writeFileSync(join(root, 'reports', 'b.mdx'), mdx('乙', '改过的第二篇。'));
    const second = texts.next().value as ReportText;
    expect(second.blocks.map((b) => b.text)).toEqual(['改过的第二篇。']);
  });
});
