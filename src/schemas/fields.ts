/**
 * Field builders shared by the schemas (report, glossary, figures), so that
 * every schema words its errors the same way: what is expected and the fix.
 */
import { z } from 'astro/zod';

/** Zod's error callback: a custom message for a missing value, another for a wrong one. */
export const required = (wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required: add this field' : wrong;

/** Non-empty text. */
export const text = () =>
  z.string({ error: required('must be text; put it in double quotes') }).trim().min(1, {
    error: 'is empty: write the value, or delete the field if it is unknown',
  });

/** A mapping that rejects unknown keys with the list of the known ones. */
export function strict<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling; the fields here are ${known}`
        : issue.input === undefined
          ? 'is required: add this field'
          : 'must be a mapping of fields (key: value lines, indented)',
  });
}
