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
import { ID_PATTERN } from '../text/ids.ts';
import { dismissedListSchema, termSchema, type Dismissed, type Term } from '../schemas/glossary.ts';
import { formatProblem, problem, schemaIssueLines, yamlProblem, type Problem } from '../lib/problems.ts';

export interface GlossaryEntry extends Term {
  id: string;
}

export interface Glossary {
  terms: GlossaryEntry[];
  dismissed: Dismissed[];
}

export { ID_PATTERN };

/** A glossary file that cannot be read: the build and the CLIs stop on it, naming the file and the fix. */
export class GlossaryFileError extends Error {
  readonly problem: Problem;
  constructor(found: Problem) {
    super(formatProblem(found));
    this.name = 'GlossaryFileError';
    this.problem = found;
  }
}

const SCHEMA_FIX = 'every field is described in src/schemas/glossary.ts';

function readYaml(file: string): unknown {
  try {
    return yaml.load(readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA, filename: file });
  } catch (error) {
    throw new GlossaryFileError(yamlProblem(file, error));
  }
}

export function loadGlossary(root = CONTENT_ROOT): Glossary {
  const folder = join(root, 'glossary');
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort() : [];
  const terms = files.map((name) => {
    const file = join(folder, name);
    const id = name.slice(0, -'.yaml'.length);
    if (!ID_PATTERN.test(id)) {
      throw new GlossaryFileError(problem(file, 'the file name is not an entry id', 'rename it to the id: lowercase ASCII letters, digits and single hyphens, e.g. si-ge-yi-shi.yaml'));
    }
    const parsed = termSchema.safeParse(readYaml(file));
    if (!parsed.success) throw new GlossaryFileError(problem(file, schemaIssueLines(parsed.error.issues).join('; '), SCHEMA_FIX));
    return { id, ...parsed.data };
  });
  const dismissedFile = join(root, 'glossary-dismissed.yaml');
  let dismissed: Dismissed[] = [];
  if (existsSync(dismissedFile)) {
    const parsed = dismissedListSchema.safeParse(readYaml(dismissedFile) ?? []);
    if (!parsed.success) throw new GlossaryFileError(problem(dismissedFile, schemaIssueLines(parsed.error.issues).join('; '), SCHEMA_FIX));
    dismissed = parsed.data;
  }
  return { terms, dismissed };
}

/** The forms the matcher looks for: each entry's term and aliases. */
export function termForms(terms: readonly GlossaryEntry[]) {
  return terms.map((term) => ({ id: term.id, forms: [term.term, ...term.aliases], context: term.match }));
}
