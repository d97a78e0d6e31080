import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchablePages } from '../src/build/search-index.ts';
const site = process.argv[2];
let t = performance.now();
const lap = (what: string) => { const n = performance.now(); console.log(what, ((n - t) / 1000).toFixed(2), 's'); t = n; };
const pages = searchablePages(site); lap(`searchablePages (${pages.length})`);
const { index } = await pagefind.createIndex({ includeCharacters: '+＋' }); lap('createIndex');
let bytes = 0, bodyBytes = 0;
for (const page of pages) { const html = readFileSync(join(site, page.file), 'utf8'); bytes += html.length; await index!.addHTMLFile({ sourcePath: page.file, content: html }); }
lap(`add ${(bytes/1e6).toFixed(1)} M chars`);
await index!.writeFiles({ outputPath: '/tmp/probe/pf-out' }); lap('write');
await pagefind.close();
