/**
 * One shape for every problem the project reports to a person (a build
 * check, a CLI, a schema error): where it is, what is wrong, and the fix;
 * and one way to print it, `where: what; fix`.
 */

export interface Problem {
  /** The file, and the place in it: `content/glossary/x.yaml`, `a.txt:12`, `…yaml: figure 3 (…)`. */
  where: string;
  /** What is wrong, as a statement. */
  what: string;
  /** What to do about it, continuing the sentence. */
  fix: string;
}

export function problem(where: string, what: string, fix: string): Problem {
  return { where, what, fix };
}

/** `where: what; fix` — one line. */
export function formatProblem({ where, what, fix }: Problem): string {
  return `${where}: ${what}; ${fix}`;
}

/** A zod issue as the project words it. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** A zod issue's path as a field name: `dates.delivered`, `speakers[0].name`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * Schema issues as lines `field message` (the messages, written in
 * src/schemas/, already say what is expected and the fix). `describePath`
 * names the place when a file holds a list (`figure 3 value`); an issue of
 * the whole file is `(file)`.
 */
export function schemaIssueLines(issues: readonly SchemaIssue[], describePath: (path: readonly PropertyKey[]) => string = fieldPath): string[] {
  return issues.map((issue) => `${describePath(issue.path) || '(file)'} ${issue.message}`);
}

/** The problem with a YAML file that does not parse: the parser's first line, and the usual fix. */
export function yamlProblem(file: string, error: unknown): Problem {
  return problem(file, `is not valid YAML (${(error as Error).message.split('\n')[0]})`, 'check the indentation and quotes');
}
