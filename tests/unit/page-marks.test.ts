/**
 * A document site's token stamped at the end of its lines, and a forum's
 * jamming runs: found only when they mark enough of the page, read past for
 * the facts, kept in the text.
 */
import { describe, expect, test } from 'vitest';
import { jammed, pageMark, readPastPageMark } from '../../scripts/ingest/page-marks.ts';
import type { Draft, SourceLine } from '../../scripts/ingest/draft.ts';

const linesOf = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, disposition: { kind: 'body' } }));

/** The lines as the facts are read from them, and as the draft keeps them after. */
function readThrough(texts: string[]): { seen: string[]; kept: string[] } {
  let seen: string[] = [];
  const result = readPastPageMark({ lines: linesOf(texts) } as unknown as Draft, (unmarked) => {
    seen = unmarked.lines.map((line) => line.text);
    return unmarked;
  });
  return { seen, kept: result.lines.map((line) => line.text) };
}

describe("a site's page mark", () => {
  test('the token closing lines and a flattened copy’s pieces', () => {
    expect(pageMark(linesOf(['政府工作报告Zeu', '某某某Zeu', '(2018年2月3日)Zeu', '各位代表:Zeu', '现在,我代表旗人民政府向大会作工作报告。']))).toBe('Zeu');
    expect(pageMark(linesOf(['某某县政府工作报告(全文)  政府工作报告ftr  2020年8月12日在某某县第十五届人民代表大会ftr  第五次会议上ftr  各位代表:']))).toBe('ftr');
  });

  test('not a word a few lines end with, nor digits alone', () => {
    const report = ['全年生产总值增长6%,高于GDP', '一、主要工作'].concat(Array.from({ length: 20 }, (_, i) => `第${i + 1}段正文,内容如下。`));
    expect(pageMark(linesOf([...report, '人均GDP', '地区GDP']))).toBeUndefined();
    expect(pageMark(linesOf(['会议于2020', '报告于2020', '决议于2020']))).toBeUndefined();
  });

  test("a forum's jamming runs, not a table's figures nor letters", () => {
    const forum = ['剛剛,省人大會議開幕! 6 p5 _3 P/ x/ p1 h', '上午9時許,省長代表省人民政府向大會報告工作。', "3 M; d/ U% c3 a; P7 q3 ^2020年是極不平凡的一年。", "一年來,成效好于預期。 f# N1 J( B( |) f7 m g* c: |"];
    expect(jammed(linesOf(forum))).toBe(true);
    expect(jammed(linesOf(['指标 1 2 3 4 5', '增长 6 7 8 9 10', '合计 1 2 3 4', '(A B C D)']))).toBe(false);
    expect(jammed(linesOf(forum.slice(0, 2)))).toBe(false);
  });

  test('jamming runs read past, a sentence’s own mark kept, a line of junk alone left for the chrome step', () => {
    const texts = ['剛剛,省人大會議開幕! 6 p5 _3 P/ x/ p1 h', ". [ a' ?4 ~9 m% B i1 |省政協會議閉幕", '* L6 x7 P( F1 i; t6 h. t. a', "一年來,成效好于預期。 f# N1 J( B( |) f7 m g* c: |"];
    const { seen, kept } = readThrough(texts);
    expect(seen).toEqual(['剛剛,省人大會議開幕!', '省政協會議閉幕', '* L6 x7 P( F1 i; t6 h. t. a', '一年來,成效好于預期。']);
    expect(kept).toEqual(texts);
  });

  test('read past for the facts, every line kept as written', () => {
    const texts = ['政府工作报告hd9', '各位代表:hd9', '现在,我代表县人民政府向大会报告工作。hd9'];
    const { seen, kept } = readThrough(texts);
    expect(seen).toEqual(['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作。']);
    expect(kept).toEqual(texts);
  });
});
