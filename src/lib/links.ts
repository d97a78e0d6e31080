/**
 * Relative links, so that one build works under any path prefix.
 *
 * Every internal link on a page is written relative to that page's own
 * location: `/reports/a/` linking to `/about/` becomes `../../about/`.
 * Nothing in the built HTML starts with `/`, so copying `dist/` under
 * `/any/prefix/` needs no rebuild.
 */

/** Split a site path into its directory segments, ignoring a trailing file name. */
function directorySegments(pagePath: string): string[] {
  const segments = pagePath.split('/').filter(Boolean);
  // `/reports/` is a directory; `/reports.json` or `/404.html` is a file in `/`.
  if (!pagePath.endsWith('/') && segments.length > 0) segments.pop();
  return segments;
}

/**
 * The link from the page at `fromPath` to the site path `toPath`.
 * Both are site-absolute paths as if the site were served at `/`
 * (`/reports/x/`, `/sources/x.txt`, `/`). A `#fragment` is kept.
 */
export function relativeHref(fromPath: string, toPath: string): string {
  if (!toPath.startsWith('/')) throw new Error(`relativeHref: "${toPath}" must be a site path starting with /`);
  const [pathPart, fragment] = splitFragment(toPath);
  const from = directorySegments(fromPath);
  const toSegments = pathPart.split('/').filter(Boolean);
  const toIsDirectory = pathPart.endsWith('/');
  let common = 0;
  while (common < from.length && common < toSegments.length && from[common] === toSegments[common]) common++;
  // A directory target shares its last segment with the page only if it is an ancestor.
  const ups = from.length - common;
  const rest = toSegments.slice(common);
  let href = '../'.repeat(ups) + rest.join('/');
  if (toIsDirectory && rest.length > 0) href += '/';
  if (href === '') href = './';
  return fragment === undefined ? href : `${href}#${fragment}`;
}

function splitFragment(path: string): [string, string | undefined] {
  const hash = path.indexOf('#');
  return hash === -1 ? [path, undefined] : [path.slice(0, hash), path.slice(hash + 1)];
}

/** Site paths of the archive's pages, in one place so that links and routes agree. */
export const paths = {
  home: () => '/',
  reports: () => '/reports/',
  report: (slug: string) => `/reports/${slug}/`,
  reportSource: (slug: string) => `/reports/${slug}/source/`,
  sourceText: (slug: string) => `/sources/${slug}.txt`,
  sourceOriginal: (slug: string, format: string) => `/sources/${slug}.${format}`,
  about: () => '/about/',
  catalogue: () => '/reports.json',
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/${id}/`,
  /** Page `page` of an entry's concordance; the first is on the entry page itself. */
  glossaryUses: (id: string, page: number) => (page === 1 ? `/glossary/${id}/#all-uses` : `/glossary/${id}/uses/${page}/`),
  glossaryJson: () => '/glossary.json',
  glossaryCsv: () => '/glossary.csv',
  search: () => '/search/',
  decode: () => '/decode/',
  decodeData: () => '/decode/data.json',
  browse: () => '/browse/',
  places: () => '/browse/places/',
  place: (path: string) => `/browse/places/${path}/`,
  years: () => '/browse/years/',
  year: (year: string) => `/browse/years/${year}/`,
  speakers: () => '/browse/speakers/',
  speaker: (slug: string) => `/browse/speakers/${slug}/`,
  types: () => '/browse/types/',
  type: (type: string) => `/browse/types/${type}/`,
  meetings: () => '/browse/meetings/',
  meeting: (slug: string) => `/browse/meetings/${slug}/`,
  reportsCsv: () => '/reports.csv',
  datapackage: () => '/datapackage.json',
  feed: () => '/feed.xml',
  figures: () => '/figures/',
  reportMdx: (slug: string) => `/reports/${slug}/report.mdx`,
  reportText: (slug: string) => `/reports/${slug}/text.txt`,
  citationBib: (slug: string) => `/reports/${slug}/citation.bib`,
  citationCsl: (slug: string) => `/reports/${slug}/citation.json`,
  /** A browser script bundled from src/client/ (src/build/client-scripts.ts). */
  script: (name: string) => `/scripts/${name}.js`,
};

/**
 * The page's own site path, as Astro reports it, without the configured base.
 * Astro.url.pathname already includes `base`; the site builds with base `/`.
 */
export function pagePath(url: URL): string {
  return decodeURI(url.pathname);
}
