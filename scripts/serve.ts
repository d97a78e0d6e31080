/**
 * npm run serve [-- --port N] [--host H] [--prefix /sub/path/] [--dir dist]
 * Serves the built archive and prints its address.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCli } from './cli.ts';
import { createStaticServer, normalizePrefix } from './serve/static-server.ts';

const USAGE = 'usage: npm run serve -- [--port N] [--host H] [--prefix /sub/path/] [--dir dist]   (PORT and HOST also work)';

const { values, positionals, fail } = parseCli('serve', USAGE, {
  port: { type: 'string', default: process.env.PORT ?? '4321' },
  host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  prefix: { type: 'string', default: '/' },
  dir: { type: 'string', default: 'dist' },
});
if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}": serve takes only options`);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, got "${values.port}"`);
const root = resolve(values.dir);
if (!existsSync(`${root}/index.html`)) {
  console.error(`serve: ${root}/index.html not found. Build the archive first: npm run build`);
  process.exit(1);
}
const prefix = normalizePrefix(values.prefix);
const server = createStaticServer({ root, prefix });
server.on('error', (error: NodeJS.ErrnoException) => {
  const fix = error.code === 'EADDRINUSE' ? `; choose another port with PORT=${port + 1} npm start` : '';
  console.error(`serve: cannot listen on ${values.host}:${port}: ${error.message}${fix}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = values.host === '0.0.0.0' || values.host === '127.0.0.1' ? 'localhost' : values.host;
  console.log(`Tifa archive served from ${values.dir}/ at http://${shown}:${actual}${prefix}  (Ctrl+C to stop)`);
});
