import { describe, expect, test } from 'vitest';
import { constructedTitle, readMetadata } from '../../scripts/ingest/metadata.ts';
import { readHeader } from '../../scripts/ingest/header.ts';
import { headingDepth } from '../../scripts/ingest/structure.ts';
import { startDraft } from '../../scripts/ingest/draft.ts';
import { readSource } from '../../scripts/ingest/read.ts';
import { SALUTATION_LINE, startsWithHeadingMark } from '../../scripts/ingest/vocabulary.ts';
import { chineseNumeral } from '../../src/text/chinese-numerals.ts';

const draftOf = (lines: string[]) => readMetadata(readHeader(startDraft(readSource('t.txt', new TextEncoder().encode(lines.join('\n'))))));

describe('salutations', () => {
  test('a salutation line is recognised whichever of the words opens it', () => {
    for (const line of ['同志们：', '各位代表：', '各位委员、同志们：', '各位领导、同志们：', '女士们、先生们：', '朋友们！']) expect(SALUTATION_LINE.test(line), line).toBe(true);
    expect(SALUTATION_LINE.test('同志们要认真学习。')).toBe(false);
  });

  test('a salutation makes a titled document a speech, whichever word it uses', () => {
    for (const salutation of ['同志们：', '各位领导、同志们：', '朋友们：']) {
      expect(draftOf(['在某会议上的发言稿', salutation, '今天召开会议。']).facts.documentType, salutation).toBe('speech');
    }
  });
});

describe('office lines', () => {
  test('an office and a spaced name under the title become a speaker', () => {
    for (const [line, office, name] of [
      ['上海市市长 龚 正', '上海市市长', '龚正'],
      ['自治区人民政府主席　包钢', '自治区人民政府主席', '包钢'],
      ['区委书记 王某某', '区委书记', '王某某'],
      ['镇长 李四', '镇长', '李四'],
    ]) {
      expect(draftOf(['政府工作报告', line, '各位代表：']).facts.speakers, line).toEqual([{ name, office }]);
    }
  });

  test('an office in a title names the speaker the title does not', () => {
    expect(draftOf(['区委书记在区委全会上的讲话', '同志们：']).facts.speakers).toEqual([{ office: '区委书记' }]);
    expect(draftOf(['领导小组组长在全区项目建设推进会上的讲话', '同志们：']).facts.speakers).toEqual([{ office: '领导小组组长' }]);
  });
});

describe('headings', () => {
  test('heading marks of levels 2 and 3, and what is not one', () => {
    expect(headingDepth('一、稳住经济大盘')).toBe(2);
    expect(headingDepth('十二、其他工作')).toBe(2);
    expect(headingDepth('（三）扎实推进改革')).toBe(3);
    expect(headingDepth('一、我们要认真学习。然后再说。')).toBeUndefined();
    expect(startsWithHeadingMark('　　二、今年的工作')).toBe(true);
    expect(startsWithHeadingMark('二十年来')).toBe(false);
  });
});

describe('Chinese numerals', () => {
  test('years digit by digit, days and months with 十', () => {
    expect(chineseNumeral('二〇二六')).toBe(2026);
    expect(chineseNumeral('二O二一')).toBe(2021);
    expect(chineseNumeral('二十七')).toBe(27);
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('两')).toBe(2);
    expect(chineseNumeral('十十')).toBeUndefined();
    expect(chineseNumeral('')).toBeUndefined();
  });
});

describe('constructed titles', () => {
  test('the first clause that says more than when', () => {
    expect(constructedTitle('1月8日上午，扬州经济技术开发区召开党工委第一次扩大会议。')).toBe('扬州经济技术开发区召开党工委第一次扩大会议');
  });
});
