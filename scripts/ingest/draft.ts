/**
 * The state the ingest steps pass along: every source line with what became
 * of it, and the facts read so far. Each step returns a new draft.
 */
import type { DocumentType } from '../../src/schemas/report.ts';
import type { SourceDocument } from './read.ts';
import type { Defect } from './defects.ts';
import type { BrokenDay } from './dateline.ts';

/** What became of a source line. Every line is accounted for. */
export type Disposition =
  | { kind: 'body' }
  | { kind: 'blank' }
  | { kind: 'lifted'; fields: string[] }
  | { kind: 'removed'; reason: string };

export interface SourceLine {
  /** 1-based line number in the source. */
  n: number;
  /** Where this piece starts in its line (1-based), when the line was split into paragraphs (scripts/ingest/paragraphs.ts). */
  column?: number;
  text: string;
  disposition: Disposition;
}

export interface Speaker {
  name?: string;
  office?: string;
  role?: string;
}

/** Whether a speaker met before is the one now read: by his name, or by his office where none is printed (某局相关负责人, 市委常委、组织部长(2010年2月25日)). */
export const sameSpeaker = (before: Speaker, read: Speaker): boolean => (read.name ? before.name === read.name : before.office === read.office);

/** What the text states, gathered by the steps. All optional: unknown stays unknown. */
export interface Facts {
  title?: string;
  /** True when the title was read from the source, false when the ingest made one up. */
  titleFromSource?: boolean;
  /** The name an encyclopaedia's box of facts gives the document (中文名：…): its title when it prints none of its own. */
  boxTitle?: string;
  documentType?: DocumentType;
  speakers: Speaker[];
  issuer?: string;
  meeting?: string;
  /** A township's congress as the text names it, its county and city before it (天长市金集镇第十九届人民代表大会第三次会议), where the meeting goes by the township's name alone: a source of the place. */
  meetingInFull?: string;
  /** What the dateline says was given (讲话, 报告), when it says. */
  addressKind?: string;
  /** Where the document belongs, as far as the text settles it. */
  place: { province?: string; city?: string; district?: string; national?: boolean };
  /** What the ingest inferred rather than read, each with its evidence (the page marks them). */
  inferred: { field: string; evidence: string }[];
  /** A date line under the title: the delivery date of a speech, the date of a document. */
  headerDate?: string;
  /** The header's dateline says a meeting adopted the document (（2022年12月28日某县…会议通过）). */
  adoptedAt?: boolean;
  /** News of an official's visit or reception, his remarks quoted or not, or of an interview he gave: its lead's day is the day of it, delivered, not written. */
  datedByRemarks?: boolean;
  /** The speakers came to the place the text speaks for (市领导一行到我县调研): their offices, a level above it, do not place it. */
  speakersVisiting?: boolean;
  /** A dateline's day that lost its 年 and 月 and reads more than one way (2023115日), for the page's date to settle. */
  brokenDay?: BrokenDay;
  /** The page's own headline over a document that prints its title below it (某省2008年政府工作报告): it may name the place. */
  pageHeadline?: string;
  /** A dateline's month and day without a year (3月2日), for the page's date to give the year. */
  dayWithoutYear?: string;
  written?: string;
  published?: string;
  publisher?: string;
  /** The page address (from a catalogue). */
  url?: string;
  /** The collection the text came in (from a catalogue). */
  collection?: string;
  /** The opening says 我代表国务院: a national government work report. */
  reportsForStateCouncil?: boolean;
  /** The body the opening reports for: 我代表上海市人民政府 → 上海市人民政府. */
  reportingBody?: string;
  /** The body a news lead says held the meeting: 西岗区政府召开… → 西岗区政府. */
  meetingHost?: string;
  /** The year the report looks back on (2023年工作回顾). */
  reviewed?: string;
  indexNumber?: string;
  documentNumber?: string;
  subject?: string;
  validity?: string;
  reporters: string[];
  rights?: string;
  redactionMark?: string;
}

export interface Draft {
  source: SourceDocument;
  lines: SourceLine[];
  facts: Facts;
  /** Lines split into paragraphs, where (0-based offsets of the pieces after the first) and why. */
  splits?: { line: number; at: number[]; reason: string }[];
  /** The catalogue row applied, what it gave and where the text disagreed. */
  catalogue?: { file: string; row: number; fields: string[]; conflicts: { field: string; catalogue: string; text: string }[] };
  /** What is wrong with the source (scripts/ingest/defects.ts). */
  defects?: Defect[];
}

export function startDraft(source: SourceDocument): Draft {
  return {
    source,
    lines: source.lines.map((text, i) => ({
      n: i + 1,
      text,
      disposition: text.trim() === '' ? { kind: 'blank' } : { kind: 'body' },
    })),
    facts: { speakers: [], reporters: [], place: {}, inferred: [] },
  };
}

/** The lines still in the body, in order. */
export function bodyLines(draft: Draft): SourceLine[] {
  return draft.lines.filter((line) => line.disposition.kind === 'body');
}

/** A copy of the draft with some lines' dispositions changed. */
export function withDispositions(draft: Draft, changes: Map<SourceLine, Disposition>): Draft {
  if (changes.size === 0) return draft;
  return {
    ...draft,
    lines: draft.lines.map((line) => {
      const change = changes.get(line);
      return change ? { ...line, disposition: change } : line;
    }),
  };
}
