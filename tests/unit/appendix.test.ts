import { describe, expect, it } from 'vitest';
import { appendixDefinitions, appendixItem } from '../../src/glossary/appendix.ts';
import type { BodyBlock } from '../../src/text/report-mdx.ts';

const paragraphs = (lines: string[]): BodyBlock[] => lines.map((text, i) => ({ kind: 'paragraph', id: `p${i + 1}`, text }));

describe('appendix items', () => {
  it.each([
    ['1.“两重”：是指国家重大战略实施和重点领域安全能力建设。', ['两重'], '国家重大战略实施和重点领域安全能力建设。'],
    ['（2）“两新”：指推动大规模设备更新和消费品以旧换新。', ['两新'], '推动大规模设备更新和消费品以旧换新。'],
    ['③ 六个攻坚行动：为完成2023年全区各项目标任务，自治区出台……', ['六个攻坚行动'], '为完成2023年全区各项目标任务，自治区出台……'],
    ['高质量发展“四个专项行动”：自治区提出……即切实巩固脱贫攻坚成果……', ['四个专项行动'], '自治区提出……即切实巩固脱贫攻坚成果……'],
    ['区域协调发展“10项试点工作”“5项支撑任务”：自治区出台的实施方案中明确了……', ['10项试点工作', '5项支撑任务'], '自治区出台的实施方案中明确了……'],
    ['[4]“三个一批”:签约一批、开工一批、投产一批。', ['三个一批'], '签约一批、开工一批、投产一批。'],
  ])('%s', (line, forms, definition) => {
    expect(appendixItem(line)).toEqual({ forms, definition });
  });

  it.each([['今年，我们要坚持稳中求进：一是……；二是……'], ['各位代表：'], ['“进”：好。']])('is not an item: %s', (line) => {
    expect(appendixItem(line)?.forms ?? []).not.toContain('进');
  });
});

describe('appendixDefinitions', () => {
  it('reads the items after the appendix heading, with their paragraphs and exact lines', () => {
    const blocks = paragraphs(['各位代表：', '我们要推进“两重”建设和“两新”工作。', '以上报告，请予审议。', '名词解释', '1.“两重”：是指国家重大战略实施和重点领域安全能力建设。', '2.“两新”：是指大规模设备更新和消费品以旧换新。']);
    expect(appendixDefinitions(blocks)).toEqual([
      { forms: ['两重'], definition: '国家重大战略实施和重点领域安全能力建设。', paragraph: 'p5', quote: '1.“两重”：是指国家重大战略实施和重点领域安全能力建设。' },
      { forms: ['两新'], definition: '大规模设备更新和消费品以旧换新。', paragraph: 'p6', quote: '2.“两新”：是指大规模设备更新和消费品以旧换新。' },
    ]);
  });

  it('finds nothing in a report without an appendix, whatever its colons', () => {
    expect(appendixDefinitions(paragraphs(['各位代表：', '主要目标是：地区生产总值增长5%左右。']))).toEqual([]);
  });
});
