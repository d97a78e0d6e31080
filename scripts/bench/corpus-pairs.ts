/**
 * The corpora of bench:metadata and bench:harvest: a folder of NAME.txt (a
 * real document) beside NAME.json (what a careful reader takes from it).
 * A JSON file without its text beside it (a helper's notes) is not a pair.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names that have both NAME.txt and NAME.json in `dir`, sorted. */
export function pairedNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && existsSync(join(dir, `${n.slice(0, -5)}.txt`)))
    .map((n) => n.slice(0, -5))
    .sort();
}

/** A pair's truth, read; `fail` is told which file is not valid JSON, and how to fix it. */
export function readTruth<T>(dir: string, name: string, fail: (message: string) => never): T {
  const file = join(dir, `${name}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    return fail(`${file} is not valid JSON (${(error as Error).message}); correct it, or move it out of the folder`);
  }
}
