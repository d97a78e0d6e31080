/**
 * Step 5, structure: which body lines are headings, the salutation, the
 * closing. A line is one block; the text of each block is the line itself.
 */
import type { Draft, SourceLine } from './draft.ts';
import { bodyLines } from './draft.ts';
import { fold } from '../../src/text/fold.ts';
import { HEADING_MARK_2, HEADING_MARK_3, REVIEW_HEADING, SALUTATION_LINE } from './vocabulary.ts';
import { appendixStart, firstItemAfterHeading } from '../../src/glossary/appendix.ts';

export type BlockKind = 'heading' | 'salutation' | 'closing' | 'subtitle' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** 2 for 一、, 3 for (一), 4 for 1. — only for headings. */
  depth?: 2 | 3 | 4;
  /** The source line this block is. */
  line: SourceLine;
}

const LEVEL_2 = HEADING_MARK_2;
const LEVEL_3 = HEADING_MARK_3;
const LEVEL_4 = /^\d{1,2}[.．、]\s*\S/;
const CLOSING = /^(谢谢(大家)?[!！。]?|以上报告，?请.*审议|现在我宣布.*(闭幕|结束))/;
const SUBTITLE = /^——/;

/** A heading stands alone: short, and not a sentence. */
function standsAlone(text: string, maxLength: number): boolean {
  return text.length <= maxLength && !/[。；;！？]/.test(text.slice(0, -1)) && !/[；;]$/.test(text);
}

export function headingDepth(text: string): 2 | 3 | 4 | undefined {
  // (And a year's review unnumbered, where a text that lost its header opens: 2023年工作回顾.)
  if ((LEVEL_2.test(text) || REVIEW_HEADING.test(text)) && standsAlone(text, 60)) return 2;
  if (LEVEL_3.test(text) && standsAlone(text, 60)) return 3;
  if (LEVEL_4.test(text) && standsAlone(text, 40) && !/。$/.test(text)) return 4;
  return undefined;
}

export function detectStructure(draft: Draft): Block[] {
  const lines = bodyLines(draft);
  // The lines of a 名词解释 appendix are its items, each a paragraph a glossary entry can cite, however short or numbered.
  const appendix = appendixStart(lines.map((line) => line.text));
  return lines.map((line, i) => {
    const text = line.text.trim();
    const next = lines[i + 1]?.text.trim() ?? '';
    if (appendix >= 0 && (i > appendix || (i === appendix && firstItemAfterHeading(text) !== undefined))) return { kind: 'paragraph', line };
    if (SALUTATION_LINE.test(fold(text))) return { kind: 'salutation', line };
    if (SUBTITLE.test(text)) return { kind: 'subtitle', line };
    // A news section title: a short line followed by its "——访…" subtitle.
    if (SUBTITLE.test(next) && standsAlone(text, 40)) return { kind: 'heading', depth: 2, line };
    const depth = headingDepth(text);
    // The last item of a list whose items end in ；（（一）未经批准的；（二）未按规定退还的。） is no heading.
    const previous = lines[i - 1]?.text.trim() ?? '';
    if (depth && !(depth === 3 && LEVEL_3.test(previous) && /[；;]$/.test(previous))) return { kind: 'heading', depth, line };
    if (i >= lines.length - 3 && CLOSING.test(text)) return { kind: 'closing', line };
    return { kind: 'paragraph', line };
  });
}
