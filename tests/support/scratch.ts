/**
 * Folders a test writes into, under the system's temporary folder. Each one
 * is removed when its test file has run (tests/setup/remove-scratch.ts), so
 * that running the suite again and again leaves nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh, empty folder named `tifa-<name>-…`, removed after this test file. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tifa-${name}-`));
  made.push(dir);
  return dir;
}

/** Remove every folder `scratchDir` made in this process. */
export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
