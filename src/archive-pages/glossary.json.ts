/** /glossary.json: every entry with its url, and the phrases considered and not glossed. */
import type { APIRoute } from 'astro';
import { archiveIndex } from '../glossary/archive-index.ts';
import { comparePinyin } from '../glossary/pinyin.ts';
import { glossaryRecord } from '../lib/glossary-view.ts';

export const GET: APIRoute = () => {
  const { glossary, uses } = archiveIndex();
  const terms = [...glossary.terms].sort(comparePinyin).map((t) => glossaryRecord(t, uses.count(t.id)));
  return new Response(`${JSON.stringify({ terms, dismissed: glossary.dismissed }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
