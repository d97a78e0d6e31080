/**
 * Checks the key-figure files against the reports, what no schema can:
 * the report and paragraph exist, the quote is in the paragraph, the
 * indicator name and qualifier are in it, the value is written in the quote
 * (in the text's own way: full-width digits, thousands separators, a space
 * before %), the indicator id and unit are known, and a file does not give
 * two values for the same thing. Each problem names the file and the fix.
 * Errors stop the build; warnings (figures not checked yet) are printed.
 */
import yaml from 'js-yaml';
import type { BodyBlock } from '../text/report-mdx.ts';
import { fieldPath, problem, schemaIssueLines, yamlProblem, type Problem } from '../lib/problems.ts';
import { figureFileSchema, isIndicatorId, isUnit, UNITS, type Figure } from '../schemas/figures.ts';

/** A report's body blocks, as `bodyBlocks(mdxBody(mdx))` gives them. */
export interface FigureReport {
  slug: string;
  blocks: readonly Pick<BodyBlock, 'id' | 'text'>[];
}

/** The figures of one report, `content/figures/<slug>.yaml`. */
export interface ReportFigures {
  slug: string;
  figures: readonly Figure[];
}

export interface FigureCheck {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Reads one figure file's text: its figures, or the problems (invalid YAML,
 * a field that does not match the schema), each naming the file, the
 * figure and the fix.
 */
export function parseFigureFile(file: string, text: string): { figures: Figure[]; errors: Problem[] } {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.JSON_SCHEMA, filename: file });
  } catch (error) {
    return { figures: [], errors: [yamlProblem(file, error)] };
  }
  const parsed = figureFileSchema.safeParse(data);
  if (parsed.success) return { figures: parsed.data, errors: [] };
  return { figures: [], errors: schemaIssueLines(parsed.error.issues, figurePath).map((line) => problem(file, line, SCHEMA_FIX)) };
}

const SCHEMA_FIX = 'every field is described in src/schemas/figures.ts';

/** Where in a figure file an issue is: `figure 3 value`. */
function figurePath([index, ...field]: readonly PropertyKey[]): string {
  return typeof index === 'number' ? `figure ${index + 1}${field.length > 0 ? ` ${fieldPath(field)}` : ''}` : '';
}

/** Full-width digits, point and percent as ASCII; thousands separators (1,061) removed. */
function normalizeNumbers(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/．/g, '.')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
}

/** Whether a number the quote writes (as a whole number, not a piece of a longer one) equals the value. */
export function valueInQuote(value: number, quote: string): boolean {
  return [...normalizeNumbers(quote).matchAll(/\d+(?:\.\d+)?/g)].some((match) => Number(match[0]) === value);
}

function describe(figure: Figure, index: number): string {
  return `figure ${index + 1} (${figure.indicator} ${figure.value}${figure.unit}, ${figure.paragraph})`;
}

/** The figure files against the reports they name; of `reports`, only those with a figure file are kept. */
export function checkFigures(files: readonly ReportFigures[], reports: Iterable<FigureReport>, root = 'content'): FigureCheck {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const withFigures = new Set(files.map((file) => file.slug));
  const reportsBySlug = new Map<string, FigureReport>();
  for (const report of reports) if (withFigures.has(report.slug)) reportsBySlug.set(report.slug, report);

  for (const { slug, figures } of files) {
    const file = `${root}/figures/${slug}.yaml`;
    const report = reportsBySlug.get(slug);
    if (!report) {
      errors.push(problem(file, `there is no report ${root}/reports/${slug}.mdx`, `name the file after a report's slug, or delete it`));
      continue;
    }
    const paragraphs = new Map(report.blocks.filter((block) => block.id !== undefined).map((block) => [block.id as string, block.text]));
    const seen = new Map<string, { figure: Figure; index: number }>();

    figures.forEach((figure, index) => {
      const where = `${file}: ${describe(figure, index)}`;
      if (!isIndicatorId(figure.indicatorId)) {
        errors.push(problem(where, `indicatorId "${figure.indicatorId}" is not a known indicator`, 'use an id from INDICATORS in src/schemas/figures.ts, or add the new indicator there'));
      }
      if (!isUnit(figure.unit)) {
        errors.push(problem(where, `unit "${figure.unit}" is not a known unit`, `write it as one of ${UNITS.join(' ')}, or add it to UNITS in src/schemas/figures.ts`));
      }
      const paragraph = paragraphs.get(figure.paragraph);
      if (paragraph === undefined) {
        errors.push(problem(where, `${slug} has no paragraph ${figure.paragraph}`, 'check the anchor on the report page (#p1, #p2, …)'));
      } else {
        if (!paragraph.includes(figure.quote)) {
          errors.push(problem(where, `the quote "${figure.quote.slice(0, 30)}${figure.quote.length > 30 ? '…' : ''}" is not in ${slug}#${figure.paragraph}`, 'copy it exactly from that paragraph'));
        }
        if (!paragraph.includes(figure.indicator)) {
          errors.push(problem(where, `the indicator "${figure.indicator}" is not in ${slug}#${figure.paragraph}`, 'write the indicator as the paragraph words it'));
        }
      }
      if (!valueInQuote(figure.value, figure.quote)) {
        errors.push(problem(where, `the value ${figure.value} is not written in the quote "${figure.quote.slice(0, 30)}${figure.quote.length > 30 ? '…' : ''}"`, 'correct the value, or quote the words that state it'));
      }
      if (figure.qualifier !== undefined && !figure.quote.includes(figure.qualifier)) {
        errors.push(problem(where, `the qualifier "${figure.qualifier}" is not in the quote`, 'copy it as the text words it, widen the quote to include it, or delete it'));
      }
      if (!figure.checked) {
        warnings.push(problem(where, 'not checked yet', `compare it with ${slug}#${figure.paragraph}, correct or delete it, then set checked: true`));
      }
      const key = [figure.indicatorId, figure.unit, figure.period, figure.kind, figure.scope ?? ''].join('|');
      const earlier = seen.get(key);
      if (earlier && earlier.figure.value !== figure.value) {
        errors.push(problem(where, `gives ${figure.value} where ${describe(earlier.figure, earlier.index)} gives ${earlier.figure.value} for the same indicator, period, kind and scope`, 'set scope to tell them apart, or delete the wrong one'));
      } else if (earlier) {
        warnings.push(problem(where, `repeats ${describe(earlier.figure, earlier.index)}`, 'keep one of them'));
      } else seen.set(key, { figure, index });
    });
  }
  return { errors, warnings };
}
