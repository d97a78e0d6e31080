/**
 * The registry of a report's fields: every frontmatter path an editor fills
 * (and an inference, a review note or a lifted source line may name), with
 * the Chinese name the site shows, the labels under which a government page's
 * header prints it, and its column in reports.csv.
 *
 * One home for the field list: the schema's cross-field check
 * (src/schemas/report.ts), the labels (src/lib/format.ts), the ingest's header
 * reading (scripts/ingest/header.ts) and the CSV export (src/lib/exports.ts)
 * all read it. A test holds it to the schema's own shape.
 */

export interface FieldInfo {
  /** The field's Chinese name on the site. */
  label: string;
  /** How a page's header table or key-value line labels it (索引号: …), for the ingest. */
  headerLabels?: readonly string[];
  /** Its column in reports.csv, when it is exported as one. */
  csvColumn?: string;
}

export const REPORT_FIELDS = {
  title: { label: '标题', headerLabels: ['名称', '标题', '文件名称', '文件标题', '信息名称'], csvColumn: 'title' },
  documentType: { label: '文件类型', csvColumn: 'documentType' },
  speakers: { label: '讲话人', headerLabels: ['报告人', '主要报告人', '讲话人', '主讲人'] },
  issuer: { label: '发布机构', headerLabels: ['发布机构', '发布单位', '发文机关', '发文单位', '发文机构'], csvColumn: 'issuer' },
  meeting: { label: '会议', headerLabels: ['会议名称', '会议性质', '报告背景'], csvColumn: 'meeting' },
  place: { label: '地区' },
  'place.province': { label: '省（直辖市）', csvColumn: 'province' },
  'place.city': { label: '市', csvColumn: 'city' },
  'place.district': { label: '区县', csvColumn: 'district' },
  'place.national': { label: '全国性文件', csvColumn: 'national' },
  dates: { label: '日期' },
  'dates.delivered': { label: '讲话（会议）时间', headerLabels: ['报告时间', '讲话时间', '会议时间'], csvColumn: 'delivered' },
  'dates.written': { label: '成文日期', headerLabels: ['成文日期', '成文时间', '发文日期', '印发日期'], csvColumn: 'written' },
  'dates.reviewed': { label: '回顾年度', csvColumn: 'reviewed' },
  'dates.published': { label: '发布日期', headerLabels: ['发布日期', '发布时间', '发布时期', '发表时间', '发表日期', '信息提供日期', '内容更新时间', '公开日期', '公布日期', '公布时间', '更新时间', '最后更新', '最后更新时间', '更新日期', '发稿时间', '编稿时间', '上传时间', '信息时间', '发文时间', '录入时间', '添加时间', '刊发日期', '刊发时间', '出版日期', '创建时间', '创建日期', '生成日期', '日期', '时间', '发表于', '发布于', '发布'], csvColumn: 'published' },
  source: { label: '来源' },
  'source.publisher': { label: '来源', headerLabels: ['来源', '稿源', '稿件来源', '信息来源', '文章来源', '新闻来源', '内容来源', '发表单位', '出处', '来自'], csvColumn: 'publisher' },
  'source.url': { label: '来源网址', csvColumn: 'sourceUrl' },
  'source.collection': { label: '所属汇编', csvColumn: 'collection' },
  identifiers: { label: '文件标识' },
  'identifiers.indexNumber': { label: '索引号', headerLabels: ['索引号'], csvColumn: 'indexNumber' },
  'identifiers.documentNumber': { label: '文号', headerLabels: ['文号', '发文字号'], csvColumn: 'documentNumber' },
  'identifiers.subject': { label: '主题分类', headerLabels: ['主题分类', '分类'] },
  'identifiers.validity': { label: '有效性', headerLabels: ['有效性', '时效', '公文时效'] },
  reporters: { label: '记者' },
  rights: { label: '版权声明' },
  redaction: { label: '隐去标记' },
  'provenance.split': { label: '恢复的分段' },
  'provenance.defects': { label: '疑似缺陷' },
} as const satisfies Record<string, FieldInfo>;

export type ReportField = keyof typeof REPORT_FIELDS;

/** The fields a speaker has, with their Chinese names. */
export const SPEAKER_PARTS = { name: '姓名', office: '职务', role: '角色' } as const;

const SPEAKER_FIELD = /^speakers\[(\d+)\](?:\.(name|office|role))?$/;

/** A field path of one speaker: `speakers[0]`, `speakers[1].office`. */
export function speakerField(path: string): { index: number; part?: keyof typeof SPEAKER_PARTS } | undefined {
  const match = SPEAKER_FIELD.exec(path);
  return match ? { index: Number(match[1]), part: match[2] as keyof typeof SPEAKER_PARTS | undefined } : undefined;
}

/** Whether a path names a report field (an inference or review note may name it). */
export function isReportField(path: string): boolean {
  return Object.hasOwn(REPORT_FIELDS, path) || speakerField(path) !== undefined;
}

/** The value of a field path in a report's data, e.g. `place.city`. */
export function fieldValue(data: object, path: ReportField): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

/** Header label → the field it fills, for the ingest: 索引号 → identifiers.indexNumber. */
export function headerLabelFields(): Map<string, ReportField> {
  const byLabel = new Map<string, ReportField>();
  for (const [field, info] of Object.entries(REPORT_FIELDS) as [ReportField, FieldInfo][]) {
    for (const label of info.headerLabels ?? []) byLabel.set(label, field);
  }
  return byLabel;
}
