/**
 * Content collections. The schemas live in src/schemas/ and are shared with
 * the ingest CLI; this file only wires them to folders.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from './lib/content-root.ts';
import { checkedReportSchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${contentPaths().reports}` }),
  schema: checkedReportSchema,
});

export const collections = { reports };
