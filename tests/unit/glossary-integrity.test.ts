import { describe, expect, it } from 'vitest';
import { archiveUsageClaim, checkGlossary, countInName } from '../../src/glossary/integrity.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import type { GlossaryEntry } from '../../src/glossary/load.ts';
import { termSchema } from '../../src/schemas/glossary.ts';

const entry = (id: string, fields: Record<string, unknown>): GlossaryEntry => ({
  id,
  ...termSchema.parse({ pinyin: 'x', english: 'x', kind: 'slogan', level: 'central', definition: '释义。', status: 'unexplained', ...fields }),
});

const reports = [
  { slug: 'r', blocks: [{ kind: 'paragraph' as const, id: 'p1', text: '增强“四个意识”,推进“3+1+1”产业。' }], handTermIds: ['nope'], reviewed: true },
];

describe('countInName', () => {
  it.each([
    ['四个意识', 4],
    ['两个维护', 2],
    ['三不腐', 3],
    ['三大改造', 3],
    ['1+7+2+N', 4],
    ['3+1+1', 3],
    ['323＋1', 2],
    ['双千亿过百亿', undefined],
    ['13710', undefined],
  ])('%s names %s parts', (term, count) => {
    expect(countInName(term)).toBe(count);
  });
});

describe('checkGlossary', () => {
  it('passes a consistent glossary', () => {
    const terms = [
      entry('si-ge-yi-shi', { term: '四个意识', components: [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }] }),
      entry('3-1-1', { term: '3+1+1', status: 'attested', sources: [{ report: 'r', paragraph: 'p1', quote: '推进“3+1+1”产业' }] }),
    ];
    expect(checkGlossary(terms, [], [{ ...reports[0], handTermIds: ['3-1-1'] }])).toEqual({ errors: [], warnings: [] });
  });

  it('names the file and the fix for every kind of problem', () => {
    const terms = [
      entry('si-ge-yi-shi', { term: '四个意识', components: [{ text: 'a' }, { text: 'b' }, { text: 'c' }], related: [{ id: 'missing', relation: 'related' }] }),
      entry('si-ge', { term: '四个', aliases: ['四个意识'], status: 'established' }),
      entry('3-1-1', { term: '3+1+1', status: 'attested', sources: [{ report: 'r', paragraph: 'p1', quote: '不在此段' }, { report: 'r', paragraph: 'p9', quote: 'x' }, { report: 'q', paragraph: 'p1', quote: 'x' }] }),
      entry('guess', { term: '猜测', status: 'inferred' }),
      entry('origin', { term: '来处', origin: { date: '2021' }, senses: [{ meaning: '别义', entry: 'nowhere' }] }),
      entry('counted', { term: '计数', explanation: '本库五篇文献都大量使用这一提法。', origin: { date: '2021', sources: [{ report: 'r', paragraph: 'p1', quote: '不在' }] } }),
    ];
    const { errors, warnings } = checkGlossary(terms, [{ phrase: '3+1+1', reason: '普通词语' }], reports);
    expect(errors.map(formatProblem)).toMatchSnapshot();
    expect(warnings.map(formatProblem)).toMatchSnapshot();
  });
});

describe('checkGlossary over an archive read one report at a time', () => {
  it('reads the reports once and finds what it finds in an array of them', () => {
    const terms = [
      entry('3-1-1', { term: '3+1+1', status: 'attested', sources: [{ report: 'r', paragraph: 'p1', quote: '不在此段' }] }),
      entry('absent', { term: '不见于文' }),
      entry('later', { term: '后来者', aliases: ['第二篇'] }),
    ];
    const archive = [...reports, { slug: 's', blocks: [{ kind: 'paragraph' as const, id: 'p1', text: '这是第二篇。' }], handTermIds: [], reviewed: false }];
    let reads = 0;
    function* oneAtATime() {
      reads++;
      yield* archive;
    }
    const streamed = checkGlossary(terms, [], oneAtATime());
    expect(reads).toBe(1);
    expect(streamed).toEqual(checkGlossary(terms, [], archive));
    expect(streamed.warnings.map((w) => w.where)).toEqual(['content/glossary/absent.yaml']);
    expect(streamed.errors.map((e) => e.what)).toEqual(['the quote "不在此段…" is not in r#p1', '<Term id="nope"> names no glossary entry']);
  });
});

describe('archiveUsageClaim', () => {
  it.each([
    ['本库五篇文献都大量使用这一提法。', true],
    ['本库2021—2022年的四篇文献都提到开展党史学习教育。', true],
    ['连云港、扬州、靖江的文献写作“碳达峰、碳中和”。', true],
    ['扬州经开区会议报道和连云港开发区讲话都要求严格落实。', true],
    ['本库文献未解释“三零”所指。', false],
    ['2020年9月习近平在联合国大会上宣布。', false],
  ])('%s → %s', (text, claims) => {
    expect(archiveUsageClaim(text) !== undefined).toBe(claims);
  });
});
