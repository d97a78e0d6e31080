/**
 * The built archive as archivists receive it: packaged as a BagIt bag that
 * verifies, and reproducible: a second clean (`--force`) build of the same commit is
 * byte-identical to the first (search index included).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_BUILD_ENV } from '../setup/build-site.ts';
import { digests } from '../support/digests.ts';

describe('the built archive', () => {
  it('packages into a BagIt bag that verifies', () => {
    rmSync('.tmp/package', { recursive: true, force: true });
    const packed = spawnSync(process.execPath, ['scripts/package.ts', '--dist', 'dist', '--out', '.tmp/package'], { encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const verified = spawnSync(process.execPath, ['scripts/verify.ts', '.tmp/package/tifa-site'], { encoding: 'utf8' });
    expect(verified.stdout).toMatch(/verify: \d+ files checked, 0 problems/);
    expect(verified.status).toBe(0);
    const deployed = spawnSync(process.execPath, ['scripts/verify.ts', 'dist', '--manifest', '.tmp/package/tifa-site/manifest-sha256.txt'], { encoding: 'utf8' });
    expect(deployed.status, deployed.stdout).toBe(0);
  });

  it('is byte-identical when built again', () => {
    rmSync('.tmp/rebuild', { recursive: true, force: true });
    const rebuilt = spawnSync('astro', ['build', '--force', '--outDir', '.tmp/rebuild'], { encoding: 'utf8', env: { ...process.env, ...SITE_BUILD_ENV } });
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    const first = digests('dist');
    const second = digests('.tmp/rebuild');
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
    expect(differing).toEqual([]);
  }, 300_000);
});
