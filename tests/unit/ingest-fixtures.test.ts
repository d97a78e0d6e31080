/**
 * Scenario fixtures: tests/fixtures/ingest/<case>/input.txt → expected.mdx,
 * or → expected-error.txt for input the ingest must refuse.
 * Regenerate with UPDATE=1 npm test -- --project unit, then review the diff.
 * Comparing with files written by an earlier run is also the check that the
 * ingest gives the same bytes for the same input, run after run.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../scripts/ingest/errors.ts';
import { ingestDocument } from '../../scripts/ingest/pipeline.ts';

const root = 'tests/fixtures/ingest';
const update = process.env.UPDATE === '1';
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function outcome(name: string): { mdx?: string; error?: string } {
  const bytes = readFileSync(join(root, name, 'input.txt'));
  try {
    return { mdx: ingestDocument(`${name}/input.txt`, bytes).mdx };
  } catch (error) {
    if (error instanceof IngestError) return { error: `${error.format()}\n` };
    throw error;
  }
}

describe('ingest fixtures', () => {
  it('has the five seeds and hostile cases', () => {
    expect(cases.filter((c) => c.startsWith('seed-'))).toHaveLength(5);
    expect(cases.filter((c) => c.startsWith('error-')).length).toBeGreaterThanOrEqual(4);
  });

  for (const name of cases) {
    it(name, () => {
      const mdxPath = join(root, name, 'expected.mdx');
      const errorPath = join(root, name, 'expected-error.txt');
      const result = outcome(name);
      if (update) {
        expect(process.env.CI, 'UPDATE=1 rewrites the fixtures instead of checking them: never set it in CI').toBeUndefined();
        rmSync(mdxPath, { force: true });
        rmSync(errorPath, { force: true });
        if (result.mdx !== undefined) writeFileSync(mdxPath, result.mdx);
        else writeFileSync(errorPath, result.error!);
        return;
      }
      if (existsSync(errorPath)) {
        expect(result.error).toBe(readFileSync(errorPath, 'utf8'));
      } else {
        expect(result.error, `ingest failed: ${result.error}`).toBeUndefined();
        expect(result.mdx).toBe(readFileSync(mdxPath, 'utf8'));
      }
    });
  }
});
