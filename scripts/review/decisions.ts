/**
 * Recording an editor's decisions as files, each checked against the schema
 * the site uses before anything is written, and written atomically:
 * - a new glossary entry (a stub with its status),
 * - an alias added to an existing entry,
 * - a dismissal with its reason,
 * - a report marked reviewed.
 * Each returns the file it wrote; a decision that cannot stand is a
 * ReviewError naming the file and the fix, and nothing is written.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import yaml from 'js-yaml';
import type { contentPaths } from '../../src/lib/content-root.ts';
import { schemaIssueLines } from '../../src/lib/problems.ts';
import { dismissedListSchema, termSchema, type Dismissed } from '../../src/schemas/glossary.ts';
import { checkedReportSchema } from '../../src/schemas/report.ts';
import { fold } from '../../src/text/fold.ts';
import { ID_PATTERN } from '../../src/text/ids.ts';
import { splitFrontmatter } from '../../src/text/report-mdx.ts';
import { ActionableError } from '../errors.ts';
import { writeAtomic } from '../ingest/write.ts';
import { quote, toYaml } from '../ingest/yaml.ts';
import type { HarvestStep } from '../../src/glossary/harvest.ts';

export class ReviewError extends ActionableError {}

export type ContentPaths = ReturnType<typeof contentPaths>;

const readYamlFile = (file: string): unknown => yaml.load(readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA });

/** An entry's fields in the schema's order, as every entry file lists them. */
const inSchemaOrder = (entry: Record<string, unknown>) => Object.fromEntries(Object.keys(termSchema.shape).filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));

/** Which file decides a phrase already (an entry's term or alias, or the dismissed list), if any. */
export function decidingFile(paths: ContentPaths, phrase: string): string | undefined {
  const wanted = fold(phrase);
  const ids = existsSync(paths.glossary) ? readdirSync(paths.glossary).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)) : [];
  for (const id of ids) {
    const entry = readYamlFile(paths.glossaryEntry(id)) as { term: string; aliases?: string[] };
    if ([entry.term, ...(entry.aliases ?? [])].some((form) => fold(form) === wanted)) return paths.glossaryEntry(id);
  }
  const dismissed = existsSync(paths.dismissed) ? ((readYamlFile(paths.dismissed) as Dismissed[] | null) ?? []) : [];
  return dismissed.some((item) => fold(item.phrase) === wanted) ? paths.dismissed : undefined;
}

function mustBeUndecided(paths: ContentPaths, phrase: string, where: string): void {
  const owner = decidingFile(paths, phrase);
  if (owner) throw new ReviewError(`"${phrase}" is already decided in ${owner}`, where, 'edit that file instead, or take the phrase out of it first');
}

function mustPass(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown, file: string, fix: string): void {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ReviewError(`the file would not pass the schema: ${schemaIssueLines(parsed.error!.issues).join('; ')}`, file, fix);
}

/** A new entry, from a stub the schema accepts. */
export async function createEntry(paths: ContentPaths, id: string, stub: Record<string, unknown>): Promise<string> {
  const file = paths.glossaryEntry(id);
  if (!ID_PATTERN.test(id)) throw new ReviewError(`"${id}" is not an entry id`, file, 'use lowercase ASCII letters, digits and single hyphens, e.g. liang-xin');
  if (existsSync(file)) throw new ReviewError('an entry with this id exists', file, 'choose another --id, or add the phrase to it with: npm run review -- alias');
  mustBeUndecided(paths, String(stub.term), file);
  const entry = inSchemaOrder(stub);
  mustPass(termSchema, entry, file, 'give the missing or corrected values as options (npm run review -- --help)');
  await mkdir(paths.glossary, { recursive: true });
  await writeAtomic(file, toYaml(entry as never));
  return file;
}

/** The phrase as another written form of an existing entry. */
export async function addAlias(paths: ContentPaths, id: string, phrase: string): Promise<string> {
  const file = paths.glossaryEntry(id);
  if (!existsSync(file)) throw new ReviewError(`no entry "${id}"`, file, 'check the id (ls content/glossary), or create the entry with: npm run review -- entry');
  mustBeUndecided(paths, phrase, file);
  const entry = readYamlFile(file) as Record<string, unknown> & { aliases?: string[] };
  const next = inSchemaOrder({ ...entry, aliases: [...(entry.aliases ?? []), phrase] });
  mustPass(termSchema, next, file, 'fix the entry by hand first');
  await writeAtomic(file, toYaml(next as never));
  return file;
}

/** The phrase on the dismissed list, with why it is not jargon (appended, so the list keeps its order and comments). */
export async function addDismissal(paths: ContentPaths, phrase: string, reason: string): Promise<string> {
  const file = paths.dismissed;
  mustBeUndecided(paths, phrase, file);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const text = `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}- phrase: ${quote(phrase)}\n  reason: ${quote(reason)}\n`;
  mustPass(dismissedListSchema, yaml.load(text, { schema: yaml.JSON_SCHEMA }), file, 'give --reason with a few words on why it is not jargon');
  await mkdir(paths.root, { recursive: true });
  await writeAtomic(file, text);
  return file;
}

/** A report marked reviewed by `by` on `date`, once it passes what a reviewed report must. */
export async function approveReport(paths: ContentPaths, slug: string, by: string, date: string): Promise<string> {
  const file = paths.report(slug);
  if (!existsSync(file)) throw new ReviewError('no such report', file, 'check the slug (ls content/reports)');
  const { yaml: front, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  const data = (yaml.load(front ?? '', { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'provenance') next.review = { status: 'reviewed', by, date };
    if (key !== 'review') next[key] = value;
  }
  const parsed = checkedReportSchema.safeParse(next);
  if (!parsed.success) throw new ReviewError(`it cannot be marked reviewed yet: ${schemaIssueLines(parsed.error.issues).join('; ')}`, file, 'complete those fields in its frontmatter first');
  await writeAtomic(file, `---\n${toYaml(next as never)}---\n${body}`);
  return file;
}

/**
 * A harvest plan (src/glossary/harvest.ts) written: new entries created,
 * further sources added. A harvested form that was on the dismissed list
 * leaves it: a government's own definition shows it is jargon. Returns one
 * line per file written, for the CLI to print.
 */
export async function applyHarvest(paths: ContentPaths, steps: readonly HarvestStep[]): Promise<string[]> {
  const done: string[] = [];
  for (const step of steps) {
    const file = paths.glossaryEntry(step.id);
    if (step.action === 'create') {
      for (const form of [step.entry.term, ...step.entry.aliases]) if (decidingFile(paths, form) === paths.dismissed) done.push(await removeDismissal(paths, form));
      done.push(`${await createEntry(paths, step.id, step.entry as unknown as Record<string, unknown>)} (new, from ${(step.entry.sources[0] as { report: string }).report})`);
    } else {
      for (const form of step.aliases ?? []) if (decidingFile(paths, form) === paths.dismissed) done.push(await removeDismissal(paths, form));
      const entry = readYamlFile(file) as Record<string, unknown> & { sources?: unknown[]; aliases?: string[] };
      const aliases = step.aliases ? { aliases: [...(entry.aliases ?? []), ...step.aliases] } : {};
      const next = inSchemaOrder({ ...entry, ...(step.upgrade ?? {}), ...aliases, sources: [...(entry.sources ?? []), step.source] });
      mustPass(termSchema, next, file, 'fix the entry by hand first');
      await writeAtomic(file, toYaml(next as never));
      const added = step.aliases ? `; also written ${step.aliases.join('、')}` : '';
      done.push(`${file} (a further source: ${step.source.report}#${step.source.paragraph}${step.upgrade ? '; now established' : ''}${added})`);
    }
  }
  return done;
}

/** A phrase taken off the dismissed list (its other lines kept as they are). */
async function removeDismissal(paths: ContentPaths, phrase: string): Promise<string> {
  const lines = readFileSync(paths.dismissed, 'utf8').split('\n');
  const wanted = fold(phrase);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^- phrase: (".*")$/.exec(lines[i]);
    if (match && fold(JSON.parse(match[1]) as string) === wanted) {
      while (lines[i + 1]?.startsWith('  ')) i++;
      continue;
    }
    out.push(lines[i]);
  }
  await writeAtomic(paths.dismissed, out.join('\n'));
  return `${paths.dismissed} (took off "${phrase}": a report defines it)`;
}
