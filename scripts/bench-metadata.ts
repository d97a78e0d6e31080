/**
 * npm run bench:metadata -- DIR [--verbose]: how many metadata fields the
 * ingest gets right on real pages. DIR holds pairs NAME.txt (a page as copied
 * from a browser) and NAME.json (what a careful reader takes from it: title,
 * documentType, province, city, district, delivered, written, published,
 * speakers [{name, office}], meeting; null where the text does not say).
 * Prints the share right per field and overall; --verbose lists every miss.
 * The corpus is kept outside the repository: pages are other sites' copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocument } from './ingest/pipeline.ts';
import { parseCli } from './cli.ts';
import { fold } from '../src/text/fold.ts';
import { withoutPinyinGlosses } from '../src/text/pinyin-gloss.ts';
import { pairedNames, readTruth } from './bench/corpus-pairs.ts';

const USAGE = 'usage: npm run bench:metadata -- DIR [--verbose]';
const { values, positionals, fail } = parseCli('bench:metadata', USAGE, { verbose: { type: 'boolean', default: false } });
if (positionals.length !== 1) fail('give one DIR of NAME.txt and NAME.json pairs');
const dir = positionals[0];

interface Truth {
  title: string | null;
  documentType: string;
  province: string | null;
  city: string | null;
  district: string | null;
  delivered: string | null;
  written: string | null;
  published: string | null;
  speakers: { name: string | null; office: string | null }[];
  meeting: string | null;
}

const FIELDS = ['title', 'documentType', 'province', 'city', 'district', 'delivered', 'written', 'published', 'speakers', 'meeting'] as const;
type Field = (typeof FIELDS)[number];

const speakerKey = (speakers: { name?: string | null; office?: string | null }[]) =>
  speakers.map((s) => `${s.name ?? ''}/${s.office ?? ''}`).sort().join('; ');

const right: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
const misses: string[] = [];
let documents = 0;
let failed = 0;
let names: string[];
try {
  names = pairedNames(dir);
} catch {
  fail(`cannot read ${dir}`);
}

for (const name of names!) {
  const truth = readTruth<Truth>(dir, name, fail);
  const bytes = readFileSync(join(dir, `${name}.txt`));
  documents++;
  let got: Record<Field, string>;
  try {
    const { frontmatter: f } = ingestDocument(`${name}.txt`, bytes);
    got = {
      title: f.titleConstructed ? '' : (f.title ?? ''),
      documentType: f.documentType ?? '',
      province: f.place?.province ?? '',
      city: f.place?.city ?? '',
      district: f.place?.district ?? '',
      delivered: String(f.dates?.delivered ?? ''),
      written: String(f.dates?.written ?? ''),
      published: String(f.dates?.published ?? ''),
      speakers: speakerKey(f.speakers ?? []),
      meeting: f.meeting ?? '',
    };
  } catch (error) {
    failed++;
    misses.push(`${name}: the ingest failed: ${(error as Error).message}`);
    continue;
  }
  // A mirror's pinyin glosses (會(huì)議) are no words of the document: the archive's fields go without them, whether or
  // not a reader copied them into the truth.
  const unglossed = (text: string | null | undefined) => (text ? withoutPinyinGlosses(text) : text);
  const wanted: Record<Field, string> = {
    title: unglossed(truth.title) ?? '',
    documentType: truth.documentType,
    // The archive records places by their gazetteer names, in simplified characters.
    province: fold(truth.province ?? ''),
    city: fold(truth.city ?? ''),
    district: fold(truth.district ?? ''),
    delivered: truth.delivered ?? '',
    written: truth.written ?? '',
    // The archive records a publication time to the minute (the schema's form), whatever seconds the page printed.
    published: truth.published?.replace(/(T\d{2}:\d{2}):\d{2}$/u, '$1') ?? '',
    speakers: speakerKey((truth.speakers ?? []).map(({ name, office }) => ({ name: unglossed(name), office: unglossed(office) }))),
    meeting: unglossed(truth.meeting) ?? '',
  };
  for (const field of FIELDS) {
    if (got[field] === wanted[field]) right[field]++;
    else misses.push(`${name} ${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(wanted[field])}`);
  }
}

const total = FIELDS.reduce((sum, f) => sum + right[f], 0);
for (const field of FIELDS) console.log(`${field.padEnd(13)} ${((right[field] / documents) * 100).toFixed(1).padStart(5)}%  (${right[field]}/${documents})`);
console.log(`all fields    ${((total / (documents * FIELDS.length)) * 100).toFixed(1).padStart(5)}%  (${total}/${documents * FIELDS.length}) over ${documents} documents${failed ? `, ${failed} refused` : ''}`);
if (values.verbose) for (const miss of misses) console.log(`  ${miss}`);
