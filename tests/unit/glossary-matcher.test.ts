import { describe, expect, it } from 'vitest';
import { buildDictionary, entriesPresent, findTerms, segment } from '../../src/glossary/matcher.ts';

const dictionary = buildDictionary([
  { id: 'liang-zheng-yi-qian-lie', forms: ['争当表率、争做示范、走在前列', '两争一前列'] },
  { id: 'zou-zai-qian-lie', forms: ['走在前列'] },
  { id: 'san-bu-fu', forms: ['三不腐', '不敢腐、不能腐、不想腐'] },
  { id: '323-plus-1', forms: ['323+1'] },
  { id: '1115', forms: ['1115'] },
  { id: 'rcep', forms: ['RCEP'] },
  { id: 'si-ge-yi-shi', forms: ['四个意识'] },
  { id: 'yi-shi', forms: ['意识形态'] },
]);

const found = (text: string) => findTerms(text, dictionary).map((m) => [text.slice(m.start, m.end), m.id]);

describe('findTerms', () => {
  it('takes the longest match and does not overlap', () => {
    expect(found('坚决扛起“争当表率、争做示范、走在前列”新使命,走在前列')).toEqual([
      ['争当表率、争做示范、走在前列', 'liang-zheng-yi-qian-lie'],
      ['走在前列', 'zou-zai-qian-lie'],
    ]);
  });

  it('finds every alias', () => {
    expect(found('勇担“两争一前列”重大使命,一体推进不敢腐、不能腐、不想腐')).toEqual([
      ['两争一前列', 'liang-zheng-yi-qian-lie'],
      ['不敢腐、不能腐、不想腐', 'san-bu-fu'],
    ]);
  });

  it('needs no word boundaries in Chinese text', () => {
    expect(found('增强四个意识形态')).toEqual([['四个意识', 'si-ge-yi-shi']]);
  });

  it('matches full-width formulas and keeps the text offsets', () => {
    expect(found('围绕市委“323＋1”产业布局')).toEqual([['323＋1', '323-plus-1']]);
  });

  it('does not find a formula inside a longer number', () => {
    expect(found('1323+1 与 323+12')).toEqual([]);
    expect(found('RCEPS 与 RCEP')).toEqual([['RCEP', 'rcep']]);
  });

  it('finds a form opening with a letter after digits, a quantity and its unit, but not after a letter', () => {
    expect(found('签约达到3RCEP与XRCEP')).toEqual([['RCEP', 'rcep']]);
    expect(findTerms('总规模达到15EFlops', buildDictionary([{ id: 'eflops', forms: ['EFlops'] }]))).toEqual([{ start: 7, end: 13, id: 'eflops' }]);
  });

  it('matches a bare number only between quotation marks', () => {
    expect(found('“1115”项目任务,新增1115家')).toEqual([['1115', '1115']]);
  });

  it('cuts text into plain and term runs', () => {
    const text = '增强四个意识';
    expect(segment(text, findTerms(text, dictionary))).toEqual([{ text: '增强' }, { text: '四个意识', id: 'si-ge-yi-shi' }]);
  });

  it('finds nothing with an empty glossary', () => {
    expect(findTerms('四个意识', buildDictionary([]))).toEqual([]);
  });
});

describe('entriesPresent', () => {
  it('names every entry with a form written in the text, even where the matcher would not take it', () => {
    // 走在前列 loses to the longer form, 1115 is unquoted, 323+1 is inside 1323+1: all are still written there.
    expect([...entriesPresent('争当表率、争做示范、走在前列，1115，1323+1', dictionary)].sort()).toEqual(['1115', '323-plus-1', 'liang-zheng-yi-qian-lie', 'zou-zai-qian-lie']);
  });

  it('folds the text as the matcher does and adds to a set it is given', () => {
    const seen = entriesPresent('323＋1', dictionary);
    expect([...entriesPresent('增强四个意识', dictionary, seen)]).toEqual(['323-plus-1', 'si-ge-yi-shi']);
    expect(entriesPresent('没有提法', dictionary).size).toBe(0);
  });
});

describe('characters outside the Basic Multilingual Plane', () => {
  // 𠙶 (U+20676) and 𡌶 (U+21336): CJK Extension B, two UTF-16 code units each.
  const rare = buildDictionary([
    { id: 'rare-place', forms: ['𠙶山镇'] },
    { id: 'rare-name', forms: ['王𡌶'] },
    { id: 'plain', forms: ['山镇'] },
  ]);
  const foundRare = (text: string) => findTerms(text, rare).map((m) => [text.slice(m.start, m.end), m.id]);

  it('match wherever they stand, with offsets into the original text', () => {
    expect(foundRare('在𠙶山镇调研，王𡌶同志讲话')).toEqual([
      ['𠙶山镇', 'rare-place'],
      ['王𡌶', 'rare-name'],
    ]);
  });

  it('are never split: a BMP form does not match half of a pair', () => {
    expect(foundRare('𡌶山镇')).toEqual([['山镇', 'plain']]);
  });
});

describe('forms with other meanings elsewhere', () => {
  const scoped = buildDictionary([
    { id: 'liang-gao-chuan-xing', forms: ['两高'], context: { followedBy: ['船型', '船舶'] } },
    { id: 'liang-xin', forms: ['两新'], context: { notFollowedBy: ['组织'] } },
  ]);
  const foundScoped = (text: string) => findTerms(text, scoped).map((m) => [text.slice(m.start, m.end), m.id]);

  it('match only where the entry says the context fits, past a closing quotation mark', () => {
    expect(foundScoped('承接“两高”船型订单')).toEqual([['两高', 'liang-gao-chuan-xing']]);
    expect(foundScoped('坚决遏制“两高”项目盲目发展')).toEqual([]);
    expect(foundScoped('“两高”联合发布司法解释')).toEqual([]);
  });

  it('never match where the entry says another sense is meant', () => {
    expect(foundScoped('加力扩围实施“两新”政策')).toEqual([['两新', 'liang-xin']]);
    expect(foundScoped('加强“两新”组织党建')).toEqual([]);
  });

  it('match a form that is otherwise ordinary wording only between quotation marks', () => {
    const quoted = buildDictionary([{ id: 'wu-da', forms: ['五大'], context: { quoted: true } }]);
    expect(findTerms('落实“五大”“六破六立”要求', quoted).map((m) => m.id)).toEqual(['wu-da']);
    expect(findTerms('培育五大产业集群', quoted)).toEqual([]);
  });
});
