/**
 * The ingest pipeline for one document, as named steps:
 * read → paragraphs of a flattened text → (a site's page mark read past) → web chrome → header → metadata → place →
 * catalogue row → defects → structure →
 * escape (render) → validate. Pure: no file system.
 */
import type { ReportInput } from '../../src/schemas/report.ts';
import { removeChrome } from './chrome.ts';
import { startDraft, type Draft } from './draft.ts';
import { buildFrontmatter } from './frontmatter.ts';
import { readHeader } from './header.ts';
import { readMetadata } from './metadata.ts';
import { readPlace } from './place.ts';
import { recoverParagraphs } from './paragraphs.ts';
import { readPastPageMark } from './page-marks.ts';
import { applyCatalogue, type CatalogueEntry } from './catalogue.ts';
import { findDefects } from './defects.ts';
import type { OriginalFile } from './frontmatter.ts';
import { readSource, DEFAULT_MAX_BYTES } from './read.ts';
import { renderMdx } from './render.ts';
import { defaultSlug } from './slug.ts';
import { detectStructure } from './structure.ts';
import { validateFrontmatter, validateMdx } from './validate.ts';

export interface IngestResult {
  /** The slug the ingest proposes (before checking the archive for a taken slug). */
  proposedSlug: string;
  frontmatter: ReportInput;
  mdx: string;
  sourceBytes: Uint8Array;
  sha256: string;
}

export interface IngestOptions {
  maxBytes?: number;
  /** The catalogue row for this file (npm run ingest -- --catalogue). */
  catalogue?: CatalogueEntry;
  /** The Word file the text was extracted from, kept as the verbatim original. */
  original?: OriginalFile;
}

/** The steps that read a draft's facts, in order: chrome first, so that no chrome becomes a fact. */
export function readFacts(draft: Draft): Draft {
  return readPastPageMark(recoverParagraphs(draft), (paragraphed) => readPlace(readMetadata(readHeader(removeChrome(paragraphed)))));
}

export function ingestDocument(path: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const source = readSource(path, bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const read = readFacts(startDraft(source));
  const catalogued = options.catalogue ? applyCatalogue(read, options.catalogue) : read;
  const draft = { ...catalogued, defects: findDefects(catalogued) };
  const blocks = detectStructure(draft);
  const frontmatter = buildFrontmatter(draft, options.original);
  validateFrontmatter(frontmatter, path);
  const mdx = renderMdx(frontmatter as unknown as Record<string, unknown>, blocks);
  validateMdx(mdx, frontmatter, blocks, path);
  return { proposedSlug: defaultSlug(frontmatter), frontmatter, mdx, sourceBytes: bytes, sha256: source.sha256 };
}
