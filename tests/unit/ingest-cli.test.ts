import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  it('ingests the good files, reports each bad one on one line, and exits 1', () => {
    const dir = scratchDir('cli');
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(good, '同志们：\n今年工作很好。\n');
    writeFileSync(empty, '');
    // 同志们 in GBK: the first two characters happen to be valid UTF-8 byte pairs.
    writeFileSync(gbk, Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7]));
    const content = join(dir, 'content');
    const result = run([empty, good, gbk, join(dir, 'missing.txt'), '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `ingest: ${empty}: the file is empty (0 bytes of text); check that the right file was given; an empty file has nothing to archive`,
      `ingest: ${gbk}: not valid UTF-8 (first bad byte at offset 4); probably GB18030/GBK; convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8 "gbk.txt" > out.txt, and ingest that`,
      `ingest: ${join(dir, 'missing.txt')}: no such file; check the path; give the .txt or .docx files to ingest`,
    ]);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('ingest: 4 files: 1 written, 0 unchanged, 1 need review, 0 kept (edited by hand), 3 failed');
    expect(readdirSync(join(content, 'reports'))).toHaveLength(1);
    const again = run([good, '--content', content]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('1 file: 0 written, 1 unchanged');
  });

  it('explains a wrong call', () => {
    const result = run(['--slug', 'Bad Slug', 'a.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--slug "Bad Slug" must be lowercase ASCII letters');
    expect(run([]).stderr).toContain('no input files given');
  });
});
