import { describe, expect, it } from 'vitest';
import { entryFor, holdsPhrase, normalizeQuery } from '../../src/search/query.ts';
import { orderPage, rankResults } from '../../src/search/ranking.ts';

describe('normalizeQuery', () => {
  it('maps traditional characters, folds full-width forms, drops quotes', () => {
    expect(normalizeQuery(' 兩個維護 ')).toEqual({ text: '两个维护', quoted: false });
    expect(normalizeQuery('323＋1')).toEqual({ text: '323+1', quoted: false });
    expect(normalizeQuery('“风口产业”')).toEqual({ text: '风口产业', quoted: true });
    expect(normalizeQuery('"1+7+2+N"')).toEqual({ text: '1+7+2+N', quoted: true });
    expect(normalizeQuery('“')).toEqual({ text: '', quoted: false });
  });

  it('finds the entry a query names', () => {
    const forms = { 两争一前列: 'a', '争当表率、争做示范、走在前列': 'a', '323+1': 'b' };
    expect(entryFor('两争一前列', forms)).toBe('a');
    expect(entryFor('323+1', forms)).toBe('b');
    expect(entryFor('两争', forms)).toBeUndefined();
  });
});

describe('holdsPhrase', () => {
  it('finds a phrase in text that Pagefind returns split into words, folding full-width forms', () => {
    expect(holdsPhrase('坚决扛起\u200B“争当\u200B表率、争做\u200B示范、走在\u200B前列”', ['争当表率、争做示范、走在前列'])).toBe(true);
    expect(holdsPhrase('实施“３２３＋１”计划', ['两争一前列', '323+1'])).toBe(true);
    expect(holdsPhrase('争当表率，争做示范', ['争当表率、争做示范'])).toBe(false);
    expect(holdsPhrase('任何文字', [''])).toBe(false);
  });
});

describe('rankResults', () => {
  it('puts exact-phrase results before partial matches, in Pagefind order, each once', () => {
    const ranked = rankResults({ phraseUrls: ['/glossary/y/', '/reports/a/'], wordUrls: ['/reports/c/', '/reports/a/', '/glossary/y/'] });
    expect(ranked).toEqual(['/glossary/y/', '/reports/a/', '/reports/c/']);
  });
});

describe('orderPage', () => {
  it('puts reports holding the phrase first, then entries holding it, then partial matches the same way', () => {
    const page = [
      { item: 'entry-partial', exact: false, report: false },
      { item: 'report-partial', exact: false, report: true },
      { item: 'entry-exact', exact: true, report: false },
      { item: 'report-exact-1', exact: true, report: true },
      { item: 'report-exact-2', exact: true, report: true },
    ];
    expect(orderPage(page)).toEqual(['report-exact-1', 'report-exact-2', 'entry-exact', 'report-partial', 'entry-partial']);
  });
});
