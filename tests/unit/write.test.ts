import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../scripts/ingest/pipeline.ts';
import { isUntouched } from '../../scripts/ingest/render.ts';
import { resolveSlug } from '../../scripts/ingest/slug.ts';
import { contentFolders, existingSlugs, writeReport, type ContentFolders } from '../../scripts/ingest/write.ts';
import { scratchDir } from '../support/scratch.ts';

const speech = Buffer.from('标题\n（2026年1月2日）\n同志们：\n今年工作很好。\n');
let folders: ContentFolders;

beforeEach(() => {
  folders = contentFolders(scratchDir('write'));
});

async function ingest(bytes: Buffer, force = false) {
  const result = ingestDocument('input.txt', bytes);
  const slug = resolveSlug(result.proposedSlug, result.sha256, await existingSlugs(folders));
  return { slug, outcome: await writeReport(folders, slug, result.mdx, result.sourceBytes, force) };
}

describe('writing reports', () => {
  it('writes the page and the verbatim source, then reports unchanged', async () => {
    const first = await ingest(speech);
    expect(first).toEqual({ slug: expect.stringMatching(/^2026-01-02-speech-[0-9a-f]{8}$/), outcome: 'written' });
    expect(readFileSync(join(folders.sources, `${first.slug}.txt`))).toEqual(speech);
    const page = readFileSync(join(folders.reports, `${first.slug}.mdx`), 'utf8');
    expect(isUntouched(page)).toBe(true);
    expect(await ingest(speech)).toEqual({ slug: first.slug, outcome: 'unchanged' });
    expect(readFileSync(join(folders.reports, `${first.slug}.mdx`), 'utf8')).toBe(page);
  });

  it('keeps a hand-edited page unless forced', async () => {
    const { slug } = await ingest(speech);
    const path = join(folders.reports, `${slug}.mdx`);
    const edited = readFileSync(path, 'utf8').replace('needsReview:', '# meeting checked by hand\nneedsReview:');
    writeFileSync(path, `${edited}\n`);
    expect(isUntouched(readFileSync(path, 'utf8'))).toBe(false);
    expect((await ingest(speech)).outcome).toBe('kept-hand-edited');
    expect(readFileSync(path, 'utf8')).toBe(`${edited}\n`);
    expect((await ingest(speech, true)).outcome).toBe('written');
    expect(isUntouched(readFileSync(path, 'utf8'))).toBe(true);
  });

  it('never gives one slug to two sources', async () => {
    const existing = new Map([['2026-01-02-speech-aaaaaaaa', 'f'.repeat(64)]]);
    expect(resolveSlug('2026-01-02-speech-aaaaaaaa', 'e'.repeat(64), existing)).toBe('2026-01-02-speech-aaaaaaaa-2');
    expect(resolveSlug('other', 'f'.repeat(64), existing)).toBe('2026-01-02-speech-aaaaaaaa');
  });

  it('leaves no temporary files behind', async () => {
    await ingest(speech);
    expect(readdirSync(folders.reports).every((name) => name.endsWith('.mdx'))).toBe(true);
    expect(readdirSync(folders.sources).every((name) => name.endsWith('.txt'))).toBe(true);
  });
});
