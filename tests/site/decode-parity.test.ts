/**
 * The decoder's parity with the build: the text of every report, decoded
 * with the glossary data the site publishes (dist/decode/data.json) and the
 * decoder's own code, gets exactly the term links the build wrote into the
 * report page, paragraph by paragraph. Headings are left out: the build does
 * not annotate them, and a reader's pasted text has none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecodeData } from '../../src/decode/decode-data.ts';
import { decodeText } from '../../src/decode/decode.ts';
import { buildDictionary } from '../../src/glossary/matcher.ts';
import { archivedReports, htmlText, renderedBlocks } from '../support/archive.ts';

const dist = 'dist';
const data = JSON.parse(readFileSync(join(dist, 'decode', 'data.json'), 'utf8')) as DecodeData;
const dictionary = buildDictionary(data.forms);
const decided = new Set(data.decided);

/** The term links of a rendered paragraph, as [id, text]. */
const builtLinks = (inner: string) => [...inner.matchAll(/<a href="[^"]*" class="term" data-term="([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => [m[1], htmlText(m[2])]);

describe('the decoder against the build', () => {
  let compared = 0;
  for (const report of archivedReports()) {
    it(`${report.slug}: every paragraph decodes to the build's annotations`, () => {
      const blocks = renderedBlocks(readFileSync(join(dist, 'reports', report.slug, 'index.html'), 'utf8'))!;
      for (const block of blocks.filter((b) => b.tag === 'p')) {
        const decoded = decodeText(block.text, dictionary, decided);
        const links = decoded.lines.flatMap((line) => line.parts.filter((p) => p.id !== undefined).map((p) => [p.id, p.text]));
        expect(links, block.text.slice(0, 40)).toEqual(builtLinks(block.inner));
        compared += links.length;
      }
    });
  }

  it('compared a real number of annotations', () => {
    expect(compared).toBeGreaterThan(200);
  });

  it('ships the glossary, not the archive: the data holds every entry and no report text', () => {
    expect(Object.keys(data.entries).length).toBe(data.forms.length);
    const sample = archivedReports()[0].bodyLines.find((l) => l.text.length > 60)!.text;
    expect(JSON.stringify(data)).not.toContain(sample.slice(0, 30));
  });
});
