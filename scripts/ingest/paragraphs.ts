/**
 * Step 1b, paragraphs: a text flattened onto one line (a Word file saved
 * without its paragraph marks, a page copied as one block) gets its
 * paragraphs back, but only where its own markers make the structure certain:
 * - before the salutation (各位代表：) and after its colon;
 * - before a section mark (一、, （一）) that follows the end of a sentence or a space,
 *   and after the section's title when a space ends it;
 * - before a dateline (——2024年…, （2024年1月…日在…）, 2024年1月…日在… after other text);
 * - before a run of two or more spaces, the indentation of a paragraph;
 * - before an editor's note (编者按：) run on after a title, and after a greeting's or a speech's title run on to its text (…大会讲话今天是…);
 * - where the text turns from Chinese to an English translation, and back;
 * - in a page's opening, where its labels (发布时间:… 来源:…) run on to the lead's day.
 * Not a character is changed: the line is cut into pieces, and the cuts are
 * recorded in provenance.split, with the report flagged for review.
 */
import { NUMERALS } from '../../src/text/chinese-numerals.ts';
import type { Draft, SourceLine } from './draft.ts';
import { SALUTATIONS } from './vocabulary.ts';
import { ADDRESS_WORD, DRAFT_WORD, SEASONS, SHORT_TITLE_BEFORE_OWN } from './titles.ts';
import { piecesOf } from '../../src/text/source-body.ts';
import { parseHeaderLine } from './meta-line.ts';
import { RELATIVE_DAY } from './dates.ts';

/**
 * A flattened text is a long line that holds most of the document: a normal
 * long paragraph (with its own （一）（二） enumerations) is a small share.
 */
export const FLATTENED_MIN_LENGTH = 300;
export const FLATTENED_MIN_SHARE = 0.5;

export const SPLIT_REASON = '原文各段落连成一行；按原文自身的标记（称呼语、“一、”“（一）”等序号、题注破折号、段首空格）恢复分段，未改动任何字符，待编辑核对';
export const LABELS_SPLIT_REASON = '页面的发布信息（发布时间、来源等）与导语连成一行；在导语开头的日期前分开，未改动任何字符，待编辑核对';

const MARKS = `[${NUMERALS}]{1,3}、|[（(][${NUMERALS}]{1,3}[）)]`;
const SECTION = new RegExp(`(?<=[。！？；：:!?;]\\s*|\\s)(?=${MARKS})`, 'gu');
/** A salutation, or a list of them, with its colon (各位代表,同志们:; 市民朋友们、同志们:): matched whole, from its first word, the longest;
 * the guests it honours first with it (尊敬的各位台湾同胞、各位领导,女士们、先生们:). */
const SALUTATION = new RegExp(`(?:尊敬的[^，,。:：\\s]{2,24}?[、,，]\\s*)?(?:${[...SALUTATIONS].sort((a, b) => b.length - a.length).join('|')})(?:[,，、]\\s*(?:${SALUTATIONS.join('|')}))*[：:]`, 'gu');
/** The first salutation alone (SALUTATION without its global flag). */
const FIRST_SALUTATION = new RegExp(SALUTATION.source, 'u');
const AFTER_SALUTATION = new RegExp(`(?<=(?:${SALUTATIONS.join('|')})[：:])(?=\\s*\\S)`, 'gu');
const DATELINE = /(?=——\s*(?:\d{4}|\d{1,2}\s*月|[二〇]{2})|[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在)|(?<=[^\d\s（(—]\s*|\d\s+)(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在)/gu;
const INDENT = /(?<=\S)(?=[ \u00a0\u3000]{2,}\S)/gu;
/** A reposting site's editor's note run on after the title: …的讲话编者按:本文主要…. */
const EDITOR_NOTE = /(?<=\S)(?=编者按\s*[:：])/gu;
/** A bilingual page: an English sentence of three words or more after Chinese, and Chinese after English. */
const TO_ENGLISH = /(?<=\p{sc=Han}[\s。，、：:]*)(?=[A-Z][A-Za-z'’]+(?:[ ,][A-Za-z'’,.]+){2,})/gu;
const TO_CHINESE = /(?<=[A-Za-z'’]+(?:[ ,][A-Za-z'’,.]+){2,}[.,:)]?\s*)(?=\p{sc=Han}{2})/gu;
const SECTION_TITLE_END = /^(?:[^，。；：,;:\s]{2,40})(?=\s)/u;
/**
 * A speech's or report's title at the head of the text, run on to what follows it: 在全区……推进会上的讲话陕西省……副区长某某同志们：,
 * 县十七届人大五次会议表态发言某县县长某某, or to its day: 在市政协五届一次常委会议上的讲话2022年06月23日各位常委、同志们:; the word for
 * its draft after it, 稿 or 文稿, the title's still (…推进会讲话稿同志们:).
 */
const HEADER_TITLE_END = new RegExp(`(?<=(?:会|上|会议)的?(?:表态)?${ADDRESS_WORD}(?:${DRAFT_WORD})?)(?!${DRAFT_WORD})(?=\\p{sc=Han}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)`, 'gu');

/** A greeting's title opening the text, run on to its first words: 某县委县政府2022年新春贺词金牛载誉，瑞虎送福。 */
const GREETING_TITLE = new RegExp(`^[^，。,\\s]{2,40}?(?:${SEASONS})(?:贺词|致辞|献词|献辞|贺信)(?=\\p{sc=Han})`, 'u');

/** Where a greeting's title run on to its text ends, if the line opens with one. */
const greetingTitleEnd = (text: string) => GREETING_TITLE.exec(text)?.[0].length;

/**
 * A speech's title opening the text with no salutation after it, run on to its first words (全区干部大会讲话今天是春节后的第一个工作日);
 * perhaps after a document site's page count (第1页共8页全市农村综合改革会议讲话这次全市…会议,是…).
 */
const SPEECH_TITLE_OPENING = new RegExp(`^(?<count>第\\d{1,3}页共\\d{1,3}页)?(?<title>[^，。,：:\\s]{2,40}?(?:会议|大会|会)上?的?${ADDRESS_WORD})(?=今天|这次|本次|刚才)`, 'u');

/** Where a speech's title run on to its first words ends (and the page count before it), if the line opens so with no salutation near. */
function speechTitleCuts(text: string): number[] {
  const opening = SPEECH_TITLE_OPENING.exec(text);
  // (Only then is the first salutation looked for.)
  const salutation = opening ? FIRST_SALUTATION.exec(text) : null;
  if (!opening || (salutation && salutation.index <= RUN_ON_REACH)) return [];
  return opening.groups!.count ? [opening.groups!.count.length, opening[0].length] : [opening[0].length];
}

/** Where the pieces of a flattened line start (0-based offsets, ascending, none at 0). */
export function splitPoints(text: string): number[] {
  const points = new Set<number>();
  for (const pattern of [SECTION, SALUTATION, AFTER_SALUTATION, DATELINE, INDENT, EDITOR_NOTE, TO_ENGLISH, TO_CHINESE]) {
    for (const match of text.matchAll(pattern)) points.add(match.index);
  }
  // In the header, before the salutation (and never past a sentence's end), where a title ends.
  const salutation = [...text.matchAll(SALUTATION)][0];
  const header = salutation && salutation.index <= RUN_ON_REACH ? text.slice(0, salutation.index) : '';
  // (Not after a site's short title before the document's own: the title step reads the two as one.)
  const shortTitle = SHORT_TITLE_BEFORE_OWN.exec(header)?.[0].length;
  for (const match of /[。！？]/u.test(header) ? [] : header.matchAll(HEADER_TITLE_END)) {
    if (match.index === shortTitle) continue;
    points.add(match.index);
    // (And after the day run on to it, before the salutation: …的讲话 / 2022年06月23日 / 各位常委、同志们:.)
    const day = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u.exec(header.slice(match.index));
    if (day) points.add(match.index + day[0].length);
  }
  const greeting = greetingTitleEnd(text);
  if (greeting) points.add(greeting);
  for (const cut of speechTitleCuts(text)) points.add(cut);
  // A section's title ends where a space follows it: 一、2023年工作回顾 过去的一年……
  for (const match of text.matchAll(new RegExp(`(?<=[。！？；：:!?;]\\s*|\\s|^)(?:${MARKS})`, 'gu'))) {
    const title = SECTION_TITLE_END.exec(text.slice(match.index));
    if (title) points.add(match.index + title[0].length);
  }
  return [...points].filter((p) => p > 0 && p < text.length && text.slice(p).trim() !== '').sort((a, b) => a - b);
}

/** How far into a line a salutation may stand for the line to be a header run on to the text. */
const RUN_ON_REACH = 200;
/** A dateline's opening: ——2024年…, ——12月20日在… (its year left out), ——在…, 2024年1月11日在…. */
const DATELINE_START = /——\s*(?:\d{4}|\d{1,2}\s*月|[二〇]{2}|在)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在/u;

/**
 * A header run on to the text on one line (——2024年1月11日在…会议上自治区主席 某某各位代表：本届政府……):
 * cut before the salutation and after its colon, and at the header's own marks before it.
 */
export function runOnHeaderPoints(text: string): number[] {
  const salutation = [...text.matchAll(SALUTATION)][0];
  if (!salutation || salutation.index === 0 || salutation.index > RUN_ON_REACH) return [];
  const header = text.slice(0, salutation.index);
  if (!DATELINE_START.test(header) || /[。！？]/.test(header)) return [];
  return splitPoints(text).filter((p) => p <= salutation.index + salutation[0].length);
}

/**
 * A lead's day opening its first sentence, after other words than a year's (县应急管理局11月11日,…; not 2023年11月11日), or
 * the day it counts from the page's (来源: 某某市人民政府公众信息网昨日上午,…).
 */
const LEAD_DAY = new RegExp(`(?<=[^\\d年\\s]\\s*)(?=(?:\\d{1,2}月\\d{1,2}日|${RELATIVE_DAY})(?:[上下]午|晚上?|凌晨|早上)?[,，])`, 'gu');

/**
 * Where a page's labels run on to its lead on one line (发布时间:2023-11-12 文章来源:县应急管理局11月11日,全县…会议召开。):
 * before the lead's day, when all before it reads as the page's labels and a sentence follows.
 */
export function labelsRunOnToLead(text: string): number | undefined {
  for (const day of text.matchAll(LEAD_DAY)) {
    const labels = parseHeaderLine(text.slice(0, day.index));
    if (labels && Object.keys(labels.values).length > 0 && /[。！？]/u.test(text.slice(day.index))) return day.index;
  }
  return undefined;
}

export function recoverParagraphs(draft: Draft): Draft {
  const splits: { line: number; at: number[]; reason: string }[] = [];
  const lines: SourceLine[] = [];
  const total = draft.lines.reduce((sum, line) => sum + line.text.trim().length, 0);
  const flattened = (text: string) => text.length >= FLATTENED_MIN_LENGTH && text.trim().length >= total * FLATTENED_MIN_SHARE;
  const opening = new Set(draft.lines.filter((line) => line.text.trim() !== '').slice(0, 6));
  for (const line of draft.lines) {
    const lead = opening.has(line) && !flattened(line.text) ? labelsRunOnToLead(line.text) : undefined;
    if (lead !== undefined) {
      splits.push({ line: line.n, at: [lead], reason: LABELS_SPLIT_REASON });
      for (const piece of piecesOf(line.n, line.text, [lead])) lines.push({ n: line.n, column: piece.column, text: piece.text, disposition: { kind: 'body' } });
      continue;
    }
    const at = flattened(line.text) ? splitPoints(line.text) : opening.has(line) ? runOnHeaderPoints(line.text) : [];
    // (One cut is enough after a greeting's or a speech's title: its text has no other marks to cut at.)
    const titleCuts = at.length >= 1 ? [greetingTitleEnd(line.text), ...speechTitleCuts(line.text)] : [];
    const afterTitle = at.length >= 1 && at.every((cut) => titleCuts.includes(cut));
    if (at.length < 2 && !afterTitle) {
      lines.push(line);
      continue;
    }
    splits.push({ line: line.n, at, reason: SPLIT_REASON });
    for (const piece of piecesOf(line.n, line.text, at)) {
      lines.push({ n: line.n, column: piece.column, text: piece.text, disposition: piece.text.trim() === '' ? { kind: 'blank' } : { kind: 'body' } });
    }
  }
  return splits.length === 0 ? draft : { ...draft, lines, splits };
}
