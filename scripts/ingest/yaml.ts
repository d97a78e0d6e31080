/**
 * A small, deterministic YAML writer for frontmatter: block mappings and
 * sequences, every string double-quoted. Quoting everything means no value
 * is ever reinterpreted (dates, numbers, `no`, `:`), and the output of the
 * same object is always the same bytes.
 */

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/** YAML's printable characters; anything else is written as an escape. */
const NON_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]|[\u2028\u2029]/g;

export function quote(text: string): string {
  return JSON.stringify(text).replace(NON_PRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return quote(value);
  if (value === null) return 'null';
  return String(value);
}

function isEmptyObject(value: Value): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => v === undefined);
}

function emit(value: Value, indent: string, out: string[], prefix: string): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${prefix} []`);
      return;
    }
    out.push(prefix);
    for (const item of value) {
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        const entries = Object.entries(item).filter(([, v]) => v !== undefined);
        entries.forEach(([key, v], i) => {
          const lead = i === 0 ? `${indent}  - ` : `${indent}    `;
          emit(v, `${indent}    `, out, `${lead}${key}:`);
        });
      } else {
        emit(item, `${indent}  `, out, `${indent}  -`);
      }
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    out.push(prefix);
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || isEmptyObject(v)) continue;
      emit(v, `${indent}  `, out, `${indent}  ${key}:`);
    }
    return;
  }
  out.push(`${prefix} ${scalar(value as string | number | boolean | null)}`);
}

/** The YAML text of a mapping, without the `---` fences, ending in a newline. */
export function toYaml(data: { [key: string]: Value }): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || isEmptyObject(value)) continue;
    emit(value, '', out, `${key}:`);
  }
  return `${out.join('\n')}\n`;
}

/** The YAML text of a top-level sequence (a list of mappings or scalars), ending in a newline; `[]` when empty. */
export function toYamlSequence(items: readonly Value[]): string {
  if (items.length === 0) return '[]\n';
  const out: string[] = [];
  emit([...items], '', out, 'items:');
  // Emitted as the value of a key one level in: drop that key and its indentation.
  return `${out.slice(1).map((line) => line.slice(2)).join('\n')}\n`;
}
