/**
 * The key-figures schema: the numbers a report states (GDP, budget revenue,
 * growth rates, targets such as 增长8%左右), one file per report,
 * `content/figures/<report-slug>.yaml`, holding a list of figures.
 *
 * `npm run figures:extract` proposes figures (`checked: false`); an editor
 * compares each with its paragraph, corrects it and sets `checked: true`.
 * The checks against the report text (paragraph, quote, value, known ids
 * and units) live in `src/figures/check.ts`; the series across reports in
 * `src/figures/series.ts`.
 */
import { ID_PATTERN } from '../text/ids.ts';
import { z } from 'astro/zod';
import { required, strict, text } from './fields.ts';

/**
 * What an indicator measures: an `amount` (亿元, 亿吨), a `growth` rate of an
 * amount (%), a `ratio` that is not a growth rate (税占比, 失业率), or a
 * `count` (企业, 项目, 亩 of land).
 */
export type Measure = 'amount' | 'growth' | 'ratio' | 'count';

export interface IndicatorInfo {
  /** The usual Chinese name, for table headings and chart titles. */
  name: string;
  /** An English name. */
  english: string;
  measure: Measure;
}

/**
 * The known indicator ids. The same id in two reports means the same
 * indicator, so their figures can be compared and charted together.
 * A growth rate has its own id (`gdp` and `gdp-growth`). To add an
 * indicator, add its id here, in lowercase ASCII words joined by hyphens;
 * `new-…` ids count what was added in the period (新增), the others stocks
 * or flows as the text states them.
 */
export const INDICATORS = {
  gdp: { name: '地区生产总值', english: 'Gross regional product (GDP)', measure: 'amount' },
  'gdp-growth': { name: '地区生产总值增速', english: 'GDP growth', measure: 'growth' },
  'gdp-share-of-city': { name: '经济总量占全市比重', english: 'Share of the city’s GDP', measure: 'ratio' },
  'per-capita-gdp-growth': { name: '人均地区生产总值增速', english: 'Per-capita GDP growth', measure: 'growth' },
  'labour-productivity-growth': { name: '全员劳动生产率增速', english: 'Labour productivity growth', measure: 'growth' },
  'general-budget-revenue': { name: '一般公共预算收入', english: 'General public budget revenue', measure: 'amount' },
  'general-budget-revenue-growth': { name: '一般公共预算收入增速', english: 'General public budget revenue growth', measure: 'growth' },
  'fiscal-revenue': { name: '财政收入', english: 'Fiscal revenue (as the text counts it)', measure: 'amount' },
  'tax-share': { name: '税收占比', english: 'Tax share of revenue', measure: 'ratio' },
  'industrial-invoiced-sales': { name: '工业开票销售', english: 'Industrial invoiced sales', measure: 'amount' },
  'industrial-invoiced-sales-growth': { name: '工业开票销售增速', english: 'Industrial invoiced sales growth', measure: 'growth' },
  'services-invoiced-sales': { name: '服务业开票销售', english: 'Services invoiced sales', measure: 'amount' },
  'services-invoiced-sales-growth': { name: '服务业开票销售增速', english: 'Services invoiced sales growth', measure: 'growth' },
  'equipment-manufacturing-invoiced-sales': { name: '装备制造开票销售', english: 'Equipment-manufacturing invoiced sales', measure: 'amount' },
  'industrial-value-added-growth': { name: '规模以上工业增加值增速', english: 'Growth of industrial value added (above designated size)', measure: 'growth' },
  'fixed-asset-investment': { name: '固定资产投资', english: 'Fixed-asset investment', measure: 'amount' },
  'fixed-asset-investment-growth': { name: '固定资产投资增速', english: 'Fixed-asset investment growth', measure: 'growth' },
  'industrial-investment-growth': { name: '工业投资增速', english: 'Industrial investment growth', measure: 'growth' },
  'retail-sales': { name: '社会消费品零售总额', english: 'Retail sales of consumer goods', measure: 'amount' },
  'retail-sales-growth': { name: '社会消费品零售总额增速', english: 'Retail sales growth', measure: 'growth' },
  'other-services-revenue-growth': { name: '其他营利性服务业营业收入增速', english: 'Revenue growth of other for-profit services', measure: 'growth' },
  'imports-exports': { name: '进出口总额', english: 'Imports and exports', measure: 'amount' },
  'imports-exports-growth': { name: '进出口总额增速', english: 'Imports and exports growth', measure: 'growth' },
  'port-cargo-throughput': { name: '港口货物吞吐量', english: 'Port cargo throughput', measure: 'amount' },
  'rd-intensity': { name: '研发经费投入强度', english: 'R&D spending as a share of GDP', measure: 'ratio' },
  'rd-activity-coverage': { name: '规上工业企业研发活动覆盖率', english: 'Share of industrial firms with R&D activity', measure: 'ratio' },
  'technology-contract-turnover': { name: '技术合同成交额', english: 'Technology contract turnover', measure: 'amount' },
  'high-tech-enterprises': { name: '高新技术企业数', english: 'High-tech enterprises', measure: 'count' },
  'new-high-tech-enterprises': { name: '新增高新技术企业', english: 'New high-tech enterprises', measure: 'count' },
  'specialized-smes': { name: '专精特新中小企业数', english: '“Specialised and sophisticated” SMEs', measure: 'count' },
  'new-specialized-smes': { name: '新增专精特新企业', english: 'New “specialised and sophisticated” SMEs', measure: 'count' },
  'tech-smes': { name: '科技型中小企业数', english: 'Technology-based SMEs', measure: 'count' },
  'new-rd-institutions': { name: '新增研发机构', english: 'New R&D institutions', measure: 'count' },
  'new-above-scale-enterprises': { name: '新增规上企业', english: 'New enterprises above designated size', measure: 'count' },
  'new-market-entities': { name: '新增市场主体', english: 'New market entities', measure: 'count' },
  'new-ftz-innovation-cases': { name: '新增自贸试验区创新案例', english: 'New free-trade-zone innovation cases', measure: 'count' },
  'projects-started': { name: '新开工项目', english: 'Projects started', measure: 'count' },
  'projects-completed': { name: '新竣工项目', english: 'Projects completed', measure: 'count' },
  'key-projects-attracted': { name: '招引重点项目', english: 'Key projects attracted', measure: 'count' },
  'idle-land-revitalized': { name: '盘活低效用地', english: 'Idle or inefficient land put back to use', measure: 'count' },
  'new-roads': { name: '新建道路', english: 'New roads', measure: 'count' },
  'new-pipelines': { name: '新铺设改造管网', english: 'Pipe networks laid or renewed', measure: 'amount' },
  'new-green-area': { name: '新增绿化面积', english: 'New green area', measure: 'amount' },
  'new-jobs': { name: '新增就业', english: 'New jobs', measure: 'count' },
  'new-urban-jobs': { name: '城镇新增就业', english: 'New urban jobs', measure: 'count' },
  'graduate-employment': { name: '高校毕业生就业创业', english: 'Graduates employed or starting businesses', measure: 'count' },
  'surveyed-unemployment-rate': { name: '城镇调查失业率', english: 'Surveyed urban unemployment rate', measure: 'ratio' },
} as const satisfies Record<string, IndicatorInfo>;
export type IndicatorId = keyof typeof INDICATORS;

export function isIndicatorId(id: string): id is IndicatorId {
  return Object.hasOwn(INDICATORS, id);
}

/**
 * The units a figure may have, written as the reports write them. One unit
 * per spelling, so that series compare like with like: write 亿元, not 亿.
 * To add a unit, add it here.
 */
export const UNITS = [
  '亿元', '万元', '元', '亿美元', '万美元',
  '%', '个百分点',
  '个', '家', '项', '户', '条', '人', '万人', '人次',
  '亩', '万亩', '公里', '万平方米',
  '吨', '万吨', '亿吨',
] as const;
export type Unit = (typeof UNITS)[number];

export function isUnit(unit: string): unit is Unit {
  return (UNITS as readonly string[]).includes(unit);
}

/** A year (`2023`), a month of a year (`2021-06`, for 1–6月 figures), or a span of years (`2021/2025`, 十四五). */
export const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2])|\/\d{4})?$/;

export const FIGURE_KINDS = {
  actual: '实际完成',
  target: '预期目标',
} as const;
export type FigureKind = keyof typeof FIGURE_KINDS;

/** One number a report states. */
export const figureSchema = strict({
  /** The indicator's name as the paragraph words it (地区生产总值, GDP, 工业开票); the check finds it in the paragraph. */
  indicator: text(),
  /** The shared ASCII id of the indicator (gdp, gdp-growth…): one of INDICATORS above. */
  indicatorId: z
    .string({ error: required('must be an indicator id in double quotes, such as "gdp"') })
    .regex(ID_PATTERN, { error: 'must be lowercase ASCII words joined by hyphens, such as "gdp-growth"; see INDICATORS in src/schemas/figures.ts' }),
  /** The number as a plain decimal (768, 23.46, 8); a number the text writes as 1.4万人 is 1.4 with unit 万人. */
  value: z.number({ error: required('must be a number without quotes or units, such as 23.46') }),
  /** The unit as the text writes it after the number (亿元, %, 家, 万人): one of UNITS above. */
  unit: text(),
  /** The year or period the number refers to, not the year of the report: "2023", "2021-06", "2021/2025". */
  period: z.string({ error: required('must be a year in double quotes, such as "2023"') }).regex(PERIOD, {
    error: 'must be a year "2023", a month "2021-06" (figures to the end of that month) or a span "2021/2025"',
  }),
  /** `actual` for what was achieved, `target` for what is planned or expected. */
  kind: z.enum(Object.keys(FIGURE_KINDS) as [FigureKind, ...FigureKind[]], { error: 'must be actual (achieved) or target (planned, expected)' }),
  /** How the text qualifies the number, copied exactly (左右, 以上, 接近, 突破, 力争); the check finds it in the quote. */
  qualifier: text().optional(),
  /** What the number covers when the text says so, e.g. 不含江阴园区, 含高新, 高新区, or the district a speaker speaks for. */
  scope: text().optional(),
  /** The anchor of the paragraph that states it: p1, p2, … */
  paragraph: z.string({ error: required('must be a paragraph anchor such as "p4"') }).regex(/^p\d+$/, { error: 'must be a paragraph anchor such as "p4"' }),
  /** The words of that paragraph that state the number, copied exactly. */
  quote: text(),
  /** True only once a person has compared the figure with the text. */
  checked: z.boolean({ error: 'must be true or false without quotes: true only after comparing the figure with the text' }),
  /** An editor's note a reader needs to read the figure right (a part-year period, a redacted name, an unclear scope). */
  note: text().optional(),
});

/** A `content/figures/<slug>.yaml` file: a list of figures, `[]` when the report states none. */
export const figureFileSchema = z.array(figureSchema, {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? 'is empty: write [] for a report without key figures'
      : 'must be a list of figures (lines starting with "- indicator:"), or [] for none',
});

export type Figure = z.output<typeof figureSchema>;
export type FigureInput = z.input<typeof figureSchema>;
export type FigureFile = z.output<typeof figureFileSchema>;
