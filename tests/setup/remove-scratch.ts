/**
 * Run before every unit test file: after its tests, the scratch folders it
 * made and the concordance stores it wrote are removed (a test worker ends
 * without the process's 'exit' event, which removes the stores in a build).
 */
import { afterAll } from 'vitest';
import { removeUsesStores } from '../../src/glossary/uses-store.ts';
import { removeScratchDirs } from '../support/scratch.ts';

afterAll(() => {
  removeScratchDirs();
  removeUsesStores();
});
