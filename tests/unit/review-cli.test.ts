/**
 * The editorial workflow end to end, on a fresh content folder: an ingested
 * report is a draft; npm run review lists its undecided phrases with their
 * contexts; each decision (entry, alias, dismissal) is one command writing a
 * file the site accepts; a report is marked reviewed only once its phrases
 * are decided and its place and date are known.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';
import { checkedReportSchema } from '../../src/schemas/report.ts';
import { frontmatterData, mdxBody } from '../../src/text/report-mdx.ts';

const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('npm run review', () => {
  const dir = scratchDir('review');
  const content = join(dir, 'content');
  const source = join(dir, 'news.txt');
  writeFileSync(source, '3月5日上午，某某县委十五届六次全会在县会议中心召开。\n全会强调，要坚持“1+3+N”工作思路，持续推进“两争一前列”，做到“快”字当头。\n本报记者 李明\n');
  const ingest = run('scripts/ingest.ts', [source, '--content', content]);
  const review = (...args: string[]) => run('scripts/review.ts', [...args, '--content', content]);
  const slug = () => readdirSync(join(content, 'reports'))[0].replace(/\.mdx$/, '');

  it('ingests a report as a draft', () => {
    expect(ingest.status).toBe(0);
    expect(frontmatterData(readFileSync(join(content, 'reports', `${slug()}.mdx`), 'utf8'))?.review).toEqual({ status: 'draft' });
  });

  it('lists the undecided phrases of the drafts with their contexts, none blocking', () => {
    const queue = review();
    expect(queue.status).toBe(0);
    expect(queue.stdout).toContain('1. 1+3+N  (quoted; 1 report, 1 use)');
    expect(queue.stdout).toContain('全会强调，要坚持“1+3+N”工作思路');
    expect(queue.stdout.trim().split('\n').at(-1)).toBe('review: 3 undecided (0 in reviewed reports, which the tests refuse), 1 draft report of 1');
  });

  it('refuses to mark a report reviewed while its phrases are undecided, naming them', () => {
    const approve = review('approve', slug(), '--by', '编辑甲');
    expect(approve.status).toBe(1);
    expect(approve.stderr).toMatch(/^review: .+\.mdx: 3 quoted phrases or formulas are still undecided: /);
  });

  it('records an entry, an alias and a dismissal in one command each, as files the site accepts', () => {
    expect(review('entry', '1+3+N', '--level', 'county').status).toBe(0);
    expect(review('entry', '两争一前列', '--level', 'provincial', '--status', 'inferred').stderr).toMatch(/^review: entry needs --definition for a inferred entry/);
    expect(review('entry', '两争一前列', '--level', 'provincial', '--id', 'liang-zheng', '--status', 'inferred', '--definition', '争当表率、争做示范、走在前列的简称。', '--reasoning', '江苏的通行简称。').status).toBe(0);
    expect(review('alias', '1＋3＋N', '--of', '1-3-n').stderr).toContain('is already decided in');
    expect(review('dismiss', '快', '--reason', '强调用引号').status).toBe(0);
    const { terms, dismissed } = loadGlossary(content);
    expect(terms.map((t) => [t.id, t.status, t.pinyin])).toEqual([
      ['1-3-n', 'unexplained', '1+3+N'],
      ['liang-zheng', 'inferred', 'liǎng zhēng yī qián liè'],
    ]);
    expect(terms[0].definition).toBe('本库文献未解释“1+3+N”的含义。');
    expect(dismissed).toEqual([{ phrase: '快', reason: '强调用引号' }]);
    expect(review().stdout.trim().split('\n').at(-1)).toBe('review: 0 undecided (0 in reviewed reports, which the tests refuse), 1 draft report of 1');
    // (Six CLI processes one after another: 5 s is too little on a busy machine, as a CI run once showed at 5.0 s.)
  }, 30_000);

  it('marks the report reviewed only with its place and date known, keeping the body as it was', () => {
    const file = join(content, 'reports', `${slug()}.mdx`);
    expect(review('approve', slug(), '--by', '编辑甲').stderr).toContain('place is empty, but the report is reviewed');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('\nreview:', '\nplace:\n  county: "x"\nreview:'));
    // The file above is not valid (no such field): the editor's typo is named.
    expect(review('approve', slug(), '--by', '编辑甲').stderr).toMatch(/unknown field "county"/);
    writeFileSync(file, before.replace(/\nreview:/, '\nplace:\n  province: "某省"\nreview:'));
    expect(review('approve', slug(), '--by', '编辑甲').stderr).toContain('dates has no date, but the report is reviewed');
    writeFileSync(file, before.replace(/\nreview:/, '\nplace:\n  province: "某省"\ndates:\n  delivered: "2021-03-05"\ninferred:\n  - field: "dates.delivered"\n    evidence: "3月5日上午；年份据同系列会议推断"\nreview:').replace('\ninferred: []', ''));
    const approve = review('approve', slug(), '--by', '编辑甲', '--date', '2026-11-29');
    expect(approve.status, approve.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(frontmatterData(after)?.review).toEqual({ status: 'reviewed', by: '编辑甲', date: '2026-11-29' });
    expect(checkedReportSchema.safeParse(frontmatterData(after)).success).toBe(true);
    expect(mdxBody(after)).toBe(mdxBody(before));
  });
});
