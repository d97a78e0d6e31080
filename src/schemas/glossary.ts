/**
 * The glossary schema: one entry per piece of jargon (a slogan, a formula,
 * a policy, a metaphor), in `content/glossary/<id>.yaml`, and the list of
 * phrases considered and not glossed, `content/glossary-dismissed.yaml`.
 *
 * Imported by `src/content.config.ts` and by the glossary scripts. The
 * cross-entry checks (duplicate aliases, component counts, sources that
 * must quote the archive) live in `src/glossary/integrity.ts`.
 */
import { z } from 'astro/zod';
import { strict, text } from './fields.ts';
import { PARTIAL_DATE } from './report.ts';
import { ID_PATTERN } from '../text/ids.ts';

/** What kind of jargon an entry is, with the Chinese names the site shows. */
export const TERM_KINDS = {
  slogan: '口号提法',
  'enumerated-formula': '数字概括',
  'numeric-formula': '数字代号',
  policy: '政策与改革',
  campaign: '专项行动',
  institution: '机构与平台',
  idiom: '比喻与俗语',
} as const;
export type TermKind = keyof typeof TERM_KINDS;

/**
 * Whose vocabulary a term is: the level of government that coined it or, when
 * no one coined it, that promotes it. It says where a term comes from, not
 * where the archive happens to find it: where the archive uses a term is
 * computed from the reports and shown beside it (src/lib/glossary-view.ts).
 *
 * - `central`: put forward or promoted by the central Party or state
 *   (四个意识, 高质量发展, 独角兽企业 in the 2025 government work report),
 *   even when the archive finds it only in one county's speech;
 * - `provincial`: a province's own formula (河南's 十大战略, 江苏's 两在两同);
 * - `municipal`, `county`, `zone`: a city's, a county's or district's, or a
 *   development zone's own coinage (扬州's 三都, 涧西's 五减五化) — only when
 *   the sources show it is theirs, never because the archive meets it there;
 * - `general`: ordinary political vocabulary with no single coiner
 *   (压舱石, 撒胡椒面, 链主), used at every level.
 */
export const TERM_LEVELS = {
  central: '中央',
  provincial: '省级',
  municipal: '市级',
  county: '县区级',
  zone: '开发区',
  general: '通用说法',
} as const;
export type TermLevel = keyof typeof TERM_LEVELS;

/** What each level means, as the glossary page explains it to readers (the rule above, in Chinese). */
export const TERM_LEVEL_MEANINGS: Record<TermLevel, string> = {
  central: '党中央、国务院及其部门提出或在全国推行的提法（如“四个意识”“高质量发展”“独角兽企业”），即使本库只在一篇县区文献中见到。',
  provincial: '某一省份自己提出的提法（如河南的“十大战略”、江苏的“两在两同”）。',
  municipal: '某一地级市自己提出的提法，须有来源表明是该市所提。',
  county: '某一县、区自己提出的提法，须有来源表明是该县区所提，而不是本库恰好在该县区文献中见到。',
  zone: '某一开发区自己提出的提法，规则同上。',
  general: '各级通用的政治语汇或比喻（如“压舱石”“撒胡椒面”“链主”），没有单一的提出者。',
};

/** How the meaning is known. */
export const TERM_STATUSES = {
  established: '有权威出处',
  attested: '本库文献自述',
  inferred: '编者据上下文推断',
  unexplained: '来源未作解释',
} as const;
export type TermStatus = keyof typeof TERM_STATUSES;

const enumOf = <T extends Record<string, string>>(values: T) =>
  z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]], {
    error: `must be one of: ${Object.keys(values).join(', ')}`,
  });

/** A published source that states the meaning: a document, speech or official explainer. */
export const publishedSourceSchema = strict({
  /** The document's title, e.g. 《中国共产党第十九次全国代表大会报告》. */
  title: text(),
  /** Who issued or published it. */
  issuer: text().optional(),
  /** When, as precisely as known. */
  date: z.string().regex(PARTIAL_DATE, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }).optional(),
  /** Where it can be read: its address, or a stored copy's (say whose copy in `note`). */
  url: z.url({ error: 'must be a full address starting with http:// or https://' }).optional(),
  /** The source's own words that state what it is cited for, copied exactly. */
  quote: text().optional(),
  /** What a reader should know of this source: a reprint of another body's text, a commentary rather than the document, a document since repealed. */
  note: text().optional(),
});

/** A paragraph of a report in this archive that states the meaning. */
export const archiveSourceSchema = strict({
  /** The report's slug (its file name in content/reports without .mdx). */
  report: z.string().regex(ID_PATTERN, { error: 'must be a report slug such as 2021-08-24-lianyungang-etdz-speech' }),
  /** The paragraph anchor, p1, p2, … */
  paragraph: z.string().regex(/^p\d+$/, { error: 'must be a paragraph anchor such as p12' }),
  /** The words of that paragraph that state the meaning, copied exactly. */
  quote: text(),
  /** True when the paragraph is the report's own 名词解释 / 注释 appendix: the issuing government's definition, which establishes the meaning. */
  appendix: z.literal(true, { error: 'must be true, or left out' }).optional(),
});

export const termSourceSchema = z.union([archiveSourceSchema, publishedSourceSchema], {
  error: 'must be either a report paragraph (report, paragraph, quote) or a published source (title, issuer, date, url, quote, note)',
});

/** Another meaning the same written form has, so that a reader meeting it elsewhere is not misled. */
export const senseSchema = strict({
  /** The other meaning, in a phrase: 新经济组织和新社会组织（“两新”组织）. */
  meaning: text(),
  /** The entry that explains it, when the glossary has one. */
  entry: text().optional(),
});

/**
 * Where the forms of an entry may match, for a form that means something else
 * in other contexts (两高: 两高船型 here, 两高项目 and 最高法、最高检 elsewhere).
 * Words are compared right after the form, past a closing quotation mark.
 */
export const matchContextSchema = strict({
  /** Match only when one of these words follows. */
  followedBy: z.array(text()).optional(),
  /** Never match when one of these words follows. */
  notFollowedBy: z.array(text()).optional(),
  /** Match only between quotation marks: a form that is otherwise ordinary wording (“五大”, “三新”), as forms of digits alone always are. */
  quoted: z.boolean({ error: 'must be true or false' }).optional(),
});

/** One part of an enumerated or numeric formula. */
export const componentSchema = strict({
  /** The numeral or label the formula uses for this part, when it has one ("1", "N", "第一"). */
  label: text().optional(),
  /** What the part stands for, as the source words it. */
  text: text(),
});

/** How one entry relates to another, with the Chinese names the site shows. */
export const TERM_RELATIONS = {
  broader: '上位概念',
  narrower: '下位概念',
  variant: '变体',
  successor: '后续提法',
  predecessor: '先前提法',
  related: '相关',
} as const;
export type TermRelation = keyof typeof TERM_RELATIONS;
export const RELATIONS = Object.keys(TERM_RELATIONS) as [TermRelation, ...TermRelation[]];

export const termSchema = strict({
  /** The term as the reports write it. */
  term: text(),
  /** Other ways of writing it: abbreviations, full forms, full-width or half-width variants. Each is matched in the text. */
  aliases: z.array(text()).default([]),
  /** Hanyu pinyin with tone marks, syllables separated by spaces; the glossary sorts by it. */
  pinyin: text(),
  /** An English rendering: the official one where there is one (四风: the four forms of decadence); left out rather than guessed. */
  english: text().optional(),
  kind: enumOf(TERM_KINDS),
  level: enumOf(TERM_LEVELS),
  /** The body that coined it, where known (中共中央, 扬州市委). */
  coinedBy: text().optional(),
  /** The parts of an enumerated or numeric formula, in order, as far as known. */
  components: z.array(componentSchema).optional(),
  /** True when the sources give only some of the components. */
  componentsIncomplete: z.boolean().default(false),
  /** One plain-Chinese sentence: what it means. For an unexplained term, say what is and is not known. */
  definition: text(),
  /** A longer explanation, in Chinese. */
  explanation: text().optional(),
  /** Where it was first put forward: when, by whom, in what, and the sources that say so (required, as for a definition): published sources, or a report paragraph of this archive that states it. */
  origin: strict({
    date: z.string().regex(PARTIAL_DATE, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }).optional(),
    by: text().optional(),
    in: text().optional(),
    sources: z.array(termSourceSchema).default([]),
  }).optional(),
  /** Other meanings of the same form, each linked to its entry when there is one. */
  senses: z.array(senseSchema).default([]),
  /** Where the forms may match, when a form means something else in other contexts. */
  match: matchContextSchema.optional(),
  /** Links to other entries. */
  related: z
    .array(
      strict({
        /** The other entry's id (its file name without .yaml). */
        id: text(),
        relation: z.enum(RELATIONS, { error: `must be one of: ${RELATIONS.join(', ')}` }),
      }),
    )
    .default([]),
  /** How the meaning is known (see TERM_STATUSES). */
  status: enumOf(TERM_STATUSES),
  /** For an inferred entry: the context the editor read it from. */
  reasoning: text().optional(),
  /** Where the meaning comes from: published sources, or paragraphs of this archive. */
  sources: z.array(termSourceSchema).default([]),
  /** The editor's note: what was checked and how, what could not be verified and why the entry stands as it is. */
  note: text().optional(),
});

export type Term = z.output<typeof termSchema>;
export type PublishedSource = z.output<typeof publishedSourceSchema>;
export type TermSource = z.output<typeof termSourceSchema>;
export type ArchiveSource = z.output<typeof archiveSourceSchema>;

export function isArchiveSource(source: TermSource): source is ArchiveSource {
  return 'report' in source;
}

/** A phrase considered and not glossed, with the reason. */
export const dismissedSchema = strict({
  phrase: text(),
  /** Why it is not an entry: a name (project, company, person, place, media, work), emphasis, an ordinary word, a quotation. */
  reason: text(),
});

export const dismissedListSchema = z.array(dismissedSchema);
export type Dismissed = z.output<typeof dismissedSchema>;
