/**
 * Citations of a report: GB/T 7714-2015 (the Chinese standard), BibTeX and
 * CSL-JSON. All three are written from one citation record, so they name the
 * same authors, publisher, dates and place. Pure. The access date (引用日期)
 * is the reader's: the page fills it in when a citation is copied.
 */
import type { Report } from '../schemas/report.ts';
import { placeLabel, reportDate } from './catalogue.ts';
import { paths } from './links.ts';

export interface CitationInput {
  slug: string;
  report: Report;
  /** The archive's public address, when configured (astro `site`). */
  site?: string;
}

/** Documents whose speakers are their authors: a speech or a report is the speaker's text. */
const SPOKEN: readonly Report['documentType'][] = ['speech', 'work-report'];

/** The body that published a report: the source's publisher, else the issuing body. */
export function publisherOf(report: Report): string | undefined {
  return report.source.publisher ?? report.issuer;
}

/**
 * Who is cited as the author (GB/T 7714 主要责任者). A speech or work report:
 * its named speakers. A news item, a meeting report or an interview
 * compilation: its reporters, since the people it quotes did not write it.
 * Failing those, the issuing body, then the publisher.
 */
export function citationAuthors(report: Report): string[] {
  if (SPOKEN.includes(report.documentType)) {
    const named = report.speakers.filter((s) => s.name && s.role !== '受访').map((s) => s.name!);
    if (named.length > 0) return named;
  } else if (report.reporters.length > 0) {
    return report.reporters;
  }
  const body = report.issuer ?? report.source.publisher;
  return body ? [body] : [];
}

/** What every citation format says of a report. */
export interface CitationRecord {
  authors: string[];
  /** Whether the authors are people (speakers, reporters) or a body (the issuer or publisher). */
  authorKind: 'person' | 'organization';
  title: string;
  /** When the text was given or written (the date the archive files it under). */
  issued?: string;
  /** When it was published, for GB/T's (发布日期): the publication day, else `issued`. */
  published?: string;
  publisher?: string;
  meeting?: string;
  /** The place, as one name without repeats (北京市, not 北京市北京市). */
  place?: string;
  /** The source's address, else the archive copy's when the site's address is known. */
  url?: string;
  /** The archive copy, relative to the archive's root. */
  archivePath: string;
}

/** The archive copy's address: absolute when the site address is known, else its path in the archive. */
export function archiveAddress({ slug, site }: CitationInput): string {
  const path = paths.report(slug).slice(1);
  return site ? new URL(path, site.endsWith('/') ? site : `${site}/`).href : `提法档案 ${path}`;
}

export function citationRecord(input: CitationInput): CitationRecord {
  const { report, slug } = input;
  const issued = reportDate(report);
  const authors = citationAuthors(report);
  const byBody = authors.length === 1 && (authors[0] === report.issuer || authors[0] === report.source.publisher);
  return {
    authors,
    authorKind: byBody ? 'organization' : 'person',
    title: report.title,
    issued,
    published: report.dates.published?.slice(0, 10) ?? issued,
    publisher: publisherOf(report),
    meeting: report.meeting,
    place: placeLabel(report.place) || undefined,
    url: report.source.url ?? (input.site ? archiveAddress(input) : undefined),
    archivePath: paths.report(slug).slice(1),
  };
}

/** GB/T 7714-2015, electronic resource: 主要责任者. 题名[EB/OL]. 出版者, (发布日期)[引用日期]. 获取和访问路径. */
export function gbt7714(input: CitationInput, accessed = '引用日期'): string {
  const record = citationRecord(input);
  const { authors, publisher, published } = record;
  const who = authors.length === 0 ? '佚名' : authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
  const where = record.url ?? archiveAddress(input);
  return `${who}. ${record.title}[EB/OL]. ${publisher ? `${publisher}, ` : ''}${published ? `(${published})` : ''}[${accessed}]. ${where}.`;
}

const bibEscape = (text: string) => text.replace(/([{}\\])/g, '\\$1');

export function bibtex(input: CitationInput): string {
  const record = citationRecord(input);
  const date = record.issued;
  const fields: [string, string | undefined][] = [
    ['title', record.title],
    ['author', record.authors.map((a) => `{${bibEscape(a)}}`).join(' and ') || undefined],
    ['year', date?.slice(0, 4)],
    ['month', date && date.length >= 7 ? String(Number(date.slice(5, 7))) : undefined],
    ['publisher', record.publisher],
    ['howpublished', record.meeting],
    ['address', record.place],
    ['url', record.url],
    ['note', `提法档案副本：${record.archivePath}`],
    ['language', 'chinese'],
  ];
  const body = fields
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${k} = {${k === 'author' ? v : bibEscape(v!)}}`)
    .join(',\n');
  return `@misc{tifa-${input.slug},\n${body}\n}\n`;
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
  const record = citationRecord(input);
  const csl: Record<string, unknown> = {
    id: `tifa-${input.slug}`,
    type: CSL_TYPES[input.report.documentType],
    title: record.title,
    author: record.authors.map((literal) => ({ literal })),
    issued: dateParts(record.issued),
    publisher: record.publisher,
    event: record.meeting,
    'event-place': record.place,
    URL: record.url,
    note: `提法档案副本：${record.archivePath}`,
    language: 'zh-CN',
  };
  return Object.fromEntries(Object.entries(csl).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
