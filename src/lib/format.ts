/**
 * Display formatting for the site: pure functions, no Astro imports.
 */

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

/** Chinese names of the frontmatter fields an inference, a review note or a lifted line may name. */
export const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  documentType: '文件类型',
  speakers: '讲话人',
  issuer: '发布机构',
  meeting: '会议',
  place: '地区',
  'place.province': '省（直辖市）',
  'place.city': '市',
  'place.district': '区县',
  dates: '日期',
  'dates.delivered': '讲话（会议）时间',
  'dates.written': '成文日期',
  'dates.published': '发布日期',
  source: '来源',
  'source.publisher': '来源',
  'source.url': '来源网址',
  identifiers: '文件标识',
  'identifiers.indexNumber': '索引号',
  'identifiers.documentNumber': '文号',
  'identifiers.subject': '主题分类',
  'identifiers.validity': '有效性',
  reporters: '记者',
  rights: '版权声明',
  redaction: '隐去标记',
};

const SPEAKER_PARTS: Record<string, string> = { name: '姓名', office: '职务', role: '角色' };

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
  const speaker = /^speakers\[(\d+)\](?:\.(name|office|role))?$/.exec(field);
  if (speaker) {
    const who = `${speakersLabel(documentType)}${Number(speaker[1]) + 1}`;
    return speaker[2] ? `${who}的${SPEAKER_PARTS[speaker[2]]}` : who;
  }
  if (documentType !== undefined) {
    if (field === 'dates.delivered') return deliveredLabel(documentType);
    if (field === 'speakers') return speakersLabel(documentType);
  }
  return FIELD_LABELS[field] ?? field;
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
  const main = speaker.name ?? speaker.office ?? '';
  const extra = (speaker.name === undefined ? ['姓名未载', role] : [speaker.office, role]).filter(Boolean);
  return extra.length > 0 ? `${main}（${extra.join('，')}）` : main;
}
