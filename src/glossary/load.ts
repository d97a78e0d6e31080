/**
 * Read the glossary from disk: every `content/glossary/<id>.yaml` entry and
 * the dismissed list. Used at config time (the annotation plugin needs the
 * terms before Astro's content layer runs) and by the glossary scripts.
 * A file that does not match the schema is an error naming file and field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT_ROOT } from '../lib/content-root.ts';
import { dismissedListSchema, termSchema, type Dismissed, type Term } from '../schemas/glossary.ts';
import { fieldPath } from '../schemas/fields.ts';

export interface GlossaryEntry extends Term {
  id: string;
}

export interface Glossary {
  terms: GlossaryEntry[];
  dismissed: Dismissed[];
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class GlossaryFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'GlossaryFileError';
  }
}

function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `${field || '(file)'} ${issue.message}`;
  });
}

function readYaml(file: string): unknown {
  try {
    return yaml.load(readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA, filename: file });
  } catch (error) {
    throw new GlossaryFileError(file, [`is not valid YAML (${(error as Error).message.split('\n')[0]}); check the indentation and quotes`]);
  }
}

export function loadGlossary(root = CONTENT_ROOT): Glossary {
  const folder = join(root, 'glossary');
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort() : [];
  const terms = files.map((name) => {
    const file = join(folder, name);
    const id = name.slice(0, -'.yaml'.length);
    if (!ID_PATTERN.test(id)) throw new GlossaryFileError(file, ['the file name must be the entry id: lowercase ASCII letters, digits and single hyphens, e.g. si-ge-yi-shi.yaml']);
    const parsed = termSchema.safeParse(readYaml(file));
    if (!parsed.success) throw new GlossaryFileError(file, issuesOf(parsed.error));
    return { id, ...parsed.data };
  });
  const dismissedFile = join(root, 'glossary-dismissed.yaml');
  let dismissed: Dismissed[] = [];
  if (existsSync(dismissedFile)) {
    const parsed = dismissedListSchema.safeParse(readYaml(dismissedFile) ?? []);
    if (!parsed.success) throw new GlossaryFileError(dismissedFile, issuesOf(parsed.error));
    dismissed = parsed.data;
  }
  return { terms, dismissed };
}

/** The forms the matcher looks for: each entry's term and aliases. */
export function termForms(terms: readonly GlossaryEntry[]) {
  return terms.map((term) => ({ id: term.id, forms: [term.term, ...term.aliases] }));
}
