import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLine } from '../../scripts/ingest/escape.ts';
import { bodyBlocks, mdxBody, unescapeMdxText } from '../../src/glossary/body-blocks.ts';
import { archivedReports } from '../support/archive.ts';

describe('bodyBlocks', () => {
  it('undoes the escape step (property)', () => {
    const piece = fc.constantFrom(...'#*_`~<>{}[]()|\\&$!:@.-+=/ \t\u3000"\'019ahtw'.split(''), '中', 'www.', 'http://', 'import ', '&#42;');
    const line = fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join('')).filter((s) => s.trim() !== '');
    fc.assert(fc.property(line, (text) => unescapeMdxText(escapeLine(text)) === text), { numRuns: 2000 });
  });

  it('reads every archived report as its source body lines, with paragraph anchors', () => {
    for (const report of archivedReports()) {
      const blocks = bodyBlocks(mdxBody(readFileSync(`content/reports/${report.slug}.mdx`, 'utf8')));
      expect(blocks.map((b) => b.text)).toEqual(report.bodyLines.map((l) => l.text));
      const ids = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.id);
      expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
    }
  });

  it('reads every ingest fixture', () => {
    for (const name of readdirSync('tests/fixtures/ingest')) {
      const path = `tests/fixtures/ingest/${name}/expected.mdx`;
      try {
        readFileSync(path);
      } catch {
        continue;
      }
      expect(bodyBlocks(mdxBody(readFileSync(path, 'utf8'))).length).toBeGreaterThan(0);
    }
  });
});
