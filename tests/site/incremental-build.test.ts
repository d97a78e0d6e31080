/**
 * Incremental builds publish what a clean build would. The archive is built,
 * then edited the ways an editor edits it (a report gains a paragraph, a
 * glossary definition is reworded, a report is retitled, which other pages
 * list), and built again reusing the first build's pages and search shards;
 * the result must be byte-identical to a clean (`--force`) build of the
 * edited archive, and the rebuild must really have reused pages and shards.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_BUILD_ENV } from '../setup/build-site.ts';
import { digests } from '../support/digests.ts';

const root = '.tmp/incremental';
const content = join(root, 'content');

function build(outDir: string, ...flags: string[]): string {
  const result = spawnSync('astro', ['build', '--outDir', outDir, ...flags], { encoding: 'utf8', env: { ...process.env, ...SITE_BUILD_ENV, TIFA_CONTENT: content } });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('an incremental rebuild', () => {
  it('equals a clean build of the edited archive, and reuses what did not change', () => {
    rmSync(root, { recursive: true, force: true });
    cpSync('content', content, { recursive: true });
    build(join(root, 'incremental'), '--force');

    appendFileSync(join(content, 'reports/2024-jingjiang-edz-work-report.mdx'), '\n坚决做到“两个维护”，这是为测试增量构建而加的一段。\n');
    replaceIn(join(content, 'glossary/liang-ge-wei-hu.yaml'), 'definition: "坚决维护', 'definition: "（测试改写）坚决维护');
    replaceIn(join(content, 'reports/2021-10-01-yangzhou-interviews.mdx'), 'title: "', 'title: "（测试改题）');

    const log = build(join(root, 'incremental'));
    build(join(root, 'clean'), '--force');

    const incremental = digests(join(root, 'incremental'));
    const clean = digests(join(root, 'clean'));
    const differing = [...new Set([...incremental.keys(), ...clean.keys()])].filter((file) => incremental.get(file) !== clean.get(file));
    expect(differing).toEqual([]);
    expect(log).toMatch(/\(cached\)|\(restored\)/);
    expect(log).toMatch(/unchanged and reused/);
  }, 600_000);
});
