import { describe, expect, it } from 'vitest';
import { dateOnlyLine, findDates, labelledDate } from '../../scripts/ingest/dates.ts';
import { chineseNumeral } from '../../src/text/chinese-numerals.ts';
import { dayAfterConveyedEvent, dayAfterNationalSession, dayBeforeSetDate, meetingDay } from '../../scripts/ingest/meeting-day.ts';

describe('dates', () => {
  it.each([
    ['2021-08-24', '2021-08-24'],
    ['2021/8/24', '2021-08-24'],
    ['2021年10月 01日 09:04', '2021-10-01T09:04'],
    ['2023-03-01 19:55:07', '2023-03-01T19:55'],
    ['2021-10-01T09:04', '2021-10-01T09:04'],
    ['二〇二六年一月二十七日', '2026-01-27'],
    ['二0一一年一月十日', '2011-01-10'],
    ['二〇二一年十二月三十一日', '2021-12-31'],
    ['20.02.2017  18:38', '2017-02-20T18:38'],
    ['26.01.2015', '2015-01-26'],
    ['——1 9 9 8 年3 月5 日在', '1998-03-05'],
    ['2013年06月09 15:50:29 来源:某某网', '2013-06-09T15:50'],
    ['发布日期: 2025- 05- 10 18: 52 浏览次数:', '2025-05-10T18:52'],
    ['发布日期: 2026-02-0419:47:55 浏览次数:', '2026-02-04T19:47'],
    ['作者: 日期:2024-02-08 12∶02 来源:', '2024-02-08T12:02'],
    ['2021年9月23至24日,某某镇第十六届人民代表大会第一次会议', '2021-09-23'],
    ['(一九九九年元月九日)', '1999-01-09'],
    ['2019年元月9日', '2019-01-09'],
  ])('reads %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('never reads the lunar 正月 as January', () => {
    expect(findDates('一九九九年正月初九')).toEqual([]);
  });

  it('reads a dotted date day first, as the sites that print it do (05.03.2017), never month first', () => {
    expect(findDates('05.03.2017')[0]?.iso).toBe('2017-03-05');
    expect(findDates('版本 1.20.2017')).toEqual([]);
  });

  it('reads a year spaced digit by digit, and only four digits so', () => {
    expect(findDates('表1 2023年3月5日')[0]?.iso).toBe('2023-03-05');
    expect(findDates('第3 1998年')).toEqual([]);
    // (A day loses its 日 only before a time: 2013年06月09 is no date alone.)
    expect(findDates('2013年06月09')).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(findDates('2021-02-30')).toEqual([]);
    expect(findDates('2021年13月1日')).toEqual([]);
  });

  it('recognises a line that is only a date', () => {
    expect(dateOnlyLine('(2021年8月24日)')).toBe('2021-08-24');
    expect(dateOnlyLine('（二〇二六年一月二十七日）')).toBe('2026-01-27');
    // (The digit 0 typed for 〇.)
    expect(dateOnlyLine('(二0一一年一月十日)')).toBe('2011-01-10');
    expect(dateOnlyLine('2021年8月24日召开会议')).toBeUndefined();
    // (After a dateline's dash, with no occasion.)
    expect(dateOnlyLine('——2024年1月8日')).toBe('2024-01-08');
    expect(dateOnlyLine('——2024.1.8')).toBe('2024-01-08');
    expect(dateOnlyLine('——2024年1月8日在全县经济工作会议上')).toBeUndefined();
  });

  it('reads Chinese numerals', () => {
    expect(chineseNumeral('二〇二六')).toBe(2026);
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('二十七')).toBe(27);
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('甲')).toBeUndefined();
  });
});

describe('a lead’s day before a day to come it sets in full', () => {
  it('is in the year that puts it at most sixty days before', () => {
    expect(dayBeforeSetDate('7月26日,某区委全会召开,全会决定2021年7月28日至30日召开某区第五次代表大会。')?.iso).toBe('2021-07-26');
    expect(dayBeforeSetDate('12月28日,某县委全会召开,会议决定定于2023年1月6日召开县第十八届人民代表大会第二次会议。')?.iso).toBe('2022-12-28');
  });
  it('is not read when the set day is far, or before it, or set by no decision', () => {
    expect(dayBeforeSetDate('3月2日,某会议召开,全会决定2021年7月28日召开代表大会。')).toBeUndefined();
    expect(dayBeforeSetDate('8月2日,某会议召开,全会决定2021年7月28日召开代表大会。')).toBeUndefined();
    expect(dayBeforeSetDate('7月26日,某会议召开,会议回顾了2021年7月1日以来的工作。')).toBeUndefined();
  });
});

describe('a lead’s day alone, in the page’s month or the month before', () => {
  it('is a day that month has', () => {
    expect(meetingDay('24日上午,某县召开会议。', '2023-05-25')?.iso).toBe('2023-05-24');
    expect(meetingDay('30日上午,某县召开会议。', '2023-05-04')?.iso).toBe('2023-04-30');
    expect(meetingDay('31日上午,某县召开会议。', '2023-05-04')).toBeUndefined();
  });
  it('reads two digits no day can be as a month and a day run together', () => {
    expect(meetingDay('43日,某县第十四次妇女代表大会召开。', '2018-04-04')?.iso).toBe('2018-04-03');
    expect(meetingDay('40日,某县召开会议。', '2018-04-04')).toBeUndefined();
  });
});

describe('a lead’s day after a national session whose spirit the item carries out', () => {
  it('is in the session’s year from March on, not before it', () => {
    const item = '会议是在全市上下认真贯彻十四届全国人大二次会议精神的重要时刻召开的。';
    expect(dayAfterNationalSession('3月25日,市十五届人大四次会议举行预备会议。', item)?.iso).toBe('2024-03-25');
    expect(dayAfterNationalSession('2月25日,某会议召开。', item)).toBeUndefined();
    expect(dayAfterNationalSession('3月25日,某会议召开。', '会议回顾了一年的工作。')).toBeUndefined();
  });
});

describe('a lead’s day after an event of a named year whose spirit the meeting conveyed', () => {
  it('is in that year from March on, not in a year’s first two months', () => {
    expect(dayAfterConveyedEvent('4月24日上午,某省委书记主持召开省委常委会会议,传达学习习近平总书记在博鳌亚洲论坛2022年年会开幕式上的主旨演讲精神。')?.iso).toBe('2022-04-24');
    expect(dayAfterConveyedEvent('1月5日上午,某县委召开常委会会议,传达学习2021年中央经济工作会议精神。')).toBeUndefined();
    expect(dayAfterConveyedEvent('3月6日,某县委中心组召开(扩大)学习会议,传达学习国务院《2017年政府工作报告》和省委、省政府有关决策部署。')?.iso).toBe('2017-03-06');
    expect(dayAfterConveyedEvent('4月24日上午,某县委召开常委会会议,研究部署2022年工作。')).toBeUndefined();
  });
});

describe('a page’s own date as a label gives it', () => {
  it('reads a two-digit year as this century’s (发布时间:22年02月25日)', () => {
    expect(labelledDate('22年02月25日')?.iso).toBe('2022-02-25');
    expect(labelledDate('2022-02-25 10:31')?.iso).toBe('2022-02-25T10:31');
    expect(labelledDate('不详')).toBeUndefined();
  });
});
