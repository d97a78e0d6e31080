/**
 * npm run review: the editorial queue, and one command per decision.
 *
 *   npm run review                  the undecided quoted phrases and formulas of the
 *                                   archive, those in reviewed reports first, then by
 *                                   how many reports use them, each with its contexts
 *   npm run review -- entry PHRASE  a new glossary entry (a stub the schema accepts)
 *   npm run review -- alias PHRASE --of ID     another written form of an entry
 *   npm run review -- dismiss PHRASE --reason R     not jargon, and why
 *   npm run review -- approve SLUG --by NAME   mark a report reviewed
 *
 * Every decision is checked against the site's schemas before it is written.
 */
import { loadGlossary } from '../src/glossary/load.ts';
import { reviewQueue } from '../src/glossary/review-queue.ts';
import { decidedForms, undecidedCandidates } from '../src/glossary/triage.ts';
import { countInName } from '../src/glossary/integrity.ts';
import { contentPaths, resolveContentRoot } from '../src/lib/content-root.ts';
import { TERM_KINDS, TERM_LEVELS, TERM_STATUSES } from '../src/schemas/glossary.ts';
import { pinyinWithTones, slugify } from '../src/text/ids.ts';
import { readReportTexts } from '../src/text/report-texts.ts';
import { parseCli } from './cli.ts';
import { addAlias, addDismissal, approveReport, createEntry, ReviewError } from './review/decisions.ts';
import { harvestReports } from './review/harvest.ts';

const USAGE = `usage: npm run review -- [entry|alias|dismiss|approve] … (no command: the queue)
  npm run review [-- --limit N] [--all]
  npm run review -- entry PHRASE --level ${Object.keys(TERM_LEVELS).join('|')} [--status ${Object.keys(TERM_STATUSES).join('|')}] [--kind ${Object.keys(TERM_KINDS).join('|')}] [--id ID] [--english E] [--definition D] [--reasoning R] [--report SLUG --paragraph pN --quote Q] [--title T --issuer I --date D --url U]
  npm run review -- alias PHRASE --of ENTRY-ID
  npm run review -- dismiss PHRASE --reason R
  npm run review -- approve SLUG --by NAME [--date YYYY-MM-DD]
  npm run review -- harvest [SLUG...]   entries from reports' own 名词解释 appendices (all reports without SLUG)
  all: [--content DIR]`;

const { values, positionals, fail } = parseCli('review', USAGE, {
  content: { type: 'string' },
  limit: { type: 'string', default: '50' },
  all: { type: 'boolean', default: false },
  of: { type: 'string' },
  reason: { type: 'string' },
  by: { type: 'string' },
  date: { type: 'string' },
  id: { type: 'string' },
  status: { type: 'string', default: 'unexplained' },
  kind: { type: 'string' },
  level: { type: 'string' },
  english: { type: 'string' },
  definition: { type: 'string' },
  reasoning: { type: 'string' },
  report: { type: 'string' },
  paragraph: { type: 'string' },
  quote: { type: 'string' },
  title: { type: 'string' },
  issuer: { type: 'string' },
  url: { type: 'string' },
});

const paths = contentPaths(resolveContentRoot(values.content));
const [command, subject, ...extra] = positionals;
if (extra.length > 0 && command !== 'harvest') fail(`unexpected argument "${extra[0]}": put a phrase with spaces in quotes`);
const need = (value: string | undefined, option: string): string => value ?? fail(`${command} needs ${option}`);
const today = () => new Date().toISOString().slice(0, 10);

/** The kind a phrase most likely is, from its shape: an editor may say otherwise with --kind. */
function kindOf(phrase: string): keyof typeof TERM_KINDS {
  if (/^[\d+＋NnＮ]+$/.test(phrase)) return 'numeric-formula';
  return countInName(phrase) !== undefined ? 'enumerated-formula' : 'slogan';
}

function entryStub(phrase: string): Record<string, unknown> {
  const status = values.status as keyof typeof TERM_STATUSES;
  const level = need(values.level, `--level (${Object.keys(TERM_LEVELS).join(', ')}): whose vocabulary it is, see src/schemas/glossary.ts`);
  const archiveSource = values.report ? [{ report: values.report, paragraph: need(values.paragraph, '--paragraph with --report'), quote: need(values.quote, '--quote with --report') }] : [];
  const publishedSource = values.title ? [{ title: values.title, issuer: values.issuer, date: values.date, url: values.url, quote: values.quote && !values.report ? values.quote : undefined }] : [];
  return {
    term: phrase,
    pinyin: pinyinWithTones(phrase),
    english: values.english,
    kind: values.kind ?? kindOf(phrase),
    level,
    definition: values.definition ?? (status === 'unexplained' ? `本库文献未解释“${phrase}”的含义。` : need(values.definition, `--definition for a ${status} entry`)),
    status,
    reasoning: values.reasoning ?? (status === 'inferred' ? need(values.reasoning, '--reasoning for an inferred entry: what in the text supports the reading') : undefined),
    sources: [...archiveSource, ...publishedSource],
  };
}

function printQueue(): void {
  const { terms, dismissed } = loadGlossary(paths.root);
  const texts = readReportTexts(paths.root).map((r) => ({ file: r.slug, reviewed: r.reviewed, text: r.blocks.map((b) => b.text).join('\n') }));
  const queue = reviewQueue(texts, decidedForms(terms, dismissed)).filter((item) => values.all || item.kind !== 'enumeration');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) fail(`--limit must be a positive whole number, got "${values.limit}"`);
  for (const [i, item] of queue.slice(0, limit).entries()) {
    console.log(`${i + 1}. ${item.phrase}  (${item.kind}; ${item.reports} report${item.reports === 1 ? '' : 's'}, ${item.uses} use${item.uses === 1 ? '' : 's'}${item.blocking ? '; in a reviewed report' : ''})`);
    for (const context of item.contexts) console.log(`     ${context.file}: …${context.text}…`);
  }
  const blocking = queue.filter((item) => item.blocking).length;
  const drafts = texts.filter((t) => !t.reviewed).length;
  console.log(`review: ${queue.length} undecided (${blocking} in reviewed reports, which the tests refuse), ${drafts} draft report${drafts === 1 ? '' : 's'} of ${texts.length}${queue.length > limit ? `; the first ${limit} shown (--limit)` : ''}`);
}

/** The undecided phrases of one report, which keep it from being marked reviewed. */
function undecidedIn(slug: string): string[] {
  const { terms, dismissed } = loadGlossary(paths.root);
  const report = readReportTexts(paths.root).find((r) => r.slug === slug);
  if (!report) return [];
  return undecidedCandidates([{ file: slug, text: report.blocks.map((b) => b.text).join('\n') }], decidedForms(terms, dismissed))
    .filter((c) => c.kind !== 'enumeration')
    .map((c) => c.phrase);
}

try {
  if (command === undefined || command === 'queue') {
    printQueue();
  } else if (command === 'entry') {
    const phrase = need(subject, 'the PHRASE');
    const file = await createEntry(paths, values.id ?? slugify(phrase), entryStub(phrase));
    console.log(`review: wrote ${file} (${values.status}); check its pinyin, kind and level`);
  } else if (command === 'alias') {
    const file = await addAlias(paths, need(values.of, '--of ENTRY-ID'), need(subject, 'the PHRASE'));
    console.log(`review: added "${subject}" to ${file}`);
  } else if (command === 'dismiss') {
    const file = await addDismissal(paths, need(subject, 'the PHRASE'), need(values.reason, '--reason: a few words on why it is not jargon'));
    console.log(`review: dismissed "${subject}" in ${file}`);
  } else if (command === 'approve') {
    const slug = need(subject, 'the report SLUG');
    const open = undecidedIn(slug);
    if (open.length > 0) throw new ReviewError(`${open.length} quoted phrase${open.length === 1 ? '' : 's'} or formula${open.length === 1 ? ' is' : 's are'} still undecided: ${open.slice(0, 8).join('、')}${open.length > 8 ? '…' : ''}`, paths.report(slug), 'decide each with review entry, alias or dismiss first');
    const file = await approveReport(paths, slug, need(values.by, '--by NAME'), values.date ?? today());
    console.log(`review: marked ${file} reviewed`);
  } else if (command === 'harvest') {
    const slugs = positionals.slice(1);
    const lines = await harvestReports(paths, slugs.length > 0 ? slugs : undefined);
    for (const line of lines) console.log(`harvested ${line}`);
    console.log(`review: ${lines.length} glossary file${lines.length === 1 ? '' : 's'} written from 名词解释 appendices`);
  } else {
    fail(`unknown command "${command}": use entry, alias, dismiss, approve or harvest, or no command for the queue`);
  }
} catch (error) {
  console.error(`review: ${error instanceof ReviewError ? error.format() : `unexpected error: ${(error as Error).message}`}`);
  process.exitCode = 1;
}
