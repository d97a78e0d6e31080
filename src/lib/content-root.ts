/**
 * Where the archive's content lives, chosen one way for the site and every
 * CLI: a folder given explicitly (a CLI's --content), else TIFA_CONTENT
 * (the tests build their fixtures through the real site this way), else
 * `content`. The paths of the files inside it are named here too.
 */
import { join, relative, resolve } from 'node:path';

/** The content folder: as given to a CLI, else TIFA_CONTENT relative to the working directory, else `content`. */
export function resolveContentRoot(explicit?: string): string {
  if (explicit) return explicit;
  const fromEnv = process.env.TIFA_CONTENT;
  return fromEnv ? relative(process.cwd(), resolve(fromEnv)) || '.' : 'content';
}

/** The content folder of this build or run. */
export const CONTENT_ROOT = resolveContentRoot();

/** The folders and files of a content root. */
export function contentPaths(root = CONTENT_ROOT) {
  return {
    root,
    reports: join(root, 'reports'),
    sources: join(root, 'sources'),
    glossary: join(root, 'glossary'),
    figures: join(root, 'figures'),
    dismissed: join(root, 'glossary-dismissed.yaml'),
    report: (slug: string) => join(root, 'reports', `${slug}.mdx`),
    source: (slug: string) => join(root, 'sources', `${slug}.txt`),
    /** The verbatim original a source text was extracted from (a Word file). */
    original: (slug: string, format: string) => join(root, 'sources', `${slug}.${format}`),
    glossaryEntry: (id: string) => join(root, 'glossary', `${id}.yaml`),
    figuresFile: (slug: string) => join(root, 'figures', `${slug}.yaml`),
  };
}
