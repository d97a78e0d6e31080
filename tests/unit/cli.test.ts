/**
 * Every command-line tool of the project behaves alike: --help prints its
 * usage and exits 0; an unknown option or a missing value is one line on
 * stderr, naming the tool and the problem, with exit code 2, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';

const CLIS = [
  ['ingest', 'scripts/ingest.ts'],
  ['review', 'scripts/review.ts'],
  ['glossary:candidates', 'scripts/glossary-candidates.ts'],
  ['figures:extract', 'scripts/figures.ts'],
  ['serve', 'scripts/serve.ts'],
  ['package', 'scripts/package.ts'],
  ['verify', 'scripts/verify.ts'],
  ['bench', 'scripts/bench.ts'],
  ['bench:search', 'scripts/bench-search.ts'],
  ['bench:decode', 'scripts/bench-decode.ts'],
  ['bench:metadata', 'scripts/bench-metadata.ts'],
  ['bench:harvest', 'scripts/bench-harvest.ts'],
  ['catalogue', 'scripts/catalogue.ts'],
  ['generate:t2s', 'scripts/generate-t2s.ts'],
  ['generate:towns', 'scripts/generate-towns.ts'],
  ['build', 'scripts/build.ts'],
] as const;

const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000 });

describe.each(CLIS)('%s', (name, script) => {
  it('prints its usage for --help and exits 0', () => {
    const result = run(script, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run /);
    expect(result.stderr).toBe('');
  });

  it('answers an unknown option with one line and exit code 2', () => {
    const result = run(script, ['--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^${name}: unknown option --no-such-option; usage: npm run `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the corpus benches', () => {
  // A corpus folder also holds its gatherer's notes: a JSON file with no text beside it is no pair, and a pair's
  // broken JSON is one line naming the file.
  const dir = scratchDir('bench-corpus');
  writeFileSync(join(dir, 'notes.json'), '{"not": "a pair"}');
  writeFileSync(join(dir, 'p01.txt'), '政府工作报告\n——2024年1月5日在某某市第十七届人民代表大会第三次会议上\n市长 王某某\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n');
  writeFileSync(join(dir, 'p01.json'), JSON.stringify({ title: '政府工作报告', documentType: 'work-report', province: null, city: null, district: null, delivered: '2024-01-05', written: null, published: null, speakers: [{ name: '王某某', office: '市长' }], meeting: '某某市第十七届人民代表大会第三次会议' }));

  it('reads the pairs and passes over a lone JSON file', () => {
    const result = run('scripts/bench-metadata.ts', [dir]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/all fields +100\.0% +\(10\/10\) over 1 documents/);
  });

  it('names a pair whose JSON is broken, in one line', () => {
    const broken = scratchDir('bench-corpus');
    writeFileSync(join(broken, 'p01.txt'), '各位代表：\n');
    writeFileSync(join(broken, 'p01.json'), '{"title": ');
    const result = run('scripts/bench-metadata.ts', [broken]);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/p01\.json is not valid JSON .*; correct it, or move it out of the folder/);
  });
});
