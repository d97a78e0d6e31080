/**
 * Word originals: for every report that came with its Word file, reading the
 * .docx gives the body its text file gave, line for line (runs of white space
 * aside: the collection's text files were extracted with them collapsed). A
 * text flattened onto one line is recovered into paragraphs partly at its runs
 * of spaces, which the text file collapsed: there the words agree, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxText, wordsByLine } from '../../scripts/ingest/docx.ts';
import { ingestDocument } from '../../scripts/ingest/pipeline.ts';
import { bodyBlocks, mdxBody } from '../../src/text/report-mdx.ts';
import { archivedReports } from '../support/archive.ts';

const withOriginals = archivedReports().filter((report) => report.data.provenance.original);

describe('Word originals', () => {
  it('are kept for the reports that came as Word files', () => {
    expect(withOriginals.length).toBeGreaterThan(100);
  });

  it('give each report the body its text gave', async () => {
    for (const report of withOriginals) {
      const docx = readFileSync(`content/sources/${report.slug}.docx`);
      const { mdx, frontmatter } = ingestDocument(`${report.slug}.docx`, new TextEncoder().encode(await docxText(report.slug, docx)));
      const fromWord = bodyBlocks(mdxBody(mdx)).map((b) => b.text).join('\n');
      const fromText = report.bodyLines.map((l) => l.text).join('\n');
      if (report.data.provenance.split?.length || frontmatter.provenance.split?.length) {
        expect(fromWord.replace(/\s+/g, ''), report.slug).toBe(fromText.replace(/\s+/g, ''));
      } else expect(wordsByLine(fromWord), report.slug).toEqual(wordsByLine(fromText));
    }
  }, 120_000);
});
