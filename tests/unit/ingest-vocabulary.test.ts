import { describe, expect, test } from 'vitest';
import { constructedTitle } from '../../scripts/ingest/metadata.ts';
import { addressedBy, chairSpoke, headsReportingForGovernment } from '../../scripts/ingest/lead-speakers.ts';
import { namesBareKindInFull, titleType } from '../../scripts/ingest/titles.ts';
import { readFacts } from '../../scripts/ingest/pipeline.ts';
import { headingDepth } from '../../scripts/ingest/structure.ts';
import { startDraft } from '../../scripts/ingest/draft.ts';
import { readSource } from '../../scripts/ingest/read.ts';
import { REVIEW_HEADING, SALUTATION_LINE, startsWithHeadingMark } from '../../scripts/ingest/vocabulary.ts';
import { chineseNumeral } from '../../src/text/chinese-numerals.ts';

const draftOf = (lines: string[]) => readFacts(startDraft(readSource('t.txt', new TextEncoder().encode(lines.join('\n')))));

describe('salutations', () => {
  test('a salutation line is recognised whichever of the words opens it', () => {
    for (const line of ['同志们：', '各位代表：', '尊敬的各位代表：', '各位委员、同志们：', '各位领导、同志们：', '女士们、先生们：', '朋友们！', '市民朋友们:', '主任、副主任、各位代表:', '主任、各位副主任、秘书长、各位委员：']) expect(SALUTATION_LINE.test(line), line).toBe(true);
    expect(SALUTATION_LINE.test('同志们要认真学习。')).toBe(false);
    expect(SALUTATION_LINE.test('主任、副主任分别由常委会组成人员担任，并报上级备案。')).toBe(false);
  });

  test('尊敬的 before a salutation is not a name under the date', () => {
    expect(draftOf(['在当选某市市长后的发言', '（2017年2月18日）', '尊敬的各位代表：', '这次大会选举我担任市长。']).facts.speakers).toEqual([]);
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
      ['苏木达 刘某', '苏木达', '刘某'],
    ]) {
      expect(draftOf(['政府工作报告', line, '各位代表：']).facts.speakers, line).toEqual([{ name, office }]);
    }
  });

  test('an office in a title names the speaker the title does not', () => {
    expect(draftOf(['区委书记在区委全会上的讲话', '同志们：']).facts.speakers).toEqual([{ office: '区委书记' }]);
    expect(draftOf(['领导小组组长在全区项目建设推进会上的讲话', '同志们：']).facts.speakers).toEqual([{ office: '领导小组组长' }]);
  });
});

describe('document types', () => {
  test('a title typed by the kind it ends with, any kind the vocabulary lists', () => {
    for (const [title, type] of [['某某县政府工作报告', 'work-report'], ['县长在全县经济工作会议上的讲话提纲', 'speech'], ['某某同志在动员大会上的讲话稿', 'speech'], ['2026年新年献辞', 'speech'], ['乡镇镇长述职报告', 'speech'], ['关于某某的决定', 'other']] as const) {
      expect(titleType(title), title).toBe(type);
    }
  });

  test('a meeting on work style (作风) is no report made (作): its speech is a speech', () => {
    expect(titleType('在全市作风能力建设动员会议上的讲话')).toBe('speech');
    expect(titleType('在全市“双招双引”暨作风能力建设动员会议上的讲话')).toBe('speech');
    // (A headline on a report made stays one: 某某作政府工作报告.)
    expect(titleType('某某在全县作风建设大会上作报告')).toBeUndefined();
  });

  test('a report with no title is a work report when its opening says it reports to the congress', () => {
    for (const opening of ['现在，我代表市人民政府，向大会报告政府工作，请予审议。', '下面，我代表行署作工作报告，请各位主任、委员提出意见。']) {
      const { facts } = draftOf(['各位代表：', opening, '一、2023年工作回顾']);
      expect(facts.documentType, opening).toBe('work-report');
      expect(facts.titleFromSource).toBe(false);
    }
    expect(draftOf(['各位代表：', '现在，我代表国务院，向大会报告政府工作。']).facts.title).toBe('政府工作报告');
    expect(draftOf(['各位代表：', '现在，我代表市人民政府，向大会报告政府工作。']).facts.title).toBe('政府工作报告');
  });

  test('a headline that reports on a report is news of the meeting, not the report', () => {
    for (const headline of ['某某省十二届人大五次会议开幕 郭某某作政府工作报告', '人大代表分组审议政府工作报告', '朱某在某某省十三届人大六次会议上作检察院工作报告']) {
      expect(draftOf([headline, '2016-01-24 10:04 来源：某某网', '24日上午，会议在某某会堂开幕。']).facts.documentType, headline).toBe('meeting-news');
    }
  });

  test('a meeting news lead gives the meeting, the speaker of the report and, from the page date, the day', () => {
    const { facts } = draftOf([
      '某某自治区十二届人大一次会议隆重开幕',
      '2023年01月14日12:05 | 来源：某某日报',
      '1月13日上午，西藏自治区第十二届人民代表大会第一次会议在拉萨隆重开幕。受自治区人民政府委托，自治区主席严某某作政府工作报告。',
    ]);
    expect(facts.meeting).toBe('西藏自治区第十二届人民代表大会第一次会议');
    expect(facts.speakers).toEqual([{ name: '严某某', office: '自治区主席' }]);
    expect(facts.headerDate).toBe('2023-01-13');
    expect(facts.inferred).toContainEqual({ field: 'dates.delivered', evidence: '原文只写“1月13日”，未写年份；页面发布时间为2023-01-14，故为2023年。' });
  });

  test('a congress cited in a lead is not the meeting it reports', () => {
    const { facts } = draftOf(['1月8日，某某开发区工委扩大会议召开，会议认真落实省第十四次党代会精神。']);
    expect(facts.meeting).toBe('某某开发区工委扩大会议');
  });

  test('resolutions and rules are documents, not addresses', () => {
    expect(draftOf(['某某市第四届人民代表大会第二次会议关于某某市人民检察院工作报告的决议', '正文。']).facts.documentType).toBe('other');
  });
});

describe('titles', () => {
  test('the line above the dateline is the title; the page headline above the date line is the page’s', () => {
    const { facts, lines } = draftOf(['2026年某某省政府工作报告', '发布时间：2026-02-03 09:30 来源：某某网', '某某省第十四届人大第四次会议政府工作报告', '——2026年1月27日在某某省第十四届人民代表大会第四次会议上', '各位代表：']);
    expect(facts.title).toBe('某某省第十四届人大第四次会议政府工作报告');
    expect(lines[0].disposition).toEqual({ kind: 'removed', reason: "the page's headline over the report, which prints its own title below" });
  });

  test('a report whose own title names only its kind takes the page headline that names it in full', () => {
    const { facts, lines } = draftOf(['2026年某某省政府工作报告', '发布时间：2026-02-03 09:30 来源：某某网', '政府工作报告', '——2026年1月27日在某某省第十四届人民代表大会第四次会议上', '各位代表：']);
    expect(facts.title).toBe('2026年某某省政府工作报告');
    expect(lines[0].disposition).toEqual({ kind: 'lifted', fields: ['title'] });
    expect(lines[2].disposition).toEqual({ kind: 'removed', reason: "the report's own title, naming only its kind, under the page's headline that names the report in full" });
  });

  test('a headline names a bare kind in full only by a place, an office or a name, not by a year and a level', () => {
    expect(namesBareKindInFull('乌鲁木齐市2021年政府工作报告', '政府工作报告')).toBe(true);
    expect(namesBareKindInFull('市委书记某某某、代市长某某某发表新春贺词', '新 春 贺 词')).toBe(true);
    expect(namesBareKindInFull('(某某省)2021年某某州人民政府工作报告(全文)', '政府工作报告')).toBe(true);
    expect(namesBareKindInFull('2011年县政府工作报告', '政府工作报告')).toBe(false);
    expect(namesBareKindInFull('(某某省)某某县人民政府工作报告(2022年1月27日)', '政府工作报告')).toBe(false);
    expect(namesBareKindInFull('某某市2021年政府工作报告', '某某市第十六届人大第五次会议政府工作报告')).toBe(false);
  });

  test('a site name over a headline is not the title', () => {
    expect(draftOf(['某某网', '某某会议隆重开幕', '2023年01月14日12:05 | 来源：某某日报', '会议今天开幕。']).facts.title).toBe('某某会议隆重开幕');
  });

  test('with no dateline, a line that names a kind of document comes before others', () => {
    // (Its compact date is its delivery, not its title's.)
    const { facts } = draftOf(['文库 实用文档 报告/总结', '2023年某某自治区政府工作报告(20230114)', '各位代表：']);
    expect([facts.title, facts.headerDate]).toEqual(['2023年某某自治区政府工作报告', '2023-01-14']);
  });
});

describe('pages of other shapes', () => {
  test('an encyclopaedia box of facts gives the speaker, the day and the meeting', () => {
    const { facts } = draftOf(['基本信息', '報告人:某蘇省省長羅某某', '報告時間:2010年1月16日', '報告背景:2010年1月16日某蘇省第十一屆人民代表大會第三次會議', '各位代表:', '現在,我代表省人民政府向大會作工作報告。']);
    expect(facts.speakers).toEqual([{ office: '某蘇省省長', name: '羅某某' }]);
    expect(facts.headerDate).toBe('2010-01-16');
    expect(facts.meeting).toBe('某蘇省第十一屆人民代表大會第三次會議');
  });

  test('a date with its time of day is the page’s, not the delivery', () => {
    const { facts } = draftOf(['推进新跨越', '• 2011年01月18日 00时00分', '• 来源: 某川在线', '1月18日上午，某川省第十一届人民代表大会第四次会议开幕。']);
    expect(facts.published).toBe('2011-01-18');
    expect(facts.publisher).toBe('某川在线');
  });

  test('a bilingual page flattened onto one line gets its Chinese and English apart', () => {
    const line = `政府工作报告 ——2012年3月5日在第十一届全国人民代表大会第五次会议上 国务院总理 某某某 REPORT ON THE WORK OF THE GOVERNMENT Delivered at the Fifth Session of the Eleventh National People's Congress 各位代表: 现在,我代表国务院,向大会报告政府工作,请各位代表审议。${'过去一年，我们坚持稳中求进，经济社会发展取得新成就。'.repeat(10)}`;
    const { facts } = draftOf([line]);
    expect(facts.meeting).toBe('第十一届全国人民代表大会第五次会议');
    expect(facts.speakers).toEqual([{ office: '国务院总理', name: '某某某' }]);
    expect(facts.place).toEqual({ national: true });
  });
});

describe('a year\'s review', () => {
  test('opens a work report, and is never its title', () => {
    for (const heading of ['一、2023年工作回顾', '2023年工作回顾', '（一）2023年主要工作回顾']) expect(REVIEW_HEADING.test(heading), heading).toBe(true);
    expect(REVIEW_HEADING.test('2023年工作回顾与2024年工作安排的说明')).toBe(false);
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
    // (Not a clause that only says 现在, nor the salutations before the speech's words.)
    expect(constructedTitle('现在,我向大会报告五年来的法院工作,请予审议。')).toBe('我向大会报告五年来的法院工作');
    expect(constructedTitle('全县各族人民群众,同志们,朋友们:爆竹声声辞旧岁,梅花点点迎新春。')).toBe('爆竹声声辞旧岁');
  });
});

describe('who spoke, as a lead says it', () => {
  test.each([
    ['镇党委副书记、镇长林某作当选讲话。', '林某', '镇党委副书记、镇长'],
    ['新当选的县长王某某作就职讲话。', '王某某', '县长'],
    ['区委书记张某某作表态讲话。', '张某某', '区委书记'],
    ['6月9日,某乡召开第九届人民代表大会第二次会议,县委副书记张某俭出席会议,并致贺词。', '张某俭', '县委副书记'],
  ])('%s', (lead, name, office) => {
    expect(addressedBy(lead)).toEqual([{ name, office }]);
  });

  test('a head named bare who reports for his government: his office as written after his name, or inferred from the level', () => {
    const written = [{ name: '李某' }];
    expect(headsReportingForGovernment(written, ['李某县长代表县人民政府向大会作《政府工作报告》。'])).toEqual([]);
    expect(written).toEqual([{ name: '李某', office: '县长' }]);
    const bare = [{ name: '王某某' }];
    expect(headsReportingForGovernment(bare, ['王某某代表市人民政府向大会作政府工作报告。'])).toHaveLength(1);
    expect(bare).toEqual([{ name: '王某某', office: '市长' }]);
    // (Another report by its title names no office where none is written.)
    const titled = [{ name: '赵某' }];
    expect(headsReportingForGovernment(titled, ['赵某代表县人民政府向大会作《关于县级预算执行情况的报告》。'])).toEqual([]);
    expect(titled).toEqual([{ name: '赵某' }]);
  });

  test('officials listed who each gave a pledge speech (分别作了表态发言) are each a speaker, with his office', () => {
    expect(addressedBy('镇长刘某凌、镇人大主席彭某兵分别作了表态发言。')).toEqual([
      { name: '刘某凌', office: '镇长' },
      { name: '彭某兵', office: '镇人大主席' },
    ]);
  });

  test('a chair spoke who conveyed and arranged the work, he and no one else', () => {
    expect(chairSpoke('孙某', '', ['孙某传达了县、镇会议精神,对下步工作作了安排和部署。'])).toBe(true);
    expect(chairSpoke('张某某', '', ['李某传达了县会议精神,对下步工作作了安排和部署。'])).toBe(false);
  });

  test('a name alone opening an indented paragraph, quoted as he spoke (在讲话时说), is a speaker', () => {
    expect(addressedBy('  俞某某在讲话时说,这次会议开得很成功。', true)).toEqual([{ name: '俞某某' }]);
  });

  test('an office followed by what it owns names no one: 代省长的工作安排 is not 代省长 + 的工 + 作安排', () => {
    expect(addressedBy('按照某长星书记和某晓军代省长的工作安排,科学谋划,精心组织。')).toEqual([]);
  });
});
