/**
 * The facts the glossary review of 2026-11-29 corrected, pinned so that they
 * cannot silently regress: origins, statuses, levels, components, English.
 * Each expectation names the review item it settles.
 */
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';
import type { GlossaryEntry } from '../../src/glossary/load.ts';

const terms = new Map(loadGlossary().terms.map((t) => [t.id, t]));
const entry = (id: string): GlossaryEntry => {
  const found = terms.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const components = (id: string) => entry(id).components?.map((c) => c.text);

describe('origins (review 4.1 #1–#4, #7; origins research)', () => {
  test.each([
    ['xian-li-hou-po', '2021-07-30'],
    ['wen-zhong-qiu-jin', '1988'],
    ['liang-ge-que-bao', '2021-09'],
    ['shi-da-zhan-lue', '2021-09'],
    ['zheng-zhi-san-li', '2020-12-24'],
    ['si-gan', '2022-12-06'],
    ['liu-bao', '2020-04-17'],
    ['xin-fa-zhan-ge-ju', '2020-05-14'],
    ['wai-fang-shu-ru-nei-fang-fan-tan', '2020-03-23'],
    ['zheng-fa-dui-wu-jiao-yu-zheng-dun', '2020-07-08'],
    ['13710', '2016-09'],
  ])('%s was first put forward on %s, with a source', (id, date) => {
    expect(entry(id).origin?.date).toBe(date);
    expect(entry(id).origin?.sources.length).toBeGreaterThan(0);
  });

  test('稳中求进 became the 工作总基调 in 2011, which its explanation says', () => {
    expect(entry('wen-zhong-qiu-jin').explanation).toContain('2011年12月');
    expect(entry('wen-zhong-qiu-jin').explanation).toContain('总基调');
  });

  test('十大战略 is not said to be first put forward by the party congress', () => {
    expect(entry('shi-da-zhan-lue').definition).not.toContain('第十一次党代会提出的');
  });

  test('every origin carries a source', () => {
    for (const term of terms.values()) if (term.origin) expect(term.origin.sources.length, term.id).toBeGreaterThan(0);
  });
});

describe('statuses and meanings (review 4.3, 4.4)', () => {
  test.each([
    ['721', 'established'],
    ['san-ling', 'established'],
    ['san-hua-san-zhi', 'established'],
    ['ce-suo-ge-ming', 'established'],
    ['si-gan', 'established'],
    ['qiang-fu-mei-gao', 'established'],
    ['san-luan-wu', 'established'],
    ['wan-ren-zhu-wan-qi', 'established'],
    ['neng-li-zuo-feng-jian-she-nian', 'established'],
    ['san-gong-jing-fei', 'established'],
    ['yi-jian-shi', 'established'],
    ['san-ji-zhong-san-dao-wei', 'inferred'],
    ['san-du', 'inferred'],
    ['13710', 'inferred'],
    // Not verified by any source found: no meaning is guessed.
    ['san-wai', 'unexplained'],
    ['liang-gao-chuan-xing', 'unexplained'],
  ])('%s is %s', (id, status) => {
    expect(entry(id).status).toBe(status);
  });

  test('components the sources state', () => {
    expect(components('721')).toEqual(['70%的问题用服务手段解决', '20%的问题用管理手段解决', '10%的问题用执法手段解决']);
    expect(components('san-ling')).toEqual(['零上访', '零事故', '零案件']);
    expect(components('san-hua-san-zhi')).toEqual(['专业化', '市场化', '国际化', '领导班子任期制', '员工全员聘任制', '工资绩效薪酬制']);
    expect(components('si-gan')).toEqual(['干部敢为', '地方敢闯', '企业敢干', '群众敢首创']);
    expect(components('13710')).toHaveLength(5);
  });

  test('强富美高 no longer rests on archive paragraphs that do not state its components', () => {
    expect(entry('qiang-fu-mei-gao').sources.every((s) => !('report' in s))).toBe(true);
  });
});

describe('levels say who coined or promotes a term (review 4.4 #30–#35)', () => {
  test.each([
    ['deng-ling', 'central'],
    ['du-jiao-shou', 'central'],
    ['mian-shen-ji-xiang', 'central'],
    ['qia-bo-zi', 'central'],
    ['xiang-mu-wei-wang', 'provincial'],
    ['san-ling', 'provincial'],
    ['13710', 'provincial'],
    ['cheng-nuo-zhi-biao-zhun-di', 'provincial'],
    ['721', 'general'],
    ['niu-bi-zi', 'general'],
    ['ya-cang-shi', 'general'],
    ['sa-hu-jiao-mian', 'general'],
    ['lian-zhu', 'general'],
    ['zhong-geng-zu', 'general'],
    ['yi-shi-wan-wu', 'general'],
  ])('%s is %s', (id, level) => {
    expect(entry(id).level).toBe(level);
  });
});

describe('forms with several senses (review 4.4 #28, #36; 4.5 #44)', () => {
  test('两新 is an entry in its central sense, never for 两新组织, and names its other senses', () => {
    expect(entry('liang-xin').match?.notFollowedBy).toContain('组织');
    expect(entry('liang-xin').senses.map((s) => s.entry)).toContain('liang-xin-zu-zhi');
    expect(loadGlossary().dismissed.map((d) => d.phrase)).not.toContain('两新');
  });

  test('两高 is linked only before 船型 or 船舶, and points to 两高项目', () => {
    expect(entry('liang-gao-chuan-xing').match?.followedBy).toEqual(['船型', '船舶']);
    expect(entry('liang-gao-chuan-xing').senses.map((s) => s.entry)).toContain('liang-gao-xiang-mu');
  });

  test('一件事 names its safety-governance sense', () => {
    expect(entry('yi-jian-shi').senses.some((s) => s.meaning.includes('安全生产'))).toBe(true);
  });
});

describe('English (review 4.5 #39–#43)', () => {
  test('official renderings', () => {
    expect(entry('si-feng').english).toContain('four forms of decadence');
    expect(entry('liu-wen').english).toBe('stability on the six fronts');
    expect(entry('liu-bao').english).toBe('security in the six areas');
    expect(entry('jin-kong-wei').english).not.toMatch(/prohibit, control, violations/);
  });
});

describe('no claims about the archive in the text (review 4.1 #5, #6)', () => {
  test('高质量发展 and 双碳 no longer claim how the reports use them', () => {
    expect(entry('gao-zhi-liang-fa-zhan').explanation).not.toContain('本库五篇文献');
    expect(entry('shuang-tan').explanation).not.toContain('靖江');
  });
});
