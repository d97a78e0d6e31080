/**
 * npm run bench:harvest -- DIR [--verbose]: how many of the terms that real
 * reports' 名词解释 / 注释 appendices define become sourced, annotated
 * glossary entries with no hand edits. DIR holds pairs NAME.txt (a report as
 * found) and NAME.json (what a careful reader takes from its appendix:
 * `items`, each with the `forms` a reader looks up and the `definition` as
 * printed). The reports are ingested by the ingest CLI itself into a copy of
 * the archive's glossary, then each item is checked: an entry has one of its
 * forms, cites this report with the definition's words, and the report's
 * body is annotated with it. Prints the share right and every miss with
 * --verbose. The corpus is kept outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCli } from './cli.ts';
import { CONTENT_ROOT, contentPaths } from '../src/lib/content-root.ts';
import { loadGlossary, termForms, type GlossaryEntry } from '../src/glossary/load.ts';
import { buildDictionary } from '../src/glossary/matcher.ts';
import { concordance } from '../src/glossary/concordance.ts';
import { LEADING_VERB } from '../src/glossary/appendix.ts';
import { reportText } from '../src/text/report-texts.ts';
import { fold } from '../src/text/fold.ts';
import { pairedNames, readTruth } from './bench/corpus-pairs.ts';

const USAGE = 'usage: npm run bench:harvest -- DIR [--verbose]';
const { values, positionals, fail } = parseCli('bench:harvest', USAGE, { verbose: { type: 'boolean', default: false } });
if (positionals.length !== 1) fail('give one DIR of NAME.txt and NAME.json pairs');
const dir = resolve(positionals[0]);
if (!existsSync(dir)) fail(`cannot read ${dir}`);

interface Item {
  forms: string[];
  definition: string;
}
const names = pairedNames(dir);
if (names.length === 0) fail(`${dir} has no NAME.txt and NAME.json pairs`);

// A scratch archive with the real glossary, so that a term the glossary has already gains a source.
const root = mkdtempSync(join(tmpdir(), 'tifa-bench-harvest-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
for (const part of ['glossary', 'glossary-dismissed.yaml']) if (existsSync(join(CONTENT_ROOT, part))) cpSync(join(CONTENT_ROOT, part), join(root, part), { recursive: true });

const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', '--content', root, ...names.map((n) => join(dir, `${n}.txt`))], { encoding: 'utf8', maxBuffer: 64 << 20 });
const slugOf = new Map<string, string>();
for (const match of ingest.stdout.matchAll(/^(?:wrote|unchanged) \S*\/([^/\s]+)\.mdx ← (.+?)(?: \(needs review: [^)]*\))?$/gm)) slugOf.set(match[2].trim(), match[1]);

const squeeze = (text: string) => fold(text).replace(/[\s\u3000]+/g, '');
const glossary = loadGlossary(root);
const dictionary = buildDictionary(termForms(glossary.terms));
const byForm = new Map<string, GlossaryEntry>();
for (const term of glossary.terms) for (const form of [term.term, ...term.aliases]) byForm.set(fold(form), term);

let items = 0;
let right = 0;
const misses: string[] = [];
const counts = { entry: 0, sourced: 0, annotated: 0, spurious: 0 };
for (const name of names) {
  const truth = readTruth<{ items: Item[] }>(dir, name, fail);
  const slug = slugOf.get(join(dir, `${name}.txt`));
  const file = slug && contentPaths(root).report(slug);
  const annotated = new Set(file && existsSync(file) ? concordance([reportText(slug, readFileSync(file, 'utf8'))], dictionary).map((o) => o.termId) : []);
  for (const item of truth.items) {
    items++;
    const entry = item.forms.map((form) => byForm.get(fold(form))).find((e) => e !== undefined);
    // The definition is in the quoted paragraph, or, for an item of several lines, in the entry this report's appendix made.
    const cites = entry?.sources.filter((s) => 'report' in s && s.report === slug && s.appendix) ?? [];
    const made = entry?.sources[0] !== undefined && cites.includes(entry.sources[0]);
    const sourced = cites.some((s) => squeeze(s.quote ?? '').includes(squeeze(item.definition))) || (made && squeeze(entry!.definition).includes(squeeze(item.definition.replace(LEADING_VERB, ''))));
    const shown = entry !== undefined && annotated.has(entry.id);
    if (entry) counts.entry++;
    if (sourced) counts.sourced++;
    if (shown) counts.annotated++;
    if (entry && sourced && shown) right++;
    else misses.push(`${name} ${item.forms.join('、')}: ${!slug ? 'not ingested' : !entry ? 'no entry' : !sourced ? `entry ${entry.id} does not cite this report with the definition` : 'not annotated in the body'}`);
  }
  // Entries the harvest made or sourced from this report that define nothing its appendix defines.
  const wanted = new Set(truth.items.flatMap((item) => item.forms.map(fold)));
  for (const term of glossary.terms) {
    if (!term.sources.some((s) => 'report' in s && s.report === slug && s.appendix)) continue;
    if ([term.term, ...term.aliases].some((form) => wanted.has(fold(form)))) continue;
    counts.spurious++;
    misses.push(`${name} ${term.term}: an entry (${term.id}) from a line that defines nothing`);
  }
}

const share = (n: number) => `${((n / items) * 100).toFixed(1).padStart(5)}%  (${n}/${items})`;
console.log(`has an entry       ${share(counts.entry)}`);
console.log(`cites this report  ${share(counts.sourced)}`);
console.log(`annotated          ${share(counts.annotated)}`);
console.log(`spurious entries   ${counts.spurious}`);
console.log(`all three          ${share(right)} over ${names.length} reports${slugOf.size < names.length ? `, ${names.length - slugOf.size} not ingested` : ''}`);
if (values.verbose) {
  for (const miss of misses) console.log(`  ${miss}`);
  if (ingest.stderr.trim()) console.log(ingest.stderr.trim().replace(/^/gm, '  '));
}
