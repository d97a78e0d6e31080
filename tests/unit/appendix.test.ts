import { describe, expect, it } from 'vitest';
import { appendixDefinitions, appendixItem, appendixStart, isAppendixHeading } from '../../src/glossary/appendix.ts';
import type { BodyBlock } from '../../src/text/report-mdx.ts';

const paragraphs = (lines: string[]): BodyBlock[] => lines.map((text, i) => ({ kind: 'paragraph', id: `p${i + 1}`, text }));

describe('appendix items', () => {
  it.each([
    ['1.“两重”：是指国家重大战略实施和重点领域安全能力建设。', ['两重'], '国家重大战略实施和重点领域安全能力建设。'],
    ['（2）“两新”：指推动大规模设备更新和消费品以旧换新。', ['两新'], '推动大规模设备更新和消费品以旧换新。'],
    ['③ 六个攻坚行动：为完成2023年全区各项目标任务，自治区出台……', ['六个攻坚行动'], '为完成2023年全区各项目标任务，自治区出台……'],
    ['高质量发展“四个专项行动”：自治区提出……即切实巩固脱贫攻坚成果……', ['四个专项行动', '高质量发展四个专项行动', '高质量发展“四个专项行动”'], '自治区提出……即切实巩固脱贫攻坚成果……'],
    ['区域协调发展“10项试点工作”“5项支撑任务”：自治区出台的实施方案中明确了……', ['10项试点工作', '5项支撑任务'], '自治区出台的实施方案中明确了……'],
    ['[4]“三个一批”:签约一批、开工一批、投产一批。', ['三个一批'], '签约一批、开工一批、投产一批。'],
    ['“三张清单”是指准入清单、负面清单和责任清单。', ['三张清单'], '准入清单、负面清单和责任清单。'],
    ['［5］“兩個示範”：是指示範園區和示範項目。', ['兩個示範'], '示範園區和示範項目。'],
    ['7.稳外贸“12”条：省政府办公厅印发的若干措施。', ['稳外贸12条', '稳外贸“12”条'], '省政府办公厅印发的若干措施。'],
    ['11.“35721”发展架构：三大产业、五个中心等。', ['35721', '35721发展架构', '“35721”发展架构'], '三大产业、五个中心等。'],
    ['8.XYZ（星云综合平台）：一种数据共享的平台。', ['XYZ', '星云综合平台'], '一种数据共享的平台。'],
    // Words quoted in one name are no terms of their own; a Latin word weighs as one character of a name.
    ['38．育“新苗”、强“老树”：扶持初创企业，帮助传统企业转型。', ['育新苗、强老树', '育“新苗”、强“老树”'], '扶持初创企业，帮助传统企业转型。'],
    ['8.“Hello Green Hills”山乡文旅推广计划：组织景区赴外地推介。', ['Hello Green Hills', 'Hello Green Hills山乡文旅推广计划', '“Hello Green Hills”山乡文旅推广计划'], '组织景区赴外地推介。'],
    ['13.某某市“12大新兴产业集群+5大未来产业”：12大新兴产业集群包括：甲、乙等。', ['12大新兴产业集群+5大未来产业', '某某市12大新兴产业集群+5大未来产业', '某某市“12大新兴产业集群+5大未来产业”'], '12大新兴产业集群包括：甲、乙等。'],
    ['9.两个港口、两个通道：港口和通道的建设任务。', ['两个港口、两个通道', '两个港口', '两个通道'], '港口和通道的建设任务。'],
    ['10.2030年8项惠民工程：教育、医疗等八个方面的工程。', ['2030年8项惠民工程', '8项惠民工程'], '教育、医疗等八个方面的工程。'],
    ['数字人员或服务团队，是指在平台注册的人员和团队。', ['数字人员', '服务团队'], '在平台注册的人员和团队。'],
    ['（三）热用户是指使用热能的单位和个人；', ['热用户'], '使用热能的单位和个人；'],
    ['2、“四個(gè)堅(jiān)持、四個(gè)進(jìn)一步、四個(gè)不放松”:即堅(jiān)持發(fā)展。', ['四個(gè)堅(jiān)持、四個(gè)進(jìn)一步、四個(gè)不放松'], '堅(jiān)持發(fā)展。'],
    ['5、街長(zhǎng)制:即由街道負(fù)責(zé)人擔(dān)任。', ['街長(zhǎng)制'], '由街道負(fù)責(zé)人擔(dān)任。'],
  ])('%s', (line, forms, definition) => {
    expect(appendixItem(line)).toEqual({ forms, definition });
  });

  it.each([['今年，我们要坚持稳中求进：一是……；二是……'], ['各位代表：'], ['“进”：好。']])('is not an item: %s', (line) => {
    expect(appendixItem(line)?.forms ?? []).not.toContain('进');
  });
});

describe('the heading that opens an appendix', () => {
  it.each(['名词解释', '附：名词注释', '附件2 名词解释', '《政府工作报告》有关内容名词注释', '本报告有关名词解释', '注释：', '名 词 解 釋', '相关术语：', '第十四条本细则有关名词释义。', '本办法下列用语的含义是：', '第四十条 本条例下列用语的含义：', '第八十三条 本条例下列用语的含义为：', '本条例中下列用语的含义是指：', '附件1 某某相关名词术语和缩略语', '缩略语'])('%s', (line) => {
    expect(isAppendixHeading(line)).toBe(true);
  });

  it.each(['说明', '关于名词解释工作的几点说明，请大家认真学习。', '重点关注', '注重实效'])('is not one: %s', (line) => {
    expect(isAppendixHeading(line)).toBe(false);
  });
});

describe('appendixDefinitions', () => {
  it('reads an item whose definition is on the lines after its term, citing the first of them', () => {
    const blocks = paragraphs(['正文。', '附件', '名词解释', '［1］四仓：', '粮仓、水仓、钱仓、碳仓。', '［2］“三联动”：', '市、县、镇三级联动，', '形成工作合力。']);
    expect(appendixDefinitions(blocks)).toEqual([
      { forms: ['四仓'], definition: '粮仓、水仓、钱仓、碳仓。', paragraph: 'p5', quote: '粮仓、水仓、钱仓、碳仓。' },
      { forms: ['三联动'], definition: '市、县、镇三级联动，\n形成工作合力。', paragraph: 'p7', quote: '市、县、镇三级联动，' },
    ]);
  });

  it('reads a numbered term alone on its line, and stops at the page around the appendix', () => {
    const blocks = paragraphs(['相关术语：', '1.星图仪', '能测量星体位置的仪器。', '2.“一张图”：统一的空间规划底图。', '责任编辑：', '某某', '各位代表：现在，我代表市人民政府，向大会报告工作。']);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition])).toEqual([
      [['星图仪'], '能测量星体位置的仪器。'],
      [['一张图'], '统一的空间规划底图。'],
    ]);
  });

  it('reads a page that is an appendix on its own, its terms alone on their lines, when its title is the heading', () => {
    const blocks = paragraphs(['某某网记者 某某 报道', '“上网”企业', '把业务部署到网上的企业。', '民营经济“十项行动”', '2023年，市里出台了十项行动。']);
    expect(appendixDefinitions(blocks, '某某市《政府工作报告》名词解释').map((d) => [d.forms, d.definition, d.paragraph])).toEqual([
      [['上网', '上网企业', '“上网”企业'], '把业务部署到网上的企业。', 'p3'],
      [['十项行动', '民营经济十项行动', '民营经济“十项行动”'], '2023年，市里出台了十项行动。', 'p5'],
    ]);
    expect(appendixDefinitions(blocks, '某某市政府工作报告')).toEqual([]);
  });

  it('defines each word a name quotes after its verb apart, when the definition has a part for each opening with it', () => {
    const blocks = paragraphs(['名词解释', '17.培养“五种习惯”、练就“三项技能”：培养阅读习惯、运动习惯；练就写作技能、演讲技能。', '18.育“新苗”、强“老树”：扶持初创企业；帮助传统企业转型。']);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition])).toEqual([
      [['五种习惯'], '培养阅读习惯、运动习惯'],
      [['三项技能'], '练就写作技能、演讲技能。'],
      [['育新苗、强老树', '育“新苗”、强“老树”'], '扶持初创企业；帮助传统企业转型。'],
    ]);
  });

  it('reads a second abbreviation after a ；, full-width or not, as an item of its own', () => {
    const blocks = paragraphs(['名词解释', '1.ABC：Alpha Beta Club的缩写，即某某俱乐部；XYZ：Xeno Yard Zone的缩写，即某某园区。', '2.Q1：指第一类用地;Q0：指第零类用地。']);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition])).toEqual([
      [['ABC'], 'Alpha Beta Club的缩写，即某某俱乐部'],
      [['XYZ'], 'Xeno Yard Zone的缩写，即某某园区。'],
      [['Q1'], '第一类用地'],
      [['Q0'], '第零类用地。'],
    ]);
  });

  it('reads numbers with a dot after their brackets, drops the pages an item points to, and ends at 附件二', () => {
    const blocks = paragraphs(['正文。', '名词解释', '[1].星云工程：星云区的十项建设工程。', '2.“三上”企业（P2，P15）:三类规模以上企业的统称。', '附件二', '3.不是名词：不算。']);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition])).toEqual([
      [['星云工程'], '星云区的十项建设工程。'],
      [['三上', '三上企业', '“三上”企业'], '三类规模以上企业的统称。'],
    ]);
  });

  it('splits an item that defines several quoted terms, each after a ； or in as many parts as terms', () => {
    const blocks = paragraphs(['名词解释', '[1]“课堂变革”：以学定教的系统改革；“家校共育”：以家长学堂为路径的改革。', '2.“两星”“两云”：星云区和星海区的建设，云端平台和云上服务。']);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition])).toEqual([
      [['课堂变革'], '以学定教的系统改革'],
      [['家校共育'], '以家长学堂为路径的改革。'],
      [['两星'], '星云区和星海区的建设'],
      [['两云'], '云端平台和云上服务。'],
    ]);
  });

  it('takes no item, and no line into the item before, from a list numbered as the items whose colon is in brackets (…（主办：区某局）)', () => {
    const blocks = paragraphs(['名词解释', '1.星云工程：星云区的十项建设工程。', '2、举办“星光行动”招聘会10场，开发岗位1万个（主办：区某某局）。']);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition])).toEqual([[['星云工程'], '星云区的十项建设工程。']]);
  });

  it('reads a 名词解释 run into a long paragraph, each item quoting its own words, up to an attachment', () => {
    const text = '（四）绩效目标：本镇设置目标4个。十、名词解释（一）星云收入：指本级当年拨付的资金。（二）星海收入：指开展专业活动所得的收入。附件：1.星云表格.xlsx';
    expect(appendixDefinitions(paragraphs([text])).map((d) => [d.forms, d.definition, d.quote])).toEqual([
      [['星云收入'], '本级当年拨付的资金。', '（一）星云收入：指本级当年拨付的资金。'],
      [['星海收入'], '开展专业活动所得的收入。', '（二）星海收入：指开展专业活动所得的收入。'],
    ]);
  });

  it('reads the first item on the heading’s own line, as a flattened page splits at its numbers', () => {
    const blocks = paragraphs(['本镇设置目标4个。', '十、名词解释（一）星云收入：指本级当年拨付的资金。', '（二）星海收入：指开展专业活动所得的收入。']);
    expect(appendixStart(blocks.map((b) => b.text))).toBe(1);
    expect(appendixDefinitions(blocks).map((d) => [d.forms, d.definition, d.paragraph])).toEqual([
      [['星云收入'], '本级当年拨付的资金。', 'p2'],
      [['星海收入'], '开展专业活动所得的收入。', 'p3'],
    ]);
  });

  it('takes the appendix where items follow its heading, not where an earlier list names it', () => {
    const blocks = paragraphs(['附件：名词解释', '正文第一段。', '附件', '名词解释', '1.“两翼”：东翼和西翼。']);
    expect(appendixDefinitions(blocks)).toEqual([{ forms: ['两翼'], definition: '东翼和西翼。', paragraph: 'p5', quote: '1.“两翼”：东翼和西翼。' }]);
  });

  it('reads the items after the appendix heading, with their paragraphs and exact lines', () => {
    const blocks = paragraphs(['各位代表：', '我们要推进“两重”建设和“两新”工作。', '以上报告，请予审议。', '名词解释', '1.“两重”：是指国家重大战略实施和重点领域安全能力建设。', '2.“两新”：是指大规模设备更新和消费品以旧换新。']);
    expect(appendixDefinitions(blocks)).toEqual([
      { forms: ['两重'], definition: '国家重大战略实施和重点领域安全能力建设。', paragraph: 'p5', quote: '1.“两重”：是指国家重大战略实施和重点领域安全能力建设。' },
      { forms: ['两新'], definition: '大规模设备更新和消费品以旧换新。', paragraph: 'p6', quote: '2.“两新”：是指大规模设备更新和消费品以旧换新。' },
    ]);
  });

  it('reads a definitions clause run into one paragraph, each item citing it, and stops at the next article', () => {
    const clause = '第三十条 本条例下列用语的含义：（一）热用户，是指使用热能的单位和个人；（二）“一网通”是指统一的供热服务平台。';
    expect(appendixDefinitions(paragraphs(['第一条 为了规范供热，制定本条例。', clause, '第三十一条 本条例自2015年1月1日起施行。']))).toEqual([
      { forms: ['热用户'], definition: '使用热能的单位和个人；', paragraph: 'p2', quote: clause },
      { forms: ['一网通'], definition: '统一的供热服务平台。', paragraph: 'p2', quote: clause },
    ]);
    const lines = ['本条例下列用语的含义：', '（一）热用户，是指使用热能的单位和个人；', '（二）“一网通”是指统一的供热服务平台。', '本条例自2015年1月1日起施行。'];
    expect(appendixDefinitions(paragraphs(lines)).map((d) => d.definition)).toEqual(['使用热能的单位和个人；', '统一的供热服务平台。']);
  });

  it('reads a regulation’s clause in its shapes: defined by what a term 包括 or 是由, other names in a gloss, a term before its list', () => {
    const lines = [
      '第九十条 本条例中下列用语的含义是指：',
      '（一）公共部分，包括道路、绿地和公用设施。',
      '（二）共享骑行（也称为拼骑、顺骑），是由平台发布信息的出行方式。',
      '（三）限额以上工程，包括下列项目：',
      '1．学校、卫生院等公共建筑；',
      '2．跨度在六米以上的厂房。',
      '第九十一条 本条例自2021年1月1日起施行。',
    ];
    expect(appendixDefinitions(paragraphs(lines)).map((d) => [d.forms, d.definition])).toEqual([
      [['公共部分'], '包括道路、绿地和公用设施。'],
      [['共享骑行', '拼骑', '顺骑'], '由平台发布信息的出行方式。'],
      [['限额以上工程'], '包括下列项目：\n1．学校、卫生院等公共建筑；\n2．跨度在六米以上的厂房。'],
    ]);
    // Outside a regulation's clause, 包括 defines nothing: 其中包括… is a definition's later sentence.
    expect(appendixItem('公共部分，包括道路、绿地和公用设施。')).toBeUndefined();
  });

  it('reads an unnumbered clause run into one paragraph, and a list of abbreviations', () => {
    const clause = '本规定下列用语的含义是：粮油，是指小麦、稻谷及其成品。储备粮油，是指政府储备的粮油。';
    expect(appendixDefinitions(paragraphs(['违反本规定的，依法处理。', clause])).map((d) => [d.forms, d.definition, d.paragraph])).toEqual([
      [['粮油'], '小麦、稻谷及其成品。', 'p2'],
      [['储备粮油'], '政府储备的粮油。', 'p2'],
    ]);
    const abbreviations = ['附件1', '某某相关名词术语和缩略语', 'XR: 扩展现实 (Extended', 'Reality)', 'ABC: 某某综合平台 (A Basic Center)'];
    expect(appendixDefinitions(paragraphs(abbreviations)).map((d) => [d.forms, d.definition])).toEqual([
      [['XR'], '扩展现实 (Extended\nReality)'],
      [['ABC'], '某某综合平台 (A Basic Center)'],
    ]);
  });

  it("reads a statute's definitions in its text, each term once, after its clause's", () => {
    const lines = [
      '第一条 为了促进星云产业发展，制定本条例。',
      '第三条 本条例所称星云产业，是指利用星云数据开展的各类经营活动。本条例所称再星化，是指将废弃数据重新加工利用。',
      '本条例所称星云数据，是指星云平台汇集的数据。',
      '第四条 发展星云产业应当遵循统筹规划的原则。本条例所称的规划以批准文件为准。',
    ];
    expect(appendixDefinitions(paragraphs(lines)).map((d) => [d.forms, d.definition, d.paragraph])).toEqual([
      [['星云产业'], '利用星云数据开展的各类经营活动。', 'p2'],
      [['再星化'], '将废弃数据重新加工利用。', 'p2'],
      [['星云数据'], '星云平台汇集的数据。', 'p3'],
    ]);
  });

  it("reads a statute's 用辭之定義 clause, a statistics page's notes on its indicators and a yearbook's term set apart from its definition", () => {
    const statute = ['本法用辭之定義如左：', '一、星云道路：指供公眾通行之道路。', '二、星云工具：指在道路上行駛之工具。'];
    expect(appendixDefinitions(paragraphs(statute)).map((d) => [d.forms, d.definition])).toEqual([
      [['星云道路'], '供公眾通行之道路。'],
      [['星云工具'], '在道路上行駛之工具。'],
    ]);
    const notes = ['（三）主要统计指标解释', '星云产值：指星云企业生产的产品总量。'];
    expect(appendixDefinitions(paragraphs(notes)).map((d) => [d.forms, d.definition])).toEqual([[['星云产值'], '星云企业生产的产品总量。']]);
    const yearbook = ['主要统计指标解释', '星云价格指数  衡量星云价格变化情况的指标。', '星云生产指数  星云生产指一定时期内的产出。'];
    expect(appendixDefinitions(paragraphs(yearbook)).map((d) => [d.forms, d.definition])).toEqual([
      [['星云价格指数'], '衡量星云价格变化情况的指标。'],
      [['星云生产指数'], '星云生产指一定时期内的产出。'],
    ]);
    expect(isAppendixHeading('三、指標(biāo)解釋:')).toBe(true);
    // (A bare 指 inside a word is no verb: 价格指数 is not 价格 defined as 数….)
    expect(appendixItem('星云价格指数反映价格变化。')).toBeUndefined();
  });

  it('finds nothing in a report without an appendix, whatever its colons', () => {
    expect(appendixDefinitions(paragraphs(['各位代表：', '主要目标是：地区生产总值增长5%左右。']))).toEqual([]);
    expect(appendixStart(['某某市政府工作报告', '附件：名词解释', '各位代表：', '一、过去一年的工作：成绩来之不易。'])).toBe(-1);
  });
});
