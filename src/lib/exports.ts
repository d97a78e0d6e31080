/**
 * The archive as data: the reports catalogue as CSV, the Frictionless data
 * package that describes every export, the Atom feed and the sitemap. Pure.
 */
import type { ReportEntry } from './catalogue.ts';
import { placeLabel, reportDate, sortNewestFirst } from './catalogue.ts';
import { paths } from './links.ts';
import { csvDocument, escapeXml } from './text-formats.ts';
import { speakerName } from './format.ts';
import { fieldValue, REPORT_FIELDS, type FieldInfo, type ReportField } from '../schemas/report-fields.ts';

interface CsvColumn {
  name: string;
  type: 'string' | 'boolean';
  description: string;
  value(entry: ReportEntry): string;
}

/** A column that holds one report field, named and described as the field registry says. */
function fieldColumn(field: ReportField): CsvColumn {
  const info: FieldInfo = REPORT_FIELDS[field];
  return { name: info.csvColumn!, type: 'string', description: info.label, value: ({ data }) => String(fieldValue(data, field) ?? '') };
}

/** The columns of reports.csv, in order: where the report is, its fields, what the editor inferred, the source's digest. */
export const REPORT_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'slug', type: 'string', description: '报告标识（文件名）', value: ({ id }) => id },
  { name: 'url', type: 'string', description: '报告页路径，相对于网站根目录', value: ({ id }) => paths.report(id).slice(1) },
  fieldColumn('title'),
  { name: 'titleConstructed', type: 'boolean', description: '标题是否为编者所拟', value: ({ data }) => String(data.titleConstructed) },
  fieldColumn('documentType'),
  { name: 'speakers', type: 'string', description: '讲话人（姓名或职务），以 | 分隔', value: ({ data }) => data.speakers.map(speakerName).join(' | ') },
  fieldColumn('issuer'),
  fieldColumn('meeting'),
  fieldColumn('place.province'),
  fieldColumn('place.city'),
  fieldColumn('place.district'),
  fieldColumn('place.national'),
  fieldColumn('dates.delivered'),
  fieldColumn('dates.written'),
  fieldColumn('dates.reviewed'),
  fieldColumn('dates.published'),
  fieldColumn('source.publisher'),
  fieldColumn('source.url'),
  fieldColumn('source.collection'),
  fieldColumn('identifiers.indexNumber'),
  fieldColumn('identifiers.documentNumber'),
  { name: 'inferred', type: 'string', description: '编者推断的字段，以 | 分隔', value: ({ data }) => data.inferred.map((i) => i.field).join(' | ') },
  { name: 'sha256', type: 'string', description: '原始文件的 SHA-256', value: ({ data }) => data.provenance.sha256 },
];

export function reportsCsv(entries: readonly ReportEntry[]): string {
  const rows = sortNewestFirst(entries).map((entry) => REPORT_CSV_COLUMNS.map((column) => column.value(entry)));
  return csvDocument(REPORT_CSV_COLUMNS.map((column) => column.name), rows);
}

const GLOSSARY_CSV_FIELDS = [
  ['id', '词条标识'],
  ['term', '词语'],
  ['aliases', '别名，以 | 分隔'],
  ['pinyin', '拼音'],
  ['english', '英文'],
  ['kind', '类别'],
  ['level', '层级'],
  ['coinedBy', '提出者'],
  ['status', '释义来源：established, attested, inferred, unexplained'],
  ['definition', '释义'],
  ['occurrences', '本库正文中的用例数'],
  ['url', '词条页路径'],
] as const;

/** A Frictionless Data Package (v1) describing the archive's data files. */
export function dataPackage(): Record<string, unknown> {
  const field = (name: string, type: string, description: string) => ({ name, type, description });
  return {
    profile: 'data-package',
    name: 'tifa',
    title: '提法 Tifa：地方政府工作报告与讲话注释档案',
    description: '报告目录、元数据与词汇。路径相对于本文件所在目录。',
    resources: [
      {
        name: 'reports',
        path: paths.reportsCsv().slice(1),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields: REPORT_CSV_COLUMNS.map((column) => field(column.name, column.type, column.description)), primaryKey: ['slug'] },
      },
      {
        name: 'glossary',
        path: paths.glossaryCsv().slice(1),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: {
          fields: GLOSSARY_CSV_FIELDS.map(([name, description]) => field(name, name === 'occurrences' ? 'integer' : 'string', description)),
          primaryKey: ['id'],
        },
      },
      { name: 'reports-json', path: paths.catalogue().slice(1), format: 'json', mediatype: 'application/json', description: '每篇报告的全部元数据（与 reports.csv 相同的报告，字段更全）' },
      { name: 'glossary-json', path: paths.glossaryJson().slice(1), format: 'json', mediatype: 'application/json', description: '全部词条与未收短语' },
    ],
  };
}

/** An ISO timestamp for a partial date, for Atom's <updated>. */
function atomTime(date: string | undefined): string {
  if (!date) return '1970-01-01T00:00:00Z';
  const [y, m = '01', d = '01'] = date.slice(0, 10).split('-');
  const time = date.length > 10 ? `${date.slice(11, 16)}:00+08:00` : '00:00:00+08:00';
  return `${y}-${m}-${d}T${time}`;
}

/**
 * The Atom feed, newest first. Links are relative to the feed's own address,
 * so the feed works wherever the archive is served; `site` makes the id absolute.
 */
export function atomFeed(entries: readonly ReportEntry[], site?: string): string {
  const sorted = sortNewestFirst(entries);
  const base = site ? (site.endsWith('/') ? site : `${site}/`) : 'tag:tifa.archive,2026:';
  const items = sorted.map(({ id, data }) => {
    const date = data.dates.published ?? reportDate(data);
    const summary = [placeLabel(data.place), data.meeting, data.speakers.map(speakerName).filter(Boolean).join('、')].filter(Boolean).join(' · ');
    return `  <entry>
    <id>${escapeXml(base + paths.report(id).slice(1))}</id>
    <title>${escapeXml(data.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(paths.report(id).slice(1))}"/>
    <updated>${atomTime(date)}</updated>
    <summary>${escapeXml(summary || data.title)}</summary>
  </entry>`;
  });
  const updated = sorted.length > 0 ? atomTime(sorted[0].data.dates.published ?? reportDate(sorted[0].data)) : atomTime(undefined);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(base)}</id>
  <title>提法 Tifa：新收报告</title>
  <link rel="self" href="feed.xml"/>
  <link rel="alternate" type="text/html" href="./"/>
  <updated>${updated}</updated>
  <author><name>提法 Tifa</name></author>
${items.join('\n')}
</feed>
`;
}

/** sitemap.xml: only when the site's address is known, since a sitemap needs absolute URLs. */
export function sitemap(pagePaths: readonly string[], site: string): string {
  const root = site.endsWith('/') ? site : `${site}/`;
  const urls = [...pagePaths].sort().map((p) => `  <url><loc>${escapeXml(new URL(p.replace(/^\//, ''), root).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
