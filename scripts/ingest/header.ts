/**
 * Step 2, header tables and bylines: the facts a page prints above the text.
 *
 * - header tables: `索引号 | 014438222/2024-269905 | 主题分类 | |`
 * - key-value lines: `发布时间:2023-03-01 19:55:07`, `来源:…`
 * - datelines: `2021年10月 01日 09:04 | 来源: 扬州日报-扬州网 | …`
 * - a date alone under the title: `(2021年8月24日)`, `二〇二六年一月二十七日`
 * - the title, and a speaker line with spaced names: `尹 哲 强`
 * - bylines anywhere: `记者 陈云飞` (they stay in the body; the names are recorded)
 *
 * Lines read into metadata are "lifted": listed in provenance, not lost.
 */
import { dateOnlyLine, dayOf, findDates } from './dates.ts';
import type { Disposition, Draft, Facts } from './draft.ts';
import { withDispositions } from './draft.ts';
import { headerLabelFields, type ReportField } from '../../src/schemas/report-fields.ts';
import { OFFICE_ENDING, SALUTATION_START, startsWithHeadingMark } from './vocabulary.ts';

type FactKey = 'title' | 'indexNumber' | 'subject' | 'issuer' | 'documentNumber' | 'written' | 'published' | 'validity' | 'publisher';

/** Labels of header fields on Chinese government and news pages (src/schemas/report-fields.ts), each with the fact it gives. */
const LABEL_FIELDS = headerLabelFields();
/** A fact is named after the last part of its field: identifiers.indexNumber → indexNumber. */
const factOf = (field: ReportField) => field.slice(field.lastIndexOf('.') + 1) as FactKey;
const LABELS: Record<string, FactKey> = Object.fromEntries([...LABEL_FIELDS].map(([label, field]) => [label, factOf(field)]));
const FACT_FIELDS = Object.fromEntries([...LABEL_FIELDS.values()].map((field) => [factOf(field), field])) as Record<FactKey, ReportField>;

const LABEL_PATTERN = Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|');
const LABEL_ONLY = new RegExp(`^(${LABEL_PATTERN})\\s*[:：]?$`);
const LABEL_VALUE = new RegExp(`^(${LABEL_PATTERN})\\s*[:：]\\s*(.+)$`);
const SPEAKER_LINE = /^\s*(\p{sc=Han}(?:[ \t\u3000\u00a0]*\p{sc=Han}){1,3})\s*$/u;
const CREDIT = '(?:本报)?(?:见习)?(?:记者|通讯员|摄影)';
const NAMES = '\\p{sc=Han}{2,4}(?:[ \\u3000\\u00a0]+\\p{sc=Han}{2,4})*';
/** `记者 邹平 杨宝岭`, `本报记者 李明 通讯员 赵四` on a line of their own. */
const BYLINE = new RegExp(`^\\s*((?:${CREDIT}\\s*[:：]?\\s*${NAMES}[ \\u3000\\u00a0]*)+)$`, 'u');
/** `……扎实推进。     记者 陈高飞` at the end of a paragraph. */
const TRAILING_BYLINE = new RegExp(`[ \\u3000\\u00a0]{2,}(${CREDIT}[ \\u3000\\u00a0]+${NAMES})\\s*$`, 'u');
const CREDIT_WORD = new RegExp(`^${CREDIT}[:：]?`, 'u');
/** `——2026年1月20日在某某市第十七届人民代表大会第五次会议上`: when and where a speech was given. */
const OCCASION_LINE = /^——\s*(?<when>.*?日)?\s*在(?<meeting>.+?)上(?:的(?:讲话|报告|工作报告|发言|致辞))?\s*$/u;
/** `市长 王 某 某`: an office, then the speaker's (spaced) name. */
const OFFICE_NAME_LINE = new RegExp(`^\\s*(?<office>\\p{sc=Han}{0,12}?${OFFICE_ENDING})[ \\t\\u3000\\u00a0]+(?<name>\\p{sc=Han}(?:[ \\t\\u3000\\u00a0]*\\p{sc=Han}){1,3})\\s*$`, 'u');

/** The names in a byline, without the 记者/通讯员 labels. */
export function bylineNames(byline: string): string[] {
  return byline
    .split(/[ \u3000\u00a0]+/)
    .map((token) => token.replace(CREDIT_WORD, ''))
    .filter((token) => /^\p{sc=Han}{2,4}$/u.test(token));
}

/** A line that reads as running text: the header is over. */
function isBodyLike(line: string): boolean {
  return SALUTATION_START.test(line) || startsWithHeadingMark(line) || line.length > 100 || /[。！？]/.test(line);
}

interface CellFacts {
  facts: Partial<Record<FactKey, string>>;
  /** How many cells said something the ingest understood. */
  understood: number;
}

/** Read the cells of a table row or a dateline. */
function readCells(cells: string[]): CellFacts {
  const facts: Partial<Record<FactKey, string>> = {};
  let understood = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const only = LABEL_ONLY.exec(cell);
    if (only) {
      understood++;
      const next = cells[i + 1];
      if (next !== undefined && !LABEL_ONLY.test(next) && !LABEL_VALUE.test(next)) {
        if (next !== '') facts[LABELS[only[1]]] ??= next;
        i++;
      }
      continue;
    }
    const pair = LABEL_VALUE.exec(cell);
    if (pair) {
      understood++;
      facts[LABELS[pair[1]]] ??= pair[2].trim();
      continue;
    }
    const date = dateOnlyLine(cell);
    if (date) {
      understood++;
      facts.published ??= date;
    }
  }
  return { facts, understood };
}

function splitRow(line: string): string[] {
  return line.split('|').map((cell) => cell.replace(/[\s\u00a0\u3000]+/g, ' ').trim());
}

/** Normalise a value read from a header: dates to ISO, the rest trimmed. */
function applyFact(facts: Facts, key: FactKey, raw: string): boolean {
  const value = raw.trim();
  if (value === '') return false;
  if (key === 'written' || key === 'published') {
    const date = findDates(value)[0];
    if (!date) return false;
    if (key === 'written') facts.written ??= dayOf(date.iso);
    else facts.published ??= date.iso;
    return true;
  }
  if (key === 'title') {
    if (facts.title) return false;
    facts.title = value;
    facts.titleFromSource = true;
    return true;
  }
  if (facts[key] === undefined) facts[key] = value;
  return true;
}

function fieldsOf(keys: string[]): string[] {
  return [...new Set(keys.map((key) => FACT_FIELDS[key as FactKey]))];
}

export function readHeader(draft: Draft): Draft {
  const facts: Facts = { ...draft.facts, speakers: [...draft.facts.speakers], reporters: [...draft.facts.reporters] };
  const changes = new Map<number, Disposition>();
  let inHeader = true;

  for (const line of draft.lines) {
    if (line.disposition.kind !== 'body') continue;
    const text = line.text.trim();

    if (inHeader && isBodyLike(text) && !text.includes('|')) inHeader = false;

    if (text.includes('|')) {
      const { facts: found, understood } = readCells(splitRow(text));
      if (understood > 0 && (inHeader || Object.keys(found).length > 0)) {
        const applied = Object.entries(found).filter(([key, value]) => applyFact(facts, key as FactKey, value!));
        changes.set(line.n, { kind: 'lifted', fields: applied.length ? fieldsOf(applied.map(([k]) => k)) : ['identifiers'] });
        continue;
      }
    }

    const pair = LABEL_VALUE.exec(text);
    if (pair && text.length <= 120 && (inHeader || ['publisher', 'published', 'written'].includes(LABELS[pair[1]]))) {
      const key = LABELS[pair[1]];
      if (applyFact(facts, key, pair[2])) {
        changes.set(line.n, { kind: 'lifted', fields: fieldsOf([key]) });
        continue;
      }
    }

    if (inHeader) {
      const date = dateOnlyLine(text);
      if (date) {
        facts.headerDate ??= dayOf(date);
        changes.set(line.n, { kind: 'lifted', fields: ['dates'] });
        continue;
      }
      const occasion = facts.title ? OCCASION_LINE.exec(text) : null;
      if (occasion?.groups) {
        const when = occasion.groups.when ? findDates(occasion.groups.when)[0] : undefined;
        if (when) facts.headerDate ??= dayOf(when.iso);
        facts.meeting ??= occasion.groups.meeting.trim();
        changes.set(line.n, { kind: 'lifted', fields: when ? ['dates', 'meeting'] : ['meeting'] });
        continue;
      }
      const officeName = facts.title ? OFFICE_NAME_LINE.exec(text) : null;
      if (officeName?.groups) {
        facts.speakers.push({ name: officeName.groups.name.replace(/[\s\u00a0\u3000]+/g, ''), office: officeName.groups.office });
        changes.set(line.n, { kind: 'lifted', fields: ['speakers'] });
        continue;
      }
      const speaker = SPEAKER_LINE.exec(text);
      if (speaker && facts.title && !SALUTATION_START.test(text)) {
        facts.speakers.push({ name: speaker[1].replace(/[\s\u00a0\u3000]+/g, '') });
        changes.set(line.n, { kind: 'lifted', fields: ['speakers'] });
        continue;
      }
      if (!facts.title && text.length <= 100) {
        facts.title = text;
        facts.titleFromSource = true;
        changes.set(line.n, { kind: 'lifted', fields: ['title'] });
        continue;
      }
    }

    const byline = BYLINE.exec(text) ?? TRAILING_BYLINE.exec(line.text);
    if (byline) {
      for (const name of bylineNames(byline[1])) if (!facts.reporters.includes(name)) facts.reporters.push(name);
    }
  }
  return { ...withDispositions(draft, changes), facts };
}
