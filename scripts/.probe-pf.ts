import { readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
const site = process.argv[2]; const mode = process.argv[3]; const out = process.argv[4]; const n = Number(process.argv[5] ?? 500);
const dirs = readdirSync(join(site, 'reports')).filter((d) => !d.endsWith('.html') && !d.includes('.')).slice(0, n);
function trim(html: string): string {
  if (mode === 'full') return html;
  const head = html.indexOf('<head>'), headEnd = html.indexOf('</head>');
  const noHead = html.slice(0, head) + '<head></head>' + html.slice(headEnd + 7);
  if (mode === 'nohead') return noHead;
  // body: filters div + pagefind body div only
  const f = noHead.indexOf('<div hidden><span data-pagefind-filter');
  const b = noHead.indexOf('<div data-pagefind-body>');
  let depth = 0, end = b; const re = /<(\/?)div\b[^>]*>/g; re.lastIndex = b; let m;
  while ((m = re.exec(noHead))) { depth += m[1] ? -1 : 1; if (depth === 0) { end = m.index + m[0].length; break; } }
  return noHead.slice(0, noHead.indexOf('<body>') + 6) + noHead.slice(f, end) + '</body></html>';
}
const t0 = Date.now();
const { index } = await pagefind.createIndex({ includeCharacters: '+＋' });
let bytes = 0;
for (const d of dirs) { const file = `reports/${d}/index.html`; const content = trim(readFileSync(join(site, file), 'utf8')); bytes += content.length; const r = await index!.addHTMLFile({ sourcePath: file, content }); if (r.errors.length) throw new Error(r.errors.join()); }
const t1 = Date.now();
rmSync(out, { recursive: true, force: true }); mkdirSync(out, { recursive: true });
await index!.writeFiles({ outputPath: out });
console.log(mode, dirs.length, 'pages', (bytes / 1e6).toFixed(1), 'MB chars', 'add', ((t1 - t0) / 1000).toFixed(1), 's', 'write', ((Date.now() - t1) / 1000).toFixed(1), 's');
await pagefind.close();
