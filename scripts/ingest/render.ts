/**
 * The MDX document: YAML frontmatter, then one block per body line, each
 * escaped so that it renders to exactly its source text.
 */
import { sha256Hex } from './read.ts';
import type { Block } from './structure.ts';
import { renderBlockMdx } from '../../src/text/report-mdx.ts';
import { toYaml } from './yaml.ts';

export function renderBlock(block: Block): string {
  return renderBlockMdx(block.line.text, block.kind === 'heading' ? block.depth : undefined);
}

const DIGEST_LINE = /^(  ingestDigest: )"[0-9a-f]{64}"$/m;
const DIGEST_PLACEHOLDER = '"0000000000000000000000000000000000000000000000000000000000000000"';

/**
 * The digest of an MDX file as the ingest wrote it, computed with the digest's
 * own value blanked. A file whose digest no longer matches was edited by hand.
 */
export function contentDigest(mdx: string): string {
  return sha256Hex(mdx.replace(DIGEST_LINE, `$1${DIGEST_PLACEHOLDER}`));
}

/** The digest written in a file, if any. */
export function recordedDigest(mdx: string): string | undefined {
  return /^  ingestDigest: "([0-9a-f]{64})"$/m.exec(mdx)?.[1];
}

/** True when the file is exactly what the ingest wrote (so it may be replaced). */
export function isUntouched(mdx: string): boolean {
  const recorded = recordedDigest(mdx);
  return recorded !== undefined && recorded === contentDigest(mdx);
}

export function renderMdx(frontmatter: Record<string, unknown>, blocks: Block[]): string {
  const provenance = frontmatter.provenance as Record<string, unknown>;
  const withPlaceholder = { ...frontmatter, provenance: { ...provenance, ingestDigest: DIGEST_PLACEHOLDER.slice(1, -1) } };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const yaml = toYaml(withPlaceholder as any);
  const body = blocks.map(renderBlock).join('\n\n');
  const draft = `---\n${yaml}---\n\n${body}\n`;
  const digest = contentDigest(draft);
  return draft.replace(DIGEST_LINE, `$1"${digest}"`);
}
