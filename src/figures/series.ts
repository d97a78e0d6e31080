/**
 * Series of an indicator across reports, for charts: checked figures grouped
 * by indicator id, unit and kind (actuals and targets are separate series,
 * and 亿元 never shares an axis with %). Unchecked figures are left out.
 */
import { INDICATORS, isIndicatorId, type Figure, type FigureKind } from '../schemas/figures.ts';
import type { ReportFigures } from './check.ts';

export interface SeriesPoint {
  /** The report's slug. */
  report: string;
  period: string;
  value: number;
  qualifier?: string;
  /** What the figure covers (不含江阴园区, 高新区), when stated: points of one series may differ in scope. */
  scope?: string;
  /** The indicator as this report words it, and where. */
  indicator: string;
  paragraph: string;
}

export interface Series {
  indicatorId: string;
  /** The indicator's usual Chinese name (from INDICATORS), or the id if unknown. */
  name: string;
  unit: string;
  kind: FigureKind;
  /** By period, then report slug. */
  points: SeriesPoint[];
  /** How many reports the points come from. */
  reports: number;
}

export interface SeriesOptions {
  /** Only series with points from at least this many reports (2 for indicators that recur). Default 1. */
  minReports?: number;
}

function pointOf(report: string, figure: Figure): SeriesPoint {
  const point: SeriesPoint = { report, period: figure.period, value: figure.value, indicator: figure.indicator, paragraph: figure.paragraph };
  if (figure.qualifier !== undefined) point.qualifier = figure.qualifier;
  if (figure.scope !== undefined) point.scope = figure.scope;
  return point;
}

export function buildSeries(files: readonly ReportFigures[], options: SeriesOptions = {}): Series[] {
  const minReports = options.minReports ?? 1;
  const groups = new Map<string, Series>();
  for (const { slug, figures } of files) {
    for (const figure of figures) {
      if (!figure.checked) continue;
      const key = `${figure.indicatorId}\u0000${figure.unit}\u0000${figure.kind}`;
      let series = groups.get(key);
      if (!series) {
        const name = isIndicatorId(figure.indicatorId) ? INDICATORS[figure.indicatorId].name : figure.indicatorId;
        series = { indicatorId: figure.indicatorId, name, unit: figure.unit, kind: figure.kind, points: [], reports: 0 };
        groups.set(key, series);
      }
      series.points.push(pointOf(slug, figure));
    }
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()]
    .map((series) => ({
      ...series,
      points: series.points.sort((a, b) => byText(a.period, b.period) || byText(a.report, b.report)),
      reports: new Set(series.points.map((point) => point.report)).size,
    }))
    .filter((series) => series.reports >= minReports)
    .sort((a, b) => byText(a.indicatorId, b.indicatorId) || byText(a.unit, b.unit) || byText(a.kind, b.kind));
}
