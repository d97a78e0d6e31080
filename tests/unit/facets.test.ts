import { describe, expect, it } from 'vitest';
import { allPlaces, meetingSeries, placeFacets, relatedIndex, speakerFacets, typeFacets, yearFacets } from '../../src/lib/facets.ts';
import { pinyinWithTones, slugify } from '../../src/text/ids.ts';
import type { ReportEntry } from '../../src/lib/catalogue.ts';
import { reportSchema } from '../../src/schemas/report.ts';

const entry = (id: string, data: Record<string, unknown>): ReportEntry => ({
  id,
  data: reportSchema.parse({ title: id, documentType: 'speech', provenance: { sourceFile: 'a.txt', sha256: 'a'.repeat(64) }, ...data }),
});

const entries = [
  entry('a', { place: { province: '河南省', city: '洛阳市', district: '涧西区' }, dates: { delivered: '2022' }, meeting: '区委十届四次全会', speakers: [{ office: '区委书记' }] }),
  entry('b', { place: { province: '河南省', city: '洛阳市', district: '涧西区' }, dates: { delivered: '2023-01-10' }, meeting: '区委十届五次全会', speakers: [{ name: '某某', office: '区委书记' }] }),
  entry('c', { place: { province: '江苏省', city: '扬州市' }, dates: { published: '2021-10-01' }, documentType: 'interview-compilation', speakers: [{ name: '韦峰', office: '广陵区委书记' }] }),
];

describe('facets', () => {
  it('makes ASCII slugs from Chinese labels', () => {
    expect(slugify('江苏省')).toBe('jiang-su-sheng');
    expect(slugify('323+1 产业')).toMatch(/^[a-z0-9-]+$/);
    expect(pinyinWithTones('“两新”')).toBe('liǎng xīn');
  });

  it('nests places province → city → district with their reports', () => {
    const tree = placeFacets(entries);
    expect(tree.map((p) => [p.label, p.entries.length])).toEqual([['河南省', 2], ['江苏省', 1]]);
    expect(allPlaces(tree).map((p) => p.path)).toEqual(['he-nan-sheng', 'he-nan-sheng/luo-yang-shi', 'he-nan-sheng/luo-yang-shi/jian-xi-qu', 'jiang-su-sheng', 'jiang-su-sheng/yang-zhou-shi']);
  });

  it('lists years newest first, speakers with offices, and document types', () => {
    expect(yearFacets(entries).map((y) => [y.label, y.entries.map((e) => e.id)])).toEqual([['2023', ['b']], ['2022', ['a']], ['2021', ['c']]]);
    expect(speakerFacets(entries).find((s) => s.label === '区委书记')?.offices).toEqual(['区委书记']);
    expect(typeFacets(entries).map((t) => [t.path, t.label, t.entries.length])).toEqual([['speech', '讲话', 2], ['interview-compilation', '访谈汇编', 1]]);
  });

  it('finds the same meeting series across sessions, and the same place', () => {
    expect(meetingSeries('区委十届四次全会暨区委经济工作会议', { city: '洛阳市', district: '涧西区' })).toBe('洛阳市 涧西区 区委全会暨区委经济工作会议');
    expect(meetingSeries('中共扬州八届市委经济技术开发区工委第一次扩大会议', { city: '扬州市' })).toBe('扬州市 扬州市委经济技术开发区工委扩大会议');
  });
});

describe('relatedIndex', () => {
  it('finds the other reports of the same place and meeting series, never the report itself', () => {
    const related = relatedIndex(entries);
    expect(related(entries[0])).toEqual({ samePlace: [entries[1]], placeLabel: '涧西区', sameSeries: [entries[1]] });
    expect(related(entries[2])).toEqual({ samePlace: [], placeLabel: '扬州市', sameSeries: [] });
  });

  it('lists at most 50 of each, newest first, and answers for each archive it is given', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      entry(`r${String(i).padStart(2, '0')}`, { place: { city: '扬州市' }, dates: { delivered: `${1960 + i}` }, meeting: `市第${i + 1}次党代会` }),
    );
    const related = relatedIndex(many)(many[59]);
    expect(related.samePlace).toHaveLength(50);
    expect(related.samePlace[0].id).toBe('r58');
    expect(related.samePlace.some((e) => e.id === 'r59')).toBe(false);
    expect(related.sameSeries).toHaveLength(50);
    // A second archive of the same size gets its own answer, not the first one's.
    const other = many.map((e) => ({ ...e, data: { ...e.data, place: { city: '洛阳市' } } }));
    expect(relatedIndex(other)(other[59]).placeLabel).toBe('洛阳市');
  });
});
