/**
 * Citations of a report: GB/T 7714-2015 (the Chinese standard), BibTeX and
 * CSL-JSON, from its metadata. Pure. The access date (引用日期) is the
 * reader's: the page fills it in when a citation is copied.
 */
import type { Report } from '../schemas/report.ts';
import { reportDate } from './catalogue.ts';
import { paths } from './links.ts';

export interface CitationInput {
  slug: string;
  report: Report;
  /** The archive's public address, when configured (astro `site`). */
  site?: string;
}

/** Who is cited as the author: named speakers, else reporters, else the issuing body, else the publisher. */
export function citationAuthors(report: Report): string[] {
  const named = report.speakers.filter((s) => s.name && s.role !== '受访').map((s) => s.name!);
  if (named.length > 0 && report.documentType !== 'interview-compilation') return named;
  if (report.reporters.length > 0) return report.reporters;
  if (report.issuer) return [report.issuer];
  if (report.source.publisher) return [report.source.publisher];
  return [];
}

/** The archive copy's address: absolute when the site address is known, else its path in the archive. */
export function archiveAddress({ slug, site }: CitationInput): string {
  const path = paths.report(slug).slice(1);
  return site ? new URL(path, site.endsWith('/') ? site : `${site}/`).href : `提法档案 ${path}`;
}

const day = (date: string | undefined) => date?.slice(0, 10);

/** GB/T 7714-2015, electronic resource: 主要责任者. 题名[EB/OL]. 出版者, (发布日期)[引用日期]. 获取和访问路径. */
export function gbt7714(input: CitationInput, accessed = '引用日期'): string {
  const { report } = input;
  const authors = citationAuthors(report);
  const who = authors.length === 0 ? '佚名' : authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
  const published = day(report.dates.published) ?? reportDate(report);
  const publisher = report.source.publisher ?? report.issuer;
  const where = report.source.url ?? archiveAddress(input);
  return `${who}. ${report.title}[EB/OL]. ${publisher ? `${publisher}, ` : ''}${published ? `(${published})` : ''}[${accessed}]. ${where}.`;
}

const bibEscape = (text: string) => text.replace(/([{}\\])/g, '\\$1');

export function bibtex(input: CitationInput): string {
  const { report, slug } = input;
  const date = reportDate(report);
  const fields: [string, string | undefined][] = [
    ['title', report.title],
    ['author', citationAuthors(report).map((a) => `{${a}}`).join(' and ') || undefined],
    ['year', date?.slice(0, 4)],
    ['month', date && date.length >= 7 ? String(Number(date.slice(5, 7))) : undefined],
    ['publisher', report.source.publisher ?? report.issuer],
    ['howpublished', report.meeting],
    ['url', report.source.url ?? (input.site ? archiveAddress(input) : undefined)],
    ['note', `提法档案副本：${paths.report(slug).slice(1)}`],
    ['language', 'chinese'],
  ];
  const body = fields
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${k} = {${k === 'author' ? v : bibEscape(v!)}}`)
    .join(',\n');
  return `@misc{tifa-${slug},\n${body}\n}\n`;
}

const CSL_TYPES: Record<Report['documentType'], string> = {
  speech: 'speech',
  'work-report': 'report',
  'meeting-news': 'article-newspaper',
  'interview-compilation': 'article-newspaper',
  news: 'article-newspaper',
  other: 'document',
};

function dateParts(date: string | undefined): { 'date-parts': number[][] } | undefined {
  if (!date) return undefined;
  return { 'date-parts': [date.slice(0, 10).split('-').map(Number)] };
}

export function cslJson(input: CitationInput): Record<string, unknown> {
  const { report, slug } = input;
  const record: Record<string, unknown> = {
    id: `tifa-${slug}`,
    type: CSL_TYPES[report.documentType],
    title: report.title,
    author: citationAuthors(report).map((literal) => ({ literal })),
    issued: dateParts(reportDate(report)),
    publisher: report.source.publisher ?? report.issuer,
    event: report.meeting,
    'event-place': [report.place.province, report.place.city, report.place.district].filter(Boolean).join('') || undefined,
    URL: report.source.url ?? (input.site ? archiveAddress(input) : undefined),
    note: `提法档案副本：${paths.report(slug).slice(1)}`,
    language: 'zh-CN',
  };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
