/**
 * Step 3, metadata: what the title, subtitle and opening lines state about
 * the document: its kind, meeting, speakers and their offices. Only what the
 * text says; the rest is left for the editor ("needs review").
 */
import type { DocumentType } from '../../src/schemas/report.ts';
import type { Draft, Facts, Speaker } from './draft.ts';
import { bodyLines } from './draft.ts';
import { OFFICE_ENDING, SALUTATION_START } from './vocabulary.ts';

const OFFICE_AT_END = new RegExp(`${OFFICE_ENDING}$`);

/** `……——在全市开发区工作会议上的报告`, `区委书记在区委全会暨区委经济工作会议上讲话` */
const OCCASION = /(?:^|——|—|-)\s*(?<office>[^——]{0,30}?)(?<name>\p{sc=Han}{2,4}同志)?在(?<meeting>[^，,。]{2,60}?(?:会议|全会|大会|座谈会|报告会|动员会|推进会|培训班|开幕式|闭幕式))上的?(?<kind>讲话|报告|工作报告|发言|致辞|总结讲话|主持词|讲稿)\s*$/u;
const INTERVIEW = /^——\s*访(?<office>.+?)[ \u3000\u00a0]+(?<name>\p{sc=Han}{2,4})\s*$/u;
const MEETING_HELD = /(?<meeting>(?:中共)?[^，,。“”]{2,50}?(?:会议|全会|大会))(?:日前|近日|今天|昨天|上午|下午)?(?:在[^，,。]{1,20})?(?:召开|举行|开幕)/u;

const KIND_TYPES: Record<string, DocumentType> = {
  讲话: 'speech',
  总结讲话: 'speech',
  发言: 'speech',
  致辞: 'speech',
  主持词: 'speech',
  讲稿: 'speech',
  报告: 'work-report',
  工作报告: 'work-report',
};

/** A clause that only says when: `1月8日`, `2021年10月1日`, `日前`. */
const WHEN_ONLY = /^((\d{4}年)?\d{1,2}月\d{1,2}日|[上下]午|日前|近日|昨天|今天|\d{4}年)+$/;

/**
 * A title for a document that has none, from its first sentence: the first
 * clause that says more than when. Flagged as constructed, for the editor.
 */
export function constructedTitle(firstLine: string): string {
  const sentence = firstLine.trim().split(/[。！？]/)[0];
  const clauses = sentence.split(/[，,；;]/).map((c) => c.trim());
  const clause = clauses.find((c) => c !== '' && !WHEN_ONLY.test(c)) ?? sentence;
  return clause.length > 40 ? `${clause.slice(0, 40)}…` : clause;
}

export function readMetadata(draft: Draft): Draft {
  const facts: Facts = { ...draft.facts, speakers: draft.facts.speakers.map((s) => ({ ...s })) };
  const body = bodyLines(draft);
  const texts = body.map((line) => line.text.trim());

  const occasion = facts.title ? OCCASION.exec(facts.title) : null;
  if (occasion?.groups) {
    const { office, name, meeting, kind } = occasion.groups;
    facts.meeting ??= meeting.trim();
    facts.documentType ??= KIND_TYPES[kind];
    const officeText = office?.trim().replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    // "区委书记在…上讲话": the office of a speaker the title does not name.
    if (officeText && OFFICE_AT_END.test(officeText) && !/\s/.test(officeText)) {
      if (facts.speakers.length === 0) facts.speakers.push({ office: officeText });
      else facts.speakers[0].office ??= officeText;
    }
    if (name && facts.speakers.length === 0) facts.speakers.push({ name: name.replace(/同志$/, '') });
  }

  const interviews: Speaker[] = [];
  for (const text of texts) {
    const match = INTERVIEW.exec(text);
    if (match?.groups) interviews.push({ name: match.groups.name, office: match.groups.office.trim(), role: '受访' });
  }
  if (interviews.length > 0) {
    facts.speakers.push(...interviews);
    facts.documentType ??= interviews.length > 1 ? 'interview-compilation' : 'news';
  }

  const opening = texts[0] ?? '';
  const held = MEETING_HELD.exec(opening.split(/。/)[0]);
  if (held?.groups) {
    facts.meeting ??= held.groups.meeting.trim();
    facts.documentType ??= 'meeting-news';
  }
  const titleKind = facts.title ? /(工作报告|报告|讲话|发言|致辞)$/.exec(facts.title.trim()) : null;
  if (titleKind && facts.titleFromSource) facts.documentType ??= KIND_TYPES[titleKind[1]];
  if (!facts.documentType && texts.some((t) => SALUTATION_START.test(t))) facts.documentType = 'speech';
  if (!facts.documentType && facts.reporters.length > 0) facts.documentType = 'news';

  if (!facts.title) {
    facts.title = constructedTitle(opening);
    facts.titleFromSource = false;
  }
  // A `*` touching Chinese text is usually a redaction mark; the editor confirms (needs review).
  if (texts.some((t) => /\p{sc=Han}\*|\*\p{sc=Han}/u.test(t))) facts.redactionMark = '*';
  return { ...draft, facts };
}
