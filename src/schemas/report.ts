/**
 * The report schema: the one definition of a report's frontmatter.
 *
 * Imported by `src/content.config.ts` (the site rejects what does not match)
 * and by the ingest CLI (it validates what it writes), so the CLI cannot
 * write a file the site would refuse.
 *
 * Every error message says what is expected and how to fix it: Astro prints
 * these messages at build time, and the CLI prints them with the file name.
 */
import { z } from 'astro/zod';
import { required, strict, text } from './fields.ts';
import { isReportField, REPORT_FIELDS } from './report-fields.ts';

/** A date as precise as the source states it: `2022`, `2022-01` or `2022-01-08`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A date with an optional time of day, as web pages print it: `2021-10-01T09:04`. */
export const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/;

/** YAML turns an unquoted 2021-08-24 into a Date; accept it and keep the day. */
function dateToString(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

const partialDate = () =>
  z.preprocess(
    dateToString,
    z.string({ error: required('must be a date in double quotes, such as "2021-08-24"') }).regex(PARTIAL_DATE, {
      error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, for example "2021-08-24" or "2022"',
    }),
  );

/** The kinds of document the archive holds, with their Chinese names. */
export const DOCUMENT_TYPES = {
  speech: '讲话',
  'work-report': '工作报告',
  'meeting-news': '会议报道',
  'interview-compilation': '访谈汇编',
  news: '新闻报道',
  other: '其他文件',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

const documentType = z.enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]], {
  error: `must be one of: ${Object.keys(DOCUMENT_TYPES).join(', ')}`,
});

/** A person who speaks in or is interviewed for the document. */
export const speakerSchema = strict({
  /** The name as the source writes it, without the spaces some pages put between characters; absent when the source does not name the speaker. */
  name: text().optional(),
  /** The office held at the time, as the source states it (市委常委、区党工委书记). */
  office: text().optional(),
  /** What this person does in the document, when it has several speakers (作工作报告, 作总结讲话, 受访). */
  role: text().optional(),
}).refine((speaker) => speaker.name !== undefined || speaker.office !== undefined, {
  error: 'a speaker needs a name or an office (区委书记 when the source names no one); add one or delete the entry',
});

/** Where the document belongs, from the province down; any level may be unknown. */
export const placeSchema = strict({
  /** 省 or 直辖市, e.g. 江苏省. */
  province: text().optional(),
  /** 地级市, e.g. 扬州市. */
  city: text().optional(),
  /** 区, 县, 县级市 or 开发区 below the city, e.g. 扬州经济技术开发区. */
  district: text().optional(),
  /** True for a national document (国务院, 全国人民代表大会): it belongs to the whole country, not to a province. */
  national: z.boolean({ error: 'must be true or false' }).optional(),
}).refine((place) => !(place.national && (place.province || place.city || place.district)), {
  error: 'is national and names a province, city or district too; a national document belongs to no province: remove one or the other',
});

/** The three dates kept apart, each only when the source (or an inference) gives it. */
export const datesSchema = strict({
  /** When the speech was given or the meeting held. */
  delivered: partialDate().optional(),
  /** 成文日期: when the document was signed off. */
  written: partialDate().optional(),
  /** The year (or month) a report looks back on: 2023 for a 2024 government work report (一、2023年工作回顾). */
  reviewed: partialDate().optional(),
  /** 发布日期: when the source published it, with the time of day if printed. */
  published: z
    .preprocess(
      dateToString,
      z.string({ error: required('must be a date in double quotes, such as "2021-10-01" or "2021-10-01T09:04"') }).regex(DATE_TIME, {
        error: 'must be written YYYY-MM-DD or YYYY-MM-DDTHH:MM, for example "2021-10-01T09:04"',
      }),
    )
    .optional(),
});

/** Where the archive got the text. */
export const sourceSchema = strict({
  /** The publisher or site as the source names it (扬州日报-扬州网, 众一秘书网). */
  publisher: text().optional(),
  /** The page address, when known. */
  url: z.url({ error: 'must be a full address starting with http:// or https://' }).optional(),
  /** The collection the archive took the text from, when it came in one (a research data set, a yearbook). */
  collection: text().optional(),
});

/** Official identifiers printed in a government page's header table. */
export const identifiersSchema = strict({
  /** 索引号. */
  indexNumber: text().optional(),
  /** 文号, exactly as printed (even 无〔〕号). */
  documentNumber: text().optional(),
  /** 主题分类 or 分类. */
  subject: text().optional(),
  /** 有效性 or 时效. */
  validity: text().optional(),
});

/** Where a piece starts in its line (1-based), when the line was split into paragraphs (see provenance.split). */
const column = z.int({ error: 'must be a whole column number' }).positive().optional();

/** A source line the ingest took out of the body, with the reason. */
export const removedLineSchema = strict({
  /** 1-based line number in the verbatim source. */
  line: z.int({ error: 'must be a whole line number' }).positive(),
  /** For a piece of a split line: where it starts in the line. */
  column,
  /** The line's text, exactly. */
  text: z.string(),
  /** Why it is not in the body (copyright footer, 推荐访问 block, …). */
  reason: text(),
});

/** A source line whose content now lives in a metadata field rather than the body. */
export const liftedLineSchema = strict({
  /** 1-based line number in the verbatim source. */
  line: z.int({ error: 'must be a whole line number' }).positive(),
  /** For a piece of a split line: where it starts in the line. */
  column,
  /** The line's text, exactly. */
  text: z.string(),
  /** The frontmatter fields it fills, e.g. identifiers.indexNumber. */
  fields: z.array(z.string()).min(1),
});

/** Where a row of an ingest catalogue (npm run ingest -- --catalogue FILE.csv) gave the report fields. */
export const catalogueRecordSchema = strict({
  /** The catalogue's file name. */
  file: text(),
  /** Its row (1-based, the header being row 1). */
  row: z.int().positive(),
  /** The fields whose value came from the catalogue, the text not stating them. */
  fields: z.array(text()).default([]),
  /** Fields where the text states something else than the catalogue: the catalogue's value stands, for an editor to decide. */
  conflicts: z
    .array(
      strict({
        /** The field, e.g. title. */
        field: text(),
        /** What the catalogue says. */
        catalogue: text(),
        /** What the text states. */
        text: text(),
      }),
    )
    .default([]),
});

/** The verbatim original a source text was extracted from (a Word file), published beside it. */
export const originalSchema = strict({
  /** The original's file name as ingested. */
  file: text(),
  /** SHA-256 of its bytes: the key to content/sources/<slug>.<format>. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "must be the 64 lowercase hex digits of the original's SHA-256" }),
  /** Its format, which is also its file extension. */
  format: z.enum(['docx'], { error: 'must be docx' }),
  /** The library and version that extracted the text, e.g. mammoth 1.13.0. */
  reader: text(),
});

/** The kinds of defect the ingest recognises in a source, with their Chinese names. */
export const DEFECT_KINDS = {
  truncated: '不完整',
  'hard-wrapped': '按版面折行',
} as const;

/** Something wrong with the source the ingest found, with what shows it. */
export const defectSchema = strict({
  /** truncated or hard-wrapped (DEFECT_KINDS). */
  kind: z.enum(Object.keys(DEFECT_KINDS) as [keyof typeof DEFECT_KINDS, ...(keyof typeof DEFECT_KINDS)[]], { error: `must be one of: ${Object.keys(DEFECT_KINDS).join(', ')}` }),
  /** What in the text shows it. */
  evidence: text(),
});

/** A line cut into pieces at its own paragraph markers. */
export const splitLineSchema = strict({
  /** 1-based line number in the verbatim source. */
  line: z.int({ error: 'must be a whole line number' }).positive(),
  /** 0-based offsets (UTF-16 code units) in the line where each piece after the first starts, ascending. */
  at: z.array(z.int().positive()).min(1, { error: 'needs at least one offset' }),
  /** What marked the paragraphs, and that an editor should check them. */
  reason: text(),
});

export const provenanceSchema = strict({
  /** The name of the file the ingest read. */
  sourceFile: text(),
  /** SHA-256 of that file's bytes, hex: the key to the verbatim copy in content/sources/. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be the 64 lowercase hex digits of the source file\'s SHA-256' }),
  /** Lines moved into metadata. */
  lifted: z.array(liftedLineSchema).default([]),
  /** Lines dropped from the body, each with its reason. */
  removed: z.array(removedLineSchema).default([]),
  /** Lines the ingest split into paragraphs (a text flattened onto one line), with where and why; no character is changed. */
  split: z.array(splitLineSchema).default([]),
  /** SHA-256 of the text with white space removed and characters folded: the same text under another name or layout has the same digest. */
  textDigest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** The Word file the source text was extracted from, when it came as one. */
  original: originalSchema.optional(),
  /** The catalogue row that gave fields, when the report was ingested with one. */
  catalogue: catalogueRecordSchema.optional(),
  /** What the ingest found wrong with the source (published with the report, for a reader and an editor). */
  defects: z.array(defectSchema).default([]),
  /** Digest of the file as the ingest wrote it; a file that no longer matches was edited by hand. */
  ingestDigest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

/** Where a report stands in the editorial workflow. */
export const REVIEW_STATUSES = {
  draft: '草稿（待审核）',
  reviewed: '已审核',
} as const;
export type ReviewStatus = keyof typeof REVIEW_STATUSES;

/**
 * The editorial workflow: the ingest writes every report as a draft, which
 * the site publishes, clearly marked; an editor who has checked its metadata
 * and its jargon sets `status: reviewed` with their name and the date. The
 * strict checks (metadata complete, every quoted phrase decided) hold for
 * reviewed reports; for drafts they are the review queue (npm run review).
 */
export const reviewSchema = strict({
  /** draft (as the ingest wrote it) or reviewed (checked by an editor). */
  status: z.enum(Object.keys(REVIEW_STATUSES) as [ReviewStatus, ...ReviewStatus[]], { error: 'must be draft or reviewed' }),
  /** Who reviewed it: a name or an editorial team. */
  by: text().optional(),
  /** When it was reviewed. */
  date: partialDate().optional(),
}).refine((review) => review.status === 'draft' || (review.by !== undefined && review.date !== undefined), {
  error: 'a reviewed report needs by (who reviewed it) and date (when); add them, or set status: draft',
});

/** A fact the editor inferred rather than read, with the evidence for it. */
export const inferenceSchema = strict({
  /** The frontmatter field the inference fills, e.g. place.district. */
  field: text(),
  /** What in the text supports it. */
  evidence: text(),
});

export const reportSchema = strict({
  /** The title: the source's own, or one the editor wrote (then titleConstructed is true). */
  title: text(),
  /** True when the source gives no title and the editor constructed this one. */
  titleConstructed: z.boolean({ error: 'must be true or false' }).default(false),
  /** What kind of document this is. */
  documentType,
  /** Who speaks, with the office held at the time. */
  speakers: z.array(speakerSchema).default([]),
  /** 发布机构: the body that issued or published the document. */
  issuer: text().optional(),
  /** The meeting at which the speech was given or which the news reports. */
  meeting: text().optional(),
  /** Where: province, city, district or development zone. */
  place: placeSchema.default({}),
  /** Delivered, written and published dates, kept apart. */
  dates: datesSchema.default({}),
  /** The publisher and address the text came from. */
  source: sourceSchema.default({}),
  /** 索引号, 文号, 主题分类, 有效性 when the source prints them. */
  identifiers: identifiersSchema.default({}),
  /** Journalists credited in the text (记者 …). */
  reporters: z.array(text()).default([]),
  /** The source's own rights or reproduction notice, verbatim. */
  rights: text().optional(),
  /** Marks the source uses to redact names (e.g. `*`), and what the editor knows of them. */
  redaction: z
    .strictObject({
      /** The character the source uses as a redaction mark. */
      mark: text(),
      /** What the marks stand for, as far as the editor can tell. */
      note: text(),
    })
    .optional(),
  /** Facts the editor inferred, each with its evidence; the page marks them. */
  inferred: z.array(inferenceSchema).default([]),
  /** Fields the ingest could not fill from the text: an editor should review them. */
  needsReview: z.array(z.string()).default([]),
  /** Draft or reviewed: the editorial workflow (see reviewSchema). */
  review: reviewSchema.default({ status: 'draft' }),
  /** Where the text came from and what the ingest did to it. */
  provenance: provenanceSchema,
});

export type Report = z.output<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;

/** The schema the site uses: the report schema plus cross-field checks. */
export const checkedReportSchema = reportSchema.superRefine((report, ctx) => {
  if (report.review.status === 'reviewed') {
    const { place, dates } = report;
    if (!place.province && !place.city && !place.district && !place.national) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'is empty, but the report is reviewed: a reviewed report needs its place (infer it with evidence if the text only implies it), or set review.status: draft' });
    }
    if (!dates.delivered && !dates.written && !dates.published) {
      ctx.addIssue({ code: 'custom', path: ['dates'], message: 'has no date, but the report is reviewed: a reviewed report needs one (delivered, written or published), or set review.status: draft' });
    }
  }
  const fieldList = Object.keys(REPORT_FIELDS).join(', ');
  report.inferred.forEach((inference, i) => {
    if (!isReportField(inference.field)) {
      ctx.addIssue({
        code: 'custom',
        path: ['inferred', i, 'field'],
        message: `names "${inference.field}", which is not a report field; use one of ${fieldList}, or speakers[N].name/office/role`,
      });
    }
  });
  report.needsReview.forEach((field, i) => {
    if (!isReportField(field)) {
      ctx.addIssue({
        code: 'custom',
        path: ['needsReview', i],
        message: `names "${field}", which is not a report field; use one of ${fieldList}, or speakers[N].name/office/role`,
      });
    }
  });
});
