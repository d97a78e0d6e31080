// Wiring only: the pieces live in src/ (see docs/architecture.md).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/markdown/paragraph-anchors.ts';
import { ignoreHeadInjectDirectiveWarning } from './src/build/warnings.ts';
import { glossaryAnnotations } from './src/markdown/glossary-annotations.ts';
import { glossaryIntegrity } from './src/integrations/glossary-integrity.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { figuresIntegrity } from './src/integrations/figures-integrity.ts';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { buildDictionary } from './src/glossary/matcher.ts';
import { contentCacheDir } from './src/build/content-cache.ts';
import { loadGlossary, termForms } from './src/glossary/load.ts';
import { buildUnit, rendersArchivePages, unitName } from './src/build/build-unit.ts';
import { archivePages } from './src/integrations/archive-pages.ts';
import { pagesPerIndexSetting } from './src/build/search-index.ts';

const glossary = loadGlossary();
// All of the site, or one unit of a build in parts (scripts/build.ts).
const unit = buildUnit();
// The archive as a whole is checked where its pages are built.
const archiveChecks = rendersArchivePages(unit) ? [glossaryIntegrity(glossary), figuresIntegrity()] : [];
// Pages per search-index shard (src/search/index-shards.ts); lower it where memory is short.
const pagesPerIndex = pagesPerIndexSetting();

export default defineConfig({
  // Links are written relative to each page (src/lib/links.ts), so the build
  // works under any path; `base` stays `/`. The public address is optional
  // (TIFA_SITE_URL): with it, citations carry absolute URLs and sitemap.xml is written.
  site: process.env.TIFA_SITE_URL || undefined,
  build: { format: 'directory', inlineStylesheets: 'always', assets: '_assets' },
  trailingSlash: 'always',
  // Named by the schemas' digest, so that a schema change re-parses every entry (src/build/content-cache.ts).
  cacheDir: contentCacheDir(unitName(unit)),
  devToolbar: { enabled: false },
  // Pages whose cache key (src/build/cache-keys.ts) and code are unchanged are
  // copied from the previous build instead of rendered again.
  experimental: { incrementalBuild: true },
  markdown: {
    // Sätteri, Astro's native processor (see docs/architecture.md for why).
    // Smart punctuation would rewrite the sources' quotes and dashes: off.
    processor: satteri({
      features: { smartPunctuation: false, gfm: true },
      hastPlugins: [paragraphAnchors(), glossaryAnnotations(buildDictionary(termForms(glossary.terms)))],
    }),
  },
  integrations: [...archiveChecks, archivePages(unit), mdx(), clientScripts(), pagefindIndex({ pagesPerIndex })],
  vite: { build: { rolldownOptions: { onwarn: ignoreHeadInjectDirectiveWarning } } },
});
