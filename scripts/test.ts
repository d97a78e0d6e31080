/**
 * npm test [-- VITEST ARGS]: the whole suite, ending with one line,
 * `tests: N passed, N failed, N skipped`, that agrees with the exit code.
 *
 * 1. the Debian packages the browser suites need (installed when possible,
 *    else one line naming them: scripts/test/system-packages.ts);
 * 2. the type check (astro check), unless vitest arguments are given;
 * 3. every vitest project (unit, site, browser, browser-nginx), or those named
 *    with --project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { closingLine, type RunOutcome, type VitestReport } from './test/closing-line.ts';
import { ensureSystemPackages, selectedProjects } from './test/system-packages.ts';

const PROJECTS = ['unit', 'site', 'browser', 'browser-nginx'];
const vitestArgs = process.argv.slice(2);
const reportFile = '.tmp/vitest-report.json';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`test: could not start ${command}: ${result.error.message}. Run npm install first`);
    return 1;
  }
  return result.status ?? 1;
}

const missing = ensureSystemPackages(selectedProjects(vitestArgs, PROJECTS));
if (missing) {
  console.error(missing);
  process.exit(1);
}

const typecheck: RunOutcome['typecheck'] = vitestArgs.length > 0 ? 'skipped' : run('astro', ['check']) === 0 ? 'passed' : 'failed';
console.log(`typecheck: ${typecheck === 'skipped' ? 'skipped (vitest arguments given)' : typecheck}`);

mkdirSync('.tmp', { recursive: true });
rmSync(reportFile, { force: true });
const vitestExit = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...vitestArgs]);
const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport) : undefined;

const closing = closingLine({ typecheck, vitestExit, report });
console.log(closing.line);
process.exit(closing.exitCode);
