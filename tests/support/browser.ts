/**
 * A real Chromium (Debian's, driven by playwright-core) against the built
 * site served by the project's own static server under a sub-path.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/serve/static-server.ts';
import { startNginx } from './nginx.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium fonts-noto-cjk (.ci/run does), or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
}

export interface ServedSite {
  /** The site's root URL, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a built site (dist/ unless `root` says otherwise) under `prefix`: with the project's own server, or with Debian's
 * nginx when TIFA_SERVER=nginx (the browser-nginx test project).
 */
export async function serveDist(prefix: string, root = 'dist'): Promise<ServedSite> {
  if (process.env.TIFA_SERVER === 'nginx') return startNginx(root, prefix === '/' ? '/nginx/sub/path/' : `/nginx${prefix}`);
  const server = createStaticServer({ root: resolve(root), prefix });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Collect every request the page makes that does not go to the site itself. */
export function watchExternalRequests(page: Page, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const external: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) external.push(url);
  });
  return external;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core on the page as it stands; the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
