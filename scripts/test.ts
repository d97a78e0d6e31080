/**
 * npm test: every suite (unit, site, browser) through vitest, then one
 * closing line `N passed, N failed, N skipped` that CI can read.
 * Extra arguments go to vitest (e.g. npm test -- --project unit).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.tmp/vitest-report.json';
mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });
const result = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (result.error) {
  console.error(`test: could not start vitest: ${result.error.message}. Run npm install first`);
  process.exit(1);
}
let summary = 'no test report was written';
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests + json.numTodoTests} skipped`;
} catch {
  // vitest failed before writing its report; its own output says why.
}
console.log(`tests: ${summary}`);
process.exit(result.status ?? 1);
