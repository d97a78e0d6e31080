/**
 * Step 1c, page marks: a document site that stamps a short Latin token at the
 * end of its lines, different on each page, to trace copies (公文搜:
 * 政府工作报告BNC, 海青Zeu, 各位代表:hd9; on a flattened copy, before each
 * run of spaces: …人民代表大会ftr   第五次会议上ftr). The facts are read as if
 * the token were not there; the text keeps it, every character as the source
 * wrote it.
 *
 * A forum that jams copies does the like with runs of one- and two-character
 * Latin junk strewn through its lines (…在武汉开幕! 6 p5 _3 P/ x/ p1 h;
 * . [ a' ?4 ~9 m% B i1 |省政协…闭幕): read past the same way.
 */
import type { Draft, SourceLine } from './draft.ts';

/** A token of two to four letters or digits closing a line or a piece, after Chinese or punctuation. */
const MARK_AT_END = /(?<=[\p{sc=Han}：:)）。，,、；;!！?？])([A-Za-z0-9]{2,4})(?=[ \u3000\u00a0]{2,}|\s*$)/gu;
/** How many ends a token must close, and what share of the page's lines, to be the page's mark and not a word (GDP). */
const MIN_MARKS = 3;
const MIN_SHARE = 0.15;
/** How far down the page the mark is looked for: a site stamps every line from the top. */
const LOOKED_AT = 60;

/** The page's first lines with words on them, where a mark or a jamming is looked for. */
const looked = (lines: SourceLine[]) => lines.filter((line) => line.text.trim() !== '').slice(0, LOOKED_AT);

/** The page's mark, when one token closes enough of its lines and pieces. */
export function pageMark(lines: SourceLine[]): string | undefined {
  const seen = looked(lines);
  const counts = new Map<string, number>();
  for (const line of seen) {
    for (const [, token] of line.text.matchAll(MARK_AT_END)) {
      if (/[A-Za-z]/.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  const [token, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return token && count >= MIN_MARKS && count >= MIN_SHARE * seen.length ? token : undefined;
}

/**
 * A forum's jamming run: four or more pieces of one or two printable Latin characters, one space apart, after a
 * line's start or a space (not a sentence's own mark glued to it: 开幕! 6 p5…), and before a space, the end or Chinese.
 */
const JAMMING_RUN = /(?<=^|\s)[\x21-\x7e]{1,2}(?: [\x21-\x7e]{1,2}){3,}(?= |$|\p{sc=Han})/gu;
/** How many runs make a jammed page: a table's row of figures (1 2 3 4) is one; its junk of punctuation (d/ U% a;) twice in each. */
const MIN_JAMMING_RUNS = 3;
const junky = (run: string) => run.split(' ').filter((piece) => /[^A-Za-z0-9]/.test(piece)).length >= 2;

/** Whether a forum jammed the page: enough runs of junk among its first lines. */
export function jammed(lines: SourceLine[]): boolean {
  return looked(lines).flatMap((line) => [...line.text.matchAll(JAMMING_RUN)].filter((run) => junky(run[0]))).length >= MIN_JAMMING_RUNS;
}

const keyOf = (line: SourceLine) => `${line.n}:${line.column ?? 1}`;

/**
 * The facts `read` finds in the draft with the page's mark read past; the lines it returns carry their text as the
 * source wrote it, mark and all.
 */
export function readPastPageMark(draft: Draft, read: (draft: Draft) => Draft): Draft {
  const mark = pageMark(draft.lines);
  const jamming = jammed(draft.lines);
  if (!mark && !jamming) return read(draft);
  const written = new Map(draft.lines.map((line) => [keyOf(line), line.text]));
  const at = mark ? new RegExp(`(?<=[\\p{sc=Han}：:)）。，,、；;!！?？])${mark}(?=[ \\u3000\\u00a0]{2,}|\\s*$)`, 'gu') : undefined;
  const readPast = (text: string) => {
    const unmarked = at ? text.replace(at, '') : text;
    if (!jamming) return unmarked;
    // (A line of junk alone is left whole, for the chrome step to remove with its reason.)
    const unjammed = unmarked.replace(JAMMING_RUN, (run) => (junky(run) ? '' : run)).trim();
    return unjammed !== '' ? unjammed : unmarked;
  };
  const unmarked = { ...draft, lines: draft.lines.map((line) => ({ ...line, text: readPast(line.text) })) };
  const result = read(unmarked);
  return { ...result, lines: result.lines.map((line) => ({ ...line, text: written.get(keyOf(line)) ?? line.text })) };
}
