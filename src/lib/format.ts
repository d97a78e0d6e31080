/**
 * Display formatting for the site: pure functions, no Astro imports.
 */
import { REPORT_FIELDS, SPEAKER_PARTS, speakerField } from '../schemas/report-fields.ts';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?)?)?$/;

/**
 * A partial date or date-time in Chinese:
 * `2022` → 2022年, `2022-01` → 2022年1月, `2022-01-08` → 2022年1月8日,
 * `2021-10-01T09:04` → 2021年10月1日 09:04. Anything else is returned unchanged.
 */
export function formatDate(value: string): string {
  const match = DATE.exec(value);
  if (!match) return value;
  const [, year, month, day, time] = match;
  let out = `${year}年`;
  if (month) out += `${Number(month)}月`;
  if (day) out += `${Number(day)}日`;
  if (time) out += ` ${time}`;
  return out;
}

/** What `dates.delivered` is called for each kind of document. */
const DELIVERED_LABELS: Record<string, string> = {
  speech: '讲话时间',
  'work-report': '报告时间',
  'meeting-news': '会议时间',
  'interview-compilation': '访谈时间',
};

/** The label of `dates.delivered` for a document type: 讲话时间, 会议时间, … */
export function deliveredLabel(documentType?: string): string {
  return (documentType === undefined ? undefined : DELIVERED_LABELS[documentType]) ?? '时间';
}

/** The label of `speakers` for a document type: 受访人 for interviews, else 讲话人. */
export function speakersLabel(documentType?: string): string {
  return documentType === 'interview-compilation' ? '受访人' : '讲话人';
}

/**
 * The Chinese name of a field path: `dates.written` → 成文日期,
 * `speakers[0].office` → 讲话人1的职务. With a document type, the names
 * follow it (an interview's `dates.delivered` is 访谈时间). Unknown paths are
 * returned unchanged.
 */
export function fieldLabel(field: string, documentType?: string): string {
  const speaker = speakerField(field);
  if (speaker) {
    const who = `${speakersLabel(documentType)}${speaker.index + 1}`;
    return speaker.part ? `${who}的${SPEAKER_PARTS[speaker.part]}` : who;
  }
  if (documentType !== undefined) {
    if (field === 'dates.delivered') return deliveredLabel(documentType);
    if (field === 'speakers') return speakersLabel(documentType);
  }
  return Object.hasOwn(REPORT_FIELDS, field) ? REPORT_FIELDS[field as keyof typeof REPORT_FIELDS].label : field;
}

/** How a speaker is named in lists: the name, or the office when the source names no one. */
export function speakerName(speaker: { name?: string; office?: string }): string {
  return speaker.name ?? speaker.office ?? '';
}

/**
 * A speaker as one line: 尹哲强（连云港经济技术开发区党工委书记，作工作报告）.
 * A speaker the source does not name is shown by office: 区委书记（姓名未载）.
 * `withRole: false` leaves out what the speaker does in the document.
 */
export function speakerLabel(
  speaker: { name?: string; office?: string; role?: string },
  { withRole = true }: { withRole?: boolean } = {},
): string {
  const role = withRole ? speaker.role : undefined;
  const main = speakerName(speaker);
  const extra = (speaker.name === undefined ? ['姓名未载', role] : [speaker.office, role]).filter(Boolean);
  return extra.length > 0 ? `${main}（${extra.join('，')}）` : main;
}
