/**
 * The pages that show the archive as a whole live in src/archive-pages/,
 * laid out as Astro's src/pages/ would be; a build unit that renders them
 * (src/build/build-unit.ts) injects them as routes. src/pages/ keeps the
 * pages of single reports, which every unit renders for its own reports.
 */
import { readdirSync } from 'node:fs';

/** A route file: a page or an endpoint. */
const ROUTE_FILE = /\.(astro|ts)$/;

/** The route files under `dir`, relative to it, in a stable order. */
export function archivePageFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name).split('\\').join('/'))
    .filter((name) => ROUTE_FILE.test(name))
    .sort();
}

/**
 * The route pattern of a file, as Astro derives it in src/pages/:
 * `browse/index.astro` → `/browse`, `[sitemap].xml.ts` → `/[sitemap].xml`,
 * `index.astro` → `/`.
 */
export function routePattern(file: string): string {
  const path = file.replace(ROUTE_FILE, '').replace(/(^|\/)index$/, '');
  return `/${path}`;
}
