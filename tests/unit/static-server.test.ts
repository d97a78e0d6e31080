import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, resolveRequestPath } from '../../scripts/serve/static-server.ts';
import { scratchDir } from '../support/scratch.ts';

const root = scratchDir('serve');
mkdirSync(join(root, 'reports', 'a'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>首页</p>');
writeFileSync(join(root, '404.html'), '<p>找不到</p>');
writeFileSync(join(root, 'reports', 'a', 'index.html'), '<p>报告</p>');
writeFileSync(join(root, 'a.txt'), '原文');

describe('resolveRequestPath', () => {
  it('maps paths under the prefix into the root', () => {
    expect(resolveRequestPath(root, '/', '/reports/a/')).toBe(join(root, 'reports', 'a') + '/');
    expect(resolveRequestPath(root, '/x/y/', '/x/y/a.txt')).toBe(join(root, 'a.txt'));
  });
  it('refuses paths outside the prefix and paths that do not decode', () => {
    expect(resolveRequestPath(root, '/x/', '/a.txt')).toBeUndefined();
    expect(resolveRequestPath(root, '/', '/%E0%A4%A')).toBeUndefined();
    expect(resolveRequestPath(root, '/', '/a%00.txt')).toBeUndefined();
  });
  it('keeps .. inside the root: it climbs no higher than the root itself', () => {
    expect(resolveRequestPath(root, '/', '/../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveRequestPath(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveRequestPath(root, '/x/', '/x/../../a.txt')).toBe(join(root, 'a.txt'));
  });
});

describe('static server', () => {
  const server = createStaticServer({ root, prefix: '/archive/' });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves directory indexes and text as UTF-8', async () => {
    const page = await fetch(`${base}/archive/reports/a/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>报告</p>');
    const text = await fetch(`${base}/archive/a.txt`);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toBe('原文');
  });

  it('redirects a directory without its slash, and serves the 404 page', async () => {
    const redirect = await fetch(`${base}/archive/reports/a`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/archive/reports/a/');
    const missing = await fetch(`${base}/archive/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<p>找不到</p>');
    expect((await fetch(`${base}/a.txt`)).status).toBe(404);
  });

  it('redirects the prefix without its slash to the prefix', async () => {
    const redirect = await fetch(`${base}/archive`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/archive/');
  });

  it('answers HEAD with the headers and no body, and refuses other methods', async () => {
    const head = await fetch(`${base}/archive/a.txt`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('原文')));
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}/archive/a.txt`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('survives a file that fails while it is read, and goes on serving', async () => {
    // Reading /proc/self/mem from offset 0 fails with EIO after the file opened fine:
    // the stream errors after the headers are sent, as a file removed or a disk failing would.
    symlinkSync('/proc/self/mem', join(root, 'broken.txt'));
    const broken = await fetch(`${base}/archive/broken.txt`).then((r) => r.text()).then(() => 'read', () => 'connection ended');
    expect(['read', 'connection ended']).toContain(broken);
    const after = await fetch(`${base}/archive/a.txt`);
    expect(await after.text()).toBe('原文');
  });
});
