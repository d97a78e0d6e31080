/**
 * Hostile input, generated (fast-check): MDX and JSX syntax, HTML with
 * <script>, control and zero-width characters, very long lines, header- and
 * chrome-like lines, other encodings. The ingest either refuses the file with
 * a clear one-line error, or writes a page whose body holds every remaining
 * source line as exactly its text (the validate step checks that with the
 * unified MDX parser), with every other line listed as lifted or removed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../scripts/ingest/errors.ts';
import { ingestDocument } from '../../scripts/ingest/pipeline.ts';
import { bodyBlocks, mdxBody } from '../../src/text/report-mdx.ts';
import { sourceBodyPieces } from '../../src/text/source-body.ts';
import yaml from 'js-yaml';

const PIECES = [
  '同志们：', '一、', '（一）', '1.', '2）', '# ', '> ', '- ', '* ', '+ ', '---', '===', '    ', '\t', '　　',
  '<Foo bar={1} />', '{props.x}', '{', '}', '</div>', '<!-- x -->', 'import a from "b"', 'export default 1', 'export {a}',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '&#0;', '&#x1F600;', '\\', '`', '$$', '[a](b)', '![i](j)', '[^1]', '|', '~~',
  'https://a.b/c', 'www.gov.cn', 'x@y.cn', ':smile:', '**', '__', '_', '*', '索引号 | 1 | 文号 | 2', '发布日期：2024-01-02', '来源：某网',
  '责任编辑：', '版权所有', '推荐访问:', '记者 张三', '(2021年8月24日)', '二〇二六年一月二十七日', '尹 哲 强',
  '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\ufeff', '\ud83d\ude00',
  '中', '文', '的', '，', '。', '“', '”', 'a', '1', ' ',
];

const line = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 2000, max: 12000 }).map((n) => '长'.repeat(n)) },
);
const document = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, end]) => lines.join(end));
const outcomes = { written: 0, refused: 0 };

function checkOutcome(bytes: Uint8Array): void {
  let mdx: string;
  try {
    mdx = ingestDocument('hostile.txt', bytes).mdx;
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(IngestError);
    outcomes.refused++;
    const message = (error as IngestError).format();
    expect(message.startsWith('hostile.txt')).toBe(true);
    expect(message).not.toContain('\n');
    return;
  }
  outcomes.written++;
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\r|\n/);
  const data = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1], { schema: yaml.JSON_SCHEMA }) as {
    provenance: { lifted: { line: number; column?: number; text: string }[]; removed: { line: number; column?: number; text: string }[]; split?: { line: number; at: number[] }[] };
  };
  // What was taken out is the source's own text: the line, or the piece of a split line.
  for (const taken of [...data.provenance.lifted, ...data.provenance.removed]) {
    const start = (taken.column ?? 1) - 1;
    expect(lines[taken.line - 1].slice(start, start + taken.text.length)).toBe(taken.text);
  }
  const expectedBody = sourceBodyPieces(lines, data.provenance).map((piece) => piece.text);
  expect(bodyBlocks(mdxBody(mdx)).map((b) => b.text)).toEqual(expectedBody);
}

describe('hostile input', () => {
  it('never crashes, never loses a character, never makes markup (property)', () => {
    // (A document once generated here, its line ends made LF: a title pattern that could cut a long run of symbols in many ways took half a minute on it.)
    const backtracking = "\n|\n===|\t\u7d22\u5f15\u53f7 | 1 | \u6587\u53f7 | 2{props.x}<script>alert(1)</script>\u7d22\u5f15\u53f7 | 1 | \u6587\u53f7 | 21# \n\u0001<!-- x -->{\u6587\n\u0085\u0085\u2029\ud83d\ude00<!-- x -->\u007f\u00a0\u540c\u5fd7\u4eec\uff1a*";
    fc.assert(fc.property(document, (doc) => checkOutcome(new TextEncoder().encode(doc))), { numRuns: 300, examples: [[backtracking]] });
    // Most generated documents must go through, or the property proves little.
    expect(outcomes.written).toBeGreaterThan(outcomes.refused * 5);
    // (300 documents take 3–5 s, more on a busy machine; a backtracking pattern takes far longer, as the one above did.)
  }, 15_000);

  it('refuses mixed encodings with a clear message (property)', () => {
    const gbkTail = fc.uint8Array({ minLength: 1, maxLength: 20 }).map((b) => Uint8Array.from([0xc4, 0xe3, ...b]));
    fc.assert(
      fc.property(document, gbkTail, (doc, tail) => {
        const bytes = new Uint8Array([...new TextEncoder().encode(doc), ...tail]);
        checkOutcome(bytes);
      }),
      { numRuns: 100 },
    );
  });

  it('shows <script> as text', () => {
    const { mdx } = ingestDocument('x.txt', new TextEncoder().encode('同志们：\n<script>alert(1)</script>\n'));
    expect(mdx).toContain('\\<script\\>alert(1)\\</script\\>');
  });
});
