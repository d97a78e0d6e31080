/**
 * Defects of a source found from its own text: a text that stops mid-sentence,
 * a work report that stops at the thanks closing its review, a text wrapped
 * at a page's width. A whole, ordinary text has none.
 */
import { describe, expect, it } from 'vitest';
import { findDefects } from '../../scripts/ingest/defects.ts';
import { startDraft } from '../../scripts/ingest/draft.ts';
import { readFacts } from '../../scripts/ingest/pipeline.ts';
import { readSource } from '../../scripts/ingest/read.ts';

const defectsOf = (lines: string[]) => findDefects(readFacts(startDraft(readSource('t.txt', new TextEncoder().encode(lines.join('\n'))))));
const OPENING = ['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议。', '一、2023年工作回顾', '过去一年，全市经济运行回升向好，地区生产总值增长5.5%。'];

describe('defects', () => {
  it('finds none in a whole report', () => {
    expect(defectsOf([...OPENING, '二、2024年工作安排', '今年我们将扎实做好各项工作。', '各位代表！让我们团结奋斗，为建设现代化城市而努力奋斗！'])).toEqual([]);
  });

  it('finds a text that stops mid-sentence', () => {
    expect(defectsOf([...OPENING, '让我们更加紧密地团结在一起，为加快建设现代化区域中心城市而团结奋斗'])).toEqual([
      { kind: 'truncated', evidence: '正文止于句中：“……结在一起，为加快建设现代化区域中心城市而团结奋斗”' },
    ]);
  });

  it('finds a work report that stops at the thanks closing its review', () => {
    expect(defectsOf([...OPENING, '在此，我代表市人民政府，向全市人民表示衷心的感谢！'])).toEqual([
      { kind: 'truncated', evidence: '工作报告止于回顾部分末尾的致谢（“……此，我代表市人民政府，向全市人民表示衷心的感谢！”），其后的今年工作安排缺失' },
    ]);
  });

  it('finds a text wrapped at a page’s width', () => {
    const wrapped = Array.from({ length: 30 }, (_, i) => `这是按版面折行的第${String(i).padStart(2, '0')}行文字，一行二十九个字左右而断开了`);
    expect(defectsOf([...OPENING, ...wrapped, '全文完。']).map((d) => d.kind)).toEqual(['hard-wrapped']);
  });
});
