import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, test } from 'vitest';
import { closingLine, type VitestReport } from '../../scripts/test/closing-line.ts';

const fixture = resolve('tests/fixtures/closing-line');

describe('the closing line of npm test', () => {
  test('a real vitest run whose only failure is a hook says failed and exits 1', () => {
    const out = join(scratchDir('closing'), 'report.json');
    const run = spawnSync('vitest', ['run', '--root', fixture, '--config', join(fixture, 'vitest.config.ts'), '--reporter=json', `--outputFile.json=${out}`], {
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as VitestReport;
    expect(report.numFailedTests).toBe(0); // vitest itself counts no failed test: the reason for the rule
    const closing = closingLine({ typecheck: 'skipped', vitestExit: run.status ?? 1, report });
    expect(closing.line).toMatch(/^tests: 1 passed, 1 failed, 1 skipped \(failed: 1 test file that failed outside a test/);
    expect(closing.exitCode).toBe(1);
  });

  test('the line and the exit code agree in every case', () => {
    const report = (failedTests: number, brokenFiles: number): VitestReport => ({
      numPassedTests: 3,
      numFailedTests: failedTests,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: Array.from({ length: brokenFiles }, (_, i) => ({ name: `f${i}`, status: 'failed', assertionResults: [{ status: 'skipped' }] })),
    });
    for (const typecheck of ['passed', 'failed', 'skipped'] as const) {
      for (const vitestExit of [0, 1]) {
        for (const r of [undefined, report(0, 0), report(2, 0), report(0, 1)]) {
          const closing = closingLine({ typecheck, vitestExit, report: r });
          const failed = Number(/(\d+) failed/.exec(closing.line)![1]);
          expect(closing.exitCode, closing.line).toBe(failed > 0 ? 1 : 0);
          if (vitestExit !== 0 || typecheck === 'failed') expect(failed, closing.line).toBeGreaterThan(0);
        }
      }
    }
  });

  test('a clean run says 0 failed and exits 0', () => {
    const closing = closingLine({ typecheck: 'passed', vitestExit: 0, report: { numPassedTests: 5, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0, testResults: [] } });
    expect(closing.line).toBe('tests: 6 passed, 0 failed, 1 skipped');
    expect(closing.exitCode).toBe(0);
  });
});
