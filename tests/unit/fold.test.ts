import { expect, test } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';
import { buildSearchData } from '../../src/search/search-data.ts';
import { holdsPhrase, normalizeQuery } from '../../src/search/query.ts';
import { readFileSync } from 'node:fs';
import { fold, foldChar } from '../../src/text/fold.ts';
import { t2sModule } from '../../src/text/t2s-source.ts';

test('folds compatibility forms to their ordinary form, and traditional characters to simplified', () => {
  expect(fold('３２３＋１，ＲＣＥＰ')).toBe('323+1,RCEP');
  expect(fold('两个维护')).toBe('两个维护');
  expect(fold('堅決做到「兩個維護」，於今後…')).toBe('坚决做到「两个维护」,于今后…');
  // Characters simplified text uses in their own right stay as written.
  expect(fold('乾坤 哪吒 宫商角徵羽')).toBe('乾坤 哪吒 宫商角徵羽');
});

test('the committed traditional → simplified table is the one the generator makes', () => {
  expect(readFileSync('src/text/t2s-table.ts', 'utf8')).toBe(t2sModule());
});

test('keeps every offset: one code unit in, one code unit out, characters outside the BMP as they are', () => {
  for (const text of ['𠙶山镇３２３＋１', '𝐀𝟏 (mathematical bold)', 'Ａ\u{2F800}Ｂ']) {
    expect(fold(text)).toHaveLength(text.length);
  }
  expect(fold('\u{2F800}')).toBe('\u{2F800}');
  expect(fold('Ａ\u{2F800}Ｂ')).toBe('A\u{2F800}B');
  // A lone surrogate (broken text) is kept as it is, not replaced.
  expect(fold('\uD800Ａ\uDC00')).toBe('\uD800A\uDC00');
  expect(fold(`${'Ａ，'.repeat(10_000)}\u{2F800}`)).toBe(`${'A,'.repeat(10_000)}\u{2F800}`);
  expect(fold('Ａ，'.repeat(10_000))).toBe('A,'.repeat(10_000));
});

test('the search page folds a query exactly as the build folds the text and the glossary (every BMP character)', () => {
  for (let code = 0x21; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    if (/[\s"“”「」『』]/.test(ch)) continue; // quotes and white space are query syntax, not text
    expect(normalizeQuery(ch).text, `U+${code.toString(16)}`).toBe(fold(ch));
    expect(foldChar(ch)).toBe(fold(ch));
  }
});

test('every glossary form, folded for the search data, is what the search page makes of the same form typed as a query', () => {
  const { terms } = loadGlossary();
  const data = buildSearchData(terms);
  for (const term of terms) {
    for (const form of [term.term, ...term.aliases]) {
      const phrase = normalizeQuery(form).text;
      expect(data.forms[phrase.replace(/[“”"]/g, '')], form).toBe(term.id);
      // The phrase the search page looks for in a result's text (search-page.ts) is found where the form stands.
      expect(holdsPhrase(`……${form}……`, [phrase]), form).toBe(true);
    }
  }
});
