/** /decode/data.json: the glossary as the decoder needs it (src/decode/decode-data.ts). */
import type { APIRoute } from 'astro';
import { archiveIndex } from '../../glossary/archive-index.ts';
import { buildDecodeData } from '../../decode/decode-data.ts';

export const GET: APIRoute = () => {
  const { glossary } = archiveIndex();
  return new Response(JSON.stringify(buildDecodeData(glossary.terms, glossary.dismissed)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
