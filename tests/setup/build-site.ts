/**
 * Build the archive once per test run, for the suites that read dist/, and
 * a second site from the ingest fixtures' expected pages (hostile text), so
 * that what the ingest writes is checked in the real Astro + Sätteri build.
 * TIFA_SKIP_BUILD=1 reuses existing builds while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_ROOT = '.tmp/hostile';
/**
 * The real archive's test build cuts its search index into shards of four
 * pages, so that the browser suites search a merged, sharded index as a
 * large archive has (and a search sorted by date crosses shards).
 */
export const SITE_BUILD_ENV = { TIFA_SEARCH_PAGES_PER_INDEX: '4' };
const FIXTURES = 'tests/fixtures/ingest';
/** A small glossary for the hostile build: forms the matcher must find in the fixtures (a non-BMP character, say). */
const HOSTILE_GLOSSARY = 'tests/fixtures/hostile-glossary';

function astroBuild(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync('astro', ['build', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (result.error) throw new Error(`could not run astro build: ${result.error.message}. Run the tests with npm test so node_modules/.bin is on PATH`);
  if (result.status !== 0) throw new Error(`astro build ${args.join(' ')} failed with exit code ${result.status}; see its output above`);
}

/** The fixtures the ingest accepts, with the hostile glossary, as a content folder. */
function assembleHostileContent(): string {
  const content = join(HOSTILE_ROOT, 'content');
  rmSync(HOSTILE_ROOT, { recursive: true, force: true });
  mkdirSync(join(content, 'reports'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  cpSync(HOSTILE_GLOSSARY, content, { recursive: true });
  for (const name of readdirSync(FIXTURES)) {
    const expected = join(FIXTURES, name, 'expected.mdx');
    if (!existsSync(expected)) continue;
    copyFileSync(expected, join(content, 'reports', `${name}.mdx`));
    copyFileSync(join(FIXTURES, name, 'input.txt'), join(content, 'sources', `${name}.txt`));
  }
  return content;
}

export default function buildSites(): void {
  if (process.env.TIFA_BUILT === '1') return;
  if (process.env.TIFA_SKIP_BUILD === '1' && existsSync('dist/index.html') && existsSync(join(HOSTILE_ROOT, 'dist/index.html'))) return;
  astroBuild(['--outDir', join(HOSTILE_ROOT, 'dist')], { TIFA_CONTENT: assembleHostileContent() });
  // The real archive last, so that Astro's content cache ends on it.
  astroBuild([], SITE_BUILD_ENV);
  process.env.TIFA_BUILT = '1';
}
