import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../../scripts/build/unit-inputs.ts';

/** A checkout with the given files, in a folder of its own. */
function checkout(files: Record<string, string>): string {
  const root = scratchDir('checkout');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('codeDigest', () => {
  const files = { 'src/a.ts': 'site', 'scripts/build.ts': 'cli', 'scripts/build/run-unit.ts': 'indexer', 'package-lock.json': '{}' };

  it('is the same for the same code in checkouts at different places (parts built on several machines)', () => {
    expect(codeDigest(checkout(files), ['x'])).toBe(codeDigest(checkout(files), ['x']));
  });

  it("changes with the build's own scripts, the site's code and the settings", () => {
    const digest = codeDigest(checkout(files), ['x']);
    expect(codeDigest(checkout({ ...files, 'scripts/build/run-unit.ts': 'another indexer' }), ['x'])).not.toBe(digest);
    expect(codeDigest(checkout({ ...files, 'scripts/build.ts': 'another cli' }), ['x'])).not.toBe(digest);
    expect(codeDigest(checkout({ ...files, 'src/a.ts': 'another site' }), ['x'])).not.toBe(digest);
    expect(codeDigest(checkout(files), ['y'])).not.toBe(digest);
  });
});
