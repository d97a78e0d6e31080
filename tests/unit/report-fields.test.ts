import { describe, expect, test } from 'vitest';
import { checkedReportSchema, reportSchema } from '../../src/schemas/report.ts';
import { isReportField, REPORT_FIELDS } from '../../src/schemas/report-fields.ts';
import { fieldLabel } from '../../src/lib/format.ts';

/** What the schema itself holds: each editable field and, for mappings, their fields. */
function schemaPaths(): string[] {
  const unwrap = (schema: unknown): { shape?: Record<string, unknown> } => {
    let s = schema as { def?: { innerType?: unknown; in?: unknown }; shape?: Record<string, unknown> };
    while (s.def?.innerType ?? s.def?.in) s = (s.def.innerType ?? s.def.in) as typeof s;
    return s;
  };
  const bookkeeping = new Set(['titleConstructed', 'inferred', 'needsReview', 'review', 'provenance']);
  return Object.entries(reportSchema.shape)
    .filter(([key]) => !bookkeeping.has(key))
    .flatMap(([key, value]) => {
      const inner = unwrap(value).shape;
      return inner && key !== 'redaction' ? [key, ...Object.keys(inner).map((sub) => `${key}.${sub}`)] : [key];
    });
}

const minimal = {
  title: '标题',
  documentType: 'speech',
  provenance: { sourceFile: 'a.txt', sha256: 'a'.repeat(64) },
};

describe('the report field registry', () => {
  test('lists exactly the fields of the schema', () => {
    // And the bookkeeping an editor checks: paragraphs the ingest recovered, defects it found.
    expect(Object.keys(REPORT_FIELDS).sort()).toEqual([...schemaPaths(), 'provenance.split', 'provenance.defects'].sort());
  });

  test('gives every field a Chinese label', () => {
    for (const field of Object.keys(REPORT_FIELDS)) expect(fieldLabel(field)).not.toBe(field);
    expect(fieldLabel('speakers[1].office', 'speech')).toBe('讲话人2的职务');
  });

  test('lets an inference name an identifier field, and rejects a typo', () => {
    const ok = checkedReportSchema.safeParse({ ...minimal, inferred: [{ field: 'identifiers.documentNumber', evidence: '页眉所印文号' }] });
    expect(ok.success).toBe(true);
    const typo = checkedReportSchema.safeParse({ ...minimal, inferred: [{ field: 'identifiers.docNumber', evidence: 'x' }] });
    expect(typo.success).toBe(false);
    expect(isReportField('speakers[0].name')).toBe(true);
    expect(isReportField('speakers[x]')).toBe(false);
  });
});
