import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, escapeLine, handMarkedTermIds, mdxBody, splitFrontmatter, unescapeMdxText } from '../../src/text/report-mdx.ts';
import { archivedReports } from '../support/archive.ts';
import { sourceBodyPieces } from '../../src/text/source-body.ts';

const syntax = fc.constantFrom(...'#*_`~<>{}[]()|\\&$!:@.-+=/ \t\u3000"\'019ahtw'.split(''), '中', 'www.', 'http://', 'import ', '&#42;', '<Term id="x">', '</Term>', 'Term');
const anyLine = fc.array(syntax, { minLength: 1, maxLength: 30 }).map((p) => p.join('')).filter((s) => s.trim() !== '');

describe('bodyBlocks', () => {
  it('undoes the escape step (property)', () => {
    fc.assert(fc.property(anyLine, (text) => unescapeMdxText(escapeLine(text)) === text), { numRuns: 2000 });
  });

  it('reads every archived report as its source body lines, with paragraph anchors', () => {
    for (const report of archivedReports()) {
      const blocks = bodyBlocks(mdxBody(readFileSync(`content/reports/${report.slug}.mdx`, 'utf8')));
      expect(blocks.map((b) => b.text)).toEqual(report.bodyLines.map((l) => l.text));
      const ids = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.id);
      expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
    }
  });

  it('reads every ingest fixture as the lines of its input that stay in the body', () => {
    const fixtures = readdirSync('tests/fixtures/ingest').filter((name) => existsSync(`tests/fixtures/ingest/${name}/expected.mdx`));
    expect(fixtures.length).toBeGreaterThan(5);
    for (const name of fixtures) {
      const mdx = readFileSync(`tests/fixtures/ingest/${name}/expected.mdx`, 'utf8');
      const { provenance } = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1], { schema: yaml.JSON_SCHEMA }) as { provenance: Parameters<typeof sourceBodyPieces>[1] };
      // Independent of the module under test: the input's lines as the fixture's provenance accounts for them.
      const input = readFileSync(`tests/fixtures/ingest/${name}/input.txt`, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
      const expected = sourceBodyPieces(input, provenance).map((piece) => piece.text);
      expect(bodyBlocks(mdxBody(mdx)).map((b) => b.text), name).toEqual(expected);
    }
  });
});

describe('hand-marked terms', () => {
  it('are read from <Term id> elements', () => {
    expect(handMarkedTermIds('甲<Term id="san-bu-fu">三不腐</Term>乙\n\n<Term id="a">x</Term><Term id="b">y</Term>')).toEqual(['san-bu-fu', 'a', 'b']);
  });

  it('are never found in escaped source text, which the MDX parser reads as text', () => {
    expect(handMarkedTermIds(escapeLine('<Term id="nope">…</Term>'))).toEqual([]);
    fc.assert(fc.property(anyLine, (text) => handMarkedTermIds(escapeLine(text)).length === 0), { numRuns: 2000 });
  });
});

describe('splitFrontmatter', () => {
  it('cuts LF and CRLF files alike and says where the body starts', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\nbody\n')).toEqual({ yaml: 'a: 1', body: '\nbody\n', bodyLine: 4 });
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nbody')).toEqual({ yaml: 'a: 1', body: 'body', bodyLine: 4 });
    expect(splitFrontmatter('no frontmatter')).toEqual({ body: 'no frontmatter', bodyLine: 1 });
  });
});
