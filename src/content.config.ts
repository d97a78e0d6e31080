/**
 * Content collections. The schemas live in src/schemas/ and are shared with
 * the ingest CLI; this file only wires them to folders.
 *
 * - `reports`: the reports whose pages this build renders (all of them, or
 *   one slice of a large archive: src/build/build-unit.ts), bodies included;
 * - `catalogue`: every report's metadata, no body, for the pages that show
 *   the archive as a whole (empty in a unit that renders a slice of the
 *   reports: src/build/build-unit.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from './lib/content-root.ts';
import { checkedReportSchema } from './schemas/report.ts';
import { catalogueLoader } from './build/catalogue-loader.ts';
import { buildUnit, literalPattern, reportIdFromFile } from './build/build-unit.ts';

const base = `./${contentPaths().reports}`;
const unit = buildUnit();
const generateId = ({ entry }: { entry: string }) => reportIdFromFile(entry);

const reports = defineCollection({
  loader:
    unit.kind === 'archive'
      ? { name: 'tifa-no-report-pages', load: async ({ store }) => store.clear() }
      : glob({ pattern: unit.kind === 'reports' ? unit.files.map(literalPattern) : '**/*.mdx', base, generateId }),
  schema: checkedReportSchema,
});

// A slice reads the catalogue's related-reports records from a file the build wrote instead (src/build/archive-views.ts).
const catalogue = defineCollection({
  loader: unit.kind === 'reports' ? { name: 'tifa-catalogue-elsewhere', load: async ({ store }) => store.clear() } : catalogueLoader(base),
  schema: checkedReportSchema,
});

export const collections = { reports, catalogue };
