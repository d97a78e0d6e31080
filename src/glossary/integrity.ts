/**
 * Checks across the glossary and the reports that no single schema can make.
 * Each problem names the file and the fix. Errors stop the build; warnings
 * are printed.
 */
import type { Dismissed } from '../schemas/glossary.ts';
import { isArchiveSource } from '../schemas/glossary.ts';
import type { ReportText } from '../text/report-texts.ts';
import { termForms, type GlossaryEntry } from './load.ts';
import { buildDictionary, entriesPresent } from './matcher.ts';
import { fold } from '../text/fold.ts';
import { NUMERAL_VALUES } from '../text/chinese-numerals.ts';
import { problem, type Problem } from '../lib/problems.ts';

export interface IntegrityReport {
  errors: Problem[];
  warnings: Problem[];
}


/** A sentence that counts or lists the archive's uses (本库五篇文献都大量使用; 连云港、扬州的文献写作…), as opposed to one about the meaning (本库文献未解释…). */
const USAGE_CLAIMS = [
  /本库[^。；]*?(?:[一二两三四五六七八九十\d]+篇|都|均|大量|多次|频繁|写作|写法|用到|使用|提到|出现)/,
  /(?:文献|报告|讲话|访谈|报道)(?:都|均|中)?(?:写作|写法|都用|均用)/,
  /(?:文献|报告|讲话|访谈|报道)[^。；]{0,12}(?:都|均)(?:要求|提到|使用|用|写|有)/,
];
const ABOUT_MEANING = /未|没有|并无|不曾/;

export function archiveUsageClaim(text: string | undefined): string | undefined {
  for (const sentence of (text ?? '').split(/(?<=[。；])/)) {
    if (USAGE_CLAIMS.some((claim) => claim.test(sentence)) && !ABOUT_MEANING.test(sentence)) return sentence.trim();
  }
  return undefined;
}

/**
 * How many parts a term's name announces: 四个意识 → 4, 三不腐 → 3,
 * 1+7+2+N → 4. Undefined when the name states no count.
 */
export function countInName(term: string): number | undefined {
  const parts = fold(term).split('+');
  if (parts.length > 1 && parts.every((part) => /^(\d+|[Nn*])$/.test(part))) return parts.length;
  const enumeration = /^([一二两三四五六七八九十])(?:个|大|项|不|支|条|种)/.exec(term);
  return enumeration ? NUMERAL_VALUES[enumeration[1]] : undefined;
}

/** What the glossary check needs of the reports, gathered in one pass: no report's text is kept. */
interface ReportsSeen {
  /** Each report's slug, with the text of the paragraphs entries cite in it. */
  cited: Map<string, Map<string, string>>;
  /** Hand annotations that name no entry. */
  unknownHandIds: Problem[];
  /** Entries with a form written somewhere in the archive. */
  present: Set<string>;
}

function readReports(terms: readonly GlossaryEntry[], reports: Iterable<ReportText>, root: string): ReportsSeen {
  const ids = new Set(terms.map((t) => t.id));
  const citedParagraphs = new Map<string, Set<string>>();
  for (const term of terms) {
    for (const source of [...term.sources, ...(term.origin?.sources ?? [])].filter(isArchiveSource)) {
      citedParagraphs.set(source.report, (citedParagraphs.get(source.report) ?? new Set()).add(source.paragraph));
    }
  }
  const dictionary = buildDictionary(termForms(terms));
  const seen: ReportsSeen = { cited: new Map(), unknownHandIds: [], present: new Set() };
  for (const report of reports) {
    const paragraphs = citedParagraphs.get(report.slug);
    const texts = new Map<string, string>();
    for (const block of report.blocks) {
      if (block.id !== undefined && paragraphs?.has(block.id) && !texts.has(block.id)) texts.set(block.id, block.text);
    }
    seen.cited.set(report.slug, texts);
    for (const id of report.handTermIds) {
      if (!ids.has(id)) seen.unknownHandIds.push(problem(`${root}/reports/${report.slug}.mdx`, `<Term id="${id}"> names no glossary entry`, `create ${root}/glossary/${id}.yaml or correct the id`));
    }
    for (const block of report.blocks) entriesPresent(block.text, dictionary, seen.present);
  }
  return seen;
}

/**
 * The glossary against itself and the reports. `reports` is read once, one
 * report at a time (src/text/report-texts.ts, eachReportText).
 */
export function checkGlossary(
  terms: readonly GlossaryEntry[],
  dismissed: readonly Dismissed[],
  reports: Iterable<ReportText>,
  root = 'content',
): IntegrityReport {
  const fileOf = (id: string) => `${root}/glossary/${id}.yaml`;
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const ids = new Set(terms.map((t) => t.id));
  const { cited, unknownHandIds, present } = readReports(terms, reports, root);

  const owner = new Map<string, string>();
  for (const term of terms) {
    for (const form of new Set([term.term, ...term.aliases].map(fold))) {
      const other = owner.get(form);
      if (other && other !== term.id) {
        errors.push(problem(fileOf(term.id), `"${form}" is also the term or an alias of ${other} (${fileOf(other)})`, 'a form may belong to one entry only: keep it in one and relate the two with related:'));
      } else owner.set(form, term.id);
    }
  }

  for (const term of terms) {
    const file = fileOf(term.id);
    const expected = countInName(term.term);
    if (term.components && !term.componentsIncomplete && expected !== undefined && term.components.length !== expected) {
      errors.push(problem(file, `"${term.term}" names ${expected} parts but components lists ${term.components.length}`, `list all ${expected}, or set componentsIncomplete: true if the sources give only some`));
    }
    const archive = term.sources.filter(isArchiveSource);
    const published = term.sources.filter((s) => !isArchiveSource(s));
    if (term.status === 'established' && published.length === 0 && !archive.some((source) => source.appendix)) {
      errors.push(problem(file, 'status is established but no published source is cited', "add sources with title, issuer and date (or a report's own 名词解释 paragraph, with appendix: true), or change the status"));
    }
    if (term.status === 'attested' && archive.length === 0) {
      errors.push(problem(file, 'status is attested but no report paragraph is cited', 'add a source with report, paragraph and quote, or change the status'));
    }
    if (term.status === 'inferred' && !term.reasoning) {
      errors.push(problem(file, 'status is inferred but reasoning is missing', 'say what in the text supports the reading'));
    }
    for (const source of [...archive, ...(term.origin?.sources.filter(isArchiveSource) ?? [])]) {
      const paragraphs = cited.get(source.report);
      const paragraph = paragraphs?.get(source.paragraph);
      if (!paragraphs) errors.push(problem(file, `source report "${source.report}" is not in ${root}/reports`, 'check the slug'));
      else if (paragraph === undefined) errors.push(problem(file, `${source.report} has no paragraph ${source.paragraph}`, 'check the anchor on the report page'));
      else if (!paragraph.includes(source.quote)) {
        errors.push(problem(file, `the quote "${source.quote.slice(0, 30)}…" is not in ${source.report}#${source.paragraph}`, 'copy it exactly from that paragraph'));
      }
    }
    if (term.origin && term.origin.sources.length === 0) {
      errors.push(problem(file, 'origin is given without a source', 'add origin.sources with the title, issuer, date and address of a source that states it, or remove the origin and say in note what is not known'));
    }
    for (const sense of term.senses) {
      if (sense.entry !== undefined && !ids.has(sense.entry)) errors.push(problem(file, `sense "${sense.meaning}" names entry "${sense.entry}", which does not exist`, `create ${root}/glossary/${sense.entry}.yaml or remove entry from that sense`));
      if (sense.entry === term.id) errors.push(problem(file, `sense "${sense.meaning}" names the entry itself`, 'senses are the other meanings of the form: link the entry that explains each'));
    }
    for (const field of ['definition', 'explanation'] as const) {
      const claim = archiveUsageClaim(term[field]);
      if (claim) {
        errors.push(problem(file, `the ${field} says how the archive uses the term ("${claim}")`, 'the entry page computes where and how often the archive uses it, so such a sentence can only drift: delete it, or say what the texts mean without counting or listing them'));
      }
    }
    for (const related of term.related) {
      if (!ids.has(related.id)) errors.push(problem(file, `related entry "${related.id}" does not exist`, `create ${root}/glossary/${related.id}.yaml or remove the link`));
      if (related.id === term.id) errors.push(problem(file, 'an entry cannot be related to itself', 'remove that related item'));
    }
  }

  for (const item of dismissed) {
    const id = owner.get(fold(item.phrase));
    if (id) errors.push(problem(`${root}/glossary-dismissed.yaml`, `"${item.phrase}" is dismissed but is also an entry (${fileOf(id)})`, 'remove it from one of the two'));
  }

  errors.push(...unknownHandIds);

  for (const term of terms) {
    if (!present.has(term.id)) {
      warnings.push(problem(fileOf(term.id), `"${term.term}" appears in no report of the archive`, 'check its spelling, or keep it only if a report will need it'));
    }
  }
  return { errors, warnings };
}
