/** /glossary.csv: one row per entry, UTF-8 with a BOM so spreadsheet programs read the Chinese. */
import type { APIRoute } from 'astro';
import { archiveIndex } from '../glossary/archive-index.ts';
import { comparePinyin } from '../glossary/pinyin.ts';
import { glossaryCsv, glossaryRecord } from '../lib/glossary-view.ts';

export const GET: APIRoute = () => {
  const { glossary, uses } = archiveIndex();
  const records = [...glossary.terms].sort(comparePinyin).map((t) => glossaryRecord(t, uses.count(t.id)));
  return new Response(glossaryCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
