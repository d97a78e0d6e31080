/**
 * A report's own definitions: the 名词解释 / 名词注释 / 注释 appendix that
 * provincial and city government work reports often end with, e.g.
 *
 *     名词解释
 *     1.“两重”：是指国家重大战略实施和重点领域安全能力建设。
 *     高质量发展“四个专项行动”：自治区提出……，即……
 *     ［3］四库：
 *     水库、粮库、钱库、碳库。
 *
 * Each item gives the forms it defines (the quoted words, or the whole
 * term), the definition as written, and the paragraph and exact line that
 * state it, so that a glossary entry can cite it. An item is read in the
 * shapes real appendices print: numbered or not, the term before a colon or
 * before 是指, the definition on the same line or on the lines after it.
 * Texts in traditional characters are read through their simplified
 * reading (same length, so the words are cut from what the report wrote).
 * Pure.
 */
import type { BodyBlock } from '../text/report-mdx.ts';
import { simplifiedText } from '../text/fold.ts';
import { TONED_PINYIN_GLOSS, withoutPinyinGlosses } from '../text/pinyin-gloss.ts';

export interface AppendixDefinition {
  /** The forms defined, as the report writes them in its text: the quoted words, or the whole term. */
  forms: string[];
  /** The definition as the appendix words it, without a leading 是指/指/即; an item of several lines has them joined by line breaks. */
  definition: string;
  /** The paragraph anchor of the item's first line that holds its definition (p12). */
  paragraph: string;
  /** That paragraph's whole text, exactly: what a source quotes. */
  quote: string;
}

/**
 * The line that opens the appendix, read without spaces: 名词解释, 附：名词注释,
 * 附件2 名词解释, 《政府工作报告》有关内容名词注释, 本报告有关名词解释, 注释：,
 * 相关术语：, 第十四条本实施细则有关名词释义。, 本办法下列用语的含义是：, 智能制造相关名词术语和缩略语,
 * (三)主要统计指标解释
 * A bare 注释 / 注 is an appendix only alone on its line (or after 附件N).
 */
/** A regulation's definitions clause: 本办法下列用语的含义是, 本条例中下列用语的含义为, 本法用辭之定義如左 (read without spaces). */
const CLAUSE_HEADING = '本[^，。；！？:：]{1,12}?用(?:语|辞|词)(?:的|之)?(?:含义|定义)(?:是指|是|为|如下|如左)?';
const APPENDIX_HEADING = new RegExp(
  `^(?:附件?\\d*[:：]?|第[一二三四五六七八九十百\\d]{1,4}条|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?(?:(?:[《〈][^》〉]{1,30}[》〉]|[^，。；！？:：]{0,14}?)(?:名词|词语|术语|名词术语|指标)(?:解释|注释|说明|注解|释义)|(?:相关|有关)?术语|[^，。；！？:：]{0,14}?(?:名词|术语|名词术语)?(?:和|与|及)?缩略语|注释|注解|注|${CLAUSE_HEADING})[:：。]?(?:[（(][^）)]{0,12}[)）])?$`,
);

/**
 * A regulation's definitions clause run into one paragraph: 本办法下列用语的
 * 含义是：（一）供热是指…；（二）热源单位是指…。, or unnumbered: …的含义是：粮食，是指…。政策性粮食，是指…。
 */
const RUN_IN_CLAUSE = new RegExp(`^(?<heading>(?:第[一二三四五六七八九十百零〇\\d]{1,5}条\\s*)?${CLAUSE_HEADING}[:：])\\s*(?<items>\\S.*)$`, 's');
/** Where a run-in clause's next item starts: its number after the previous item's 。 or ；, or, unnumbered, the next term and its 是指 after a 。. */
const RUN_IN_ITEM = /(?<=[；;。])\s*(?=[（(][一二三四五六七八九十\d]{1,3}[)）])/;
const RUN_IN_UNNUMBERED_ITEM = /(?<=。)(?=[^。；，,：:]{1,40}?[，,]?(?:是指|指的是))/;

/** A heading read as the patterns expect it: in simplified characters, without spaces or a mirror's pinyin glosses. */
const headingText = (line: string) => simplifiedText(withoutPinyinGlosses(line)).replace(/[\s\u3000]+/g, '');
const CLAUSE = new RegExp(CLAUSE_HEADING);

/** Whether an appendix heading is a regulation's definitions clause, whose terms may be defined by what they 包括. */
function isClauseHeading(line: string): boolean {
  return CLAUSE.test(headingText(line));
}

/** Whether a body line opens a 名词解释 / 注释 appendix. */
export function isAppendixHeading(line: string): boolean {
  return APPENDIX_HEADING.test(headingText(line));
}

/** Numbering before an item: 1. 1、 （1） ［1］ 〔1〕 【1】 [1] [1]. ① 一、 （一） */
const NUMBERINGS = [/\d{1,3}\s*[.．、]/, /[（(［\[〔【]\s*\d{1,3}\s*[)）］\]〕】][.．、]?/, /[\u2460-\u2473\u2776-\u277f]/, /[一二三四五六七八九十]{1,3}、/, /[（(][一二三四五六七八九十]{1,3}[)）]/];
const NUMBERING = new RegExp(`^\\s*(?:${NUMBERINGS.map((n) => n.source).join('|')})\\s*`);
/** Which of the numberings a line opens with (1. and 1、 one kind), -1 for none. */
const NUMBERING_STARTS = NUMBERINGS.map((numbering) => new RegExp(`^\\s*${numbering.source}`));
const numberingOf = (line: string) => NUMBERING_STARTS.findIndex((start) => start.test(line));
/** A term's characters, a mirror's pinyin gloss (三個(gè)) counting as one (a bracket opens a gloss or is a character: never both, which would backtrack). */
const termOf = (excluded: string, length: string) =>
  `(?:${TONED_PINYIN_GLOSS.source}|\\((?!${TONED_PINYIN_GLOSS.source.slice(2)})|[^${excluded}(])${length}`;
/** The term before the colon (at most 40 characters, no sentence end), then the definition, which may start on the next line. */
const COLON_ITEM = new RegExp(`^(?<term>${termOf('：:。；！？', '{1,40}?')})\\s*[：:]\\s*(?<definition>.*)$`, 's');
/** The term before 是指 / 指, with no colon: “两重”是指…; in a regulation's definitions clause also before 包括, which the definition keeps. */
const verbItem = (verbs: string) => new RegExp(`^(?<term>${termOf('：:。；！？，,', '{1,40}?')})[，,]?(?:${verbs})(?<definition>\\S.*)$`, 's');
// (A bare 指 is no verb inside a word: 价格指数, 主要指标.)
const BARE_ZHI = '指(?![数标导南引挥出定向令示])';
const VERB_ITEM = verbItem(`是指|指的是|${BARE_ZHI}`);
const CLAUSE_VERB_ITEM = verbItem(`是指|指的是|${BARE_ZHI}|是(?=由)|(?=包括)`);
/** The term, a gap of two spaces or more, the definition: 生产者价格指数  生产者价格指…, as a yearbook's notes print them. */
const GAP_ITEM = /^(?<term>[^\s：:。；！？，,]{2,30})[ \u3000\u00a0]{2,}(?<definition>\S.*)$/s;
const QUOTED = new RegExp(`[“"「『](${termOf('“”"「」『』', '{1,40}')})[”"」』]`, 'g');
/** A bracketed part that is a mirror's pinyin gloss, not a term's gloss. */
const PINYIN_ONLY = new RegExp(`^${TONED_PINYIN_GLOSS.source}$`);
/** A quoted part that is no term of its own: a count of one or two digits (稳增长“21”条, unlike the formula “45432”) or one character. */
const NOT_A_FORM = /^(?:\d{1,2}|\S)$/u;
/** A term alone on its line, its definition on the next (1.传感器; “上云”企业): numbered, or with no punctuation at all. */
const TERM_ONLY = /^(?<term>[^：:。；！？，,]{2,30})(?<definition>)$/;
const UNNUMBERED_TERM_ONLY = /^[^：:。；！？，,、.．·()（）]{2,30}$/;
/**
 * Where an item's next term starts after a ；, before its colon: quoted (…的系统改革；“家庭教育改革”：以家长教育为抓手…),
 * or an abbreviation in Latin letters (…即职业网球联合会；WTA：…; …的工业用地;M0：…).
 */
const NEXT_TERM = /[；;](?=(?:[“"「][^”"」；。]{1,20}[”"」]|[A-Za-z][A-Za-z0-9+&.-]{0,11})\s*[：:])/u;
/** The verb a definition may open with, left out of it: 是指, 指的是, 指, 即. */
export const LEADING_VERB = /^(?:是指|指的是|指|即)\s*/;

/** Where an appendix ends: the page's editor and links after it, a salutation, another attachment, a regulation's next article or its 施行 clause. */
const APPENDIX_END =
  /^(?:责任编辑|编辑|校对|审核|审校|来源|扫一扫|打印|关闭|分享|上一篇|下一篇|相关(?:链接|附件|报道|新闻|阅读|文章)|各位代表|同志们|附件\s*[\d一二三四五六七八九十]*\s*$|第[一二三四五六七八九十百零〇\d]{1,5}条|本(?:办法|条例|规定|细则|实施细则|决定|规则)自)/;

interface ItemHead {
  forms: string[];
  /** Each form quoted on its own (“两重”“两新”): a definition in as many parts, in order, defines each apart. */
  apart?: boolean;
  /** A name quoting several words, each after its verb (增强“八项本领”、提高“七种能力”): a definition in as many parts after a ；, each opening with its verb, defines each word apart. */
  verbs?: Verbed;
  /** The definition's words on the item's first line (empty when they start on the next). */
  definition: string;
}

/** A term and its gloss in brackets, either way round: SaaS（软件即服务）, 软件即服务（SaaS）. */
const GLOSSED = /^(?<term>[^（(]{2,30})[（(](?<gloss>[^）)]{2,30})[)）]$/;
/** The words before a gloss's other names: 英文简称, 以下简称, 也称为, 又称. */
const GLOSS_LEAD = /^(?:英文|以下|也|又|或)?(?:简称|称为|称|名为)/;
/** A term that opens with its year (2026年10件民生实事), which the text also writes without it. */
const YEAR_FIRST = /^(?:19|20)\d\d年(?=\S{2})/;

/** The pages of the report an item points to, after its term: （P2，P15）. */
const PAGE_REFERENCE = /\s*[（(]\s*P\d+(?:\s*[，,、]\s*P\d+)*\s*[)）]$/iu;
/** A bracket opened and not closed in a term: a clause cut at a colon in brackets (…投入使用（主办：区教育局）), no term. */
const UNCLOSED_BRACKET = /[（(][^）)]*$/u;

/** The words a name quotes, each with the words before it: 增强“八项本领”、提高“七种能力” → 八项本领 after 增强, 七种能力 after 提高. */
interface Verbed {
  forms: string[];
  leads: string[];
}

/**
 * The forms an item's term defines: its quoted words (and, one quoted in a longer name, the name: “四上”企业 → 四上,
 * 四上企业, “四上”企业; words quoted in one name are no forms of their own: 招“小商”、建“微工厂” → 招小商、建微工厂 and
 * as written), else the term itself without quotation marks and as written (稳外贸12条, 稳外贸“12”条; its gloss, a list's
 * whole and its parts (双随机、一公开), the parts of 或, without its year), without brackets or the pages it points to (P2，P15).
 * `apart` when the forms are quoted words each defined on its own (“两重”“两新”, 川渝“氢走廊”“电走廊”).
 */
function formsOf(term: string): { forms: string[]; apart: boolean; verbs?: Verbed } | undefined {
  const bare = term.trim().replace(/^[【\[]\s*(.+?)\s*[】\]]$/, '$1').replace(PAGE_REFERENCE, '');
  if (UNCLOSED_BRACKET.test(bare)) return undefined;
  const quotedParts = [...bare.matchAll(QUOTED)].map((m) => m[1].trim()).filter((form) => form && !NOT_A_FORM.test(form));
  const unquoted = bare.replace(/[“”"「」『』]/gu, '');
  // What the quoted words leave: before the first, between them, after the last.
  const outside = bare.split(QUOTED).filter((_, i) => i % 2 === 0).map((part) => part.replace(APART_SEPARATORS, ''));
  const name = quotedName(unquoted, outside, quotedParts.length);
  const quoted = name === 'one quoted' ? [...quotedParts, unquoted, bare] : name === 'several quoted' ? [unquoted, bare] : quotedParts;
  const bracketed = GLOSSED.exec(bare)?.groups;
  const glossed = bracketed && !PINYIN_ONLY.test(`(${bracketed.gloss})`) ? bracketed : undefined;
  // A gloss may name the term's other names: （英文简称APP）, （也称为拼车、顺风车）.
  const otherNames = glossed?.gloss.replace(GLOSS_LEAD, '').split(/[、或]/);
  // (A list in 、 is also one name, 双随机、一公开; one in 或 is not, 拼车或顺风车.)
  const listed = unquoted.split(/[、或]/);
  const whole = /或/u.test(unquoted) ? [] : [unquoted];
  const forms =
    quoted.length > 0
      ? quoted
      : glossed
        ? [glossed.term.trim(), ...otherNames!.map((name) => name.trim())]
        : listed.length > 1 && listed.every((part) => part.length >= 2)
          ? [...whole, ...listed]
          : YEAR_FIRST.test(unquoted)
            ? [unquoted, unquoted.replace(YEAR_FIRST, '')]
            : // (And as written, a count in quotation marks, 稳外贸“12”条, where the text writes it so.)
              [unquoted, bare];
  if (forms.some((form) => form.length < 2 && !/\d/.test(form))) return undefined;
  // (Each quoted word after words of its own: the verbs a definition in parts may open with.)
  const leads = outside.slice(0, -1);
  const verbs = name === 'several quoted' && leads.length === quotedParts.length && leads.every(Boolean) ? { forms: quotedParts, leads } : undefined;
  return { forms: [...new Set(forms)], apart: name === undefined && quotedParts.length >= 2 && forms.length === quotedParts.length, ...(verbs ? { verbs } : {}) };
}

/**
 * The forms of an item that are words quoted inside the name it defines (四上 of “四上”企业, 1+3 of
 * “1+3”财政金融互动): another entry's term may be such a word, with a meaning of its own.
 */
export function quotedPieces(forms: readonly string[]): Set<string> {
  const quotedIn = forms.flatMap((form) => [...form.matchAll(QUOTED)].filter((m) => m[0] !== form).map((m) => m[1].trim()));
  return new Set(forms.filter((form) => quotedIn.includes(form)));
}

/** Separators between quoted words that name them apart: “两重”、“两新”, “A”和“B”. */
const APART_SEPARATORS = /[、，,和及与\s]/gu;

/**
 * Whether a term that quotes words is one name holding them (`outside`: what the quotation marks leave before the
 * first, between them and after the last, separators aside): words outside the quotation marks after or between
 * them (“四上”企业, 招“小商”、建“微工厂”, 安全生产“一岗双责”“1+10”文件), or before the one quoted word
 * (深圳市“20大战略性新兴产业集群+7大未来产业”); not words before several (川渝“氢走廊”“电走廊”, each a term), nor
 * a clause (a comma, or over 30 characters, a Latin word weighing one).
 */
function quotedName(unquoted: string, outside: readonly string[], quotedCount: number): 'one quoted' | 'several quoted' | undefined {
  if (quotedCount === 0) return undefined;
  if (/[，,；;]/u.test(unquoted) || unquoted.replace(/[A-Za-z]+/g, 'A').length > 30) return undefined;
  const [before, ...rest] = outside;
  if (quotedCount === 1) return before !== '' || rest.some(Boolean) ? 'one quoted' : undefined;
  return rest.some(Boolean) ? 'several quoted' : undefined;
}

/** An item's first line, read (numbering removed); undefined when the line does not open an item. In a regulation's clause (`clause`) a term may be defined by what it 包括. */
function itemHead(line: string, clause = false): ItemHead | undefined {
  const original = line.replace(NUMBERING, '').trim();
  // Matched on the simplified reading, cut from the original: the two have the same length.
  const simple = simplifiedText(original);
  const termOnly = original !== line.trim() || UNNUMBERED_TERM_ONLY.test(simple);
  const colon = COLON_ITEM.exec(simple);
  const verb = (clause ? CLAUSE_VERB_ITEM : VERB_ITEM).exec(simple);
  // 限额以上工程，包括下列项目：… is a term defined by what it includes, not a term before a colon.
  const gap = GAP_ITEM.exec(simple);
  const match =
    (gap && !(colon && colon.groups!.term.length < gap.groups!.term.length) ? gap : null) ??
    (verb && colon && verb.groups!.term.length < colon.groups!.term.length ? verb : colon) ??
    verb ??
    (termOnly ? TERM_ONLY.exec(simple) : null);
  if (!match?.groups) return undefined;
  const term = original.slice(0, match.groups.term.length);
  const read = formsOf(term);
  if (!read) return undefined;
  const definition = original.slice(original.length - match.groups.definition.length).trim();
  return { forms: read.forms, definition, ...(read.apart ? { apart: true } : {}), ...(read.verbs ? { verbs: read.verbs } : {}) };
}

/** An appendix item line on its own, read; undefined when the line is not one (an item's definition must be on its line). */
export function appendixItem(line: string, clause = false): Omit<AppendixDefinition, 'paragraph' | 'quote'> | undefined {
  const head = itemHead(line, clause);
  if (!head) return undefined;
  const definition = head.definition.replace(LEADING_VERB, '');
  return definition.length >= 4 ? { forms: head.forms, definition } : undefined;
}

interface OpenItem {
  forms: string[];
  apart?: boolean;
  verbs?: Verbed;
  lines: string[];
  paragraph?: string;
  quote?: string;
}

/**
 * The line that opens a body's appendix: the last heading an item follows
 * (a report may name its 附件：名词解释 in a list before the appendix
 * itself, or in a table of contents); -1 when it has none.
 */
export function appendixStart(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    // (Read once in simplified characters: the patterns below read that.)
    const simple = simplifiedText(lines[i]);
    if (runInItems(lines[i], simple).length > 0 || firstItemAfterHeading(lines[i], simple) !== undefined) return i;
    if (!isAppendixHeading(lines[i])) continue;
    const next = lines.slice(i + 1).filter((line) => line.trim() !== '').slice(0, 3);
    // (Up to where an appendix ends: a contents line 附件：名词解释 over the salutation opens none.)
    const end = next.findIndex((line) => APPENDIX_END.test(simplifiedText(line.trim())));
    const clause = isClauseHeading(lines[i]);
    if (next.slice(0, end < 0 ? undefined : end).some((line) => itemHead(line.trim(), clause) !== undefined)) return i;
  }
  return -1;
}

/** The items of a definitions clause run into one paragraph (see RUN_IN_CLAUSE), as written; none when the line is no such clause. */
function runInItems(line: string, simple = simplifiedText(line)): string[] {
  const items = RUN_IN_CLAUSE.exec(simple.trimStart())?.groups?.items;
  if (items === undefined) return runInAppendix(line, simple);
  // Cut from what the report wrote: the simplified reading has the same length.
  const written = line.slice(line.length - items.length);
  const pieces = written.split(NUMBERING.test(written) ? RUN_IN_ITEM : RUN_IN_UNNUMBERED_ITEM);
  return pieces.some((piece) => appendixItem(piece, true)) ? pieces : [];
}

/** A 名词解释 run into a paragraph with the text before it, its items numbered: …。十、名词解释（一）某某：指…。（二）…。附件：…. */
const RUN_IN_APPENDIX = /(?:^|[。；;\s])(?:[一二三四五六七八九十]{1,3}、\s*)?(?:名词|术语)(?:解释|注释)[:：]?\s*(?=[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d))/u;
/** Where its next item starts: its number after the previous item's 。 or ；. */
const RUN_IN_APPENDIX_ITEM = /(?<=[；;。])\s*(?=[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d))/u;
/** Where it ends: an attachment or a table after an item's 。 (附件：1.…, 附表：3-1). */
const RUN_IN_APPENDIX_END = /(?<=。)\s*(?:附件|附表)/u;

/**
 * The first item, as written, of a line that opens with the appendix's heading run into it (十、名词解释（一）某某：指…。),
 * as a flattened page splits at its numbers; undefined for any other line.
 */
export function firstItemAfterHeading(line: string, simple = simplifiedText(line)): string | undefined {
  const heading = RUN_IN_APPENDIX.exec(simple.trimStart());
  if (!heading || heading.index !== 0) return undefined;
  const item = line.trimStart().slice(heading[0].length).trim();
  return appendixItem(item) && runInAppendix(line, simple).length === 0 ? item : undefined;
}

/** The items of a 名词解释 run into a paragraph (see RUN_IN_APPENDIX), each as written; none when the paragraph has none. */
function runInAppendix(line: string, simple = simplifiedText(line)): string[] {
  const heading = RUN_IN_APPENDIX.exec(simple);
  if (!heading) return [];
  const start = heading.index + heading[0].length;
  const end = RUN_IN_APPENDIX_END.exec(simple.slice(start));
  const pieces = line.slice(start, end ? start + end.index : undefined).split(RUN_IN_APPENDIX_ITEM).map((piece) => piece.trim());
  return pieces.filter((piece) => appendixItem(piece)).length >= 2 ? pieces : [];
}

/** A statute's own definition in its text: 本条例所称循环经济，是指…。 (after its article's number, or opening a sentence). */
const SO_CALLED = new RegExp(
  `^(?:第[一二三四五六七八九十百零〇\\d]{1,5}条\\s*)?本(?:条例|办法|规定|细则|实施细则|实施办法|决定|规则|法)(?:中)?所称(?:的)?(?<term>${termOf('：:。；！？，,', '{2,30}?')})[，,]?(?:是指|指的是|指)(?<definition>\\S.*)$`,
  'sd',
);

/** The definitions a statute gives in its text (本条例所称X，是指…), each sentence of a paragraph read, in order. */
function soCalledDefinitions(blocks: readonly BodyBlock[]): AppendixDefinition[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph' || block.id === undefined) return [];
    const { id, text } = block;
    // Matched on the simplified reading, cut from what the statute wrote: the two have the same length.
    const simple = simplifiedText(text);
    let end = 0;
    return simple.split(/(?<=。)/u).flatMap((sentence) => {
      const start = end;
      end += sentence.length;
      const lead = sentence.length - sentence.trimStart().length;
      const match = SO_CALLED.exec(sentence.trim());
      const [termStart, termEnd] = match?.indices?.groups?.term ?? [];
      if (!match?.groups || termStart === undefined) return [];
      const written = text.slice(start + lead, end).trim();
      const forms = formsOf(written.slice(termStart, termEnd))?.forms;
      const definition = written.slice(written.length - match.groups.definition.length).trim();
      return forms && definition.length >= 4 ? [{ forms, definition, paragraph: id, quote: text }] : [];
    });
  });
}

/**
 * The definitions of a report's appendix, in order; none when it has no
 * appendix. A document whose title is an appendix's heading (a page of a
 * report's 名词解释 published on its own) is an appendix from its first line.
 * A statute's definitions in its text (本条例所称…是指) come after its clause's, each term once.
 */
export function appendixDefinitions(blocks: readonly BodyBlock[], title = ''): AppendixDefinition[] {
  const defined = listedDefinitions(blocks, title);
  const known = new Set(defined.flatMap((item) => item.forms));
  return [...defined, ...soCalledDefinitions(blocks).filter((item) => !item.forms.some((form) => known.has(form)))];
}

function listedDefinitions(blocks: readonly BodyBlock[], title: string): AppendixDefinition[] {
  // -1 when the title is the heading: the items start at the first block.
  const start = appendixStart(blocks.map((block) => block.text));
  if (start < 0 && !isAppendixHeading(title)) return [];
  const clause = blocks[start];
  const pieces = clause?.kind === 'paragraph' && clause.id !== undefined ? runInItems(clause.text) : [];
  if (pieces.length > 0) {
    const { id, text } = clause;
    // (A clause's items quote their paragraph; a 名词解释 run into a long paragraph, each its own words in it.)
    const isClause = RUN_IN_CLAUSE.test(simplifiedText(text).trimStart());
    return pieces.flatMap((line) => {
      const item = appendixItem(line, isClause);
      return item ? [{ ...item, paragraph: id!, quote: isClause ? text : line }] : [];
    });
  }
  const items: OpenItem[] = [];
  const inClause = start >= 0 && isClauseHeading(blocks[start].text);
  // A numbered appendix opens an item only at a number: its other lines continue the item before.
  let numbered: boolean | undefined;
  let itemNumbering: number | undefined;
  // (The heading's line may hold the first item: 十、名词解释（一）某某：指….)
  const opening = start >= 0 ? firstItemAfterHeading(blocks[start].text) : undefined;
  for (const block of blocks.slice(opening === undefined ? start + 1 : start)) {
    const text = block === blocks[start] && opening !== undefined ? opening : block.text.trim();
    if (APPENDIX_END.test(simplifiedText(text))) break;
    if (block.kind !== 'paragraph' || block.id === undefined || text === '') continue;
    const hasNumber = NUMBERING.test(text);
    const head = numbered === undefined || numbered === hasNumber ? itemHead(text, inClause) : undefined;
    // (A line numbered as the items are that defines nothing is no part of the item before: a list after the appendix,
    // 2、举办…招聘会10场（主办：区某局）. One numbered otherwise is: the definition's own list, 1．学校….)
    if (!head && numbered && items.length > 0 && numberingOf(text) === itemNumbering) continue;
    if (head) {
      numbered ??= hasNumber;
      itemNumbering ??= numberingOf(text);
      // (An item may define several terms, each before its colon after a ；: “课堂革命”：…；“家庭教育改革”：…; ATP：…；WTA：….)
      const [first, ...more] = head.definition.split(NEXT_TERM);
      const heads = [{ ...head, definition: first }, ...more.flatMap((part) => itemHead(part, inClause) ?? [])];
      for (const { forms, definition, apart, verbs } of heads) {
        const item: OpenItem = { forms, lines: [], ...(apart ? { apart } : {}), ...(verbs ? { verbs } : {}) };
        if (definition) Object.assign(item, { lines: [definition], paragraph: block.id, quote: block.text });
        items.push(item);
      }
      continue;
    }
    const open = items.at(-1);
    if (!open) continue;
    open.lines.push(text);
    if (open.paragraph === undefined) Object.assign(open, { paragraph: block.id, quote: block.text });
  }
  return items.flatMap(({ forms, apart, verbs, lines, paragraph, quote }) => {
    const definition = lines.join('\n').replace(LEADING_VERB, '').trim();
    if (!paragraph || !quote || definition.length < 4) return [];
    // “两重”“两新”：国家重大战略…建设，大规模设备更新…。: each term its part, when the parts are as many as the terms.
    const parts = apart && !/。(?=.)/su.test(definition) ? definition.split(/[，；](?=\S)/u) : [];
    if (parts.length === forms.length && parts.every((part) => part.length >= 4)) return parts.map((part, i) => ({ forms: [forms[i]], definition: part, paragraph, quote }));
    // 增强“八项本领”、提高“七种能力”：增强学习本领…；提高政治能力…。: each word its part, when each part opens with its verb.
    const verbed = verbs ? definition.split(/；(?=\S)/u) : [];
    if (verbs && verbed.length === verbs.forms.length && verbed.every((part, i) => part.startsWith(verbs.leads[i]) && part.length >= 4)) {
      return verbed.map((part, i) => ({ forms: [verbs.forms[i]], definition: part, paragraph, quote }));
    }
    return [{ forms, definition, paragraph, quote }];
  });
}
