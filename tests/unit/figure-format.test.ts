import { expect, test } from 'vitest';
import { formatFigureValue, formatPeriod } from '../../src/figures/format.ts';

test('a qualifier stands where the report writes it', () => {
  expect(formatFigureValue({ value: 3, unit: '万人', qualifier: '近' })).toBe('近3 万人');
  expect(formatFigureValue({ value: 60, unit: '个', qualifier: '不少于' })).toBe('不少于60 个');
  expect(formatFigureValue({ value: 30, unit: '家', qualifier: '余' })).toBe('30余 家');
  expect(formatFigureValue({ value: 6.5, unit: '%', qualifier: '左右' })).toBe('6.5 %左右');
  expect(formatFigureValue({ value: 12345.5, unit: '亿元' })).toBe('12,345.5 亿元');
});

test('periods read with a dash', () => {
  expect(formatPeriod('2021/2025')).toBe('2021—2025');
  expect(formatPeriod('2022')).toBe('2022');
});
