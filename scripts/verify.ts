/**
 * npm run verify -- DIR [--manifest FILE]
 *
 * Checks a copy of the archive against its SHA-256 manifest. DIR is either
 * a bag written by npm run package (it holds bagit.txt), or a deployed copy
 * of the site (the contents of the bag's data/), checked against the bag's
 * manifest-sha256.txt given with --manifest. One line per problem, then a
 * summary; exit 0 only when there is none, 1 otherwise, 2 on a wrong call.
 */
import { checkFolder, isBag, verifyBag, verifyCopy } from './package/check.ts';
import { PackageError } from './package/errors.ts';
import { parseCli } from './cli.ts';

const USAGE = 'usage: npm run verify -- DIR [--manifest FILE]   (DIR: a bag, or a copy of the site with the bag\'s manifest-sha256.txt as FILE)';

const { values, positionals, fail } = parseCli('verify', USAGE, {
  manifest: { type: 'string' },
});
if (positionals.length !== 1) fail(positionals.length === 0 ? 'no folder given' : `give one folder, got ${positionals.length}`);
const [dir] = positionals;

try {
  await checkFolder(dir);
  const bag = await isBag(dir);
  if (bag && values.manifest !== undefined) fail(`${dir} is a bag (it holds bagit.txt) and carries its own manifest: leave out --manifest`);
  if (!bag && values.manifest === undefined) {
    fail(`${dir} is not a bag (no bagit.txt), so it is checked as a copy of the site: give the bag's manifest, e.g. --manifest package/tifa-site/manifest-sha256.txt`);
  }
  const report = bag ? await verifyBag(dir) : await verifyCopy(dir, values.manifest as string);
  for (const problem of report.problems) console.log(`verify: ${problem}`);
  const n = report.problems.length;
  console.log(`verify: ${report.checked} file${report.checked === 1 ? '' : 's'} checked, ${n} problem${n === 1 ? '' : 's'}`);
  process.exitCode = n === 0 ? 0 : 1;
} catch (error) {
  if (error instanceof PackageError) console.error(`verify: ${error.format()}`);
  else console.error(`verify: unexpected error: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
}
