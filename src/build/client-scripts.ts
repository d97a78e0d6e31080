/**
 * The browser's scripts, bundled from TypeScript in src/client/ with esbuild:
 * one self-contained ES module per entry, written to `scripts/<name>.js` under
 * the site root. Pages load them with relative URLs (src/lib/links.ts), so
 * the site keeps working under any path prefix; shared code (the popover,
 * the folding of src/text/fold.ts, the glossary matcher) is bundled into each
 * entry that uses it, never fetched from an absolute address.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The entry points, by the name the site loads them under. */
export const CLIENT_SCRIPTS = ['term-popover', 'report-tools', 'glossary-filter', 'search-page', 'decode-page'] as const;
export type ClientScript = (typeof CLIENT_SCRIPTS)[number];

const SOURCE = new URL('../client/', import.meta.url);

export function isClientScript(name: string): name is ClientScript {
  return (CLIENT_SCRIPTS as readonly string[]).includes(name);
}

/** One entry bundled: deterministic bytes for the same sources. */
export async function bundleClientScript(name: ClientScript): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`${name}.ts`, SOURCE))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Every entry, written into `<siteDir>/scripts/`. */
export async function writeClientScripts(siteDir: string): Promise<void> {
  const folder = join(siteDir, 'scripts');
  await mkdir(folder, { recursive: true });
  await Promise.all(CLIENT_SCRIPTS.map(async (name) => writeFile(join(folder, `${name}.js`), await bundleClientScript(name))));
}
