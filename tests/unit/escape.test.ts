import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLine } from '../../src/text/report-mdx.ts';
import { validateBody } from '../../scripts/ingest/validate.ts';
import type { Block } from '../../scripts/ingest/structure.ts';

/** Render lines as a body and let the validator (unified MDX + GFM parser) compare the text. */
function roundTrip(lines: string[], kind: Block['kind'] = 'paragraph'): void {
  const blocks: Block[] = lines.map((text, i) => ({ kind, depth: kind === 'heading' ? 2 : undefined, line: { n: i + 1, text, disposition: { kind: 'body' } } }));
  const body = blocks.map((b) => (kind === 'heading' ? `## ${escapeLine(b.line.text)}` : escapeLine(b.line.text))).join('\n\n');
  validateBody(`${body}\n`, blocks, 'test.txt');
}

const HOSTILE = [
  '# 不是标题', '## 也不是 ##', '1. 不是列表', '2) 也不是', '- 不是', '+ 不是', '* 不是', '> 不是引用', '---', '***', '___', '===',
  '*强调* _下划线_ **加粗** __加粗__ `代码` ~~删除~~ ~下标~', '品质*加快建设,*区GDP', '| a | b |', '|---|---|',
  '<script>alert(1)</script>', '<b>粗</b> <!-- 注释 --> <br/>', '{props.x} {1 + 1} }{', 'import x from "y"', 'export const a = 1', 'export{a}',
  '[链接](https://example.com) ![图](a.png) [^1] [x]: /url <https://a.b>', '访问 https://www.gov.cn 或 www.example.com 或 a@b.cn', 'http://x.y/{a}',
  '&amp; &copy; &#42; &#x2A;', '\\ 反斜杠 \\* 行尾反斜杠\\', '$x^2$ $$y$$', ':smile: ==高亮== ^上标^', '    四个空格', '\t制表符', '行尾两个空格  ',
  '\u3000\u3000全角缩进', '中间\u00a0\u00a0不换行', '零宽\u200b字符\u200d', '"引号" \'单\' -- --- ... (c) (tm)', '- [ ] 任务', '[ ] 不是',
  '1.攻项目、重实效,跑好“稳中求进”新征程。', '（一）重抓项目建设', '​', 'a\fb\vc', '\u0007响铃',
];

describe('escapeLine', () => {
  it('keeps every hostile line as exactly its text in a paragraph', () => {
    roundTrip(HOSTILE);
  });

  it('keeps every hostile line as exactly its text in a heading', () => {
    roundTrip(HOSTILE.filter((line) => line.trim() !== ''), 'heading');
  });

  it('writes ordinary Chinese text unchanged', () => {
    const line = '全区上下要更加紧密地团结在以习近平同志为核心的党中央周围,“两个维护”,2.57亿美元,8.1%。';
    expect(escapeLine(line)).toBe(line);
  });

  it('escapes the source redaction marks as literal asterisks', () => {
    expect(escapeLine('“千亿强区、首创之区、品质*”')).toBe('“千亿强区、首创之区、品质\\*”');
  });

  it('never turns any line into markup (property)', () => {
    const syntax = fc.constantFrom(...'#*_`~<>{}[]()|\\&$!:@.-+=/ \t\u3000\u00a0"\'0123456789abcwxhtp'.split(''), '中', '文', 'www.', 'http://', 'import ', 'export ', '&#42;', '\u200b');
    const line = fc.array(syntax, { minLength: 1, maxLength: 40 }).map((parts) => parts.join('')).filter((s) => s.trim() !== '');
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => roundTrip(lines)), { numRuns: 3000 });
  });
});
