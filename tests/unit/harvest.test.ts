/**
 * Official definitions harvested by the ingest: every term of a report's
 * 名词解释 appendix becomes an established entry citing that paragraph, or a
 * further source of the entry that has it; two governments' definitions of
 * one form both stay; the build's checks accept the result, and the terms
 * are annotated in the report's body.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';
import { concordance } from '../../src/glossary/concordance.ts';
import { checkGlossary } from '../../src/glossary/integrity.ts';
import { loadGlossary, termForms } from '../../src/glossary/load.ts';
import { buildDictionary } from '../../src/glossary/matcher.ts';
import { harvestLevel, planHarvest } from '../../src/glossary/harvest.ts';
import { readReportTexts } from '../../src/text/report-texts.ts';

const fixtures = 'tests/fixtures/appendix';

describe('harvesting 名词解释 appendices', () => {
  const content = join(scratchDir('harvest'), 'content');
  // The archive's own glossary, so that the harvest meets real entries (两新, 三个一批).
  mkdirSync(content, { recursive: true });
  cpSync('content/glossary', join(content, 'glossary'), { recursive: true });
  cpSync('content/glossary-dismissed.yaml', join(content, 'glossary-dismissed.yaml'));
  const ingest = (file: string) => spawnSync(process.execPath, ['scripts/ingest.ts', join(fixtures, file), '--content', content], { encoding: 'utf8' });
  const provincial = ingest('provincial-report.txt');
  const city = ingest('city-report.txt');
  const county = ingest('traditional-county-report.txt');
  const regulation = ingest('regulation-run-in-definitions.txt');
  const mirror = ingest('glossed-mirror-report.txt');

  it('creates an entry for every new term and adds a source to every known one, from the ingest itself', () => {
    expect(provincial.status, provincial.stderr).toBe(0);
    expect(city.status, city.stderr).toBe(0);
    expect(provincial.stdout).toContain('; 5 glossary files from 名词解释');
    const terms = new Map(loadGlossary(content).terms.map((t) => [t.term, t]));
    for (const term of ['两重', '两新', '三个一批', '四个专项行动', '双一流', '五千九百']) {
      const entry = terms.get(term);
      expect(entry, term).toBeDefined();
      expect(entry!.status, term).toBe('established');
      expect(entry!.sources.some((s) => 'appendix' in s && s.appendix), term).toBe(true);
    }
    expect(terms.get('两重')!.definition).toBe('国家重大战略实施和重点领域安全能力建设。');
    expect(terms.get('两重')!.level).toBe('provincial');
    expect(terms.get('五千九百')!.level).toBe('municipal');
  });

  it('keeps two governments’ definitions of one form, each citing its report', () => {
    const shuangYiLiu = loadGlossary(content).terms.find((t) => t.term === '双一流')!;
    // The archive's entry has its published sources; the two governments' definitions come after them, in order.
    expect(shuangYiLiu.sources.map((s) => ('quote' in s ? s.quote : '')).slice(-2)).toEqual([
      '5.“双一流”：是指世界一流大学和一流学科建设。',
      '①“双一流”：指本市支持驻市高校建设一流学科和一流专业。',
    ]);
  });

  it('leaves a glossary the build accepts, and the terms annotated in the bodies', () => {
    const { terms, dismissed } = loadGlossary(content);
    const reports = readReportTexts(content);
    // The archive's entries cite the archive's reports, which this content folder does not hold: those are not the harvest's doing.
    const errors = checkGlossary(terms, dismissed, reports, content).errors.filter((p) => !/^source report ".*" is not in /.test(p.what));
    expect(errors).toEqual([]);
    const uses = concordance(reports, buildDictionary(termForms(terms)));
    const used = new Set(uses.map((o) => terms.find((t) => t.id === o.termId)!.term));
    for (const term of ['两重', '两新', '三个一批', '四个专项行动', '双一流', '五千九百']) expect(used.has(term), term).toBe(true);
  });

  it('reads a traditional-character appendix whose definitions follow their terms, and not the page after it', () => {
    expect(county.status, county.stderr).toBe(0);
    expect(county.stdout).toContain('; 3 glossary files from 名词解释');
    const terms = new Map(loadGlossary(content).terms.map((t) => [t.term, t]));
    // Terms in simplified characters, the definition and the quote as the report wrote them.
    expect(terms.get('三联动')!.definition).toBe('縣、鎮、村三級聯動，\n形成工作合力。');
    expect(terms.get('三联动')!.sources).toEqual([expect.objectContaining({ quote: '縣、鎮、村三級聯動，', appendix: true })]);
    expect(terms.get('四仓')!.definition).toBe('糧倉、水倉、錢倉、碳倉。');
    expect(terms.get('星云平台')!.aliases).toEqual(['星云综合服务平台']);
    expect([...terms.keys()].filter((term) => /责任编辑|相关链接/.test(term))).toEqual([]);
    const { terms: all } = loadGlossary(content);
    const uses = concordance(readReportTexts(content), buildDictionary(termForms(all)));
    // In the body's sentence, not only in the appendix's own lines.
    const opening = uses.filter((o) => `${o.before}${o.match}${o.after}`.includes('我們實施')).map((o) => all.find((t) => t.id === o.termId)!.term);
    expect(opening).toEqual(expect.arrayContaining(['三联动', '四仓', '星云平台']));
  });

  it('reads a regulation’s definitions run into one paragraph, and stops at its next clause', () => {
    expect(regulation.status, regulation.stderr).toBe(0);
    expect(regulation.stdout).toContain('; 3 glossary files from 名词解释');
    const terms = new Map(loadGlossary(content).terms.map((t) => [t.term, t]));
    expect(terms.get('供暖单位')!.definition).toBe('取得供暖经营许可，从事供暖经营的单位；');
    expect(terms.get('热用户')!.definition).toBe('使用供暖单位热能的单位和个人。');
    expect(terms.get('热用户')!.sources).toEqual([expect.objectContaining({ quote: '（三）热用户是指使用供暖单位热能的单位和个人。', appendix: true })]);
  });

  it('reads a mirror’s pinyin glosses past: the term without them, the glossed form an alias, known entries given it too', () => {
    expect(mirror.status, mirror.stderr).toBe(0);
    const { terms: all } = loadGlossary(content);
    const terms = new Map(all.map((t) => [t.term, t]));
    // Longer than a term's 40 characters with its glosses, within them without.
    expect(terms.get('五个坚持、五个进一步、五个不放松')!.aliases).toEqual(['五个(gè)坚(jiān)持、五个(gè)进(jìn)一步、五个(gè)不放松']);
    // No gloss read as a term's own gloss in brackets (街長 and zhǎng).
    expect(terms.get('街长制')!.aliases).toEqual(['街长(zhǎng)制']);
    const known = terms.get('三个一批')!;
    expect(known.aliases).toContain('三个(gè)一批');
    expect(known.sources.at(-1)).toEqual(expect.objectContaining({ quote: '3、“三個(gè)一批”:即簽約一批、開工一批、投產(chǎn)一批。', appendix: true }));
    const uses = concordance(readReportTexts(content), buildDictionary(termForms(all)));
    // In the body's sentence (its second paragraph, after the salutation), not only in the appendix's own lines.
    const report = known.sources.at(-1)!;
    const inBody = uses.filter((o) => 'report' in report && o.report === report.report && o.paragraph === 'p2').map((o) => all.find((t) => t.id === o.termId)!.term);
    expect(inBody).toEqual(['五个坚持、五个进一步、五个不放松', '街长制', '三个一批']);
  });

  it('harvests nothing twice when a report is ingested again', () => {
    const again = ingest('provincial-report.txt');
    expect(again.stdout).not.toContain('glossary:');
  });

  it('takes a term the centre put forward as central, whatever report defines it', () => {
    expect(harvestLevel({ province: '四川省' }, '党中央提出的重大决策部署，即……')).toBe('central');
    expect(harvestLevel({ province: '四川省', city: '成都市', district: '高新区' }, '区里的做法')).toBe('zone');
    expect(harvestLevel({ province: '北京市', city: '北京市' }, '市里的做法')).toBe('provincial');
    expect(harvestLevel({ national: true }, '国家的做法')).toBe('central');
    // A place not named (某某省): the level its congress or speaker names.
    expect(harvestLevel({}, '省里的做法', '某某省第十四届人民代表大会第五次会议 省长')).toBe('provincial');
    expect(harvestLevel({}, '市里的做法', '某某市第十七届人民代表大会第六次会议')).toBe('municipal');
    expect(harvestLevel({}, '县里的做法', '县长')).toBe('county');
  });
});

describe('the entry a harvested item joins', () => {
  it('is the one of its longest form: “四上”企业 joins the glossary’s 四上企业, not its 四上', () => {
    const { terms } = loadGlossary('content');
    const item = { forms: ['四上', '四上企业'], definition: '四类规模以上企业的统称。', paragraph: 'p9', quote: '1.“四上”企业：四类规模以上企业的统称。' };
    const [step] = planHarvest({ slug: 'some-report', title: '某某区政府工作报告', place: {} }, [item], terms);
    expect(step).toMatchObject({ action: 'add-source', id: 'si-shang-qi-ye' });
  });

  it('is not the entry of a word quoted in its name, unless their definitions share words', () => {
    const entry = (id: string, term: string, definition: string) =>
      ({ id, term, aliases: [], definition, sources: [], status: 'established' }) as unknown as Parameters<typeof planHarvest>[2][number];
    const terms = [entry('7-2', '7+2', '某省委提出的七个功能区和两条发展带。'), entry('2468', '2468', '某市委十届二次全会提出，锚定两个目标，推进四项改革、六大工程、八个行动。')];
    const plan = (forms: string[], definition: string) => planHarvest({ slug: 'other-report', title: '某某县政府工作报告', place: {} }, [{ forms, definition, paragraph: 'p9', quote: definition }], terms)[0];
    // Another place's 7+2 means something else: the name is an entry of its own, 7+2 left to the entry that has it.
    expect(plan(['7+2', '7+2金融互助', '“7+2”金融互助'], '“7”是指县里的一个意见，“2”是指两类配套政策。')).toMatchObject({
      action: 'create',
      id: '7-2-jin-rong-hu-zhu',
      entry: { term: '7+2金融互助', aliases: ['“7+2”金融互助'] },
    });
    // The same deployment, named longer: a further source of the entry.
    expect(plan(['2468', '市委2468部署', '市委“2468”部署'], '市委十届二次全会提出“锚定两个目标，推进四项改革、六大工程、八个行动”的部署。')).toMatchObject({ action: 'add-source', id: '2468' });
  });
});
