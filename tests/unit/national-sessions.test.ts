import { describe, expect, it } from 'vitest';
import { nationalSessionYear } from '../../scripts/ingest/national-sessions.ts';

describe('nationalSessionYear', () => {
  it.each([
    ['十二届全国人大四次会议', 2016],
    ['第十三届全国人民代表大会第三次会议', 2020],
    ['十一屆全國人大一次會議', 2008],
    ['全国政协十三届三次会议', 2020],
    ['中国人民政治协商会议第十四届全国委员会第一次会议', 2023],
    ['第六届全国人民代表大会第四次会议', 1986],
    ['第14届全国人大第4次会议', 2026],
  ])('%s met in %i', (name, year) => {
    expect(nationalSessionYear(name)).toBe(year);
  });

  it.each([
    ['a standing committee sits many times a year', '十二届全国人大常委会第四次会议'],
    ['a term before the sixth met irregularly', '第五届全国人民代表大会第一次会议'],
    ['a province\'s congress is not national', '江苏省第十四届人民代表大会第二次会议'],
    ['a term has five sessions', '第十二届全国人民代表大会第六次会议'],
  ])('none when %s', (_why, name) => {
    expect(nationalSessionYear(name)).toBeUndefined();
  });
});
