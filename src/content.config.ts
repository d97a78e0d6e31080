/**
 * Content collections. The schemas live in src/schemas/ and are shared with
 * the ingest CLI; this file only wires them to folders.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_ROOT } from './lib/content-root.ts';
import { checkedReportSchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${CONTENT_ROOT}/reports` }),
  schema: checkedReportSchema,
});

export const collections = { reports };
