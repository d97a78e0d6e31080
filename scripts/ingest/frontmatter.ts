/**
 * The frontmatter object for a draft, in the schema's field order, with the
 * fields the text did not give listed as needing review.
 */
import type { DocumentType, ReportInput } from '../../src/schemas/report.ts';
import type { Draft, Facts, SourceLine } from './draft.ts';
import { sha256Hex } from './read.ts';
import { fold } from '../../src/text/fold.ts';

const DATED_BY_DELIVERY: DocumentType[] = ['speech', 'work-report', 'meeting-news'];

/** Fields an editor should look at because the text did not state them. */
export function fieldsToReview(facts: Facts, type: DocumentType | undefined, delivered: string | undefined, written: string | undefined): string[] {
  const review: string[] = [];
  if (!facts.titleFromSource) review.push('title');
  if (!type) review.push('documentType');
  if (facts.speakers.length === 0 && (type === 'speech' || type === 'work-report')) review.push('speakers');
  if (!facts.meeting && (type === 'speech' || type === 'meeting-news')) review.push('meeting');
  const { province, city, district, national } = facts.place;
  if (!province && !city && !district && !national) review.push('place');
  else if (facts.inferred.some((i) => i.field.startsWith('place.'))) review.push('place');
  if (!delivered && type && DATED_BY_DELIVERY.includes(type)) review.push('dates.delivered');
  if (!delivered && !written && !facts.published) review.push('dates');
  if (!facts.publisher && !facts.issuer && !facts.collection) review.push('source.publisher');
  if (facts.redactionMark) review.push('redaction');
  return review;
}

/** The Word file a source text was extracted from. */
export interface OriginalFile {
  file: string;
  sha256: string;
  format: 'docx';
  reader: string;
}

/** The digest of a text as words, whatever its layout: white space removed, characters folded. */
export function textDigest(lines: readonly string[]): string {
  return sha256Hex(fold(lines.join('')).replace(/\s+/g, ''));
}

export function buildFrontmatter(draft: Draft, original?: OriginalFile): ReportInput {
  const { facts } = draft;
  const type = facts.documentType;
  // A resolution's day, the meeting's that adopted it ((2011年1月9日某县…会议通过)), is the day that meeting was held.
  const byDelivery = type !== undefined && (DATED_BY_DELIVERY.includes(type) || facts.datedByRemarks === true || facts.adoptedAt === true);
  const delivered = byDelivery ? facts.headerDate : undefined;
  const written = facts.written ?? (byDelivery ? undefined : facts.headerDate);
  const where = (line: SourceLine) => (line.column === undefined ? { line: line.n } : { line: line.n, column: line.column });
  const lifted = draft.lines.flatMap((line) =>
    line.disposition.kind === 'lifted' ? [{ ...where(line), text: line.text, fields: line.disposition.fields }] : [],
  );
  const removed = draft.lines.flatMap((line) =>
    line.disposition.kind === 'removed' ? [{ ...where(line), text: line.text, reason: line.disposition.reason }] : [],
  );
  return {
    title: facts.title ?? '',
    titleConstructed: facts.titleFromSource !== true,
    documentType: type ?? 'other',
    speakers: facts.speakers.map((s) => ({ name: s.name, office: s.office, role: s.role })),
    issuer: facts.issuer,
    meeting: facts.meeting,
    place: { ...facts.place },
    dates: { delivered, written, reviewed: facts.reviewed, published: facts.published },
    source: { publisher: facts.publisher, url: facts.url, collection: facts.collection },
    identifiers: {
      indexNumber: facts.indexNumber,
      documentNumber: facts.documentNumber,
      subject: facts.subject,
      validity: facts.validity,
    },
    reporters: facts.reporters,
    rights: facts.rights,
    redaction: facts.redactionMark
      ? {
          mark: facts.redactionMark,
          note: `源文本中有“${facts.redactionMark}”号夹在文字之间，疑为遮字符号（替代地名、人名等）；本站照录原样，未作还原。`,
        }
      : undefined,
    inferred: facts.inferred,
    needsReview: [
      ...fieldsToReview(facts, type, delivered, written).filter((field) => !draft.catalogue?.fields.includes(field)),
      ...(draft.catalogue?.conflicts.map((c) => c.field) ?? []),
      ...(draft.splits ? ['provenance.split'] : []),
      ...(draft.defects?.length ? ['provenance.defects'] : []),
    ],
    review: { status: 'draft' },
    provenance: {
      sourceFile: draft.source.fileName,
      sha256: draft.source.sha256,
      lifted,
      removed,
      split: draft.splits,
      textDigest: textDigest(draft.source.lines),
      original,
      catalogue: draft.catalogue,
      defects: draft.defects?.length ? draft.defects : undefined,
    },
  };
}
