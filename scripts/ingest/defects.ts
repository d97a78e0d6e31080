/**
 * Step 7, defects: what is wrong with the source itself, found from its own
 * text and published with the report (an editor reviews it, a reader is
 * warned). Nothing is changed: the text stands as it came.
 * - truncated: the text stops mid-sentence, or a government work report ends
 *   with the thanks that close its review of the past year (向……表示衷心的感谢！),
 *   its plans for the year ahead missing;
 * - hard-wrapped: most lines stop mid-sentence at one width (a PDF's lines).
 * A text filed under the wrong place or year, and the same text twice, are
 * refused before this (scripts/ingest/catalogue.ts, the CLI).
 */
import { fold } from '../../src/text/fold.ts';
import type { DEFECT_KINDS } from '../../src/schemas/report.ts';
import type { Draft } from './draft.ts';
import { bodyLines } from './draft.ts';

export interface Defect {
  kind: keyof typeof DEFECT_KINDS;
  evidence: string;
}

const SENTENCE_END = /[。！？!?.…”’」』）)】；;：:]$/u;
/** The thanks that end a government work report's review of the past year, never the report. */
const REVIEW_THANKS = /表示(?:衷心|诚挚|崇高)的?(?:感谢|敬意)/u;
/** A line this long or longer that stops mid-sentence is cut, not a heading. */
const CUT_MIN = 20;

const tail = (text: string) => (text.length > 24 ? `……${text.slice(-24)}` : text);

export function findDefects(draft: Draft): Defect[] {
  const written = bodyLines(draft).map((line) => line.text.trim()).filter((t) => t !== '');
  const texts = written.map(fold);
  const defects: Defect[] = [];
  if (texts.length === 0) return defects;
  const last = texts[texts.length - 1];
  const cutLines = texts.filter((t) => t.length >= CUT_MIN && !SENTENCE_END.test(t));
  const widths = cutLines.map((t) => t.length).sort((a, b) => a - b);
  const typicalWidth = widths[Math.floor(widths.length / 2)] ?? 0;
  const hardWrapped = texts.length >= 20 && cutLines.length >= texts.length * 0.5 && widths.filter((w) => Math.abs(w - typicalWidth) <= 3).length >= cutLines.length * 0.6;
  if (hardWrapped) {
    defects.push({
      kind: 'hard-wrapped',
      evidence: `${texts.length} 行中有 ${cutLines.length} 行在句中断开，多为 ${typicalWidth} 字左右一行：原文按版面折行（如自 PDF 复制），段落未复原`,
    });
  } else if (last.length >= CUT_MIN && !SENTENCE_END.test(last)) {
    defects.push({ kind: 'truncated', evidence: `正文止于句中：“${tail(written.at(-1)!)}”` });
  } else if (draft.facts.documentType === 'work-report' && REVIEW_THANKS.test(last)) {
    defects.push({ kind: 'truncated', evidence: `工作报告止于回顾部分末尾的致谢（“${tail(written.at(-1)!)}”），其后的今年工作安排缺失` });
  }
  return defects;
}
