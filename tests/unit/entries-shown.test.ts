import { describe, expect, it } from 'vitest';
import { entriesShownIn } from '../../src/glossary/archive-index.ts';
import { termForms, type GlossaryEntry } from '../../src/glossary/load.ts';
import { buildDictionary } from '../../src/glossary/matcher.ts';
import { termSchema } from '../../src/schemas/glossary.ts';

const entry = (id: string, term: string, fields: Record<string, unknown> = {}): GlossaryEntry => ({
  id,
  ...termSchema.parse({ term, pinyin: 'x', english: 'x', kind: 'slogan', level: 'central', definition: '释义。', status: 'unexplained', ...fields }),
});

const terms = [
  entry('zou-zai-qian-lie', '走在前列'),
  entry('liang-zheng-yi-qian-lie', '争当表率、争做示范、走在前列', { aliases: ['两争一前列'] }),
  entry('13710', '13710'),
  entry('san-bu-fu', '三不腐'),
  entry('323-plus-1', '323+1'),
  entry('unused', '不见于文'),
];
const matcher = { glossary: { terms, dismissed: [] }, dictionary: buildDictionary(termForms(terms)) };
const shown = (body: string) => entriesShownIn(body, matcher).map((t) => t.id);

describe('entriesShownIn', () => {
  it('names, in the glossary order, every entry with a form written in the body, taken by the matcher or not', () => {
    // 走在前列 is inside the longer form and 13710 is unquoted: neither is annotated here, but an edit to either could change that.
    expect(shown('勇担“争当表率、争做示范、走在前列”使命，实施13710工作制度。')).toEqual(['zou-zai-qian-lie', 'liang-zheng-yi-qian-lie', '13710']);
  });

  it('reads the body as the page shows it (escapes undone) and adds the entries marked by hand', () => {
    expect(shown('一体推进<Term id="san-bu-fu">不敢腐、不能腐、不想腐</Term>，构建“323\\+1”产业体系。')).toEqual(['san-bu-fu', '323-plus-1']);
  });

  it('names nothing in a body that writes no form', () => {
    expect(shown('今年的工作总体平稳。')).toEqual([]);
  });
});
