/**
 * How the site writes a figure: the number in Chinese digit grouping, its
 * qualifier where the report put it, the unit, and the period. Used by the
 * key-figures table on report pages and by /figures/.
 */
import { qualifierPlace } from './qualifiers.ts';

/** 12345.678 → 12,345.678 (up to four decimals, as the reports write them). */
export function formatNumber(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

/** 近3 万人, 30余 家, 5 %左右: the value as the report qualifies it. */
export function formatFigureValue(figure: { value: number; unit: string; qualifier?: string }): string {
  const { qualifier } = figure;
  const place = qualifier === undefined ? undefined : qualifierPlace(qualifier);
  const before = place === 'before' ? qualifier : '';
  const afterNumber = place === 'after-number' ? qualifier : '';
  const after = place === 'after' ? qualifier : '';
  return `${before}${formatNumber(figure.value)}${afterNumber} ${figure.unit}${after}`;
}

/** A period as the site shows it: 2021, 2021—2025 (the data writes 2021/2025). */
export function formatPeriod(period: string): string {
  return period.replace('/', '—');
}
