/**
 * Step 7, validate: before anything is written, check that
 * - the frontmatter satisfies the site's schema (the same module the site uses);
 * - the YAML reads back as the same data;
 * - the MDX, parsed with the unified MDX parser and remark-gfm, holds exactly
 *   the body lines as plain text: same blocks, same characters, no markup.
 * A failure names the first place that differs.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkedReportSchema } from '../../src/schemas/report.ts';
import { IngestError } from './errors.ts';
import type { Block } from './structure.ts';
import { schemaIssueLines } from '../../src/lib/problems.ts';
import { splitFrontmatter } from '../../src/text/report-mdx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function validateFrontmatter(data: unknown, where: string): void {
  const result = checkedReportSchema.safeParse(data);
  if (!result.success) {
    const [first, ...rest] = schemaIssueLines(result.error.issues);
    throw new IngestError(
      `the frontmatter would not pass the site's schema: ${first}${rest.length ? ` (and ${rest.length} more)` : ''}`,
      where,
      'this is a bug in the ingest for this input; report it with the source file',
    );
  }
}

interface ParsedNode {
  type: string;
  value?: string;
  children?: ParsedNode[];
  position?: { start: { line: number } };
}

/** The value of a `{"…"}` expression, the escape step's way of writing addresses as text. */
function stringLiteral(expression: string): string | undefined {
  try {
    const value: unknown = JSON.parse(expression);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The plain text of a node, or the name of the first markup found inside it. */
function plainText(node: ParsedNode): { text: string; markup?: string } {
  if (node.type === 'text') return { text: node.value ?? '' };
  if (!node.children) return { text: '', markup: node.type };
  let text = '';
  for (const child of node.children) {
    const literal = child.type === 'mdxTextExpression' ? stringLiteral(child.value ?? '') : undefined;
    if (literal !== undefined) text += literal;
    else if (child.type === 'text') text += child.value ?? '';
    else return { text, markup: child.type };
  }
  return { text };
}

/** The YAML writer leaves out empty mappings; compare like with like. */
function withoutEmptyObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyObjects);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .map(([key, v]) => [key, withoutEmptyObjects(v)] as const)
    .filter(([, v]) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0));
  return Object.fromEntries(entries);
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Check the rendered MDX against the blocks it was made from. */
export function validateMdx(mdx: string, data: unknown, blocks: Block[], where: string): void {
  const { yaml: yamlText, body } = splitFrontmatter(mdx);
  if (yamlText === undefined) throw new Error('rendered MDX has no frontmatter');
  const reread = yaml.load(yamlText, { schema: yaml.JSON_SCHEMA });
  const expected = withoutEmptyObjects(JSON.parse(JSON.stringify(data)));
  const { ingestDigest: _digest, ...rereadProvenance } = (reread as { provenance: Record<string, unknown> }).provenance;
  if (!isDeepStrictEqual({ ...(reread as object), provenance: rereadProvenance }, expected)) {
    throw new IngestError('the frontmatter YAML does not read back as the data it was written from', where, 'this is a bug in the YAML writer; report it with the source file');
  }

  validateBody(body, blocks, where);
}

/** Check an MDX body against the blocks it was made from: same blocks, same text, no markup. */
export function validateBody(body: string, blocks: Block[], where: string): void {
  let tree: { children: ParsedNode[] };
  try {
    tree = parser.parse(body) as unknown as { children: ParsedNode[] };
  } catch (error) {
    throw new IngestError(`the written MDX does not parse: ${(error as Error).message}`, where, 'this is a bug in the escape step; report it with the source file');
  }
  const nodes = tree.children;
  for (let i = 0; i < Math.max(nodes.length, blocks.length); i++) {
    const node = nodes[i];
    const block = blocks[i];
    if (!block) throw new IngestError(`the MDX has an extra ${node.type} after the last body line`, where, 'this is a bug in the escape step; report it with the source file');
    const place = `${where}:${block.line.n}`;
    if (!node) throw new IngestError('this body line is missing from the MDX', place, 'this is a bug in the escape step; report it with the source file');
    const wanted = block.kind === 'heading' ? 'heading' : 'paragraph';
    if (node.type !== wanted) {
      throw new IngestError(`this line became a ${node.type} instead of a ${wanted}`, place, 'this is a bug in the escape step; report it with the source file');
    }
    const { text, markup } = plainText(node);
    if (markup) throw new IngestError(`part of this line became markup (${markup})`, place, 'this is a bug in the escape step; report it with the source file');
    if (text !== block.line.text) {
      const at = firstDifference(text, block.line.text);
      throw new IngestError(
        `the MDX text differs from the source at column ${at + 1}: source has ${JSON.stringify(block.line.text.slice(at, at + 12))}, MDX gives ${JSON.stringify(text.slice(at, at + 12))}`,
        place,
        'this is a bug in the escape step; report it with the source file',
      );
    }
  }
}
