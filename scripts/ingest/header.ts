/**
 * Step 3, the header: what a page prints above the text (and, for a source
 * line, below it), read into facts.
 *
 * The header is the run of lines before the text begins (a salutation, a
 * section heading, a sentence). Each of its lines is one of:
 * - a header table row: `索引号 | 014438222/2024-269905 | 主题分类 | |`
 * - a labelled line: `发布时间:2023-03-01 19:55:07  来源:…` (scripts/ingest/meta-line.ts)
 * - a date alone: `(2021年8月24日)`, `二〇二六年一月二十七日`
 * - a dateline, on one line or split over two (scripts/ingest/dateline.ts)
 * - a speaker line: `市长 王 某 某`, or a name alone under the dateline (scripts/ingest/speaker-line.ts)
 * - anything else: a candidate for the title.
 * The title is the candidate nearest above the dateline or speaker line (a
 * report), else nearest above the labelled line (a news page), else the first.
 * Bylines (`记者 陈云飞`) are read anywhere and stay in the body.
 *
 * Lines read into metadata are "lifted": listed in provenance, not lost.
 */
import { fold } from '../../src/text/fold.ts';
import { bareDivisionNamed, isProvinceShortName } from '../../src/places/gazetteer.ts';
import { BROKEN_ORDINAL } from './meeting-names.ts';
import { groupAsWritten } from './folded-match.ts';
import { withoutPinyinGlosses } from '../../src/text/pinyin-gloss.ts';
import { headerLabelFields, type ReportField } from '../../src/schemas/report-fields.ts';
import { COMPACT_DATE_AFTER, compactDateAfter, dateOnlyLine, dayOf, findDates, isBareDate, labelledDate } from './dates.ts';
import { brokenDayReadings, DASHES, dayInBracketsAfter, opensDateline, parseAdoptionLine, parseDatedName, parseDatedOffice, parseDateline, type Dateline } from './dateline.ts';
import type { Disposition, Draft, Facts, SourceLine, Speaker } from './draft.ts';
import { bodyLines, sameSpeaker, withDispositions } from './draft.ts';
import { type HeaderLine, isLoneLabel, opensWithLabel, parseHeaderLine, TABLE_ROW_LABELS } from './meta-line.ts';
import { despace, labelAlternation } from './label-pattern.ts';
import { maskedHolder, OFFICE_ALONE, parseBodySignature, parseNameLine, parseOfficeLine, parseSpeakerPair, type SpeakerLine } from './speaker-line.ts';
import { giverBeforeTitle, KIND_TYPES, namesBareKindInFull, plain, READS, titleType } from './titles.ts';
import { BOOKMARK_LINK, BOOKMARK_REASON, detailsAfterBreadcrumb, EDITION_LINE, HOME_PATH_BEFORE, REPOST_BLURB } from './chrome.ts';
import { BOXED_BYLINE, BYLINE, bylineNames, CAPTION_WITH_CREDIT, chinesePart, CREDITED, isLetterSpaced, LEAD_DAY_ALONE, lineAsRead, NAME_THEN_CREDIT, slugReporters, TRAILING_BYLINE, withoutBullet, withoutMarkup, withoutSpaces, withoutWatermark } from './header-text.ts';
import { breadcrumbColumns, breadcrumbEnd, breadcrumbTitleStart, chooseTitle, type Classified, despacedLetters, hanCount, namesMeetingHeld, NEWS_COLUMN, PAPER_ARCHIVE_PATH, PAPER_HEADLINE_ROW, REPOST_BOAST, REPOST_TAG, type Role, titleText, TRAILING_DATE_NAME_OCCASION, TRAILING_DATED_NAME, TRAILING_DATELINE_GIVER, TRAILING_ADDRESS_LINE, TRAILING_PAGE_TIME, withoutRunOnDateline, withoutTitleFullStop } from './title-choice.ts';
import { COMMON_SURNAMES, isOutlineLine, PAPER_ENDING, PINYIN_GLOSS, SALUTATION_START, SALUTATIONS, startsWithHeadingMark } from './vocabulary.ts';

type FactKey = 'title' | 'indexNumber' | 'subject' | 'issuer' | 'documentNumber' | 'written' | 'published' | 'validity' | 'publisher' | 'speakers' | 'meeting' | 'delivered';

/** Labels of header fields on Chinese government and news pages (src/schemas/report-fields.ts), each with the fact it gives. */
const LABEL_FIELDS = headerLabelFields();
/** A fact is named after the last part of its field: identifiers.indexNumber → indexNumber. */
const factOf = (field: ReportField) => field.slice(field.lastIndexOf('.') + 1) as FactKey;
const LABELS: Record<string, FactKey> = Object.fromEntries([...LABEL_FIELDS].map(([label, field]) => [label, factOf(field)]));
const FACT_FIELDS = Object.fromEntries([...LABEL_FIELDS.values()].map((field) => [factOf(field), field])) as Record<FactKey, ReportField>;

const LABEL_PATTERN = labelAlternation(Object.keys(LABELS));
const LABEL_ONLY = new RegExp(`^(${LABEL_PATTERN})\\s*[:：]?$`);
/** A label alone on its line, its value on the next: `• 发布日期:`. */
const LABEL_LINE = new RegExp(`^(${LABEL_PATTERN})\\s*[:：]$`);
const LABEL_VALUE = new RegExp(`^(${LABEL_PATTERN})\\s*[:：]\\s*(.+)$`);
/** A cell holding a label of the rows the archive does not keep, perhaps without its colon: 公开范围 | 面向全社会 |. */
const ROW_LABEL_ONLY = new RegExp(`^(?:${labelAlternation(TABLE_ROW_LABELS)})\\s*[:：]?$`, 'u');
/** A cell that labels something (ends in a colon), even a label the archive does not keep: 公开形式: */
const ANY_LABEL = /^\p{sc=Han}{2,8}\s*[:：]$/u;
/** The header is read from at most this many lines. */
const HEADER_LINES = 30;
/** Lines at the end of the text where a page prints its source line. */
const FOOTER_LINES = 4;

/** A date in brackets opening a line: `（2006年8月30日） 同志们：`. */
const LEADING_DATE = /^[(（]\s*([^()（）]{6,16})\s*[)）]\s*(?=\S)/u;

/** A line that reads as running text: the header is over. A headline may end in ！ or ？, not hold a 。. */
function isBodyLike(text: string): boolean {
  const line = fold(text);
  // (A title's stray full stop does not make it a sentence: 在…会议上的讲话。)
  const inner = withoutTitleFullStop(line.replace(/[！？!?]$/, ''));
  return SALUTATION_START.test(line.replace(LEADING_DATE, '')) || startsWithHeadingMark(line) || (line.length > 100 && !headlineRowWithLabels(text)) || /[。！？]/.test(inner) || LEAD_DAY_ALONE.test(line.trim());
}

/** An e-paper's headline row with the page's labels run on after it (PAPER_HEADLINE_ROW, then 作者: 时间:… 次数:…), however long. */
function headlineRowWithLabels(text: string): boolean {
  if (/[。，,]/u.test(text)) return false;
  const labels = labelsRunOn(text);
  return labels !== undefined && PAPER_HEADLINE_ROW.test(text.slice(0, labels.at).trim());
}

interface CellFacts {
  facts: Partial<Record<FactKey, string>>;
  /** How many cells said something the ingest understood. */
  understood: number;
}

/** Read the cells of a table row. */
function readCells(cells: string[]): CellFacts {
  const facts: Partial<Record<FactKey, string>> = {};
  let understood = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const only = LABEL_ONLY.exec(cell);
    if (only) {
      understood++;
      const next = cells[i + 1];
      if (next !== undefined && !LABEL_ONLY.test(next) && !LABEL_VALUE.test(next) && !ANY_LABEL.test(next)) {
        const key = LABELS[despace(only[1])];
        // (A source's label over the page's time alone, its name left empty: 来源: |2022-5-23 14:48| 浏览量: 155.)
        const day = key === factOf('source.publisher') ? dateOnlyLine(next) : undefined;
        if (day) facts.published ??= day;
        else if (next !== '') facts[key] ??= next;
        i++;
      }
      continue;
    }
    const pair = LABEL_VALUE.exec(cell);
    if (pair) {
      understood++;
      facts[LABELS[despace(pair[1])]] ??= pair[2].trim();
      continue;
    }
    if (ANY_LABEL.test(cell) || ROW_LABEL_ONLY.test(cell)) {
      understood++;
      // (Its value the next cell, unless that is a label with its own: 作者: | 时间: 2023-01-05, an author left empty.)
      if (cells[i + 1] !== undefined && !ANY_LABEL.test(cells[i + 1]) && !/^\p{sc=Han}{2,8}\s*[:：]\s*\S/u.test(cells[i + 1])) i++;
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
  // (A value that says there is none is none: 来源:不详.)
  if (value === '' || /^(?:不详|未知|暂无|无|佚名)$/u.test(value)) return false;
  if (key === 'written' || key === 'published') {
    const date = labelledDate(value);
    if (!date) return false;
    if (key === 'written') facts.written ??= dayOf(date.iso);
    else {
      // 00:00 is what a page prints when it keeps no time of day.
      const published = date.iso.endsWith('T00:00') ? dayOf(date.iso) : date.iso;
      // (The same day with its time, below a table's day alone (公开日期 2021-02-07 / 发布时间:2021-02-07 10:55:37): to the minute.)
      if (facts.published === dayOf(published) && published !== facts.published) facts.published = published;
      else facts.published ??= published;
    }
    return true;
  }
  // An encyclopaedia's box of facts: 报告人：江苏省省长罗某某, 报告时间：2010年1月16日, 报告背景：2010年1月16日……会议.
  if (key === 'speakers') {
    const speaker = parseOfficeLine(value) ?? parseNameLine(value);
    if (!speaker) return false;
    addSpeaker(facts, speaker);
    return true;
  }
  if (key === 'delivered') {
    const date = findDates(value)[0];
    if (!date) return false;
    facts.headerDate ??= dayOf(date.iso);
    return true;
  }
  if (key === 'meeting') {
    const date = findDates(value)[0];
    const meeting = (date && date.start === 0 ? value.slice(date.end) : value).trim();
    if (meeting === '') return false;
    if (date && date.start === 0) facts.headerDate ??= dayOf(date.iso);
    facts.meeting ??= meeting;
    return true;
  }
  if (key === 'title') {
    if (facts.title) return false;
    facts.title = withoutRunOnDateline(value);
    facts.titleFromSource = true;
    return true;
  }
  if (facts[key] === undefined) facts[key] = value;
  return true;
}

function fieldsOf(keys: string[]): string[] {
  return [...new Set(keys.map((key) => FACT_FIELDS[key as FactKey]))];
}

const isLabelLine = (text: string) => {
  const bare = withoutBullet(fold(text).trim());
  return LABEL_LINE.test(bare) || ANY_LABEL.test(bare);
};

/** A short labelled value: `中文名:2008年安徽省政府工作报告`. */
const UNKNOWN_ROW = /^\p{sc=Han}{2,6}\s*[:：]\s*\S.{0,40}$/u;

/**
 * A headline alone before the page's labels on its line: one phrase in words, no sentence, no space (not a site's address);
 * or its deck's parts after it, a space apart, in words alone (…督导调研 某某带队 某某某某参加).
 */
const HEADLINE_BEFORE_LABELS = /^(?=(?:[^\p{sc=Han}]*\p{sc=Han}){6})[^\s。，,；;:：]{8,60}(?: \p{sc=Han}{2,30}){0,3}$/u;
/** A paper's name alone on its line, as an e-paper prints it over the issue's day: 某某日报. */
const PAPER_NAME_ALONE = new RegExp(`^\\p{sc=Han}{2,8}(?:${PAPER_ENDING})$`, 'u');
/** A headline's first line that ends on the verb, the meeting it held to follow: 仁寿县龙正镇召开. */
const HELD_THEN = /^\p{sc=Han}{2,20}(?:召开|举行)$/u;
/** A headline's first line that holds a meeting and begins its name: 我县召开乡镇党委书记、工委书记. */
const HELD_INSIDE_NAME = /^\p{sc=Han}{2,20}(?:召开|举行)[\p{sc=Han}、\d]{2,24}$/u;
/** A headline that names the meeting it held before its verb: …第二次会议胜利召开, …大会隆重举行. */
const MEETING_NAMED_THEN_HELD = /会议?(?:胜利|隆重|顺利)?(?:召开|举行)$/u;
/** The line that goes on with the meeting held: 第八届人民代表大会第二次会议. */
const MEETING_HELD_LINE = /^[\p{sc=Han}\d]{2,40}(?:会议|大会|全会)$/u;

/** A subtitle naming the occasion and the kind, dashed: ——在市委党校2024年秋季学期主体班结业式上的发言. */
const OCCASION_SUBTITLE = /^[—―]{1,2}\s*(?<title>在[^，,。；;：:]{2,60}?上的(?:讲话|发言|致辞|主持词|讲话提纲))$/u;

/** A subtitle that names the kind of address and nothing else: `——2026年元旦献词`, `——新年贺词`. */
// (Or addressed to its hearers: ——致全区各族人民的新年贺词.)
const KIND_SUBTITLE = new RegExp(`^[—―]{1,2}\\s*(?:\\d{4}\\s*年)?\\s*(?:致[^—―\\s]{1,16}的)?(?!${READS})(?:\\p{sc=Han}{0,6}?|(?:(?!在)\\p{sc=Han}){7,30}?(?=工作报告))(${Object.keys(KIND_TYPES).sort((a, b) => b.length - a.length).join('|')})\\s*$`, 'u');

/** A subtitle saying the piece reads a report, not that it is one: `——解读政协某县第十届委员会常务委员会工作报告`. */
const READING_SUBTITLE = new RegExp(`^[—―]{1,2}\\s*(?:${READS})\\p{sc=Han}{2,40}?(?:报告|讲话)\\s*$`, 'u');

/** The labels a page gives its speaker, in a box or before his name: 演讲人, 讲话人, 发表人…, as a pattern's source. */
const SPEAKER_LABELS = '发表人|讲话人|演讲者|演讲人|发表者|发言人|报告人|主讲人';
/** A label of an encyclopaedia's box alone on its line, its value on the next: the document's name, who gave it, when; or a row the archive does not keep. */
const BOX_LABEL_ALONE = new RegExp(`^(?:(?<name>中文名)|(?<who>${SPEAKER_LABELS})|(?<when>发表时间|讲话时间|演讲时间)|外文名|发表地点|讲话地点|演讲地点|类型|类别|性质|出处|作品出处)$`, 'u');

/** An encyclopaedia's box naming the document: `中文名:2008年某省政府工作报告`. */
const BOX_NAME = /^中文名\s*[:：]\s*(\S.{1,60})$/u;
const namesDocument = (line: SourceLine) => BOX_NAME.test(fold(withoutBullet(line.text.trim())));

/** The rows (`- 简介:…`) of a run of bulleted rows that holds a box's 中文名. */
function rowsOfNamedBox(zone: SourceLine[]): Set<number> {
  const rows = new Set<number>();
  const isRow = (line: SourceLine) => line.text.trim() !== withoutBullet(line.text.trim()) && UNKNOWN_ROW.test(fold(withoutBullet(line.text.trim())));
  for (let start = 0; start < zone.length; start++) {
    if (!isRow(zone[start])) continue;
    let end = start;
    while (end + 1 < zone.length && isRow(zone[end + 1])) end++;
    if (zone.slice(start, end + 1).some(namesDocument)) for (let i = start; i <= end; i++) rows.add(i);
    start = end;
  }
  return rows;
}

/** A bracketed dateline with the page's labels run on after it. */
const GLUED_LABELS = /^([(（][^()（）]{6,100}[)）])\s*(\S.*[:：].*)$/u;

/** A font-size control with its sizes between bars: 字号:T|T, 字体:大|中|小. */
const FONT_SIZES = /(?:字号|字体)\s*[:：]\s*[TA大中小](?:\s*[|｜]\s*[TA大中小])+/gu;

/** Lift the facts of a table row or labelled line; true when the line was one. */
function liftLabelled(text: string, facts: Facts, changes: Map<SourceLine, Disposition>, line: SourceLine): Role | undefined {
  const folded = fold(text);
  // (One bar alone at the line's end, the edge of a table the copy lost, makes no row: 来源:某某  时间:2024-02-27 14:15:49  |.)
  const edgeOnly = /^[^|｜]*[|｜]\s*$/u.test(folded);
  // (Nor the bars between a font-size control's sizes: 来源:某某 发布日期:2021-01-19 字号:T|T is a labelled line.)
  const barred = folded.replace(FONT_SIZES, '').includes('|');
  if (barred && !edgeOnly) {
    const { facts: found, understood } = readCells(splitRow(text));
    if (understood > 0) {
      const applied = Object.entries(found).filter(([key, value]) => applyFact(facts, key as FactKey, value!));
      if (applied.length > 0) changes.set(line, { kind: 'lifted', fields: fieldsOf(applied.map(([k]) => k)) });
      else changes.set(line, { kind: 'removed', reason: "a row of the page's header table with no field the archive keeps" });
      return 'table';
    }
  }
  // (Nor, when its cells say nothing a table's would, one filled cell before empty ones: the line, in a table the copy
  // made of its layout: http://www.sina.com.cn 2004年02月16日02:36 某某信报 | |||||.)
  const filled = folded.includes('|') && !edgeOnly ? text.split('|').filter((cell) => cell.trim() !== '') : [];
  const header = parseHeaderLine(edgeOnly ? text.replace(/\s*[|｜]\s*$/u, '') : filled.length === 1 ? filled[0] : text);
  if (header) {
    const applied = Object.entries(header.values).filter(([field, value]) => applyFact(facts, factOf(field as ReportField), value!));
    // 作者：某某省省长 某某 — the speaker, not a journalist.
    const speaker = header.author ? parseOfficeLine(header.author) : undefined;
    if (speaker) {
      addSpeaker(facts, speaker);
      applied.push(['speakers', header.author!]);
    }
    if (applied.length > 0) changes.set(line, { kind: 'lifted', fields: [...new Set(applied.map(([field]) => field))] });
    else changes.set(line, { kind: 'removed', reason: "the page's own details (view count, editor), not the document's" });
    return 'labelled';
  }
  // A labelled value the line parser does not take whole (a long 标题：…).
  const pair = LABEL_VALUE.exec(folded);
  if (pair && text.length <= 120) {
    const key = LABELS[despace(pair[1])];
    if (applyFact(facts, key, text.slice(folded.length - pair[2].length))) {
      changes.set(line, { kind: 'lifted', fields: fieldsOf([key]) });
      return 'labelled';
    }
  }
  return undefined;
}

/** Where the header's facts from datelines stand: the first dateline's date wins over a date line above it. */
interface DatelineState {
  dated: boolean;
}

function applyDateline(dateline: Dateline, facts: Facts, state: DatelineState): string[] {
  if (dateline.delivered && !state.dated) {
    // A date alone above the dateline is the page's; the dateline's is the delivery.
    facts.headerDate = dateline.delivered;
    state.dated = true;
  }
  if (dateline.brokenDay && !state.dated) facts.brokenDay ??= dateline.brokenDay;
  if (dateline.dayWithoutYear && !state.dated) facts.dayWithoutYear ??= dateline.dayWithoutYear;
  // (Not a meeting a PDF's conversion broke, its ordinals' numbers lost, 在省第人民会第会议上: the line still dates the report.)
  const broken = BROKEN_ORDINAL.test(fold(dateline.meeting));
  if (!broken) facts.meeting ??= dateline.meeting;
  facts.addressKind ??= dateline.kind;
  if (dateline.adopted) facts.adoptedAt = true;
  const fields = [...(dateline.delivered ? ['dates'] : []), ...(broken ? [] : ['meeting'])];
  if (dateline.speaker) {
    addSpeaker(facts, dateline.speaker);
    fields.push('speakers');
  }
  return fields;
}

/** A speaker once: by his name, or by his office where no name is printed. */
function addSpeaker(facts: Facts, speaker: Speaker): void {
  if (!facts.speakers.some((s) => sameSpeaker(s, speaker))) facts.speakers.push(speaker);
}

/** A speaker's label and his name, on one line: 演讲人 / 某某某, 讲话人:某某某. */
const SPEAKER_LABELLED = new RegExp(`^(?:${SPEAKER_LABELS})\\s*[/:：]\\s*(?<name>\\p{sc=Han}{2,3})$`, 'u');

/** A line's dateline (——2026年1月27日在…会议上) or a resolution's adoption line ((2022年12月28日某县…会议通过)). */
const datedLine = (text: string) => parseDateline(text) ?? parseAdoptionLine(text);

/** A document's number alone on its line, perhaps in brackets: 某政办发〔2006〕187号, （某发[2019]3号）. */
const DOCUMENT_NUMBER_LINE = /^[(（]?\s*(\p{sc=Han}{1,12}\s*[〔[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*(?:第\s*)?\d{1,5}\s*号)\s*[)）]?$/u;
/**
 * `政府工作报告(摘要)--1999年2月25日在…会议上`: a title and its dateline on one line; or a space apart, the title naming its kind
 * (…常务委员会工作报告 2019年1月5日在政协某市第五届委员会第三次会议上).
 */
const TITLE_THEN_DATELINE = /^(?<title>[^—―\-━─]{2,60}?)\s*(?<dateline>(?:——|――|--|－－|━━|──|—)\s*\S.*|(?<=(?:报告|讲话|致辞|发言)[ \u3000]+)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在\S.{2,80}上)$/u;
/** `政府工作报告 ( 2021 年 xx 月 xx 日在某区第二届人民代表大会第六次会议上)`: a title and its dateline in brackets on one line. */
const TITLE_THEN_BRACKETED_DATELINE = /^(?<title>[^()（）]{2,40}?)\s*(?<dateline>[（(]\s*(?:\d{4}|[二〇○]{4})\s*年[^()（）]*?在[^()（）]+上[）)])\s*$/u;
/** A title, its dateline without the date, the day in brackets and the speaker, on one line (read folded); the title perhaps letter-spaced, the dateline after a dash (政 府 工 作 报 告 ——在…会议上 (2016年2月24日) 某某). */
const FLATTENED_HEADER = /^(?<title>\S{2,30}?|(?:\p{sc=Han}[ \u3000]){2,12}\p{sc=Han})\s*(?:——|――|—)?\s*(?<at>在\S{4,60}?(?:会议|大会)上)\s*[(（](?<day>[^()（）]{6,20})[)）]\s*(?<who>\S.{1,30})$/u;
/** Where a page's labels run on after other words on one line (… 某某 作者: 发布时间:2022-01-27 09:32:05 来源:…), read as a header line. */
function labelsRunOn(text: string): { at: number; header: HeaderLine } | undefined {
  for (const space of text.matchAll(/\s+/gu)) {
    const at = space.index + space[0].length;
    const header = parseHeaderLine(text.slice(at));
    if (header) return { at, header };
  }
  return undefined;
}

/** What follows a congress's name broken over two lines: its standing committee, or its session. */
const CONGRESS_CONTINUED = /^(?:常务委员会|第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议)/u;
/** A body that signs a document: 某某县人民政府, 某某市人民政府办公室, 某某县委员会. */
const SIGNING_BODY = /^\p{sc=Han}{2,20}(?:人民政府|人民政府办公室|人民政府办公厅|常务委员会|委员会)$/u;
/** A wiki library's row naming a text: its title, 制定机关 (and who delivered it, 主讲人为时…), its day (read folded). */
const WIKI_SOURCE_ROW = /^(?<title>\S.{2,40}?)\s+制定机关\s*:\s*(?<issuer>[^()\s]{2,30})\s*(?:\(主讲人为?(?:时任|时)?(?<lecturer>[^()]{3,30})\))?\s*(?<when>\S{6,16}日)\s*\|?\s*$/u;
/** A dateline in brackets and, run on after it, who gave it: （2018年1月22日在某区…会议上）某区人民政府区长某某 (read folded). */
/** A meeting's word in a line: a headline naming one is whole, not a subject waiting for its verb. */
const MEETING_WORD_IN_TITLE = /会议|大会|全会|会$/u;

const BRACKETED_DATELINE_THEN_SPEAKER = /^(?<dateline>\([^()]{6,80}?上\))\s*(?<who>\S{2,30})$/u;
/** A party committee or a people's government by its name alone: 中共某区委, 中共某县委员会, 某区人民政府. */
const SIGNING_PARTY_OR_GOVERNMENT = /^(?:中共\p{sc=Han}{2,14}委(?:员会)?|\p{sc=Han}{2,14}人民政府)$/u;
/**
 * Whether a site's headline is a document's own title dressed: 全文 added (…讲话全文), a masked place unmasked away (在县… for
 * 在**县…), or quotation marks added or taken away with the pause marks between them (…暨工业挂帅招商出征誓师大会 for …暨“工业挂帅、招商出征”誓师大会).
 */
function dressedAs(own: string, headline: string): boolean {
  const unquoted = (title: string) => title.replace(/[“”"、]/gu, '');
  return own !== headline && own.length >= 6 && (headline === `${own}全文` || headline === own.replace(/[*＊]+/gu, '') || unquoted(headline) === unquoted(own));
}

/** An occasion opening the page with its day in brackets after it: 在市六届人大一次会议闭幕会上的讲话 (2018年1月10日). */
const OCCASION_THEN_DATE = /^(?<title>在\S{4,60}?上的\S{1,6}?)\s*[(（][^()（）]{6,16}[)）]$/u;
/** A draft's mark after a resolution's kind: (草案), (征求意见稿). */
const DRAFT_MARK = '(?:[(（](?:草案|代拟稿|讨论稿|征求意见稿)[)）])?';
/** A title's last line, its 的 and kind, as a resolution's breaks it: 的决议(草案). */
const KIND_AFTER_OF = new RegExp(`^的\\p{sc=Han}{1,8}${DRAFT_MARK}$`, 'u');
/** A subject's last words with the 的 and kind, as a resolution's title breaks after its first words: 工作报告的决议. */
const SUBJECTS_TAIL = new RegExp(`^(?!关于)[\\p{sc=Han}《》“”]{1,24}的\\p{sc=Han}{1,8}${DRAFT_MARK}$`, 'u');
/** A resolution's title whole from its 关于 to its kind: 关于盐城市中级人民法院工作报告的决议. */
const ABOUT_TO_KIND = new RegExp(`^关于\\S{2,60}的\\p{sc=Han}{1,8}${DRAFT_MARK}$`, 'u');
/** A conference's or a party's name alone on its line, its committee and session under it: 中国人民政治协商会议, 中国共产党. */
const PARTY_OR_CONFERENCE_ALONE = /^(?:中国人民政治协商会议|中国共产党)$/u;
/** A resolution title's first line, its 关于 opening the subject, the session that made it perhaps before: 关于某市人民代表大会常务委员会, 咸宁市第六届人民代表大会第三次会议关于. */
const ABOUT_OPENING = /^(?:\p{sc=Han}{4,40}?(?:会议|委员会)关于$|关于(?!.*的$))/u;

/** An adoption line without its day, which the line above gives: 某省第十三届人民代表大会第五次会议通过. */
const UNDATED_ADOPTION = /^(?<meeting>\S{4,60}?第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议)\s*(?:审议)?(?:通过|批准)$/u;

/** A day whose 年 and 月 were lost in copying, in its brackets or not: 2009122日), （2016226日）; or left blank or masked by a template (2014年 月 日, 20xx年x月x日). */
const STRIPPED_DATE = /^[(（]?\s*(?:(?:19|20)\d{3,6}\s*日|(?!(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:19|20)(?:\d{2}|[xX×]{2})\s*年\s*(?:\d{1,2}|[xX×]{1,2})?\s*月\s*(?:\d{1,2}|[xX×]{1,2})?\s*日)\s*[)）]?$/u;

/** A dash or an opening bracket alone on its line, as a dateline broken over lines begins. */
const DASH_ALONE = new RegExp(`^\\s*(?:[${DASHES}]+|[(（])\\s*$`, 'u');

/** A line that continues a dateline, as read: past a watermark, and without letter spacing (人 民 代 表 大 会 第 三 次 会 议 上). */
function continuationText(line: SourceLine): string {
  const text = lineAsRead(line.text);
  return isLetterSpaced(text) ? withoutSpaces(text) : text;
}

/** The fewest of the `next` lines that, run on after `text`, read as something (`read` gives it), and what they read as. */
function completingLines<T>(text: string, next: SourceLine[], read: (joined: string) => T | undefined): { rest: SourceLine[]; value: T } | undefined {
  for (let count = 1; count <= next.length; count++) {
    const rest = next.slice(0, count);
    const value = read(text + rest.map(continuationText).join(''));
    if (value !== undefined) return { rest, value };
  }
  return undefined;
}

const OPEN_BRACKET_ALONE = /^\s*[(（]\s*$/u;
/** A wire's slug alone on its line: 新华社北京10月1日电. */
const SLUG_ALONE = /^[\p{sc=Han}A-Za-z]{2,12}\d{1,2}月\d{1,2}日[电電]$/u;

/** The occasion of an address, undated, as a title or the line under it reads: `在中国共产党某市第十四次代表大会上的报告`. */
/** The second half of an occasion's title broken over two lines: …动员部署会上的讲话. */
const BROKEN_OCCASION_END = /^[^。，,；;：:]{2,40}?(?:会|会议|大会|仪式|开幕式|闭幕式)上的(?:讲话|报告|工作报告|致辞|发言|总结讲话)$/u;
const undatedOccasion = (dateline: Dateline | undefined) => dateline !== undefined && !dateline.delivered && dateline.kind !== undefined;
/** Whether a headline names the occasion a line does, of the same kind: 在 and the next eight characters alike, both ending in the kind. */
const sameOccasion = (headline: string, line: string, kind: string) => {
  const at = headline.indexOf('在');
  return at >= 0 && headline.endsWith(kind) && line.trim().endsWith(kind) && line.trim().startsWith(headline.slice(at, at + 9));
};

/** A note under a speech's header on how its text was taken down or cut: （根据录音整理）, （根据录音整理，未经本人审阅）, （摘要）. */
const TAKEN_DOWN_NOTE = /^[(（](?:根据|据)?录音整理[^()（）]{0,16}[)）]$|^[(（](?:摘要|节选|有删节|略有删节)[)）]$/u;
/** The day with that note, its opening bracket perhaps lost: （2009年8月25日根据录音整理、未经本人审核）. */
const DATED_TAKEN_DOWN = /^[(（]?(\d{4}年\d{1,2}月\d{1,2}日)\s*[,，、]?\s*(?:根据|据)?录音整理[^()（）]{0,16}[)）]?$/u;
/** A salutation run onto the end of the speaker line: `…主任 李某各位代表:`. */
const TRAILING_SALUTATION = new RegExp(`(?:${SALUTATIONS.join('|')})[:：,，]?$`, 'u');

/**
 * The speaker a header line names with an office, in the shapes pages print:
 * alone, letter-spaced (`省 长 吴某某`), after a photo caption
 * (`某某作政府工作报告 省长 某某某`), or run into the salutation.
 */
function officeLine(text: string, afterDateline: boolean): SpeakerLine | undefined {
  // (Under a dateline, perhaps in brackets: (国务院总理 某某某).)
  const bracketed = afterDateline ? /^[(（]\s*([^()（）]{3,40}?)\s*[)）]$/u.exec(text.trim()) : null;
  const line = (bracketed ? bracketed[1] : text).replace(TRAILING_SALUTATION, '').trim();
  // Letter-spaced (省 长 吴某某): read without the spaces.
  const letterSpaced = /^\p{sc=Han}(?:[ \u3000]\p{sc=Han})+(?:[ \u3000]|$)/u.test(line);
  // (Or a name spaced after an unspaced office: 政府旗长苏 鹏.)
  const spacedName = /^\S+\p{sc=Han}(?:[ \u3000]+\p{sc=Han}){1,2}$/u.test(line) && !/\s/.test(line.replace(/(?:[ \u3000]+\p{sc=Han}){1,2}$/u, ''));
  // (Or the place apart from its office: 琼海市 市长 傅 晟, 某某县人民政府   县长某某.)
  const placeApart = /^(\p{sc=Han}{2,8}[省市县区州旗盟](?:人民政府|政府)?)[ \u3000]+(?=\p{sc=Han})/u.exec(line);
  const direct =
    parseOfficeLine(line) ??
    (letterSpaced || spacedName ? parseOfficeLine(withoutSpaces(line)) : undefined) ??
    (placeApart ? parseOfficeLine(`${placeApart[1]}${line.slice(placeApart[0].length)}`) : undefined);
  if (direct || !afterDateline) return direct;
  for (const gap of line.matchAll(/\s+/g)) {
    const found = parseOfficeLine(line.slice(gap.index + gap[0].length));
    if (found) return found;
  }
  return undefined;
}

/** An e-paper's page line (第二版:两会·聚焦) or its issue controls (上一期 下一期), removed as chrome. */
const isEditionChrome = (line: SourceLine) =>
  line.disposition.kind === 'removed' && (line.disposition.reason === EDITION_LINE || /上一期|下一期/u.test(line.text));

/** The numbers of the lines beside an e-paper's page line or issue controls (two written lines either side): where its issue's day is printed. */
function besideEdition(lines: SourceLine[]): Set<number> {
  const written = lines.filter((line) => line.text.trim() !== '');
  const beside = new Set<number>();
  written.forEach((line, i) => {
    if (isEditionChrome(line)) for (const other of [written[i - 2], written[i - 1], written[i + 1], written[i + 2]]) if (other) beside.add(other.n);
  });
  return beside;
}

/** Read the header lines, in order; returns what each one was. */
function classifyHeader(zone: SourceLine[], facts: Facts, changes: Map<SourceLine, Disposition>, after: SourceLine | undefined, issueDays: Set<number>): Classified[] {
  const classified: Classified[] = [];
  const state: DatelineState = { dated: false };
  const boxRows = rowsOfNamedBox(zone);
  for (let i = 0; i < zone.length; i++) {
    const line = zone[i];
    // (Read past a mirror's pinyin glosses: 時(shí)間:2022-06-15.)
    const text = withoutWatermark(chinesePart(withoutBullet(withoutMarkup(line.text.trim()))).replace(PINYIN_GLOSS, ''));
    const previous = classified.at(-1)?.role;

    // A page's number the copy kept over the title (1, -1-): no title.
    if (i === 0 && /^[-—]?\s*\d{1,3}\s*[-—]?$/u.test(text) && zone.length > 1) {
      changes.set(line, { kind: 'removed', reason: "the page's number, kept by the copy" });
      continue;
    }
    // `• 发布日期:` on one line, its value on the next.
    const bare = withoutBullet(fold(line.text.trim()));
    // A label the archive does not know counts only among other labels (a header table printed as a list).
    const amongLabels = [zone[i - 2], zone[i - 1], zone[i + 2]].some((other) => other !== undefined && isLabelLine(other.text));
    // (Or a known label with no colon, in a list of them a cell a line, each over its value: 信息分类 / 政府会议 / 主题分类 / 其他.)
    const bareListed = isLoneLabel(bare) && [zone[i - 2], zone[i + 2]].some((other) => other !== undefined && isLoneLabel(withoutBullet(fold(other.text.trim()))));
    const label = LABEL_LINE.exec(bare) ?? (amongLabels ? ANY_LABEL.exec(bare) : null) ?? (bareListed ? /^(.+)$/u.exec(despace(bare)) : null);
    if (label) {
      const next = zone[i + 1];
      // The value is indented under its label (deeper, when the label has a bullet).
      const indent = (t: string) => t.length - t.trimStart().length;
      const bulleted = withoutBullet(line.text.trim()) !== line.text.trim();
      // (Or each a bullet of its own, a list alternating label and value: - 发布机构: / - 市府办 / - 成文日期: / - 2011-01-26.)
      const bulletedToo = next !== undefined && withoutBullet(next.text.trim()) !== next.text.trim() && indent(next.text) === indent(line.text);
      const under = next && (bulleted ? indent(next.text) > indent(line.text) || bulletedToo : indent(next.text) >= indent(line.text));
      const nextText = next ? withoutBullet(next.text.trim()) : '';
      const key = label[1] === undefined ? undefined : LABELS[despace(label[1])];
      // (Under a label the archive does not know, a line that names a kind of document, or a headline on a meeting held
      // (省政府信息: / …协商会议召开), is the title, not its value.)
      const titled = !key && (titleType(nextText) !== undefined || namesMeetingHeld(fold(nextText)));
      // (A date's label holds a date: an empty 发布日期: over the headline leaves the headline its own.)
      const undated = (key === 'published' || key === 'written' || key === 'delivered') && findDates(nextText).length === 0;
      const value = next && under && !titled && !undated && !isLabelLine(next.text) && !isLoneLabel(fold(nextText)) && !LABEL_VALUE.test(fold(nextText)) && nextText.length <= 60 && !isBodyLike(nextText) ? nextText : undefined;
      if (key && value !== undefined && applyFact(facts, key, value)) {
        changes.set(line, { kind: 'lifted', fields: fieldsOf([key]) });
        changes.set(next, { kind: 'lifted', fields: fieldsOf([key]) });
      } else {
        changes.set(line, { kind: 'removed', reason: "a label of the page's header table with no value the archive keeps" });
        if (value !== undefined) changes.set(next, { kind: 'removed', reason: "the value of a label of the page's header table the archive does not keep" });
      }
      classified.push({ line, role: 'table' });
      if (value !== undefined) {
        classified.push({ line: next, role: 'table' });
        i++;
      }
      continue;
    }
    // An encyclopaedia's box printed a label a line, its value on the next (中文名 / 1998年新年贺词 / 发表人 / 某某 / 发表时间 / …).
    const boxLabel = BOX_LABEL_ALONE.exec(fold(text))?.groups;
    const boxValue = boxLabel && [zone[i - 2], zone[i + 2]].some((other) => other !== undefined && BOX_LABEL_ALONE.test(fold(other.text.trim()))) ? zone[i + 1] : undefined;
    if (boxLabel && boxValue && boxValue.text.trim().length <= 40) {
      const value = boxValue.text.trim();
      const day = boxLabel.when ? dateOnlyLine(value) : undefined;
      const who = boxLabel.who ? (parseNameLine(value) ?? parseOfficeLine(value)) : undefined;
      if (boxLabel.name) facts.boxTitle ??= value;
      if (day) facts.headerDate ??= dayOf(day);
      if (who) addSpeaker(facts, who);
      const fields = boxLabel.name ? ['title'] : day ? ['dates'] : who ? ['speakers'] : [];
      for (const part of [line, boxValue]) {
        changes.set(part, fields.length > 0 ? { kind: 'lifted', fields } : { kind: 'removed', reason: "a row of the page's box of facts with no field the archive keeps" });
        classified.push({ line: part, role: 'table' });
      }
      i++;
      continue;
    }
    const labelled = liftLabelled(text, facts, changes, line);
    if (labelled) {
      classified.push({ line, role: labelled });
      continue;
    }
    // `(某政办发[2006]187号)`: the document's number on its own line, under its title.
    const numbered = DOCUMENT_NUMBER_LINE.exec(text.trim());
    if (numbered) {
      facts.documentNumber ??= numbered[1];
      changes.set(line, { kind: 'lifted', fields: ['identifiers.documentNumber'] });
      classified.push({ line, role: 'labelled' });
      continue;
    }
    // `中文名：…`: the box's name for the document, its title if it prints none of its own.
    const boxName = BOX_NAME.exec(fold(text));
    if (boxName) {
      facts.boxTitle ??= text.slice(text.length - boxName[1].length).trim();
      changes.set(line, { kind: 'lifted', fields: ['title'] });
      classified.push({ line, role: 'table' });
      continue;
    }
    // `省级单位：…` among the labels of a box of facts: a row the archive does not keep.
    const neighbours = [zone[i - 1], zone[i + 1]].filter((other): other is SourceLine => other !== undefined);
    // (Not a site's headline naming the giver before the title, 某某:在…会议上的致辞, nor one naming the paper it reposts,
    // 某某日报:高明区部署今年区政府廉政建设工作, or the place it is news of, 羊楼司镇:奋力续写中国竹乡高质量发展新篇章,
    // 某某集镇:党建述职凝聚力、补短板、促提升: a title.)
    const namedFirst = /^(?:\p{sc=Han}{2,6}(?:日报|晚报|报|新闻|网)|\p{sc=Han}{1,8}?(?:镇|乡|街道|县|区|市|州|旗))\s*[:：]\s*\p{sc=Han}{4}[\p{sc=Han}、]{4,}/u.test(fold(text));
    // (Or by its bare name, 镇雄:全县30个乡镇(街道)党(工)委书记向县委常委会述责述廉.)
    const bareFirst = /^(?<place>\p{sc=Han}{2,4})\s*[:：]\s*\p{sc=Han}{2}[\p{sc=Han}\d、()（）“”]{6,}$/u.exec(fold(text).trim())?.groups?.place;
    // (Or a province by its short name, 吉林:为推动全面振兴汇聚磅礴力量.)
    const placedFirst = bareFirst !== undefined && (bareDivisionNamed(bareFirst) !== undefined || isProvinceShortName(bareFirst));
    // (Or a leader's words it quotes after his name, 某某某:全力推动经济社会平稳健康发展; not a label of the page's, 关键词:….)
    // (Its words perhaps in two phrases: 某某某:加强制度建设 推进民政事业又好又快发展.)
    const quoted = /^(?<name>\p{sc=Han}{2,3})\s*[:：]\s*\p{sc=Han}[\p{sc=Han}，,、“” ]{7,}$/u.exec(fold(text).trim())?.groups?.name;
    // (A surname's name, or one the lines under it name again: 某某某在第十三次全国民政会议上强调.)
    const quotedFirst = quoted !== undefined && !opensWithLabel(text) && (COMMON_SURNAMES.test(quoted) || zone.slice(i + 1).some((other) => fold(other.text).includes(quoted)));
    if (UNKNOWN_ROW.test(fold(text)) && !NEWS_COLUMN.test(fold(text)) && !giverBeforeTitle(text) && !namedFirst && !placedFirst && !quotedFirst && (neighbours.some((other) => LABEL_VALUE.test(fold(withoutBullet(other.text.trim())))) || (boxRows.has(i) && !parseOfficeLine(text)))) {
      changes.set(line, { kind: 'removed', reason: "a row of the page's box of facts with no field the archive keeps" });
      classified.push({ line, role: 'table' });
      continue;
    }

    // `政府工作报告 ——2012年3月5日在…上`: the title and its dateline on one line.
    // (Or in brackets after it, its day perhaps masked: `政府工作报告 ( 2021 年 xx 月 xx 日在…会议上)`.)
    const bracketed = TITLE_THEN_BRACKETED_DATELINE.exec(text);
    // (The page's labels run on after them, its date among them: … 海南省省长 冯飞 作者: 发布时间:2022-01-27 09:32:05 信息来源:….)
    const labelsAfter = labelsRunOn(text);
    // (Or after an e-paper's headline row: 稳中求进谋转型 … 某县…会议隆重开幕 某某出席 某某主持 作者: 时间:2012-04-13 次数:485.)
    const row = labelsAfter && !facts.title ? PAPER_HEADLINE_ROW.exec(text.slice(0, labelsAfter.at).trim()) : null;
    if (row?.groups) {
      facts.title = row.groups.headline;
      facts.titleFromSource = true;
      const postedAt = labelsAfter!.header.values['dates.published'];
      changes.set(line, { kind: 'lifted', fields: ['title', ...(postedAt && applyFact(facts, 'published', postedAt) ? ['dates.published'] : [])] });
      classified.push({ line, role: 'labelled' });
      continue;
    }
    // (Or after a headline alone, the page's date label run on after a space: 某镇…协商会如期举行 发布时间:2020年11月27日; the
    // site's path to it perhaps before it: 视频首页>>某某网>>我市召开…动员大会    2011-05-31 00:00:00    浏览.)
    const headlineBefore = labelsAfter && !facts.title ? text.slice(0, labelsAfter.at).trim().replace(HOME_PATH_BEFORE, '') : '';
    const postedAfterHeadline = labelsAfter?.header.values['dates.published'];
    if (postedAfterHeadline && HEADLINE_BEFORE_LABELS.test(headlineBefore) && !parseOfficeLine(headlineBefore) && !/[—―]\s*(?:\d{4}|[二〇○]{4}|在)/u.test(headlineBefore)) {
      facts.title = headlineBefore;
      facts.titleFromSource = true;
      changes.set(line, { kind: 'lifted', fields: ['title', ...(applyFact(facts, 'published', postedAfterHeadline) ? ['dates.published'] : [])] });
      classified.push({ line, role: 'labelled' });
      continue;
    }
    const titled = TITLE_THEN_DATELINE.exec(labelsAfter ? text.slice(0, labelsAfter.at) : text) ?? bracketed;
    // (A site's number for its part of the text after it: …会议上(二).)
    const titledDateline = titled?.groups ? parseDateline(titled.groups.dateline.replace(/(?<=上)\s*[(（][一二三四五六七八九十\d]{1,2}[)）]$/u, '')) : undefined;
    // (A dated one: `——在…会议上的报告` with no date is the title's own subtitle, and stays in it; not one naming who
    // gave the title's report: 政府工作报告——某市人民政府市长某某在…会议上.)
    const givenBy = titledDateline?.speaker && !titledDateline.kind;
    if (titled?.groups && (titledDateline?.delivered || givenBy || (bracketed && titledDateline?.meeting)) && !facts.title && !dateOnlyLine(titled.groups.title) && !/^[(（]/.test(text)) {
      // (Without a wire's slug before it: 新华网北京3月19日电 最高人民检察院工作报告 ━━2006年3月11日在….)
      // (Letter-spaced as a heading, 政 府 工 作 报 告 ——2012 年…: its words.)
      // (Nor a paper archive's path before it: 某某日报/2024 年/2 月/6 日/第 001 版.)
      facts.title = despacedLetters(titled.groups.title.replace(/^[\p{sc=Han}A-Za-z]{2,12}\d{1,2}月\d{1,2}日电\s+(?=\S)/u, '').replace(PAPER_ARCHIVE_PATH, '').trim());
      facts.titleFromSource = true;
      const fields = ['title', ...applyDateline(titledDateline, facts, state)];
      const postedAt = labelsAfter?.header.values['dates.published'];
      if (postedAt && applyFact(facts, 'published', postedAt)) fields.push('dates.published');
      changes.set(line, { kind: 'lifted', fields });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // `政府工作报告 在某市第十六届人民代表大会第五次会议上(2016年2月16日) 代市长 某某某`: a flattened header, title, dateline, day and speaker.
    const flattened = !facts.title ? FLATTENED_HEADER.exec(fold(text))?.groups : undefined;
    const flatDateline = flattened && titleType(despacedLetters(flattened.title)) !== undefined ? parseDateline(flattened.at) : undefined;
    const flatDay = flattened ? dateOnlyLine(flattened.day) : undefined;
    const flatSpeaker = flattened ? text.slice(text.length - flattened.who.length) : '';
    const flatGiver = flatDateline && flatDay ? (parseOfficeLine(flatSpeaker) ?? parseNameLine(flatSpeaker)) : undefined;
    if (flattened && flatDateline && flatDay && flatGiver) {
      facts.title = despacedLetters(text.slice(0, flattened.title.length));
      facts.titleFromSource = true;
      const fields = applyDateline({ ...flatDateline, meeting: text.slice(fold(text).indexOf(flatDateline.meeting), fold(text).indexOf(flatDateline.meeting) + flatDateline.meeting.length), delivered: dayOf(flatDay) }, facts, state);
      addSpeaker(facts, flatGiver);
      changes.set(line, { kind: 'lifted', fields: ['title', ...fields, 'speakers'] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // `——在市委党校…结业式上的发言`: the page's first line, a subtitle naming the occasion and the kind with no title over it: the
    // title, without its dashes.
    const occasionOnly = !facts.title && previous === undefined ? OCCASION_SUBTITLE.exec(fold(text)) : null;
    if (occasionOnly?.groups) {
      const at = fold(text).indexOf(occasionOnly.groups.title);
      facts.title = text.slice(at, at + occasionOnly.groups.title.length);
      facts.titleFromSource = true;
      changes.set(line, { kind: 'lifted', fields: ['title'] });
      classified.push({ line, role: 'candidate' });
      continue;
    }
    // `新春致辞 中共某某市委书记 某某某`: a title naming only its kind, then who gave it, on one line.
    const kindThenGiver = !facts.title && previous === undefined ? /^(?<title>\p{sc=Han}{2,12})[ \u3000]+(?<who>\S.{3,40})$/u.exec(text) : null;
    const kindGiver = kindThenGiver?.groups && titleType(kindThenGiver.groups.title) !== undefined ? parseOfficeLine(kindThenGiver.groups.who) : undefined;
    if (kindThenGiver?.groups && kindGiver) {
      facts.title = kindThenGiver.groups.title;
      facts.titleFromSource = true;
      addSpeaker(facts, kindGiver);
      changes.set(line, { kind: 'lifted', fields: ['title', 'speakers'] });
      classified.push({ line, role: 'candidate' });
      continue;
    }
    // `（…会议审议通过）文章作者:…更新日期:2010年12月21日`: the page's labels run on after a dateline's bracket.
    const glued = GLUED_LABELS.exec(text);
    const gluedDateline = glued ? datedLine(glued[1]) : undefined;
    if (glued && gluedDateline && parseHeaderLine(glued[2])) {
      const fields = applyDateline(gluedDateline, facts, state);
      liftLabelled(glued[2], facts, changes, line);
      const labelled = changes.get(line);
      changes.set(line, { kind: 'lifted', fields: [...new Set([...fields, ...(labelled?.kind === 'lifted' ? labelled.fields : [])])] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // A bracketed dateline with who gave it run on after it (（…日在某区第五届人民代表大会第二次会议上）某区人民政府区长某某).
    const runOnSpeaker = BRACKETED_DATELINE_THEN_SPEAKER.exec(fold(text))?.groups;
    const givenAt = runOnSpeaker ? parseDateline(text.slice(0, runOnSpeaker.dateline.length)) : undefined;
    const giver = runOnSpeaker && givenAt ? (parseOfficeLine(text.slice(runOnSpeaker.dateline.length).trim()) ?? parseNameLine(text.slice(runOnSpeaker.dateline.length).trim())) : undefined;
    if (givenAt && giver) {
      const fields = applyDateline(givenAt, facts, state);
      addSpeaker(facts, giver);
      changes.set(line, { kind: 'lifted', fields: [...fields, 'speakers'] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // An adoption line under its day (2022年1月21日 / 某省第十三届人民代表大会第五次会议通过): the meeting that adopted the report.
    const adoptedAt = previous === 'date' ? UNDATED_ADOPTION.exec(fold(text)) : null;
    if (adoptedAt?.groups) {
      facts.meeting ??= text.trim().slice(0, adoptedAt.groups.meeting.length);
      changes.set(line, { kind: 'lifted', fields: ['meeting'] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // A date in a web page's numeric style (2008-5-3) is the page's: a document prints its day in words.
    // (Dashes perhaps before it, as a portal prints the page's day under its headline: ———  2019-07-07.)
    const numericDay = /^(?:[—－-]{2,}[ \u3000]*)?(\d{4}-\d{1,2}-\d{1,2})$/u.exec(fold(text));
    const pageDay = numericDay ? dateOnlyLine(numericDay[1]) : undefined;
    if (pageDay) {
      facts.published ??= dayOf(pageDay);
      changes.set(line, { kind: 'lifted', fields: ['dates.published'] });
      classified.push({ line, role: 'labelled' });
      continue;
    }
    const single = datedLine(text);
    const next = zone[i + 1];
    // A dateline split over two or three lines (2021年2月4日在某县第十六届人民代表 / 大会 / 第七次会议上): the lines that complete it.
    // (A page converted from a PDF may break it at every run of digits: —— / 2020 / 年 / 1 / 月 / 12 / 日在…会议上.)
    // (Not an e-paper's issue day, beside its page line: 2020年01月13日 / 上一期 下一期.)
    const reach = single || issueDays.has(line.n) ? 0 : opensDateline(text) ? 2 : DASH_ALONE.test(text) ? 8 : 0;
    // (Or an adoption line so split: (2016年12月10日某区第十五届人民代表大会 / 第一次会议通过).)
    const completed = reach > 0 ? completingLines(text, zone.slice(i + 1, i + 1 + reach), datedLine) : undefined;
    const rest = completed?.rest ?? [];
    const joined = completed?.value;
    // `在中国共产党某市第十四次代表大会上的报告` opening the page is its title, not a dateline.
    // (A series' or issue's date above it, 2024年1月, is no title of its own.)
    // (Nor a wire's slug alone over it: 新华社北京10月1日电 / 在…仪式上的致辞; nor an outline's label and headings: 目录/提纲:…… / 一、回顾过去 … 四、加强领导 / 在…会议上的讲话.)
    const firstLine = !classified.some((c) => c.role === 'candidate' && !isBareDate(c.line.text) && !SLUG_ALONE.test(fold(c.line.text.trim())) && !isOutlineLine(fold(c.line.text)));
    // (Nor under a site's headline that ends with it, 某某在…大会上的讲话 / 日期:… / 在…大会上的讲话: the document's own title.)
    // (Its place perhaps masked where the headline unmasked it away: 在经济开发区…的讲话 over 在**经济开发区…的讲话.)
    const ownUnderHeadline = classified.some((c) => c.role === 'candidate' && [fold(text).trim(), fold(text).trim().replace(/[*＊]+/gu, '')].some((own) => own.length >= 6 && fold(titleText(c.line)).trim().endsWith(own)));
    // (Or under a site's headline on the same occasion, its giver's name before it: 某某:在某某成立60周年大会上的讲话 / 新华社…电 /
    // 在某某成立60周年庆祝大会上的讲话: the document's own title.)
    const sameOccasionAbove = single?.kind !== undefined && classified.some((c) => c.role === 'candidate' && sameOccasion(fold(titleText(c.line)), fold(text), single.kind!));
    const isTitle = undatedOccasion(single) && (firstLine || ownUnderHeadline || sameOccasionAbove);
    // (Or dated in brackets after it, `在市六届人大一次会议闭幕会上的讲话 (2018年1月10日)`: the title and its date.)
    const datedOccasion = single?.delivered && single.kind && firstLine && !facts.title ? OCCASION_THEN_DATE.exec(text) : null;
    if (datedOccasion?.groups) {
      facts.title = datedOccasion.groups.title;
      facts.titleFromSource = true;
      changes.set(line, { kind: 'lifted', fields: ['title', ...applyDateline(single!, facts, state)] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // `在纪念某某成立60周年暨` / `全州第十四次…大会上的讲话` opening the page: its title, broken over two lines.
    if (!single && joined && undatedOccasion(joined) && firstLine && !facts.title) {
      facts.title = [text, ...rest.map((part) => titleText(part))].map((part) => part.trim()).join('');
      facts.titleFromSource = true;
      for (const part of [line, ...rest]) changes.set(part, { kind: 'lifted', fields: ['title'] });
      classified.push({ line, role: 'dateline' });
      i += rest.length;
      continue;
    }
    // `区委书记在2025年全区拼抢一季度实现` / `“开门红”动员部署会上的讲话` opening the page, broken where a page converted from a
    // PDF breaks its lines: its title, its giver's office before 在.
    const brokenTitle = !single && !joined && firstLine && !facts.title && next && opensDateline(text) ? `${titleText(line).trim()}${titleText(next).trim()}` : undefined;
    if (brokenTitle && BROKEN_OCCASION_END.test(fold(titleText(next!).trim())) && titleType(text) === undefined && titleType(fold(brokenTitle)) !== undefined) {
      facts.title = brokenTitle;
      facts.titleFromSource = true;
      for (const part of [line, next!]) changes.set(part, { kind: 'lifted', fields: ['title'] });
      classified.push({ line, role: 'candidate' });
      i++;
      continue;
    }
    if ((single || joined) && !isTitle) {
      const fields = applyDateline((single ?? joined)!, facts, state);
      // (A dateline that gives no field, its day and ordinals masked, 在**乡第**届人民代表大会第*次会议上的 / 讲话: read as the
      // dateline it is, and kept in the text, since nothing of it is lifted.)
      const lifted = fields.length > 0;
      if (lifted) changes.set(line, { kind: 'lifted', fields });
      classified.push({ line, role: 'dateline' });
      // (Its office at the end, the holder's name on the next line: ……会议上 省人民检察院检察长 / 某某某.)
      const holder = single?.officeAfter && next ? parseNameLine(withoutBullet(next.text.trim())) : undefined;
      if (single?.officeAfter && next && holder) {
        addSpeaker(facts, { office: single.officeAfter, name: holder.name });
        changes.set(line, { kind: 'lifted', fields: [...fields, 'speakers'] });
        changes.set(next, { kind: 'lifted', fields: ['speakers'] });
        classified.push({ line: next, role: 'speaker' });
        i++;
        continue;
      }
      for (const continued of joined ? rest : []) {
        if (lifted) changes.set(continued, { kind: 'lifted', fields: ['meeting'] });
        classified.push({ line: continued, role: 'dateline' });
        i++;
      }
      continue;
    }
    // `——2026年元旦献词`: a subtitle naming the kind of address under its title.
    const kindSubtitle = KIND_SUBTITLE.exec(fold(text));
    if (kindSubtitle && previous === 'candidate') {
      facts.addressKind ??= kindSubtitle[1];
      changes.set(line, { kind: 'lifted', fields: ['documentType'] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // (Or one saying the piece reads a report, naming no kind of its own: ——解读…工作报告.)
    if (READING_SUBTITLE.test(fold(text)) && previous === 'candidate') {
      changes.set(line, { kind: 'lifted', fields: ['title'] });
      classified.push({ line, role: 'dateline' });
      continue;
    }
    // `(` / 2022 / 年 / 4 / 月 / 26 / 日)`: a date in brackets broken at every run of digits, as a PDF converts it.
    const brokenDate = OPEN_BRACKET_ALONE.test(text) ? completingLines(text, zone.slice(i + 1, i + 9), (joined) => (/[)）]\s*$/u.test(joined) ? dateOnlyLine(joined) : undefined)) : undefined;
    if (brokenDate) {
      facts.headerDate ??= dayOf(brokenDate.value);
      for (const part of [line, ...brokenDate.rest]) {
        changes.set(part, { kind: 'lifted', fields: ['dates'] });
        classified.push({ line: part, role: 'dateline' });
      }
      i += brokenDate.rest.length;
      continue;
    }
    // A date whose 年 and 月 a copy lost (2009122日)): a date line, whose name below is the speaker's; read where only one
    // reading is possible (2012324日: 2012-03-24), else its readings kept for the page's date to choose from, as a dateline's are.
    if (STRIPPED_DATE.test(text)) {
      const readings = state.dated ? [] : brokenDayReadings(fold(text).trim().replace(/^[(（]\s*|\s*[)）]$/gu, ''));
      if (readings.length === 1) facts.headerDate ??= readings[0];
      if (readings.length > 1) facts.brokenDay ??= { written: text.trim(), readings };
      if (readings.length > 0) changes.set(line, { kind: 'lifted', fields: ['dates'] });
      classified.push({ line, role: 'date' });
      continue;
    }
    // (Or its giver's office alone before it, no name printed: 市委常委、组织部长(2010年2月25日).)
    const datedName = parseDatedName(text) ?? parseDatedOffice(text);
    if (datedName) {
      facts.headerDate ??= datedName.delivered;
      addSpeaker(facts, datedName.speaker);
      changes.set(line, { kind: 'lifted', fields: ['dates', 'speakers'] });
      classified.push({ line, role: 'dateline' });
      continue;
    }

    // The day a speech taken down from a recording was given: 2009年8月25日根据录音整理、未经本人审核).
    const takenDown = DATED_TAKEN_DOWN.exec(fold(text));
    const takenOn = takenDown ? dateOnlyLine(takenDown[1]) : undefined;
    if (takenOn) {
      facts.headerDate ??= dayOf(takenOn);
      changes.set(line, { kind: 'lifted', fields: ['dates'] });
      classified.push({ line, role: 'date' });
      continue;
    }
    // `2009年2月15日 星期日`: a paper's issue, the day the page went out.
    const issue = /^(.{6,16}?日)\s*星期[一二三四五六日天]?$/u.exec(fold(text));
    const issued = issue ? dateOnlyLine(text.slice(0, issue[1].length)) : undefined;
    // (Not over the page's own labelled date, 发布日期:2020-04-23: a site's clock, the day it was copied.)
    if (issued && zone.slice(i + 1).some((other) => parseHeaderLine(withoutBullet(other.text.trim()))?.values['dates.published'] !== undefined)) {
      changes.set(line, { kind: 'removed', reason: "site's banner with today's date" });
      continue;
    }
    if (issued) {
      facts.published ??= dayOf(issued);
      changes.set(line, { kind: 'lifted', fields: ['dates.published'] });
      classified.push({ line, role: 'labelled' });
      continue;
    }
    // (A table's bar after it, as a page's date and time sit in a cell: 2023年09月26日10:20 |.)
    const date = dateOnlyLine(text.replace(/\s*[|｜]$/u, ''));
    // A date under the body that signs (某县人民政府 / 2026年2月9日): when it wrote the notice that issues the document.
    const signer = classified.at(-1);
    if (date && !date.includes('T') && signer?.role === 'candidate' && changes.get(signer.line) === undefined && SIGNING_BODY.test(fold(titleText(signer.line)))) {
      applyFact(facts, 'issuer', titleText(signer.line));
      applyFact(facts, 'written', date);
      changes.set(signer.line, { kind: 'lifted', fields: fieldsOf(['issuer']) });
      changes.set(line, { kind: 'lifted', fields: fieldsOf(['written']) });
      signer.role = 'table';
      classified.push({ line, role: 'table' });
      continue;
    }
    if (date) {
      // A date with its time of day is when the page went up; a day alone, when the document was given or written
      // (beside an e-paper's page line or its issue controls, the day of the issue: 上一期 下一期 / 第二版:两会·聚焦 / 2020年01月13日).
      // (Or over the page's labels, as a portal prints its day: 2020年01月20日 / 作者:某某市中级人民法院.)
      const overLabels = zone[i + 1] !== undefined && parseHeaderLine(withoutBullet(zone[i + 1].text.trim())) !== undefined;
      // (Or under the paper's name, as an e-paper prints its issue: 某某日报 / 2025年04月12日.)
      const underPaper = i > 0 && PAPER_NAME_ALONE.test(fold(zone[i - 1].text.trim()));
      if (date.includes('T') || issueDays.has(line.n) || overLabels || underPaper) {
        facts.published ??= date.endsWith('T00:00') ? dayOf(date) : date;
        changes.set(line, { kind: 'lifted', fields: ['dates.published'] });
        classified.push({ line, role: 'labelled' });
        continue;
      }
      facts.headerDate ??= dayOf(date);
      changes.set(line, { kind: 'lifted', fields: ['dates'] });
      // A date in brackets under a title, （2011年4月28日）, stands where a dateline does.
      classified.push({ line, role: /^[(（]/.test(text) ? 'dateline' : 'date' });
      continue;
    }

    // `南宁市市长孙某某（2021年10月25日）`: the speaker with the day after him.
    const dayAfter = i > 0 ? dayInBracketsAfter(text) : undefined;
    const speakerBefore = dayAfter ? (parseOfficeLine(text.slice(0, dayAfter.at)) ?? parseNameLine(text.slice(0, dayAfter.at))) : undefined;
    if (dayAfter && speakerBefore) {
      addSpeaker(facts, speakerBefore);
      facts.headerDate ??= dayAfter.day;
      changes.set(line, { kind: 'lifted', fields: ['speakers', 'dates'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    const afterDateline = previous === 'dateline' || previous === 'date';
    // (Or under another speaker: an address signed by two, 市委书记 某某 / 市长 某某.)
    const afterHeading = afterDateline || previous === 'candidate' || previous === 'labelled' || previous === 'table' || previous === 'speaker';
    // Two speakers on one line, an address signed by two: 市委书记 某某某 市长 某某某.
    const pair = i > 0 && afterHeading ? parseSpeakerPair(text) : undefined;
    if (pair) {
      for (const speaker of pair) addSpeaker(facts, speaker);
      changes.set(line, { kind: 'lifted', fields: ['speakers'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    // Or signed for a body, its name where the office goes: 中共某某市委员会     某某某 / 某某市人民政府     某  某.
    const signed = i > 0 && afterHeading ? parseBodySignature(text) : undefined;
    if (signed) {
      addSpeaker(facts, signed);
      changes.set(line, { kind: 'lifted', fields: ['speakers'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    // Opening the page (its title lost), an office line must be unmistakable: a long office or a spaced name.
    const office = i > 0 ? (afterHeading ? officeLine(text, afterDateline) : undefined) : officeLine(text, false);
    // (Or the header's only line, the salutation under it, the text's first line: 市長 某某某 / 各位代表:.)
    const overSalutation = zone.length === 1 && after !== undefined && SALUTATION_START.test(fold(after.text.trim()));
    const strongOpening = office && (office.office!.length >= 4 || /\p{sc=Han}\s{2,}\p{sc=Han}/u.test(text) || overSalutation);
    // A name alone under the dateline, or over the date (赵某某 / （2022年9月28日）).
    const nextText = next ? withoutBullet(withoutMarkup(next.text.trim())) : '';
    // A speaker by his label, his office perhaps alone on the next line: ■演讲人 / 某某某 / 某市某区委书记.
    const speakerLabelled = SPEAKER_LABELLED.exec(withoutBullet(fold(text)))?.groups;
    if (speakerLabelled && COMMON_SURNAMES.test(speakerLabelled.name)) {
      const officeBelow = next && OFFICE_ALONE.test(fold(nextText)) ? next : undefined;
      addSpeaker(facts, { name: text.slice(text.length - speakerLabelled.name.length), ...(officeBelow ? { office: nextText } : {}) });
      for (const part of officeBelow ? [line, officeBelow] : [line]) {
        changes.set(part, { kind: 'lifted', fields: ['speakers'] });
        classified.push({ line: part, role: 'speaker' });
      }
      if (officeBelow) i++;
      continue;
    }
    // (Opening the page too, when the date ends the header, the text beginning after it: 某建林 / (2020年1月9日) / 各位委员、同志们:.)
    // (Its name spaced perhaps: 林 铎 / (二〇一八年七月五日).)
    const opensOverDate = previous === undefined && /^\p{sc=Han}(?:[ \u3000]*\p{sc=Han}){1,2}$/u.test(text) && i + 2 === zone.length;
    const overDate = (previous !== undefined || opensOverDate) && next !== undefined && (dateOnlyLine(nextText) !== undefined || parseDateline(nextText) !== undefined);
    // (Or over the salutation, the page's only header line, a name spaced as a signature is: 陸 浩 / 同志們:.)
    const opensOverSalutation = previous === undefined && overSalutation && /^\p{sc=Han}[ \u3000]+\p{sc=Han}(?:[ \u3000]*\p{sc=Han})?$/u.test(text);
    // 省长 / 景俊海: the office on its line, the name on the next.
    // (Or under the page's date and source line, as a portal prints an address: 某某市人民政府市长 / 某某某.)
    const officeAlone = OFFICE_ALONE.test(fold(text));
    const officeOver = (afterDateline || previous === 'labelled') && next && officeAlone ? parseNameLine(nextText) : undefined;
    // (Or another post of the speaker over his office line, as an address signed with two posts prints it: 某市政协副主席 /
    // 某县人民政府县长 某 某: part of the signature, the title above it.)
    const anotherPost = afterHeading && next && officeAlone && !officeOver ? officeLine(nextText, false) : undefined;
    if (anotherPost?.name) {
      changes.set(line, { kind: 'lifted', fields: ['speakers'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    // (Or an office alone under the date, over the salutation, as a speech printed without its speaker's name: 武进区区长.)
    // (Last of the header, its text opening under it.)
    if (!officeOver && afterDateline && officeAlone && (next ? SALUTATION_START.test(fold(nextText)) : i === zone.length - 1)) {
      if (!facts.speakers.some((s) => s.office === text)) facts.speakers.push({ office: text });
      changes.set(line, { kind: 'lifted', fields: ['speakers'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    if (officeOver) {
      addSpeaker(facts, { office: text, name: officeOver.name });
      for (const part of [line, next]) {
        changes.set(part, { kind: 'lifted', fields: ['speakers'] });
        classified.push({ line: part, role: 'speaker' });
      }
      i++;
      continue;
    }
    // (An office with its holder's name masked, as a model-essay site prints it: 市长 ***, 县委书记 ××: the office alone; or his
    // surname with it, 市委书记孟XX, the name as printed.)
    const masked = afterHeading ? maskedHolder(text) : undefined;
    if (masked) {
      if (!facts.speakers.some((s) => s.office === masked.office)) facts.speakers.push(masked);
      changes.set(line, { kind: 'lifted', fields: ['speakers'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    // (Or between the title and the salutation, unspaced, a surname's: 在…开幕式上的讲话 / 陈某某 / 各位委员、同志们:.)
    // (A note on how the text was taken down perhaps between him and the salutation: 陈某某 / （根据录音整理） / 同志们:.)
    const lastOfHeader = i === zone.length - 1 || (i === zone.length - 2 && TAKEN_DOWN_NOTE.test(fold(zone[i + 1].text.trim())));
    // (Spaced perhaps, as a heading: 陈 某.)
    const underTitle = previous === 'candidate' && lastOfHeader && after !== undefined && SALUTATION_START.test(fold(after.text.trim())) && /^\p{sc=Han}(?:[ \u3000]{0,3}\p{sc=Han}){1,2}$/u.test(text) && COMMON_SURNAMES.test(fold(text));
    // (Between the title and the speech's day, a name may be longer: 在…晚宴上的致辞 / 巴达日拉图 / (2019年7月7日).)
    const name = afterDateline || overDate || opensOverSalutation || underTitle ? parseNameLine(text.replace(TRAILING_SALUTATION, ''), overDate && previous === 'candidate') : undefined;
    // (An office alone on the line above it is his: 代区长 / 刘某 / 各位代表:.)
    const officeAbove = underTitle && name && i > 0 && OFFICE_ALONE.test(fold(zone[i - 1].text.trim())) ? zone[i - 1] : undefined;
    const speaker = (i > 0 || strongOpening ? office : undefined) ?? (officeAbove && name ? { ...name, office: officeAbove.text.trim() } : name);
    if (speaker) {
      addSpeaker(facts, speaker);
      if (officeAbove) changes.set(officeAbove, { kind: 'lifted', fields: ['speakers'] });
      changes.set(line, { kind: 'lifted', fields: ['speakers'] });
      classified.push({ line, role: 'speaker' });
      continue;
    }
    // A wiki library's row under the title: 某县政府工作报告 制定机关:某县人民政府(主讲人为时某县县长某某) 2022年2月16日 |.
    const wikiRow = WIKI_SOURCE_ROW.exec(fold(text))?.groups;
    const wikiTitled = wikiRow && classified.some((c) => c.role === 'candidate' && fold(titleText(c.line)).trim() === wikiRow.title.trim());
    const wikiDay = wikiTitled ? findDates(wikiRow.when)[0] : undefined;
    if (wikiRow && wikiTitled && wikiDay) {
      const at = (group: string) => fold(text).indexOf(group);
      applyFact(facts, 'issuer', text.slice(at(wikiRow.issuer), at(wikiRow.issuer) + wikiRow.issuer.length));
      facts.headerDate ??= dayOf(wikiDay.iso);
      const lecturer = wikiRow.lecturer ? parseOfficeLine(text.slice(at(wikiRow.lecturer), at(wikiRow.lecturer) + wikiRow.lecturer.length)) : undefined;
      if (lecturer) addSpeaker(facts, lecturer);
      changes.set(line, { kind: 'lifted', fields: [...fieldsOf(['issuer']), 'dates', ...(lecturer ? ['speakers'] : [])] });
      classified.push({ line, role: 'table' });
      continue;
    }
    // And its links to the texts before and after, the page's own between them (2012年某县… 2013年某县… 2014年某县…).
    const parts = fold(text.trim()).split(/[\s\u3000]+/u);
    if (parts.length >= 2 && parts.length <= 3 && classified.some((c) => c.role === 'candidate' && parts.includes(fold(titleText(c.line)).trim())) && parts.every((part) => titleType(part) !== undefined)) {
      changes.set(line, { kind: 'removed', reason: "a wiki library's links to the texts before and after this one" });
      classified.push({ line, role: 'table' });
      continue;
    }
    // The party committee and government that sign a greeting, under its title (中共某区委 某区人民政府): its issuers.
    // (Not under a notice's sentences, where the body and the date below it sign the notice.)
    const over = classified.at(-1);
    if (previous === 'candidate' && !/[。，,；]/u.test(titleText(over!.line)) && parts.length <= 3 && parts.every((body) => SIGNING_PARTY_OR_GOVERNMENT.test(body))) {
      applyFact(facts, 'issuer', text.trim().replace(/[\s\u3000]+/gu, ' '));
      changes.set(line, { kind: 'lifted', fields: fieldsOf(['issuer']) });
      classified.push({ line, role: 'table' });
      continue;
    }
    classified.push({ line, role: 'candidate' });
  }
  return classified;
}

/**
 * Where the header ends: at the first line that reads as text; but when a
 * report's salutation comes within the header's reach with a dateline before
 * it, at the salutation, whatever the page printed above (a summary, a table
 * of contents).
 */
function headerEnd(body: SourceLine[]): number {
  const texts = body.slice(0, HEADER_LINES + 10).map((line) => chinesePart(withoutBullet(withoutMarkup(line.text.trim()))));
  // (Not a photo's caption over the headline, closing with its credit: …九位市長手握手合影慶祝。某某日報記者某某某 攝.)
  const first = texts.findIndex((text, i) => i >= HEADER_LINES || (isBodyLike(text) && !text.includes('|') && !CAPTION_WITH_CREDIT.test(fold(text))));
  // (Or a box of facts: 主要报告人：…, 会议性质：….)
  const heading = (text: string) => parseDateline(text) || opensDateline(text) || TITLE_THEN_DATELINE.test(text) || LABEL_VALUE.test(fold(text));
  const isSalutation = (text: string) => SALUTATION_START.test(fold(text).replace(LEADING_DATE, ''));
  const salutations = texts.flatMap((text, i) => (isSalutation(text) ? [i] : []));
  // The salutation the report's own header leads to (an encyclopaedia's box may quote the opening above it).
  const headerOnlyBefore = (i: number) => texts.slice(0, i).every((text) => isSalutation(text) || !isBodyLike(text));
  // (The last such: a box's row may quote the salutation too, above the report's dateline.)
  const salutation = salutations.findLast((i) => i > 0 && headerOnlyBefore(i) && texts.slice(0, i).some(heading)) ?? salutations[0] ?? -1;
  const dated = salutation > 0 && texts.slice(0, salutation).some(heading);
  if (dated && salutation > first) return salutation;
  // A table of contents over the title (一、2024年工作回顾 … 三、全面加强政府自身建设 / 2025年某县政府工作报告 / 各位代表：).
  const outline = texts.slice(0, salutation).findLastIndex(startsWithHeadingMark);
  const afterOutline = texts.slice(outline + 1, salutation);
  if (salutation > first && outline >= 2 && texts.slice(0, outline + 1).every(startsWithHeadingMark) && afterOutline.length > 0 && afterOutline.every((text) => !isBodyLike(text))) return salutation;
  return first < 0 ? Math.min(body.length, HEADER_LINES) : first;
}

/** `2000年2月25日在济南市第十二届人民代表大会第三次会议上济南市市长谢某某发表…报告。` */
const SUMMARY = /^(?<dateline>.{6,20}?在[^，,。]{4,60}?会议上)(?<who>[^，,。]{0,30}?)(?:发表|作|所作|做)了?[^，,。]{0,30}报告/u;

/** `《2008年某省政府工作报告》是某省人民政府2008年1月25日发表的一份报告。` */
const SUMMARY_DATED = /^《[^》]{2,60}》是[^，,。]{0,30}?(?<date>\d{4}年\d{1,2}月\d{1,2}日)(?:发表|作出|所作|作)的/u;

/**
 * A note under a title on the address the text is excerpted from: （摘自2016年11月1日上午某某同志代表市人民政府在某市七届人大一次
 * 会议上向大会作的工作报告。）.
 */
const SUMMARY_EXCERPTED = /^[(（]?摘自(?<date>\d{4}年\d{1,2}月\d{1,2}日)(?:[上下]午|晚上?)?(?<name>\p{sc=Han}{2,3}?)(?:同志)?代表[^，,。]{2,20}?在(?<meeting>[^，,。]{4,40}?(?:会议|大会))上(?:向(?:大会|全会))?(?:作|做)的(?<kind>政府工作报告|工作报告|报告|讲话)。?[)）]?$/du;

/** The day, meeting, giver and kind a summary sentence or an excerpt note gives in place of a dateline. */
function summarySentence(text: string): { delivered: string; meeting?: string; speaker?: SpeakerLine; kind?: string } | undefined {
  // (Read without a mirror's pinyin glosses, 會(huì)議, as the body's text is.)
  const read = withoutPinyinGlosses(text);
  const excerpted = SUMMARY_EXCERPTED.exec(fold(read));
  const excerptDay = excerpted?.groups ? findDates(excerpted.groups.date)[0] : undefined;
  if (excerpted?.groups && excerptDay) {
    const name = groupAsWritten(excerpted, 'name', read)!;
    return { delivered: dayOf(excerptDay.iso), meeting: groupAsWritten(excerpted, 'meeting', read), speaker: COMMON_SURNAMES.test(excerpted.groups.name) ? { name } : undefined, kind: excerpted.groups.kind };
  }
  const dated = SUMMARY_DATED.exec(fold(text));
  const day = dated?.groups ? findDates(dated.groups.date)[0] : undefined;
  if (day) return { delivered: dayOf(day.iso) };
  const match = SUMMARY.exec(fold(text));
  if (!match?.groups) return undefined;
  const dateline = parseDateline(text.slice(0, match.groups.dateline.length));
  if (!dateline?.delivered || !dateline.meeting) return undefined;
  const who = text.slice(match.groups.dateline.length, match.groups.dateline.length + match.groups.who.length);
  return { delivered: dateline.delivered, meeting: dateline.meeting, speaker: parseOfficeLine(who) };
}

/** Why a report's own title, naming only its kind, is not its title here. */
const BARE_KIND_REASON = "the report's own title, naming only its kind, under the page's headline that names the report in full";

/** A line of a headline broken short: two to six characters, no space or stop. */
const SHORT_HEADLINE_PART = /^[\p{sc=Han}\d]{2,6}$/u;

/**
 * The lines a headline broken over short lines goes on in, right after its first (市十七届 / 人大五次会议 / 主席团召开 / 第四次会议):
 * two to four more, when together they say a meeting was held; else none.
 */
function headlineBrokenAfter(lines: SourceLine[], first: SourceLine): SourceLine[] {
  const short = (line: SourceLine | undefined) => line !== undefined && SHORT_HEADLINE_PART.test(line.text.trim());
  if (!short(first)) return [];
  const parts: SourceLine[] = [];
  for (let k = lines.indexOf(first) + 1; k < lines.length && parts.length < 4 && short(lines[k]); k++) parts.push(lines[k]);
  const joined = [first, ...parts].map((line) => fold(line.text.trim())).join('');
  return parts.length >= 2 && namesMeetingHeld(joined) ? parts : [];
}

/**
 * The day in brackets after a document's title (某某在…闭幕会上的讲话 (二O一八年一月三十一日), …工作报告(2023年3月7日)): its
 * delivery, not its title's; the title's line is lifted for both.
 */
function takeDayAfterTitle(facts: Facts, line: SourceLine, changes: Map<SourceLine, Disposition>): void {
  const bracketed = dayInBracketsAfter(facts.title!);
  if (!bracketed || !titleType(facts.title!.slice(0, bracketed.at).trim())) return;
  facts.title = facts.title!.slice(0, bracketed.at).trim();
  facts.headerDate ??= bracketed.day;
  changes.set(line, { kind: 'lifted', fields: ['title', 'dates'] });
}

/** A title without the day in brackets after it (…工作报告(2023年3月7日)). */
const withoutDayAfter = (title: string) => title.slice(0, dayInBracketsAfter(title)?.at ?? title.length);

/**
 * A report whose own title names only its kind (政府工作报告, 新春贺词) under the page's headline that names it in full
 * (乌鲁木齐市2021年政府工作报告, 市委书记某某、代市长某某发表新春贺词): the headline is the title an archive lists it by, and the
 * bare one is listed as removed. The headline is the nearest line above that the page left as text or took for its headline.
 */
function takeHeadlineOverBareKind(lines: SourceLine[], facts: Facts, changes: Map<SourceLine, Disposition>): SourceLine | undefined {
  const own = [...changes].filter(([, change]) => change.kind === 'lifted' && change.fields.includes('title')).map(([line]) => line);
  if (own.length !== 1 || !facts.title || plain(titleText(own[0])) !== plain(facts.title)) return undefined;
  const above = lines.filter((line) => line.n < own[0].n && line.text.trim() !== '').slice(-12).reverse();
  const headline = above.find((line) => {
    const change = changes.get(line) ?? line.disposition;
    const open = change.kind === 'body' || (change.kind === 'removed' && change.reason.startsWith("the page's headline over"));
    return open && namesBareKindInFull(withoutDayAfter(titleText(line)), facts.title!);
  });
  if (!headline) return undefined;
  facts.title = titleText(headline).trim();
  facts.titleFromSource = true;
  changes.set(headline, { kind: 'lifted', fields: ['title'] });
  // (The day in brackets after it, (2023年3月7日), as after any title.)
  takeDayAfterTitle(facts, headline, changes);
  changes.set(own[0], { kind: 'removed', reason: BARE_KIND_REASON });
  return headline;
}

export function readHeader(draft: Draft): Draft {
  const facts: Facts = { ...draft.facts, speakers: [...draft.facts.speakers], reporters: [...draft.facts.reporters] };
  const changes = new Map<SourceLine, Disposition>();
  const body = bodyLines(draft);

  const zone = body.slice(0, headerEnd(body));
  const classified = classifyHeader(zone, facts, changes, body[zone.length], besideEdition(draft.lines));
  // A breadcrumb removed as chrome that runs on to the page's date (…> 正文   |   2023-02-02   阅读量:): lifted, for its details.
  const headerEndsAt = body[zone.length]?.n ?? Infinity;
  for (const line of draft.lines.filter((l) => l.n < headerEndsAt && l.disposition.kind === 'removed')) {
    const details = detailsAfterBreadcrumb(line.text.trim());
    const values = details ? parseHeaderLine(details)?.values : undefined;
    if (details && values && Object.keys(values).length > 0) liftLabelled(details, facts, changes, line);
  }

  // `（2006年8月30日） 同志们：`: the date printed before the salutation, on its line (after the speaker's name:
  // 某 某 某(2008年1月13日)各位委员、同志们:).
  const first = body[zone.length]?.text.trim();
  const open = first ? first.search(/[(（]/u) : -1;
  const named = open > 0 && parseNameLine(first!.slice(0, open)) ? open : 0;
  const dated = first ? LEADING_DATE.exec(first.slice(named)) : null;
  if (dated && SALUTATION_START.test(fold(first.slice(named + dated[0].length)))) {
    const date = dateOnlyLine(dated[1]);
    if (date) facts.headerDate ??= dayOf(date);
  }

  const apart = (a: SourceLine, b: SourceLine) => draft.lines.some((line) => line.n > a.n && line.n < b.n && line.text.trim() !== '');
  // An encyclopaedia's summary sentence in place of a dateline: read, and left in the text.
  if (!facts.headerDate) {
    for (const line of body.slice(0, zone.length + 3)) {
      const summary = summarySentence(line.text.trim());
      if (!summary) continue;
      facts.headerDate = summary.delivered;
      facts.meeting ??= summary.meeting;
      facts.addressKind ??= summary.kind;
      if (summary.speaker) addSpeaker(facts, summary.speaker);
      break;
    }
  }
  // (A table's title with the portal's remark after it, 某某政府工作报告(2014年), gives way to the title the document prints.)
  const crumbed = breadcrumbTitleStart(draft.lines);
  const chosen = (crumbed ? classified.find(({ line, role }) => role === 'candidate' && fold(titleText(line)).startsWith(crumbed))?.line : undefined) ?? chooseTitle(classified, apart, breadcrumbColumns(draft.lines));
  const remarked = (labelled: string, own: string) => labelled.startsWith(own) && /^\s*[(（][^()（）]{1,12}[)）]$/u.test(labelled.slice(own.length));
  // (Or a portal's name for it that is a sentence on its delivery, 2003年1月13日某省省长某某在…会议上作政府工作报告, over the report's own title.)
  const summarized = (labelled: string, own: string) => /^\d{4}年\d{1,2}月\d{1,2}日.*在.{2,40}?(?:会议|大会)上/u.test(fold(labelled)) && titleType(own) !== undefined && !/在.{2,40}?(?:会议|大会)上/u.test(fold(own));
  const displaced = facts.title && chosen && (remarked(facts.title, titleText(chosen)) || summarized(facts.title, titleText(chosen))) ? facts.title : undefined;
  // A document site's bookmark link naming the text (收藏《在全市领导干部大会上的讲话》), where the page prints no title of that kind of its
  // own (its text cut at a line break, 刚才,…发表了非常重要的, is none).
  const bookmark = draft.lines.findLast((line) => line.disposition.kind === 'removed' && line.disposition.reason === BOOKMARK_REASON);
  const bookmarked = bookmark ? BOOKMARK_LINK.exec(fold(bookmark.text.trim()))?.groups?.named : undefined;
  const bookmarkTitle = !facts.title && bookmarked && titleType(bookmarked) !== undefined && (!chosen || titleType(titleText(chosen)) === undefined) ? bookmarked : undefined;
  const title = (!facts.title || displaced) && !bookmarkTitle ? chosen : undefined;
  if (bookmarkTitle) {
    const at = bookmark!.text.indexOf('《') + 1;
    facts.title = bookmark!.text.slice(at, at + bookmarkTitle.length);
    facts.titleFromSource = true;
    changes.set(bookmark!, { kind: 'lifted', fields: ['title'] });
  }
  for (const { line, role } of displaced ? classified : []) {
    if (role === 'candidate' && titleText(line) === displaced) changes.set(line, { kind: 'removed', reason: "the page's headline over the report, which prints its own title below" });
    // (And the header table's row that named it: 名称：….)
    const lifted = changes.get(line);
    if (role !== 'candidate' && lifted?.kind === 'lifted' && lifted.fields.length === 1 && lifted.fields[0] === 'title') {
      changes.set(line, { kind: 'removed', reason: "the page's name for the report, which prints its own title below" });
    }
  }
  // (A box's name is the title only when the page prints none of its own.)
  const boxLine = classified.find(({ line }) => namesDocument(line))?.line;
  if (boxLine && (title || facts.title)) changes.set(boxLine, { kind: 'removed', reason: "an encyclopaedia's name for the report, which prints its own title" });
  if (!title && !facts.title && facts.boxTitle) {
    facts.title = facts.boxTitle;
    facts.titleFromSource = true;
  }
  // A reposting site's blurb naming the text, when the page prints no title: 下面是小编为大家整理的2023年在…闭幕式上讲话,供大家参考。
  const blurb = !title && !facts.title ? draft.lines.slice(0, 8).find((line) => line.disposition.kind === 'removed' && REPOST_BLURB.test(fold(line.text.trim()))) : undefined;
  const blurbNames = blurb ? REPOST_BLURB.exec(fold(blurb.text.trim()))?.groups?.named : undefined;
  if (blurb && blurbNames && titleType(blurbNames) !== undefined) {
    const at = blurb.text.indexOf(blurb.text.trim()) + fold(blurb.text.trim()).indexOf(blurbNames);
    facts.title = blurb.text.slice(at, at + blurbNames.length).replace(REPOST_BOAST, '').replace(REPOST_TAG, '');
    facts.titleFromSource = true;
    changes.set(blurb, { kind: 'lifted', fields: ['title'] });
  }
  if (title) {
    facts.title = titleText(title);
    facts.titleFromSource = true;
    // (A headline broken over short lines, as an e-paper sets it: 市十七届 / 人大五次会议 / 主席团召开 / 第四次会议.)
    const brokenParts = headlineBrokenAfter(draft.lines, title);
    if (brokenParts.length > 0) {
      facts.title = [title, ...brokenParts].map((part) => titleText(part).trim()).join('');
      for (const part of brokenParts) changes.set(part, { kind: 'lifted', fields: ['title'] });
    }
    // (Its occasion on the line above, as an e-paper breaks a title: 在区六届人大六次会议第三次全体会议上 / 某某区长的发言.)
    const occasionAbove = classified.find(({ line, role }) => role === 'dateline' && line.n < title.n && !apart(line, title))?.line;
    if (occasionAbove && /^在.{2,40}(?:会议|大会|会)上$/u.test(fold(occasionAbove.text.trim())) && /的(?:讲话|发言|致辞)$/u.test(fold(facts.title)) && !/^在/u.test(fold(facts.title))) {
      facts.title = `${occasionAbove.text.trim()}${facts.title}`;
      changes.set(occasionAbove, { kind: 'lifted', fields: ['title', 'meeting'] });
    }
    // A wiki library's links to the texts before and after on the title's line, the page's own among them
    // (1993年政府工作报告 1994年…政府工作报告, over ——1994年3月10日在…): the one of the year it was delivered.
    const linked = facts.title.trim().split(/[\s\u3000]+/u);
    const year = facts.headerDate?.slice(0, 4);
    const linkedTitles = year && linked.length >= 2 && linked.length <= 3 && linked.every((part) => titleType(part) !== undefined && /^\d{4}年/u.test(fold(part)));
    const ownYear = linkedTitles ? linked.filter((part) => fold(part).startsWith(`${year}年`)) : [];
    if (ownYear.length === 1) facts.title = ownYear[0];
    const listed = /\s(\d{4}-\d{1,2}-\d{1,2})$/u.exec(withoutBullet(title.text.trim()));
    if (listed) facts.published ??= findDates(listed[1])[0]?.iso.slice(0, 10);
    const timed = TRAILING_PAGE_TIME.exec(withoutBullet(title.text.trim()));
    if (timed) {
      applyFact(facts, 'published', timed[1]);
      changes.set(title, { kind: 'lifted', fields: ['title', 'dates.published'] });
    }
    // (Or its address, time and source: …开幕http://www.sina.com.cn 2008年01月14日06:00 某某新闻网.)
    const addressed = TRAILING_ADDRESS_LINE.exec(withoutBullet(title.text.trim()));
    const addressLine = addressed ? parseHeaderLine(addressed[1]) : undefined;
    if (addressLine) {
      const fields = (['dates.published', 'source.publisher'] as const).filter((field) => addressLine.values[field] !== undefined && applyFact(facts, factOf(field), addressLine.values[field]!));
      changes.set(title, { kind: 'lifted', fields: ['title', ...fields] });
    }
    changes.set(title, { kind: 'lifted', fields: ['title'] });
    const compact = compactDateAfter(facts.title);
    if (compact && !facts.headerDate) {
      facts.headerDate = compact;
      changes.set(title, { kind: 'lifted', fields: ['title', 'dates'] });
      // (Its delivery, not its title's, as the bracketed day below, after a title that names its kind.)
      const bare = facts.title.replace(COMPACT_DATE_AFTER, '');
      if (titleType(bare)) facts.title = bare;
    }
    // Who gives it after a greeting's title, apart (2021新春献辞 中共某县委书记某某): the speaker, not the title's.
    // (Or run on to it, the name spaced: 2022年某某工作报告市城管局党组书记、局长  杜  宇.)
    const signed = /^(?<head>\S.*?\S)[ \u3000]+(?<who>\S{4,30})$/u.exec(facts.title.trim())?.groups ?? /^(?<head>\S.*?(?:报告|讲话|致辞|发言))(?<who>\p{sc=Han}[\p{sc=Han}、]{1,30}[ \u3000]+\p{sc=Han}(?:[ \u3000]*\p{sc=Han}){1,3})$/u.exec(facts.title.trim())?.groups;
    const giver = signed && titleType(signed.head) ? parseOfficeLine(signed.who) : undefined;
    if (signed && giver) {
      facts.title = signed.head;
      addSpeaker(facts, giver);
      changes.set(title, { kind: 'lifted', fields: ['title', 'speakers'] });
    }
    if (!compact) takeDayAfterTitle(facts, title, changes);
    const datedName = TRAILING_DATED_NAME.exec(withoutBullet(title.text.trim()));
    const trailing = datedName ? parseDatedName(datedName[0].trim()) : undefined;
    if (trailing) {
      facts.headerDate ??= trailing.delivered;
      addSpeaker(facts, trailing.speaker);
      changes.set(title, { kind: 'lifted', fields: ['title', 'dates', 'speakers'] });
    }
    const runOn = TRAILING_DATE_NAME_OCCASION.exec(withoutBullet(title.text.trim()))?.groups;
    const occasion = runOn ? parseDateline(runOn.occasion) : undefined;
    const runOnName = runOn ? parseNameLine(runOn.name) : undefined;
    const runOnDay = runOn ? findDates(runOn.when)[0] : undefined;
    if (occasion && runOnName && runOnDay) {
      applyDateline({ ...occasion, delivered: dayOf(runOnDay.iso), speaker: runOnName }, facts, { dated: Boolean(facts.headerDate) });
      changes.set(title, { kind: 'lifted', fields: ['title', 'dates', 'meeting', 'speakers'] });
    }
    // Or its dateline in brackets and its giver: 政府工作报告 (2019年1月21日在…会议上) 某市人民政府市长 某某某.
    const datelined = TRAILING_DATELINE_GIVER.exec(withoutBullet(title.text.trim()))?.groups;
    const itsDateline = datelined ? parseDateline(datelined.dateline) : undefined;
    const itsGiver = datelined ? parseOfficeLine(datelined.giver) : undefined;
    if (itsDateline && itsGiver) {
      applyDateline({ ...itsDateline, speaker: itsGiver }, facts, { dated: Boolean(facts.headerDate) });
      changes.set(title, { kind: 'lifted', fields: ['title', 'dates', 'meeting', 'speakers'] });
    }
    // A headline broken after its colon (市长某某就职讲话承诺： / 一切工作要从群众利益出发): both lines.
    const at = classified.findIndex((c) => c.line === title);
    const before = classified[at - 1];
    // (Or before its 暨, which no headline opens with: 全区县域经济高质量发展 / 暨城市工作会议召开, 市政府2025年第12次党组会 / 暨….)
    const broken = before && (/^\S{6,30}[:：]$/u.test(titleText(before.line)) || (/^暨\p{sc=Han}/u.test(fold(facts.title).trim()) && /^[\p{sc=Han}\d]{4,30}$/u.test(fold(titleText(before.line)).trim())));
    // Or broken anywhere, when the page prints it whole elsewhere (a headline above the report's own title).
    const joined = before ? `${titleText(before.line)}${facts.title}`.replace(/\s+/g, '') : '';
    // (Not a line that reads as nothing, a table's bar, before the title itself.)
    // (Or the site's breadcrumb ends with it whole: 当前位置:党员教育 -- 某某书记、…、某某 / 副盟长在…上的讲话.)
    const crumbEnd = breadcrumbEnd(draft.lines)?.replace(/\s+/g, '');
    const whole = before?.role === 'candidate' && titleText(before.line).trim() !== '' && (classified.some((c) => c.role === 'candidate' && c.line !== before.line && c.line !== title && titleText(c.line).replace(/\s+/g, '') === joined) || (crumbEnd !== undefined && fold(joined) === crumbEnd));
    if (before?.role === 'candidate' && (broken || whole) && !apart(before.line, title)) {
      facts.title = whole ? `${titleText(before.line).trim()}${facts.title}` : `${titleText(before.line)}${facts.title}`;
      changes.set(before.line, { kind: 'lifted', fields: ['title'] });
    }
    // Or broken after a comma or a 、 in a list, its words going on below (干出新气象,拼出新天地,跑出加速度, / 全力推进…高质量发展;
    // …分别征求市人大常委会、市政协、 / 社会各界人士…意见), and after
    // what a meeting stressed above (池州开发区2020年度工作会议强调 / 干出新气象,…): one headline, each line lifted.
    if (!broken && !whole) {
      let last = title;
      for (const next of classified.slice(at + 1, at + 3)) {
        if (!/[,，、]$/u.test(facts.title.trim()) || next.role !== 'candidate' || apart(last, next.line)) break;
        facts.title = `${facts.title.trim()}${titleText(next.line).trim()}`;
        changes.set(next.line, { kind: 'lifted', fields: ['title'] });
        last = next.line;
      }
      if (last !== title && before?.role === 'candidate' && /(?:强调|指出|要求|提出)$/u.test(fold(titleText(before.line)).trim()) && !apart(before.line, title)) {
        facts.title = `${titleText(before.line).trim()}${facts.title}`;
        changes.set(before.line, { kind: 'lifted', fields: ['title'] });
      }
      // (Or what he stressed on the line under a headline that ends saying so, 某某主持召开…会议时强调 / 切实把…作为…首要政治任务,
      // 全市检察长会议提出 / 让人民群众在司法案件中感受到公平正义:
      // one headline, its two lines a space apart as printed.)
      const stressed = classified[at + 1];
      if (last === title && /(?:强调|指出|要求|提出)$/u.test(fold(facts.title).trim()) && stressed?.role === 'candidate' && !apart(title, stressed.line) && /^[^。；;]{6,40}$/u.test(titleText(stressed.line).trim())) {
        facts.title = `${facts.title.trim()} ${titleText(stressed.line).trim()}`;
        changes.set(stressed.line, { kind: 'lifted', fields: ['title'] });
      }
    }
    // Or broken before its 的 and kind (关于《某镇政府工作报告》 / 的决议(草案)), the session that made it perhaps over them (某镇第十七届
    // 人民代表大会第二次会议 / 关于…): one title, each line lifted.
    const ofKind = classified[at + 1];
    const kindLine = (line: SourceLine) => KIND_AFTER_OF.test(fold(titleText(line)).trim());
    const maker = (line: SourceLine) => /(?:会议|委员会|人民政府)$/u.test(fold(titleText(line)).trim());
    const kindBelow = /^关于/u.test(fold(facts.title).trim()) && ofKind?.role === 'candidate' && kindLine(ofKind.line) && !apart(title, ofKind.line);
    if (kindBelow) {
      facts.title = `${facts.title.trim()}${titleText(ofKind.line).trim()}`;
      changes.set(ofKind.line, { kind: 'lifted', fields: ['title'] });
    }
    // (The session over the title whole as well: 盐城市第九届人民代表大会第二次会议 / 关于盐城市中级人民法院工作报告的决议; and the
    // conference whose session it is over that: 中国人民政治协商会议 / 咸宁市第五届委员会第二次会议 / 关于提案审查情况的报告.)
    if ((kindBelow || ABOUT_TO_KIND.test(fold(facts.title).trim())) && !broken && !whole && before?.role === 'candidate' && maker(before.line) && !apart(before.line, title)) {
      facts.title = `${titleText(before.line).trim()}${facts.title}`;
      changes.set(before.line, { kind: 'lifted', fields: ['title'] });
      const conference = classified[at - 2];
      if (conference?.role === 'candidate' && PARTY_OR_CONFERENCE_ALONE.test(fold(titleText(conference.line)).trim()) && !apart(conference.line, before.line)) {
        facts.title = `${titleText(conference.line).trim()}${facts.title}`;
        changes.set(conference.line, { kind: 'lifted', fields: ['title'] });
      }
    }
    // (Or its first half on the line above, as a PDF's lines break it: a report's after the 和 joining its two subjects, 某区2023年预算执行
    // 情况和 / 2024年预算草案的报告; a speech's before its 的 and kind, 市委书记在全市领导干部警示教育大会上 / 的讲话.)
    // (A line already joined to the title, as its whole headline's first part, is not joined again: 关于某市2020年度预算执行和 /
    // 其他财政收支的审计工作报告 under the same title whole reads once.)
    const joinedToTitle = (line: SourceLine) => { const change = changes.get(line); return change?.kind === 'lifted' && change.fields.includes('title'); };
    const firstHalf = classified[at - 1];
    const halfText = firstHalf ? fold(titleText(firstHalf.line)).trim() : '';
    if (firstHalf?.role === 'candidate' && !joinedToTitle(firstHalf.line) && !apart(firstHalf.line, title) && (/\p{sc=Han}{4}(?:和|及|与)$/u.test(halfText) || (kindLine(title) && /在\S{2,60}上$/u.test(halfText)))) {
      facts.title = `${titleText(firstHalf.line).trim()}${facts.title.trim()}`;
      changes.set(firstHalf.line, { kind: 'lifted', fields: ['title'] });
    }
    // (Or its kind's line taken for the title, right over the session's day: 关于《…》 / 的决议(草案) / (2017年2月10日某镇…会议); or
    // the subject's last words with it: 关于某市人民代表大会常务委员会 / 工作报告的决议, the session before its 关于 perhaps:
    // 咸宁市第六届人民代表大会第三次会议关于 / 咸宁市中级人民法院工作报告的决议.)
    const about = classified[at - 1];
    const subjectsTail = (line: SourceLine) => SUBJECTS_TAIL.test(fold(titleText(line)).trim());
    if ((kindLine(title) || subjectsTail(title)) && about?.role === 'candidate' && !joinedToTitle(about.line) && ABOUT_OPENING.test(fold(titleText(about.line)).trim()) && !apart(about.line, title)) {
      facts.title = `${titleText(about.line).trim()}${facts.title.trim()}`;
      changes.set(about.line, { kind: 'lifted', fields: ['title'] });
      const session = classified[at - 2];
      if (session?.role === 'candidate' && maker(session.line) && !apart(session.line, about.line)) {
        facts.title = `${titleText(session.line).trim()}${facts.title}`;
        changes.set(session.line, { kind: 'lifted', fields: ['title'] });
      }
    }
    // Or broken inside the session's name that opens it, before its 会议 (浙江省第十三届人民代表大会第二次 / 会议关于政府工作报告的决议):
    // one title, the line above lifted.
    const sessionHead = classified[at - 1];
    if (/^会议关于/u.test(fold(facts.title).trim()) && sessionHead?.role === 'candidate' && /第[一二三四五六七八九十\d]{1,3}次$/u.test(fold(titleText(sessionHead.line)).trim()) && !apart(sessionHead.line, title)) {
      facts.title = `${titleText(sessionHead.line).trim()}${facts.title.trim()}`;
      changes.set(sessionHead.line, { kind: 'lifted', fields: ['title'] });
    }
    // Or broken after its subject, the lines under it going on with what it did (鄂尔多斯江苏工业园区 / 召开2017年工作会议 /
    // 暨党风廉政建设工作会议): one headline, each line lifted.
    const subject = /^\p{sc=Han}{4,20}$/u.test(fold(facts.title).trim()) && !MEETING_WORD_IN_TITLE.test(fold(facts.title));
    let next = at + 1;
    while (subject && next < at + 3 && classified[next]?.role === 'candidate' && /^(?:召开|举行|暨)[\p{sc=Han}\d]{2,30}$/u.test(fold(titleText(classified[next].line)).trim()) && !apart(classified[next - 1].line, classified[next].line)) {
      facts.title = `${facts.title.trim()}${titleText(classified[next].line).trim()}`;
      changes.set(classified[next].line, { kind: 'lifted', fields: ['title'] });
      next++;
    }
    // Or broken after its verb, the meeting it held on the line under it (仁寿县龙正镇召开 / 第八届人民代表大会第二次会议): one
    // headline, the line lifted.
    // (Or inside the meeting's name, the verb and its first words over the rest: 我县召开乡镇党委书记、工委书记 / 基层党建工作专项述职大会.)
    const heldNext = classified[at + 1];
    // (Not a headline that held a meeting it names: 某乡第九届人民代表大会第二次会议胜利召开 over a caption, 某乡第九届人大第二次会议.)
    const heldBroken = (HELD_THEN.test(fold(facts.title).trim()) && !MEETING_NAMED_THEN_HELD.test(fold(facts.title).trim())) || (HELD_INSIDE_NAME.test(fold(facts.title).trim()) && !MEETING_WORD_IN_TITLE.test(fold(facts.title)));
    if (heldBroken && heldNext?.role === 'candidate' && MEETING_HELD_LINE.test(fold(titleText(heldNext.line)).trim()) && !/召开|举行/u.test(fold(titleText(heldNext.line))) && !apart(title, heldNext.line)) {
      facts.title = `${facts.title.trim()}${titleText(heldNext.line).trim()}`;
      changes.set(heldNext.line, { kind: 'lifted', fields: ['title'] });
    }
    // Or in three lines under the headline that prints it whole (中国人民政治协商会议 / 某市第十一届委员会常务委员会 / 工 作 报 告):
    // the headline's words, and the three lines lifted with it.
    const above = classified[at - 2];
    const joined3 = before && above ? `${titleText(above.line)}${titleText(before.line)}${facts.title}`.replace(/\s+/g, '') : '';
    const whole3 = !broken && !whole && above?.role === 'candidate' && before?.role === 'candidate' ? classified.find((c) => c.role === 'candidate' && c.line !== above.line && titleText(c.line).replace(/\s+/g, '') === joined3) : undefined;
    if (whole3 && !apart(above!.line, before!.line) && !apart(before!.line, title)) {
      facts.title = titleText(whole3.line).trim();
      for (const line of [above!.line, before!.line, whole3.line]) changes.set(line, { kind: 'lifted', fields: ['title'] });
    }
    // A slogan in two lines over the occasion, opening the page (牢记嘱托踔厉奋发 / 全面建设…示范区 /
    // 在中国共产党某市第十四次代表大会上的报告): one title, its halves apart as printed. (Or under the page's headline, the
    // upper half naming no kind nor meeting, as a headline would: 某市第十四次代表大会报告全文 / 牢记殷切嘱托 勇担时代使命 / ….)
    const below = classified[at + 1];
    const overOccasion = below !== undefined && undatedOccasion(parseDateline(lineAsRead(below.line.text)));
    // (In three lines too: 牢记嘱托 担当使命 / 奋力打造新时代英雄城市 / 全面开启…新征程; a run of spaces in a half read as one;
    // not a yearbook's letter-spaced section name, 特  载.)
    const sloganHalf = (upper: number, lower: number) => {
      const half = classified[upper];
      const words = half?.role === 'candidate' ? titleText(half.line) : '';
      return /^\p{sc=Han}[\p{sc=Han} \u3000]{2,20}\p{sc=Han}$/u.test(words) && (words.match(/\p{sc=Han}/gu)?.length ?? 0) >= 4 && (upper === 0 || !/报告|讲话|致辞|会议|大会|全文/u.test(fold(words))) && !apart(half.line, classified[lower].line);
    };
    if (at >= 1 && !broken && !whole && overOccasion && sloganHalf(at - 1, at)) {
      const upper = sloganHalf(at - 2, at - 1) ? at - 2 : at - 1;
      const halves = classified.slice(upper, at).map((c) => titleText(c.line).trim().replace(/[ \u3000]{2,}/gu, ' '));
      facts.title = `${halves.join(' ')} ${facts.title}`;
      for (const half of classified.slice(upper, at)) changes.set(half.line, { kind: 'lifted', fields: ['title'] });
    }
    // A congress's name broken before its standing committee or its session (某某县人民代表大会 / 常务委员会工作报告,
    // 某区第十八届人民代表大会 / 第五次会议开幕): one name, joined, whichever of the two lines was taken for the title.
    // (Or a political consultative conference's before its committee: 中国人民政治协商会议某某自治区 / 委员会常务委员会工作报告; or its
    // committee's before the standing committee: 政协某市某区第八届委员会 / 常务委员会工作报告.)
    // (Or inside the name itself: 某县第十五届人民代表大会第五次会议关于某县人民 / 代表大会常务委员会工作报告的决议.)
    const brokenInside = (upper: string, lower: string) => {
      const [top, bottom] = [fold(upper).trim(), fold(lower).trim()];
      return [...'人民代表大'].some((_, cut) => top.endsWith('人民代表大会'.slice(0, cut + 1)) && bottom.startsWith('人民代表大会'.slice(cut + 1)));
    };
    const congressBroken = (upper: string, lower: string) =>
      (/人民代表大会$/u.test(fold(upper).trim()) && CONGRESS_CONTINUED.test(fold(lower))) || (/^(?:中国人民政治协商会议|政协)\p{sc=Han}{2,16}$/u.test(fold(upper).trim()) && /^委员会/u.test(fold(lower))) ||
      (/^(?:中国人民政治协商会议|政协)\p{sc=Han}{2,24}委员会$/u.test(fold(upper).trim()) && /^常务委员会/u.test(fold(lower))) || brokenInside(upper, lower);
    const after = classified[at + 1];
    // (Or in three lines, the conference, its committee, the standing committee's report: 中国人民政治协商会议 /
    // 某某自治州第十一届委员会 / 常务委员会工作报告.)
    const committeeAbove = above?.role === 'candidate' && before?.role === 'candidate' && /^(?:中国人民政治协商会议|政协)$/u.test(fold(titleText(above.line)).trim()) && /委员会$/u.test(fold(titleText(before.line)).trim());
    if (committeeAbove && !broken && !whole && /^常务委员会/u.test(fold(facts.title).trim()) && !apart(above!.line, before!.line) && !apart(before!.line, title)) {
      facts.title = `${titleText(above!.line).trim()}${titleText(before!.line).trim()}${facts.title.trim()}`;
      for (const line of [above!.line, before!.line]) changes.set(line, { kind: 'lifted', fields: ['title'] });
    }
    if (before?.role === 'candidate' && !broken && !whole && congressBroken(titleText(before.line), facts.title) && !apart(before.line, title)) {
      facts.title = `${titleText(before.line).trim()}${facts.title}`;
      changes.set(before.line, { kind: 'lifted', fields: ['title'] });
    } else if (after?.role === 'candidate' && congressBroken(facts.title, titleText(after.line)) && !apart(title, after.line)) {
      facts.title = `${facts.title.trim()}${titleText(after.line).trim()}`;
      changes.set(after.line, { kind: 'lifted', fields: ['title'] });
    }
    // A party's or a conference's name broken before its committee and session (中国人民政治协商会议 / 第十届某某县委员会 /
    // 第一次会议闭幕; 中国共产党某市第十四届委员会 / 第六次全体会议公报): one title, its lines joined as the name is.
    if (!broken && !whole && /^(?:中国人民政治协商会议|中国共产党|中共|政协)(?:\p{sc=Han}{2,20}?委员会)?$/u.test(fold(facts.title).trim())) {
      let last = title;
      for (const next of classified.slice(at + 1, at + 3)) {
        if (next.role !== 'candidate' || apart(last, next.line) || !/^第/u.test(fold(titleText(next.line)).trim())) break;
        facts.title = `${facts.title.trim()}${titleText(next.line).trim()}`;
        changes.set(next.line, { kind: 'lifted', fields: ['title'] });
        last = next.line;
      }
    }
    // A subtitle naming the kind of address under a slogan (守望相助 团结奋斗 一往无前 / ——致全区各族人民的新年贺词): the
    // title is both, as the one-line 某某——在…会议上的报告 keeps its occasion.
    // (Or one saying the piece reads a report: 服务某县高质量发展… / ——解读…工作报告.)
    const subtitle = after && !apart(title, after.line) ? [KIND_SUBTITLE, READING_SUBTITLE].find((form) => form.test(fold(titleText(after.line)))) : undefined;
    if (after && subtitle) {
      facts.title = `${facts.title.trim()}${titleText(after.line).trim()}`;
      changes.set(after.line, { kind: 'lifted', fields: subtitle === KIND_SUBTITLE ? ['title', 'documentType'] : ['title'] });
    }
    // The body's name over the rest, as a CPPCC's or a party congress's report prints it
    // (中国人民政治协商会议 / 第七届某某县委员会常务委员会工作报告): one title, its lines joined as the body's name is.
    if (before?.role === 'candidate' && !broken && !whole && PARTY_OR_CONFERENCE_ALONE.test(fold(titleText(before.line)).trim()) && /^第/u.test(facts.title) && !apart(before.line, title)) {
      facts.title = `${titleText(before.line).trim()}${facts.title}`;
      changes.set(before.line, { kind: 'lifted', fields: ['title'] });
    }
    // Or a body's name over its report's bare kind, letter-spaced perhaps (某县人民代表大会常务委员会 / 工 作 报 告): one title.
    if (before?.role === 'candidate' && !broken && !whole && /^(?:工作)?报告$/u.test(fold(facts.title).trim()) && /^\p{sc=Han}{2,30}?(?:委员会|人民政府|政府|法院|检察院)$/u.test(fold(titleText(before.line)).trim()) && !apart(before.line, title)) {
      facts.title = `${titleText(before.line).trim()}${facts.title.trim()}`;
      changes.set(before.line, { kind: 'lifted', fields: ['title'] });
    }
    // Or the body's name and its session over an address's bare kind (中国人民政治协商会议 / 某市第四届委员会第四次会议 /
    // 大会主持词): one title, its lines joined as the session's name is.
    const session = at >= 2 ? classified.slice(at - 2, at) : [];
    if (!broken && !whole && session.length === 2 && session.every((c) => c.role === 'candidate') && PARTY_OR_CONFERENCE_ALONE.test(fold(titleText(session[0].line)).trim()) && /^\p{sc=Han}{2,30}次(?:全体)?会议$/u.test(fold(titleText(session[1].line)).trim()) && /^(?:大会)?(?:主持词|开幕词|闭幕词|讲话|致辞)$/u.test(fold(facts.title).trim())) {
      facts.title = `${session.map((c) => titleText(c.line).trim()).join('')}${facts.title.trim()}`;
      for (const { line } of session) changes.set(line, { kind: 'lifted', fields: ['title'] });
    }
    // Or broken at its year by a page converted from a PDF (2020 / 年吉林省 / 政府工作报告): the year and the words after it.
    const fragments = at >= 2 ? classified.slice(at - 2, at) : [];
    if (fragments.every((c) => c.role === 'candidate') && fragments.length === 2 && /^\d{4}$/.test(titleText(fragments[0].line)) && /^年\p{sc=Han}{0,12}$/u.test(titleText(fragments[1].line))) {
      facts.title = `${fragments.map((c) => titleText(c.line)).join('')}${facts.title}`;
      for (const { line } of fragments) changes.set(line, { kind: 'lifted', fields: ['title'] });
    }
  }
  // A report's page prints its own headline above its date and source line, then the report with its title.
  const labelled = classified.findIndex((c) => c.role === 'labelled');
  const titleAt = classified.findIndex((c) => c.line === title);
  // (Or a headline of the same kind as the title under the date and source line: 某省2008年政府工作报告 over 某省第十一届人大第一次会议政府工作报告.)
  const kind = facts.title ? titleType(facts.title) : undefined;
  if (title && labelled >= 0 && titleAt > labelled) {
    const documentBelow = classified.slice(titleAt).some((c) => c.role === 'dateline' || c.role === 'speaker');
    // (The headline itself, right over the date and source line, not the site's masthead above it.)
    // (Not a column's name under it, 时事.)
    const headline = classified.slice(0, labelled).findLast((c) => c.role === 'candidate' && hanCount(c.line) >= 4)?.line;
    for (const { line, role } of classified.slice(0, labelled)) {
      // (Or one naming no kind over an address's title: …给您拜年啦! / 2025-01-28 / 致全市人民的拜年信.)
      const overAddress = line === headline && kind === 'speech' && titleType(titleText(line)) === undefined;
      if (role !== 'candidate' || titleText(line) === facts.title || !(documentBelow || overAddress || (kind && titleType(titleText(line)) === kind))) continue;
      changes.set(line, { kind: 'removed', reason: "the page's headline over the report, which prints its own title below" });
      facts.pageHeadline ??= titleText(line).trim();
    }
  }
  // The document's own title under the site's dressing of it (…讲话全文 over …讲话, a place masked in the document's own,
  // 在**县… under 在县…): the document's, even where it reads as an occasion (在…会议上的讲话, taken for a subtitle).
  // (Its own title perhaps broken over two lines: 某县领导在…暨“工业挂帅、招商出 / 征”誓师大会上的讲话.)
  const below = title && facts.title ? classified.slice(titleAt + 1) : [];
  const ownLines = below
    .map((c, i) => {
      if (c.role !== 'candidate' && c.role !== 'dateline') return [];
      if (dressedAs(titleText(c.line), facts.title!)) return [c.line];
      const next = below[i + 1];
      return next?.role === 'candidate' && dressedAs(titleText(c.line) + titleText(next.line), facts.title!) ? [c.line, next.line] : [];
    })
    .find((lines) => lines.length > 0);
  if (ownLines && title) {
    facts.title = ownLines.map(titleText).join('');
    changes.set(title, { kind: 'removed', reason: "the page's headline over the document, which prints its own title below" });
    for (const line of ownLines) changes.set(line, { kind: 'lifted', fields: ['title'] });
  }
  // The page's title as a browser shows it, the headline with the site's column and counters run on after it, over the
  // headline alone (某某会议召开 市州动态-政务在线 某某 3192573 / … / 某某会议召开; 某某县喜迎40周年县庆-新华网): the headline is the title.
  const browserTitle = facts.title?.trim();
  // (One line's title, not one joined from lines, a slogan's halves among them.)
  const browserLine = title && browserTitle === titleText(title).trim();
  // (The headline, then a gap or a separator, then more: 某某会议召开 市州动态…, 某某县庆-新华网.)
  const runsOnFrom = (headline: string) => headline.length >= 8 && browserTitle!.startsWith(headline) && /^(?:\s+|\s*[-_|｜]\s*)\S/u.test(browserTitle!.slice(headline.length));
  const runOn = browserLine ? classified.find((c) => c.role === 'candidate' && c.line !== title && changes.get(c.line) === undefined && runsOnFrom(titleText(c.line).trim())) : undefined;
  // (Not the headline printed again in two lines under it, the run-on its second: 某镇召开 第八届… / 某镇召开 / 第八届…: those two
  // lines repeat the title.)
  const secondLine = runOn ? classified[classified.findIndex((c) => c.line === runOn.line) + 1] : undefined;
  // (Its first line a verb waiting for the meeting it held, not a headline whose deck follows: 某会议举行 / 某某讲话 某某出席.)
  const printedInTwo = secondLine?.role === 'candidate' && HELD_THEN.test(fold(titleText(runOn!.line)).trim()) && MEETING_HELD_LINE.test(fold(titleText(secondLine.line)).trim()) && browserTitle!.slice(titleText(runOn!.line).trim().length).trim() === titleText(secondLine.line).trim();
  if (printedInTwo) for (const line of [runOn!.line, secondLine.line]) changes.set(line, { kind: 'removed', reason: 'repeats the title, which the page prints a second time' });
  const headlineAlone = printedInTwo ? undefined : runOn;
  if (title && headlineAlone) {
    for (const { line, role } of classified) {
      if (role === 'candidate' && titleText(line).trim() === browserTitle) changes.set(line, { kind: 'removed', reason: "the page's title as a browser shows it (the headline, the site's column and counters)" });
    }
    // (Kept as the page's headline: its deck may say who spoke, 某某主持并讲话.)
    facts.pageHeadline ??= browserTitle;
    facts.title = titleText(headlineAlone.line).trim();
    changes.set(headlineAlone.line, { kind: 'lifted', fields: ['title'] });
  }
  const headlineOverKind = takeHeadlineOverBareKind(draft.lines, facts, changes);
  // The page prints its title a second time (as a headline and over the text).
  if (facts.title) {
    for (const { line, role } of classified) {
      if (role === 'candidate' && line !== (headlineOverKind ?? headlineAlone?.line ?? title) && titleText(line) === facts.title) {
        changes.set(line, { kind: 'removed', reason: 'repeats the title, which the page prints a second time' });
      }
    }
  }

  // A source line at the foot of the text: 来源：某某日报 2023-01-01.
  const footer = body.slice(Math.max(zone.length, body.length - FOOTER_LINES));
  for (const line of footer) {
    const text = line.text.trim();
    // (Not a title: 原标题：… at the foot names the piece a repost was made from.)
    const parsed = text.length <= 120 ? parseHeaderLine(text) : undefined;
    if (parsed && parsed.values.title === undefined) liftLabelled(text, facts, changes, line);
  }

  for (const line of body) {
    if (changes.has(line)) continue;
    const folded = fold(line.text);
    // (Marked as a list's item perhaps: ◉ 记者 某某; a paper's box, ■ 某某, is a byline's own mark, read with it.)
    const unmarked = withoutBullet(folded.trim());
    const byline = BYLINE.exec(unmarked) ?? BOXED_BYLINE.exec(folded) ?? TRAILING_BYLINE.exec(unmarked);
    if (byline) {
      // The names as printed: folding keeps offsets.
      const at = folded.lastIndexOf(byline[1]);
      for (const name of bylineNames(line.text.slice(at, at + byline[1].length))) if (!facts.reporters.includes(name)) facts.reporters.push(name);
    }
    // (A wire slug's bracket and a name before its credit name reporters only where a credit is written: most lines are read no further.)
    if (!CREDITED.test(folded)) continue;
    const credited = NAME_THEN_CREDIT.exec(folded);
    const named = [...slugReporters(withoutWatermark(line.text.trim())), ...(credited ? [line.text.trim().slice(0, credited[1].length)] : [])];
    for (const name of named) if (!facts.reporters.includes(name)) facts.reporters.push(name);
  }
  return { ...withDispositions(draft, changes), facts };
}
