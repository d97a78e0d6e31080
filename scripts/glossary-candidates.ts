/**
 * npm run glossary:candidates -- [FILE...] [--check] [--content DIR]
 *
 * Lists the glossary candidates of reports that the glossary has not decided
 * yet (quoted phrases, numeric formulas like 3+1+1, enumerations like 四个X):
 * each must become an entry or alias in the glossary, or go on the dismissed
 * list with a reason. FILE may be a report (.mdx) or a raw source (.txt);
 * without FILE, every report of the content folder.
 * --check exits 1 if a quoted phrase or numeric formula of a reviewed report
 * is undecided; those of drafts are the review queue (npm run review).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GlossaryFileError, loadGlossary } from '../src/glossary/load.ts';
import { decidedForms } from '../src/glossary/triage.ts';
import { reviewQueue, type QueueText } from '../src/glossary/review-queue.ts';
import { contentPaths, resolveContentRoot } from '../src/lib/content-root.ts';
import { reportText } from '../src/text/report-texts.ts';
import { parseCli } from './cli.ts';

const USAGE = 'usage: npm run glossary:candidates -- [FILE...] [--check] [--content DIR]';

const { values, positionals, fail } = parseCli('glossary:candidates', USAGE, {
  check: { type: 'boolean', default: false },
  content: { type: 'string' },
});
const paths = contentPaths(resolveContentRoot(values.content));
if (positionals.length === 0 && !existsSync(paths.reports)) fail(`no reports folder at ${paths.reports}: give FILE arguments, or --content DIR for another content folder`);
const files =
  positionals.length > 0
    ? positionals
    : readdirSync(paths.reports)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => join(paths.reports, f));

let glossary;
try {
  glossary = loadGlossary(paths.root);
} catch (error) {
  console.error(`glossary:candidates: ${error instanceof GlossaryFileError ? error.message : (error as Error).message}`);
  process.exit(1);
}

const texts: QueueText[] = [];
for (const file of files) {
  try {
    const raw = readFileSync(file, 'utf8');
    if (file.endsWith('.mdx')) {
      const report = reportText(basename(file, '.mdx'), raw);
      texts.push({ file: basename(file), reviewed: report.reviewed, text: report.blocks.map((b) => b.text).join('\n') });
    } else texts.push({ file: basename(file), reviewed: false, text: raw });
  } catch (error) {
    console.error(`glossary:candidates: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}. Give report .mdx or source .txt files`);
    process.exitCode = 1;
  }
}

const undecided = reviewQueue(texts, decidedForms(glossary.terms, glossary.dismissed));
for (const item of undecided) {
  console.log(`${item.kind}\t${item.phrase}\t×${item.uses}\t${item.files.join(',')}\t…${item.contexts[0]?.text ?? ''}…${item.blocking ? '\t(in a reviewed report)' : ''}`);
}
const formulas = undecided.filter((c) => c.kind !== 'enumeration');
const blocking = undecided.filter((c) => c.blocking);
console.log(
  `glossary:candidates: ${undecided.length} undecided (${formulas.length} quoted phrases or formulas, ${undecided.length - formulas.length} enumerations; ${blocking.length} in reviewed reports) in ${texts.length} file${texts.length === 1 ? '' : 's'}`,
);
if (values.check && blocking.length > 0) process.exitCode = 1;
