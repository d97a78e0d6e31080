/**
 * Proposes the key figures of a report: numbers with a unit next to a known
 * indicator name (地区生产总值768亿元, 增速6.3%), targets (增长8%左右),
 * lists shared by several indicators (地区生产总值、一般公共预算收入增长8%左右)
 * and "分别" lists mapped to the indicators in order (工业开票…、服务业开票…,
 * 同比分别增长7.8%和7.9%).
 *
 * A proposal is a guess to be checked by hand (`checked: false`): the
 * indicator, period, kind and scope come from rules of thumb. The number
 * never does: every value is written in its quote, and every quote is a
 * piece of its paragraph, or the proposal is dropped.
 */
import { INDICATORS, isIndicatorId, type Figure } from '../../src/schemas/figures.ts';
import { toYamlSequence } from '../ingest/yaml.ts';
import { alternation, APPROXIMATION_MARKS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../../src/figures/qualifiers.ts';

/** A block of a report body: paragraphs have an anchor (p1…), headings none. */
export interface TextBlock {
  id?: string;
  text: string;
}

export interface ExtractOptions {
  /** The year the report was given ("2024"): 今年 means it, and figures for it or later are targets. */
  reportYear?: string;
}

/** The ways the reports write an indicator's name → the id it stands for (or the stem of `new-…` and `…-growth` ids). */
const FORMS: readonly (readonly [string, string])[] = [
  ['地区生产总值', 'gdp'],
  ['生产总值', 'gdp'],
  ['GDP', 'gdp'],
  ['经济总量占比', 'gdp-share-of-city'],
  ['经济总量', 'gdp'],
  ['人均GDP', 'per-capita-gdp'],
  ['人均生产总值', 'per-capita-gdp'],
  ['全员劳动生产率', 'labour-productivity'],
  ['一般公共预算收入', 'general-budget-revenue'],
  ['财政收入', 'fiscal-revenue'],
  ['税占比', 'tax-share'],
  ['税收占比', 'tax-share'],
  ['工业开票销售', 'industrial-invoiced-sales'],
  ['工业开票', 'industrial-invoiced-sales'],
  ['服务业开票', 'services-invoiced-sales'],
  ['装备制造开票', 'equipment-manufacturing-invoiced-sales'],
  ['规上工业增加值', 'industrial-value-added'],
  ['规模以上工业增加值', 'industrial-value-added'],
  ['全社会固定资产投资', 'fixed-asset-investment'],
  ['固定资产投资', 'fixed-asset-investment'],
  ['工业投资', 'industrial-investment'],
  ['社会消费品零售总额', 'retail-sales'],
  ['其他营利性服务业营收', 'other-services-revenue'],
  ['其他营利性服务业营业收入', 'other-services-revenue'],
  ['进出口总额', 'imports-exports'],
  ['进出口总值', 'imports-exports'],
  ['外贸进出口', 'imports-exports'],
  ['外贸总额', 'imports-exports'],
  ['港口货物吞吐量', 'port-cargo-throughput'],
  ['货物吞吐量', 'port-cargo-throughput'],
  ['研发经费投入强度', 'rd-intensity'],
  ['研发活动覆盖率', 'rd-activity-coverage'],
  ['技术合同成交额', 'technology-contract-turnover'],
  ['高新技术企业', 'high-tech-enterprises'],
  ['专精特新', 'specialized-smes'],
  ['科技型中小企业', 'tech-smes'],
  ['研发机构', 'rd-institutions'],
  ['规上企业', 'above-scale-enterprises'],
  ['规上工业企业', 'above-scale-enterprises'],
  ['市场主体', 'market-entities'],
  ['创新案例', 'ftz-innovation-cases'],
  ['新开工', 'projects-started'],
  ['新竣工', 'projects-completed'],
  ['招引重点项目', 'key-projects-attracted'],
  ['低效闲置用地', 'idle-land-revitalized'],
  ['低效用地', 'idle-land-revitalized'],
  ['新建道路', 'new-roads'],
  ['改造管网', 'new-pipelines'],
  ['绿化面积', 'green-area'],
  ['城镇新增就业', 'new-urban-jobs'],
  ['新增就业', 'new-jobs'],
  ['高校毕业生', 'graduate-employment'],
  ['城镇调查失业率', 'surveyed-unemployment-rate'],
];
const FORMS_LONGEST_FIRST = [...FORMS].sort((a, b) => b[0].length - a[0].length);

/** Units, longest first so that 个百分点 is not read as 个, 亿美元 not as 美元. */
const UNIT_PATTERN = '万平方米|个百分点|亿美元|万美元|亿元|万元|亿吨|万吨|万人|万亩|人次|公里|%|％|个|家|项|户|条|亩|人|吨|元';

/**
 * A number with its unit: an optional qualifier before (接近), the number,
 * 余/多, the unit, an optional qualifier after (左右). The number may not
 * continue another number (1,061; 3-5家) and may not be a rank (第2).
 */
const QUANTITY = new RegExp(
  `(?:(${alternation(PREFIX_QUALIFIERS)}))?(?<![\\d.．第\\-—~～])(?<!\\d[,，])(\\d+(?:\\.\\d+)?)[ \\u3000]?(${alternation(APPROXIMATION_MARKS)})?(${UNIT_PATTERN})(${alternation(SUFFIX_QUALIFIERS)})?`,
  'gu',
);
/** After the quantity: it is a size or threshold (5亿元以上项目, 21亿元的…, 10万吨级), not a figure. */
const THRESHOLD_AFTER = /^(?:以上|以下)?(?:的|级|项目|重大项目|大项目|企业|以上的)/;
const GROWTH_BEFORE = /(?:增长|增速|增幅|提高|同比增长)(?:了|为|达到|达)?$/;
const FALL_BEFORE = /(?:下降|减少|回落)(?:了|为|达到|达)?$/;
const MOVES_TO = /^(?:增加|提高|提升|上升)?(?:到|至)$/;
const NEW_MARKERS = /新增|新培育|培育|新引进|新认定/;
const TARGET_MARKERS = /预期|目标|力争|确保|计划|争取|年内|每年|将|(?<![主需重])要|到20\d\d年|十四五”?(?:期)?末/;
const SENTENCE_END = /[。!?！？;；]/;
const CLAUSE_END = /[。!?！？;；,，:：]/;
const LIST_JOIN = /^(?:、|和|及|与)$/;

interface Quantity {
  start: number;
  end: number;
  prefix?: string;
  number: string;
  approx?: string;
  unit: string;
  suffix?: string;
  /** Where the number itself starts (after a prefix qualifier). */
  numberStart: number;
}

interface Name {
  start: number;
  end: number;
  form: string;
  stem: string;
}

function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, prefix, number, approx, unit, suffix] = match;
    const start = match.index;
    const end = start + whole.length;
    if (THRESHOLD_AFTER.test(text.slice(end - (suffix?.length ?? 0)))) continue;
    found.push({ start, end, prefix, number, approx, unit, suffix, numberStart: start + (prefix?.length ?? 0) });
  }
  return found;
}

/** The indicator names between two offsets, leftmost and longest first, without overlaps. */
function names(text: string, from: number, to: number): Name[] {
  const found: Name[] = [];
  let i = from;
  while (i < to) {
    const hit = FORMS_LONGEST_FIRST.find(([form]) => i + form.length <= to && text.startsWith(form, i));
    if (hit) {
      found.push({ start: i, end: i + hit[0].length, form: hit[0], stem: hit[1] });
      i += hit[0].length;
    } else i += 1;
  }
  return found;
}

/** The names a value belongs to: the nearest, and those joined to it by 、/和 (A、B增长8%). */
function nameGroup(text: string, found: Name[]): Name[] {
  if (found.length === 0) return [];
  const group = [found[found.length - 1]];
  for (let i = found.length - 2; i >= 0; i--) {
    if (!LIST_JOIN.test(text.slice(found[i].end, group[0].start))) break;
    group.unshift(found[i]);
  }
  return group;
}

function measureOf(id: string): string | undefined {
  return isIndicatorId(id) ? INDICATORS[id].measure : undefined;
}

/** The id for a name: `…-growth` for a growth rate, `new-…` for what was added, when such an id is known. */
function resolveId(stem: string, growth: boolean, isNew: boolean): string | undefined {
  const candidates = growth ? [`${stem}-growth`] : isNew ? [`new-${stem}`, stem] : [stem];
  return candidates.find((id) => isIndicatorId(id));
}

/** A percentage of an amount (工业投资15%) is its growth rate. */
function isGrowthOfAmount(stem: string, unit: string): boolean {
  if (unit !== '%' && unit !== '％') return false;
  const own = measureOf(stem);
  return own !== 'ratio' && own !== 'growth' && isIndicatorId(`${stem}-growth`);
}

function boundaryBefore(text: string, at: number, pattern: RegExp): number {
  for (let i = at - 1; i >= 0; i--) if (pattern.test(text[i])) return i + 1;
  return 0;
}

function boundaryAfter(text: string, at: number, pattern: RegExp): number {
  for (let i = at; i < text.length; i++) if (pattern.test(text[i])) return i;
  return text.length;
}

const YEAR = /(20\d\d)年/g;

interface Context {
  reportYear?: string;
  /** The year of the last heading that names one, or of the last paragraph opening with a year (2021年,…). */
  contextYear?: string;
}

interface Period {
  period: string;
  /** Whether the text fixes the period (a year, 今年, a heading) or it is only the report's year. */
  stated: boolean;
}

function shiftYear(year: string | undefined, by: number): string | undefined {
  return year === undefined ? undefined : String(Number(year) + by);
}

function relativeYear(before: string, reportYear: string | undefined): string | undefined {
  if (/“?十四五”?(?:期)?末/.test(before)) return '2025';
  if (/后年/.test(before)) return shiftYear(reportYear, 2);
  if (/明年/.test(before)) return shiftYear(reportYear, 1);
  if (/去年|上年|过去一年/.test(before)) return shiftYear(reportYear, -1);
  if (/今年|年内|本年/.test(before)) return reportYear;
  return undefined;
}

function periodAt(text: string, sentenceStart: number, at: number, context: Context): Period {
  const before = text.slice(sentenceStart, at);
  const years = [...before.matchAll(YEAR)];
  if (years.length > 0) return { period: years[years.length - 1][1], stated: true };
  const inSentence = relativeYear(before, context.reportYear);
  if (inSentence) return { period: inSentence, stated: true };
  const inParagraph = relativeYear(text.slice(0, at), context.reportYear);
  if (inParagraph) return { period: inParagraph, stated: true };
  if (context.contextYear) return { period: context.contextYear, stated: true };
  return { period: context.reportYear ?? '', stated: false };
}

function kindAt(sentence: string, clauseBefore: string, period: Period, reportYear: string | undefined): Figure['kind'] {
  const clauseYears = [...clauseBefore.matchAll(YEAR)];
  if (clauseYears.length > 0 && reportYear && clauseYears[clauseYears.length - 1][1] < reportYear) return 'actual';
  if (/以来|一年来|过去一年|去年/.test(sentence)) return 'actual';
  if (TARGET_MARKERS.test(sentence)) return 'target';
  if (period.stated && reportYear && period.period >= reportYear) return 'target';
  return 'actual';
}

/** Scope stated right after the number, 700亿元(含高新), or for a paragraph of targets, 预期目标(不含江阴园区). */
function scopeAt(text: string, quantity: Quantity): string | undefined {
  const after = /^[(（]([^()（）]{1,20})[)）]/.exec(text.slice(quantity.end));
  if (after && /含|不含|口径/.test(after[1])) return after[1];
  const lead = [...text.slice(0, quantity.start).matchAll(/目标[(（]((?:不)?含[^()（）]{1,20})[)）]/g)];
  return lead.length > 0 ? lead[lead.length - 1][1] : undefined;
}

function valueOf(quantity: Quantity): number {
  return Number(quantity.number);
}

/** The figures one paragraph proposes. */
function paragraphFigures(id: string, text: string, context: Context): Figure[] {
  const all = quantities(text);
  const consumed = new Set<number>();
  const out: { at: number; figure: Figure }[] = [];

  const propose = (name: Name, q: Quantity, growth: boolean, quoteStart: number, quoteEnd: number) => {
    const sentenceStart = boundaryBefore(text, q.start, SENTENCE_END);
    const sentenceEnd = boundaryAfter(text, q.end, SENTENCE_END);
    const clauseStart = boundaryBefore(text, q.start, CLAUSE_END);
    const isNew = NEW_MARKERS.test(text.slice(clauseStart, name.start)) || NEW_MARKERS.test(name.form);
    const indicatorId = resolveId(name.stem, growth, isNew);
    if (!indicatorId) return;
    const period = periodAt(text, sentenceStart, q.numberStart, context);
    let qualifier = q.prefix ?? q.suffix ?? q.approx;
    let start = quoteStart;
    if (!qualifier) {
      const strive = text.lastIndexOf('力争', q.start);
      if (strive >= clauseStart) {
        qualifier = '力争';
        start = Math.min(start, strive);
      }
    }
    const figure: Figure = {
      indicator: name.form,
      indicatorId,
      value: valueOf(q),
      unit: q.unit === '％' ? '%' : q.unit,
      period: period.period,
      kind: kindAt(text.slice(sentenceStart, sentenceEnd), text.slice(clauseStart, q.start), period, context.reportYear),
      qualifier,
      scope: scopeAt(text, q),
      paragraph: id,
      quote: text.slice(start, quoteEnd),
      checked: false,
    };
    // Never invent a number: the value is written in the quote, the quote is in the paragraph.
    if (!figure.quote.includes(String(figure.value)) || !text.includes(figure.quote)) return;
    out.push({ at: q.numberStart, figure });
  };

  // 分别 lists: A…、B…,同比分别增长x%、y% → A x%, B y%.
  for (const match of text.matchAll(/分别(增长|增速|提高|为|达到|达|是)?/g)) {
    const listStart = match.index + match[0].length;
    const list: Quantity[] = [];
    let at = listStart;
    for (const q of all.filter((q) => q.start >= listStart)) {
      if (q.start !== at) break;
      list.push(q);
      at = q.end;
      const joiner = /^(?:、|,|，|和|及|与)/.exec(text.slice(at));
      if (!joiner) break;
      at += joiner[0].length;
    }
    if (list.length < 2) continue;
    for (const q of list) consumed.add(q.start);
    const sentenceStart = boundaryBefore(text, match.index, SENTENCE_END);
    const named = names(text, sentenceStart, match.index);
    if (named.length < list.length) continue;
    const used = named.slice(named.length - list.length);
    const growthWord = match[1] === '增长' || match[1] === '增速' || match[1] === '提高';
    used.forEach((name, i) => {
      const growth = growthWord || isGrowthOfAmount(name.stem, list[i].unit);
      propose(name, list[i], growth, used[0].start, list[list.length - 1].end);
    });
  }

  // Everything else, clause by clause.
  let lastName: Name | undefined;
  let lastSentence = -1;
  for (const [index, q] of all.entries()) {
    if (consumed.has(q.start)) continue;
    const sentenceStart = boundaryBefore(text, q.start, SENTENCE_END);
    if (sentenceStart !== lastSentence) {
      lastName = undefined;
      lastSentence = sentenceStart;
    }
    const clauseStart = boundaryBefore(text, q.start, CLAUSE_END);
    const previous = all[index - 1];
    const from = previous && previous.end > clauseStart ? previous.end : clauseStart;
    const before = text.slice(from, q.start);
    if (FALL_BEFORE.test(before)) continue;
    const growthWord = GROWTH_BEFORE.test(before);
    let group = nameGroup(text, names(text, from, q.start));
    let quoteStart = group[0]?.start ?? from;
    let quoteEnd = q.end;
    if (group.length === 0) {
      const trailing = names(text, q.end, Math.min(text.length, q.end + 12)).find((n) => n.start === q.end);
      if (trailing) {
        group = [trailing];
        quoteStart = from;
        quoteEnd = trailing.end;
      } else if (lastName && (growthWord || MOVES_TO.test(before))) {
        group = [lastName];
        quoteStart = lastName.start;
      } else continue;
    }
    for (const name of group) {
      const growth = growthWord || isGrowthOfAmount(name.stem, q.unit);
      propose(name, q, growth, quoteStart, quoteEnd);
    }
    lastName = group[group.length - 1];
  }
  // In text order; the values of one list keep the order of their names.
  return out.sort((a, b) => a.at - b.at).map((entry) => entry.figure);
}

/**
 * Candidate figures for a report body, in text order, all `checked: false`.
 * Give the blocks of `bodyBlocks(mdxBody(mdx))`, headings included: a
 * heading such as 一、2023年工作回顾 sets the year of what follows.
 */
export function extractFigures(blocks: readonly TextBlock[], options: ExtractOptions = {}): Figure[] {
  const context: Context = { reportYear: options.reportYear };
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.id === undefined) {
      const year = [...block.text.matchAll(YEAR)].at(-1)?.[1];
      if (year) context.contextYear = year;
      continue;
    }
    const opening = /^(20\d\d)年/.exec(block.text);
    if (opening) context.contextYear = opening[1];
    for (const figure of paragraphFigures(block.id, block.text, context)) {
      const key = [figure.paragraph, figure.indicatorId, figure.value, figure.unit, figure.period, figure.kind, figure.scope].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      figures.push(figure);
    }
  }
  return figures;
}

/** The order of fields in a figure file. */
const FIELD_ORDER: readonly (keyof Figure)[] = ['indicator', 'indicatorId', 'value', 'unit', 'period', 'kind', 'qualifier', 'scope', 'paragraph', 'quote', 'checked', 'note'];

/**
 * A figure file's YAML: a list, every string double-quoted, fields in a
 * fixed order, so the same figures always give the same bytes; `[]` for none.
 */
export function renderFigureFile(figures: readonly Figure[]): string {
  const ordered = figures.map((figure) => Object.fromEntries(FIELD_ORDER.filter((key) => figure[key] !== undefined).map((key) => [key, figure[key]])));
  return toYamlSequence(ordered);
}
