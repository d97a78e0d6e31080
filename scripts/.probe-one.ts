import { readFileSync } from 'node:fs';
import { ingestDocument } from './ingest/pipeline.ts';
for (const file of process.argv.slice(2)) {
  const { frontmatter: f } = ingestDocument(file, readFileSync(file));
  const p = f.provenance as any;
  console.log('==', file);
  console.log(JSON.stringify({ title: f.title, tc: f.titleConstructed, type: f.documentType, place: f.place, dates: f.dates, speakers: f.speakers, meeting: f.meeting, inferred: f.inferred }, null, 0));
  for (const l of p.lifted ?? []) console.log('  lifted', l.line, JSON.stringify(l.text).slice(0, 120), l.fields.join(','));
  for (const l of p.removed ?? []) console.log('  removed', l.line ?? l.lines, JSON.stringify(l.text ?? '').slice(0, 100), l.reason?.slice(0, 40));
}
