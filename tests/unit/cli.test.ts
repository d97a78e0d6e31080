/**
 * Every command-line tool of the project behaves alike: --help prints its
 * usage and exits 0; an unknown option or a missing value is one line on
 * stderr, naming the tool and the problem, with exit code 2, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
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
