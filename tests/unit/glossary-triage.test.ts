import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/glossary/candidates.ts';
import { decidedForms, undecidedCandidates } from '../../src/glossary/triage.ts';
import { glossaryCsv, glossaryRecord } from '../../src/lib/glossary-view.ts';
import type { GlossaryEntry } from '../../src/glossary/load.ts';
import { termSchema } from '../../src/schemas/glossary.ts';

/** A valid glossary entry, as the schema reads it, with the given fields. */
function entry(id: string, fields: Record<string, unknown>): GlossaryEntry {
  return { id, ...termSchema.parse({ term: 'x', pinyin: 'jìn', english: 'the "jin"', kind: 'slogan', level: 'central', definition: 'd', status: 'unexplained', ...fields }) };
}

describe('findCandidates', () => {
  it('finds quoted phrases, formulas and enumerations', () => {
    const text = '增强“四个意识”,围绕“3+1+1”五大产业领域,实施1+7+2+N工作机制和13710工作制度,把握四个原则。第二个百年,二十大胜利召开,新增2100个网格。';
    expect(findCandidates(text).map((c) => [c.kind, c.phrase])).toEqual([
      ['quoted', '四个意识'],
      ['enumeration', '四个意识'],
      ['quoted', '3+1+1'],
      ['numeric-formula', '3+1+1'],
      ['enumeration', '五大产业领域'],
      ['numeric-formula', '1+7+2+N'],
      ['numeric-formula', '13710'],
      ['enumeration', '四个原则'],
    ]);
  });
});

describe('undecidedCandidates', () => {
  it('leaves out terms, aliases and dismissed phrases, counting the rest', () => {
    const decided = decidedForms([entry('si-ge-yi-shi', { term: '四个意识', aliases: ['3＋1＋1'] })], [{ phrase: '进', reason: '强调用引号' }]);
    const found = undecidedCandidates([{ file: 'a.mdx', text: '“四个意识”“3+1+1”“进”“双千亿过百亿”' }, { file: 'b.mdx', text: '“双千亿过百亿”' }], decided);
    expect(found.map((c) => [c.phrase, c.count, c.files])).toEqual([['双千亿过百亿', 2, ['a.mdx', 'b.mdx']]]);
  });
});

describe('npm run glossary:candidates', () => {
  // Drafts' phrases are the review queue; a reviewed report's, and the jargon of five reports or more, are decided.
  it('decides every quoted phrase and formula of a reviewed report, and every one five reports use', () => {
    const result = spawnSync(process.execPath, ['scripts/glossary-candidates.ts', '--check'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const undecided = result.stdout.trim().split('\n').filter((line) => !line.startsWith('enumeration') && !line.startsWith('glossary:'));
    expect(undecided.filter((line) => line.endsWith('(in a reviewed report)'))).toEqual([]);
    const reportsUsing = (line: string) => line.split('\t')[3]?.split(',').length ?? 0;
    expect(undecided.filter((line) => reportsUsing(line) >= 5)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('takes raw source files and reports a missing one', () => {
    const result = spawnSync(process.execPath, ['scripts/glossary-candidates.ts', 'tests/fixtures/ingest/news-no-header/input.txt', 'nope.txt'], { encoding: 'utf8' });
    expect(result.stderr).toContain('nope.txt: no such file');
    expect(result.stdout).toMatch(/glossary:candidates: \d+ undecided .* in 1 file\n$/);
    expect(result.status).toBe(1);
  });
});

describe('glossaryCsv', () => {
  it('quotes cells with commas and quotes, joins aliases', () => {
    const csv = glossaryCsv([glossaryRecord(entry('a', { term: '“进”,退', aliases: ['x', 'y'], definition: '含"引号"' }), 0)]);
    expect(csv.split('\r\n')[1]).toBe('a,"“进”,退",x | y,jìn,"the ""jin""",slogan,central,,unexplained,"含""引号""",0,glossary/a/');
    expect(csv.startsWith('\uFEFFid,term,aliases')).toBe(true);
  });
});
