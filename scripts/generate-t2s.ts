/**
 * npm run generate:t2s: write src/text/t2s-table.ts, the traditional →
 * simplified character table the folding uses (src/text/t2s-source.ts says
 * how it is made). Run it after upgrading opencc-js; a unit test fails while
 * the committed table differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { t2sModule } from '../src/text/t2s-source.ts';
import { parseCli } from './cli.ts';

const { positionals, fail } = parseCli('generate:t2s', 'usage: npm run generate:t2s', {});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}"`);
writeFileSync('src/text/t2s-table.ts', t2sModule());
console.log('generate:t2s: wrote src/text/t2s-table.ts');
