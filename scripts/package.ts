/**
 * npm run package [-- --dist dist] [--out package]
 *
 * Writes the built site as a BagIt 1.0 bag (RFC 8493), <out>/tifa-site/,
 * and a deterministic tar archive of it, <out>/tifa-site.tar: the same site
 * always gives the same bytes. Bagging-Date comes from SOURCE_DATE_EPOCH,
 * or is left out. One summary line; exit 1 on an error, 2 on a wrong call.
 */
import { join } from 'node:path';
import { baggingDate } from './package/bagit.ts';
import { BAG_NAME, packageSite } from './package/bag.ts';
import { PackageError } from './package/errors.ts';
import { parseCli } from './cli.ts';

const USAGE = 'usage: npm run package [-- --dist dist] [--out package]';

const { values, positionals, fail } = parseCli('package', USAGE, {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'package' },
});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"`);

try {
  const date = baggingDate(process.env.SOURCE_DATE_EPOCH);
  const result = await packageSite({ dist: values.dist, out: values.out, date });
  console.log(
    `package: ${result.files} files, ${result.bytes} bytes → ${join(values.out, BAG_NAME)}/ and ${join(values.out, `${BAG_NAME}.tar`)} (sha256 ${result.tarSha256})`,
  );
} catch (error) {
  if (error instanceof PackageError) console.error(`package: ${error.format()}`);
  else console.error(`package: unexpected error: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
}
