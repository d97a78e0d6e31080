import { expect, test } from 'vitest';
import type { Occurrence } from '../../src/glossary/concordance.ts';
import { termUsage, usageSummary } from '../../src/lib/glossary-view.ts';
import { jsonForScript } from '../../src/lib/text-formats.ts';

const use = (report: string, n: number): Occurrence => ({ termId: 't', report, paragraph: `p${n}`, before: '', match: 'x', after: '' });
const labels: Record<string, { title: string; place: string; year: string }> = {
  a: { title: 'A', place: '扬州市', year: '2021年' },
  b: { title: 'B', place: '扬州市', year: '2022年' },
  c: { title: 'C', place: '洛阳市', year: '2022年' },
};

test("an entry's usage: counts by place (most first) and by year (in order), a few samples per place", () => {
  const uses = [use('a', 1), use('a', 2), use('b', 1), use('b', 2), use('c', 1)];
  const usage = termUsage(uses, (slug) => labels[slug], 3);
  expect(usage.byPlace).toEqual([{ label: '扬州市', value: 4 }, { label: '洛阳市', value: 1 }]);
  expect(usage.byYear).toEqual([{ label: '2021年', value: 2 }, { label: '2022年', value: 3 }]);
  expect(usage.places).toEqual(['扬州市', '洛阳市']);
  expect(usage.samplesByPlace.get('扬州市')).toHaveLength(3);
  expect(usage.reports).toBe(3);
});

test('JSON in a script element cannot close it', () => {
  expect(jsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
});

test('the usage sentence of an entry page is computed from the uses', () => {
  const uses = [use('a', 1), use('a', 2), use('c', 1)];
  uses[2] = { ...uses[2], match: 'y' };
  const usage = termUsage(uses, (slug) => labels[slug]);
  expect(usageSummary(usage, uses.length)).toBe('本库 2 篇文献共 3 处使用，见于扬州市、洛阳市，最早一篇为2021年。写法：x（2 处）、y（1 处）。');
  expect(usageSummary(termUsage([], (slug) => labels[slug]), 0)).toBe('本库正文中暂无用例。');
});
