/**
 * Slugs: ASCII, stable, meaningful, never reused.
 *
 * `<date>-<kind>-<first 8 hex of the source's SHA-256>`, e.g.
 * `2021-08-24-speech-b7bd3564`. The date is the delivery, writing or
 * publication day, whichever the text states first; the hash keeps two
 * documents of the same day and kind apart and ties the slug to the source.
 * An editor may choose a slug with the place in it (`--slug`), once.
 */
import type { DocumentType, ReportInput } from '../../src/schemas/report.ts';

export { ID_PATTERN as SLUG_PATTERN } from '../../src/text/ids.ts';

const KIND_SLUGS: Record<DocumentType, string> = {
  speech: 'speech',
  'work-report': 'work-report',
  'meeting-news': 'meeting-news',
  'interview-compilation': 'interviews',
  news: 'news',
  other: 'document',
};

export function defaultSlug(frontmatter: ReportInput): string {
  const dates = frontmatter.dates ?? {};
  const day = (dates.delivered ?? dates.written ?? dates.published ?? 'undated').toString().slice(0, 10);
  return `${day}-${KIND_SLUGS[frontmatter.documentType]}-${frontmatter.provenance.sha256.slice(0, 8)}`;
}

/**
 * The slug for a source: the one it already has, else the wanted one, made
 * unique against slugs that belong to other sources.
 */
export function resolveSlug(wanted: string, sha256: string, existing: ReadonlyMap<string, string>): string {
  for (const [slug, sha] of existing) if (sha === sha256) return slug;
  let slug = wanted;
  for (let n = 2; existing.has(slug); n++) slug = `${wanted}-${n}`;
  return slug;
}
