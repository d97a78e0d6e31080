/**
 * Ingest catalogues: a row's fields fill what the text does not state and
 * are recorded as such; what the text states is checked against the row; a
 * text filed under the wrong place or year, or the same text twice, is
 * refused with its evidence; Word files come in with their original kept.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';
import { applyCatalogue, readCatalogue, type CatalogueEntry } from '../../scripts/ingest/catalogue.ts';
import { startDraft } from '../../scripts/ingest/draft.ts';
import { IngestError } from '../../scripts/ingest/errors.ts';
import { readFacts } from '../../scripts/ingest/pipeline.ts';
import { readSource } from '../../scripts/ingest/read.ts';
import { frontmatterData } from '../../src/text/report-mdx.ts';

const REPORT = ['政府工作报告', '——2024年1月29日在某某市第十七届人民代表大会第三次会议上', '各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议。', '一、2023年工作回顾', '过去一年，我们团结奋斗。'].join('\n');
const draftOf = (text: string) => readFacts(startDraft(readSource('a.txt', new TextEncoder().encode(text))));
const entry = (values: CatalogueEntry['values']): CatalogueEntry => ({ catalogue: 'cat.csv', row: 2, file: 'a.txt', values });

function catalogueFile(text: string): string {
  const dir = scratchDir('catalogue');
  writeFileSync(join(dir, 'cat.csv'), text);
  return join(dir, 'cat.csv');
}
const problem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as IngestError).format().replace(/\/tmp\/tifa-catalogue-\w+\//g, '');
  }
  return 'no error';
};

describe('reading a catalogue', () => {
  it('reads the columns of reports.csv, and resolves files against its folder (or --from)', () => {
    const path = catalogueFile('file,province,city,delivered,reviewed\na.txt,湖北省,宜昌市,2024,2023\n');
    const [row] = readCatalogue(path);
    expect(row.row).toBe(2);
    expect(row.file).toBe(join(path, '..', 'a.txt'));
    expect(row.values).toEqual({ 'place.province': '湖北省', 'place.city': '宜昌市', 'dates.delivered': '2024', 'dates.reviewed': '2023' });
    expect(readCatalogue(path, '/data')[0].file).toBe('/data/a.txt');
  });

  it('names the file, the row and the fix for what it cannot read', () => {
    expect(problem(() => readCatalogue(catalogueFile('file,town\na.txt,x\n')))).toMatchInlineSnapshot(
      `"cat.csv:1: unknown column "town"; use file, original, slug or a column of reports.csv: title, documentType, issuer, meeting, province, city, district, national, delivered, written, reviewed, published, publisher, sourceUrl, collection, indexNumber, documentNumber"`,
    );
    expect(problem(() => readCatalogue(catalogueFile('name,city\na.txt,x\n')))).toMatch(/^cat\.csv:1: unknown column "name"/);
    expect(problem(() => readCatalogue(catalogueFile('city\n宜昌市\n')))).toBe('cat.csv:1: no "file" column; add a column "file" naming each file to ingest, relative to the catalogue');
    expect(problem(() => readCatalogue(catalogueFile('file,documentType\na.txt,report\n')))).toBe('cat.csv:2: documentType "report" is not a document type; use one of speech, work-report, meeting-news, interview-compilation, news, other');
    expect(problem(() => readCatalogue(catalogueFile('file,city\n,宜昌市\n')))).toBe('cat.csv:2: the file cell is empty; name the file to ingest, or delete the row');
  });
});

describe('applying a row', () => {
  it('fills what the text does not state, and records it as the catalogue’s', () => {
    const draft = applyCatalogue(draftOf(REPORT.replace('某某市', '')), entry({ 'place.province': '湖北省', 'place.city': '宜昌市', 'dates.reviewed': '2023', 'source.collection': '某某汇编' }));
    expect(draft.facts.place).toMatchObject({ province: '湖北省', city: '宜昌市' });
    expect(draft.catalogue).toEqual({ file: 'cat.csv', row: 2, fields: ['place.province', 'place.city', 'source.collection'], conflicts: [] });
  });

  it('keeps what the text states more precisely, and confirms what the ingest only inferred', () => {
    const draft = applyCatalogue(draftOf(REPORT.replace('某某市', '宜昌市')), entry({ 'place.province': '湖北省', 'dates.delivered': '2024' }));
    expect(draft.facts.headerDate).toBe('2024-01-29');
    expect(draft.facts.inferred.filter((i) => i.field === 'place.province')).toEqual([]);
    expect(draft.catalogue!.fields).toEqual(['place.province']);
  });

  it('records a disagreement on a field of the text, the catalogue’s value standing', () => {
    const draft = applyCatalogue(draftOf(REPORT), entry({ title: '2024年某某市政府工作报告' }));
    expect(draft.facts.title).toBe('2024年某某市政府工作报告');
    expect(draft.catalogue!.conflicts).toEqual([{ field: 'title', catalogue: '2024年某某市政府工作报告', text: '政府工作报告' }]);
  });

  it('refuses a text of another year or place than its row, and a national text filed under a city', () => {
    expect(problem(() => applyCatalogue(draftOf(REPORT), entry({ 'dates.reviewed': '2022' })))).toBe(
      'a.txt: the catalogue gives dates.reviewed "2022", but the text states "2023" (its year is not the one it is filed under); check the file against row 2 of cat.csv: correct the row, or name the right file; nothing was written',
    );
    expect(problem(() => applyCatalogue(draftOf(REPORT.replace('某某市', '宜昌市')), entry({ 'place.city': '襄阳市' })))).toMatch(/the catalogue gives place.city "襄阳市", but the text states "宜昌市"/);
    const national = REPORT.replace('某某市第十七届人民代表大会第三次会议', '第十四届全国人民代表大会第二次会议').replace('市人民政府', '国务院');
    expect(problem(() => applyCatalogue(draftOf(national), entry({ 'place.province': '浙江省', 'place.city': '台州市' })))).toBe(
      'a.txt: the catalogue files this text under 浙江省台州市, but the text is a national document (delivered at 第十四届全国人民代表大会第二次会议); correct row 2 of cat.csv (place it national, or name the right file); nothing was written',
    );
  });
});

describe('npm run ingest -- --catalogue', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });

  it('ingests every row, refuses the same text twice and a wrong year, and keeps a Word original', () => {
    const dir = scratchDir('catalogue-run');
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(join(dir, 'a.txt'), REPORT.replace('某某市', ''));
    writeFileSync(join(dir, 'b.txt'), `${REPORT.replace('某某市', '')}\n`);
    writeFileSync(join(dir, 'c.txt'), REPORT.replace('2023年工作回顾', '2022年工作回顾').replace('某某市', ''));
    // A Word file of the archive's own collection, ingested as it came.
    cpSync('content/sources/2024-yichang-work-report.docx', join(dir, 'yichang.docx'));
    writeFileSync(
      join(dir, 'cat.csv'),
      ['file,slug,province,city,delivered,reviewed', 'a.txt,2024-a-work-report,湖北省,宜昌市,2024,2023', 'b.txt,,湖北省,荆州市,2024,2023', 'c.txt,,湖北省,襄阳市,2024,2023', 'yichang.docx,2024-yc-work-report,湖北省,宜昌市,2024,2023', ''].join('\n'),
    );
    const result = run(['--catalogue', join(dir, 'cat.csv'), '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'b.txt')}: the same text as ${join(dir, 'a.txt')}, given earlier in this batch`);
    expect(result.stderr).toContain(`${join(dir, 'c.txt')}: the catalogue gives dates.reviewed "2023", but the text states "2022"`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('ingest: 4 files: 2 written, 0 unchanged, 2 need review, 0 kept (edited by hand), 2 failed');

    const a = frontmatterData(readFileSync(join(content, 'reports/2024-a-work-report.mdx'), 'utf8'))!;
    expect(a.place).toEqual({ province: '湖北省', city: '宜昌市' });
    expect((a.provenance as { catalogue: unknown }).catalogue).toEqual({ file: 'cat.csv', row: 2, fields: ['place.province', 'place.city'], conflicts: [] });

    const yc = frontmatterData(readFileSync(join(content, 'reports/2024-yc-work-report.mdx'), 'utf8'))!;
    const original = (yc.provenance as { original: { file: string; format: string } }).original;
    expect(original).toMatchObject({ file: 'yichang.docx', format: 'docx' });
    expect(readFileSync(join(content, 'sources/2024-yc-work-report.docx')).equals(readFileSync(join(dir, 'yichang.docx')))).toBe(true);
    expect(existsSync(join(content, 'sources/2024-yc-work-report.txt'))).toBe(true);

    // Ingesting again finds the same texts where they are, and the duplicate still refused.
    const again = run(['--catalogue', join(dir, 'cat.csv'), '--content', content]);
    expect(again.stdout.trim().split('\n').at(-1)).toBe('ingest: 4 files: 0 written, 2 unchanged, 2 need review, 0 kept (edited by hand), 2 failed');
    // (Two ingest processes, each starting Node and reading the archive's glossary: about 3 s alone, more on a busy machine.)
  }, 30_000);

  it('will not take a text already in the archive under another name', () => {
    const dir = scratchDir('catalogue-dup');
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const source = readFileSync('content/sources/2024-yichang-work-report.txt', 'utf8');
    writeFileSync(join(dir, 'copy.txt'), source.replace(/\n/g, '\n\n'));
    const result = run([join(dir, 'copy.txt'), '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'copy.txt')}: the same text as report "2024-yichang-work-report"`);
  });
});
