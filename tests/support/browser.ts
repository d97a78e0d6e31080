/**
 * A real Chromium (Debian's, driven by playwright-core) against the built
 * site served by the project's own static server under a sub-path.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/serve/static-server.ts';

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

export async function serveDist(prefix: string): Promise<ServedSite> {
  const server = createStaticServer({ root: `${process.cwd()}/dist`, prefix });
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
