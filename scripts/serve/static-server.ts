/**
 * A small static file server for the built archive: directory indexes,
 * correct MIME types (UTF-8 text, .wasm), the site's 404 page, and an
 * optional path prefix so the same dist/ can be tried under a sub-path.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.mdx': 'text/markdown; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServerOptions {
  /** The folder to serve (dist/). */
  root: string;
  /** URL prefix the site lives under, e.g. `/a/b/archive/`; `/` by default. */
  prefix?: string;
}

/**
 * Map a request path to a file under root, or undefined if it is outside the
 * prefix or not a valid path. `..` cannot climb out: the path is normalised
 * from `/` first, so `/../etc/passwd` is `root/etc/passwd`.
 */
export function resolveRequestPath(root: string, prefix: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!path.startsWith(prefix)) return undefined;
  const inside = normalize(`/${path.slice(prefix.length)}`);
  if (inside.includes('\0')) return undefined;
  return join(root, inside);
}

export function normalizePrefix(prefix = '/'): string {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

export function createStaticServer({ root, prefix: rawPrefix }: ServerOptions): Server {
  const prefix = normalizePrefix(rawPrefix);
  return createServer((request, response) => {
    respond(root, prefix, request, response).catch((error: Error) => {
      // Whatever went wrong with one request, the server goes on serving the others.
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`500 ${error.message}`);
      else response.destroy(error);
    });
  });
}

async function respond(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === prefix.slice(0, -1)) {
    response.writeHead(301, { location: prefix }).end();
    return;
  }
  const file = resolveRequestPath(root, prefix, url.pathname);
  const found = file && (await findFile(file));
  if (found === 'redirect') {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (!found) return notFound(root, request, response);
  // Opened before the headers go out: a file removed since findFile is a 404,
  // and once open it can be read to the end whatever happens to its name.
  const handle = await open(found, 'r').catch(() => undefined);
  if (!handle) return notFound(root, request, response);
  const info = await handle.stat();
  response.writeHead(200, {
    'content-type': MIME_TYPES[extname(found).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    await handle.close();
    response.end();
    return;
  }
  const stream = handle.createReadStream();
  // A read that fails half-way cannot change the status any more: end the connection so the client sees it broke.
  stream.on('error', (error) => response.destroy(error));
  stream.pipe(response);
}

/** The site's own 404 page. */
async function notFound(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('404 Not Found'));
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : page);
}

/** The file to send for a path: itself, its index.html, or a redirect to add the slash. */
async function findFile(file: string): Promise<string | 'redirect' | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => undefined);
    if (!indexInfo?.isFile()) return undefined;
    return file.endsWith(sep) ? index : 'redirect';
  }
  return undefined;
}
