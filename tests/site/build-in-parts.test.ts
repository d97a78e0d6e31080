/**
 * A large archive is built in units (scripts/build.ts), each its own Astro
 * process, and the units merged; the work can be shared by machines with
 * --part K/N and --merge. Tried on the real archive cut into units of 60
 * reports: every page is byte-identical to the whole build's, the search
 * index holds each unit's shards, parts built apart merge into exactly the
 * site one machine builds, and after an edit only the units it touches are
 * built again (after a glossary edit, only the pages that use the entry),
 * into a site byte-identical to a clean build.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_BUILD_ENV } from '../setup/build-site.ts';
import { digests } from '../support/digests.ts';
import { loadGlossary } from '../../src/glossary/load.ts';

const ROOT = '.tmp/parts-test';
const UNIT = ['--reports-per-unit', '60'];

function build(...args: string[]) {
  return buildWith({}, ...args);
}

function buildWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/build.ts', ...UNIT, ...args], { encoding: 'utf8', env: { ...process.env, ...SITE_BUILD_ENV, ...env } });
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/** The units a build kept unchanged, from its log. */
function keptUnits(log: string): string[] {
  return [...stripVTControlCharacters(log).matchAll(/^build: (\S+): unchanged, kept$/gm)].map((m) => m[1]);
}

/**
 * The pages of `path` a build rendered, from Astro's log (a page it reused is
 * logged "(cached)" or "(restored)"). The log is coloured when the caller's
 * environment asks for colour (FORCE_COLOR, as in CI), so the colour codes go first.
 */
function renderedPages(log: string, path: RegExp): string[] {
  return [...stripVTControlCharacters(log).matchAll(/[├└]─ (\S+) (\(.*\))\s*$/gm)].filter(([, page, how]) => path.test(page) && !/cached|restored/.test(how)).map(([, page]) => page).sort();
}

/**
 * A glossary entry that exactly one report uses (its forms are written in
 * that report alone, which the built page annotates), in a slice after the
 * first, and that no other entry links to.
 */
function entryUsedOnce(content: string, site: string): { id: string; slug: string; slice: string } {
  const reports = readdirSync(join(content, 'reports')).map((file) => ({ file, text: readFileSync(join(content, 'reports', file), 'utf8') }));
  const { terms } = loadGlossary(content);
  const slices = ['reports-2', 'reports-3'].map((name) => ({ name, files: readFileSync(join(ROOT, 'edited-parts/lists', `${name}.txt`), 'utf8').trim().split('\n') }));
  for (const term of terms) {
    if (terms.some((other) => other.related.some((link) => link.id === term.id))) continue;
    const users = reports.filter((report) => [term.term, ...term.aliases].some((form) => report.text.includes(form)));
    if (users.length !== 1) continue;
    const slug = users[0].file.replace(/\.mdx$/, '');
    const slice = slices.find((candidate) => candidate.files.includes(users[0].file));
    if (slice && readFileSync(join(site, 'reports', slug, 'index.html'), 'utf8').includes(`data-term="${term.id}"`)) return { id: term.id, slug, slice: slice.name };
  }
  throw new Error('the archive has no glossary entry used by one report of a later slice alone: choose another edit for this test');
}

const withoutSearchIndex = (files: Map<string, string>) => new Map([...files].filter(([file]) => !file.startsWith('pagefind/')));

describe('the build in parts', () => {
  beforeAll(() => {
    rmSync(ROOT, { recursive: true, force: true });
    const one = build('--out-dir', join(ROOT, 'one'), '--parts-dir', join(ROOT, 'one-parts'));
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^build: \d+ reports built in [3-9] units \(60 reports each at most\)/m);
  }, 600_000);

  it('renders every page exactly as the whole build does', () => {
    expect(differing(withoutSearchIndex(digests('dist')), withoutSearchIndex(digests(join(ROOT, 'one'))))).toEqual([]);
  });

  it("merges every unit's search shards, newest reports first, the archive-wide pages last", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'one/pagefind/shards.json'), 'utf8')) as { shards: string[] };
    const whole = JSON.parse(readFileSync('dist/pagefind/shards.json', 'utf8')) as { shards: string[] };
    // Each unit cuts its own pages into shards of four (SITE_BUILD_ENV), so the units add partial shards.
    expect(manifest.shards.length).toBeGreaterThanOrEqual(whole.shards.length);
    for (const shard of manifest.shards) expect(existsSync(join(ROOT, 'one/pagefind', shard, 'pagefind-entry.json')), shard).toBe(true);
    expect(existsSync(join(ROOT, 'one/pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'one/pagefind', manifest.shards[0], 'pagefind.js'))).toBe(false);
  });

  it('merges parts built apart into the site one machine builds, byte for byte', () => {
    for (const part of ['1/2', '2/2']) {
      const built = build('--part', part, '--parts-dir', join(ROOT, `machine-${part[0]}`));
      expect(built.status, built.stderr).toBe(0);
      expect(built.stdout).toMatch(new RegExp(`^build: part ${part} built units [a-z0-9, -]+ of \\d+ into`, 'm'));
    }
    const refused = build('--merge', '--parts-dir', join(ROOT, 'machine-1'), '--out-dir', join(ROOT, 'merged'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^build: cannot merge from .*machine-1: reports-2 was not built; .*copy each machine's .* here\n$/);
    expect(existsSync(join(ROOT, 'merged'))).toBe(false);

    cpSync(join(ROOT, 'machine-2'), join(ROOT, 'machine-1'), { recursive: true });
    const merged = build('--merge', '--parts-dir', join(ROOT, 'machine-1'), '--out-dir', join(ROOT, 'merged'));
    expect(merged.status, merged.stderr).toBe(0);
    expect(differing(digests(join(ROOT, 'one')), digests(join(ROOT, 'merged')))).toEqual([]);
  }, 600_000);

  it('rebuilds only what an edit touches (a report; a glossary entry: the pages that use it), and the result is byte-identical to a clean build', () => {
    const content = join(ROOT, 'content');
    cpSync('content', content, { recursive: true });
    const env = { TIFA_CONTENT: content };
    const first = buildWith(env, '--out-dir', join(ROOT, 'edited'), '--parts-dir', join(ROOT, 'edited-parts'));
    expect(first.status, first.stderr).toBe(0);
    // A sentence added to the body of the last report of the first slice (the slices are newest first).
    const slice = readFileSync(join(ROOT, 'edited-parts/lists/reports-1.txt'), 'utf8').trim().split('\n');
    appendFileSync(join(content, 'reports', slice.at(-1)!), '\n补充一句，用于检验分块重建。\n');
    const rebuilt = buildWith(env, '--out-dir', join(ROOT, 'edited'), '--parts-dir', join(ROOT, 'edited-parts'));
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(keptUnits(rebuilt.stdout)).toEqual(['reports-2', 'reports-3']);

    // Then one glossary entry's definition is reworded: an entry one report of a later slice uses, linked from no other entry.
    const { id, slug, slice: touched } = entryUsedOnce(content, join(ROOT, 'edited'));
    const entryFile = join(content, 'glossary', `${id}.yaml`);
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/^definition: "/m, 'definition: "（测试改写）'));
    const reworded = buildWith(env, '--out-dir', join(ROOT, 'edited'), '--parts-dir', join(ROOT, 'edited-parts'));
    expect(reworded.status, reworded.stderr).toBe(0);
    expect(keptUnits(reworded.stdout)).toEqual(['reports-1', 'reports-2', 'reports-3'].filter((name) => name !== touched));
    expect(renderedPages(reworded.stdout, /^\/reports\/[^/]+\/index\.html$/)).toEqual([`/reports/${slug}/index.html`]);
    expect(renderedPages(reworded.stdout, /^\/glossary\/[^/]+\/index\.html$/)).toEqual([`/glossary/${id}/index.html`]);

    const clean = buildWith(env, '--force', '--out-dir', join(ROOT, 'edited-clean'), '--parts-dir', join(ROOT, 'edited-clean-parts'));
    expect(clean.status, clean.stderr).toBe(0);
    expect(differing(digests(join(ROOT, 'edited')), digests(join(ROOT, 'edited-clean')))).toEqual([]);
    expect(readFileSync(join(ROOT, 'edited/reports', slice.at(-1)!.replace(/\.mdx$/, ''), 'index.html'), 'utf8')).toContain('补充一句，用于检验分块重建。');
    expect(readFileSync(join(ROOT, 'edited/glossary', id, 'index.html'), 'utf8')).toContain('（测试改写）');
  }, 600_000);

  it('answers a wrong call with one line', () => {
    const wrong = build('--part', '3/2');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('build: --part 3/2: K must be from 1 to N; usage: npm run build -- [--part K/N | --merge] [--reports-per-unit N] [--unit-heap-mb N] [--parts-dir DIR] [--out-dir DIR] [--force] (--help for all)\n');
  });
});
