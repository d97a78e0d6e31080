/**
 * Build the archive once per test run, for the suites that read dist/.
 * TIFA_SKIP_BUILD=1 reuses an existing dist/ while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function buildSite(): void {
  if (process.env.TIFA_BUILT === '1') return;
  if (process.env.TIFA_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  const result = spawnSync('astro', ['build'], { stdio: ['ignore', 'inherit', 'inherit'], shell: false });
  if (result.error) throw new Error(`could not run astro build: ${result.error.message}. Run the tests with npm test so node_modules/.bin is on PATH`);
  if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}; see its output above`);
  process.env.TIFA_BUILT = '1';
}
