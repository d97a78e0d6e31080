/**
 * npm test: the type check (astro check: .astro, TypeScript, content schema),
 * then every vitest suite (unit, site, browser), then one closing line
 * `N passed, N failed, N skipped` that CI can read.
 * Extra arguments go to vitest (e.g. npm test -- --project unit), and skip the type check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const vitestArgs = process.argv.slice(2);
const report = '.tmp/vitest-report.json';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`test: could not start ${command}: ${result.error.message}. Run npm install first`);
    return 1;
  }
  return result.status ?? 1;
}

// The type check counts as one test in the closing line.
const typecheckRan = vitestArgs.length === 0;
const typecheck = typecheckRan ? run('astro', ['check']) : 0;
console.log(typecheckRan ? `typecheck: ${typecheck === 0 ? 'passed' : 'failed (astro check; see above)'}` : 'typecheck: skipped (vitest arguments given)');

mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });
const vitest = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs]);

let summary = 'no test report was written';
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  const passed = json.numPassedTests + (typecheckRan && typecheck === 0 ? 1 : 0);
  const failed = json.numFailedTests + (typecheck === 0 ? 0 : 1);
  summary = `${passed} passed, ${failed} failed, ${json.numPendingTests + json.numTodoTests} skipped`;
} catch {
  // vitest failed before writing its report; its own output says why.
}
console.log(`tests: ${summary}`);
process.exit(typecheck !== 0 ? 1 : vitest);
