/**
 * A report's own definitions: the 名词解释 / 名词注释 / 注释 appendix that
 * provincial and city government work reports often end with, e.g.
 *
 *     名词解释
 *     1.“两重”：是指国家重大战略实施和重点领域安全能力建设。
 *     高质量发展“四个专项行动”：自治区提出……，即……
 *
 * Each item gives the forms it defines (the quoted words, or the words
 * before the colon), the definition as written, and the paragraph and exact
 * line that state it, so that a glossary entry can cite it. Pure.
 */
import type { BodyBlock } from '../text/report-mdx.ts';

export interface AppendixDefinition {
  /** The forms defined, as the report writes them in its text: the quoted words, or the whole term. */
  forms: string[];
  /** The definition as the appendix words it, without a leading 是指/指/即. */
  definition: string;
  /** The paragraph anchor of the item (p12). */
  paragraph: string;
  /** The item's whole line, exactly: what a source quotes. */
  quote: string;
}

/** The line that opens the appendix: 名词解释, 附：名词注释, 注释：, 本报告有关名词解释. */
const APPENDIX_HEADING = /^\s*(?:附[:：]?\s*)?(?:本报告)?(?:有关|相关|部分)?(?:名词解释|名词注释|名词说明|注\s*释|名\s*词\s*解\s*释)\s*[:：]?\s*$/;
/** Numbering before an item: 1. 1、 （1） ① [1] 一、 */
const NUMBERING = /^\s*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）]|[\u2460-\u2473]|\[\d{1,3}\]|[一二三四五六七八九十]{1,3}、)\s*/;
/** The term before the colon (at most 40 characters, no sentence end), then the definition. */
const ITEM = /^(?<term>[^：:。；！？]{1,40}?)\s*[：:]\s*(?<definition>\S.*)$/s;
const QUOTED = /[“"「『]([^“”"「」『』]{1,30})[”"」』]/g;

/** An appendix item line, read; undefined when the line is not one. */
export function appendixItem(line: string): Omit<AppendixDefinition, 'paragraph' | 'quote'> | undefined {
  const item = ITEM.exec(line.replace(NUMBERING, '').trim());
  if (!item?.groups) return undefined;
  const term = item.groups.term.trim();
  const quoted = [...term.matchAll(QUOTED)].map((m) => m[1].trim()).filter(Boolean);
  const forms = quoted.length > 0 ? quoted : [term];
  if (forms.some((form) => form.length < 2 && !/\d/.test(form))) return undefined;
  const definition = item.groups.definition.trim().replace(/^(?:是指|指的是|指|即)\s*/, '');
  return definition.length >= 4 ? { forms: [...new Set(forms)], definition } : undefined;
}

/** The definitions of a report's appendix, in order; none when it has no appendix. */
export function appendixDefinitions(blocks: readonly BodyBlock[]): AppendixDefinition[] {
  const start = blocks.findIndex((block) => APPENDIX_HEADING.test(block.text));
  if (start < 0) return [];
  const found: AppendixDefinition[] = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.kind !== 'paragraph' || block.id === undefined) continue;
    const item = appendixItem(block.text);
    if (item) found.push({ ...item, paragraph: block.id, quote: block.text });
  }
  return found;
}
