/**
 * Places from what texts name: the gazetteer's mentions (full names, the
 * short forms of autonomous areas, traditional characters) and the place a
 * document's title, meeting and offices settle, with what is inferred marked.
 */
import { describe, expect, test } from 'vitest';
import { bareCityNames, bareDistrictNames, divisionsNamed, findMentions, mentionForms, wordlikeCityNames } from '../../src/places/gazetteer.ts';
import { resolvePlace } from '../../src/places/resolve.ts';

const placeOf = (text: string) => {
  const { province, city, district, inferred } = resolvePlace([{ label: '会议名称', text }]);
  return { province, city, district, inferred: inferred.map((i) => i.level) };
};

describe('the gazetteer', () => {
  test('short forms of autonomous areas, as congresses name them', () => {
    expect(mentionForms(divisionsNamed('新疆维吾尔自治区')[0])).toEqual(['新疆维吾尔自治区', '新疆', '新疆自治区']);
    expect(mentionForms(divisionsNamed('黔东南苗族侗族自治州')[0])).toContain('黔东南州');
    expect(mentionForms(divisionsNamed('昌吉回族自治州')[0])).toContain('昌吉州');
    expect(mentionForms(divisionsNamed('伊犁哈萨克自治州')[0])).toContain('伊犁州');
    expect(mentionForms(divisionsNamed('积石山保安族东乡族撒拉族自治县')[0])).toContain('积石山县');
    // (One named for its people alone.)
    expect(mentionForms(divisionsNamed('东乡族自治县')[0])).toContain('东乡县');
  });

  test('a banner named for its wing, as its own government shortens it', () => {
    expect(mentionForms(divisionsNamed('科尔沁左翼中旗')[0])).toEqual(['科尔沁左翼中旗', '科左中旗']);
    expect(mentionForms(divisionsNamed('察哈尔右翼后旗')[0])).toContain('察右后旗');
    expect(placeOf('科左后旗第十六届人民代表大会第四次会议')).toMatchObject({ province: '内蒙古自治区', city: '通辽市', district: '科尔沁左翼后旗' });
  });

  test('a county that has since become a district, under the name the document was written with', () => {
    expect(placeOf('济阳县第十八届人民代表大会第二次会议')).toMatchObject({ province: '山东省', city: '济南市', district: '济阳县' });
    expect(placeOf('贛縣第十六屆人民代表大會第六次會議')).toMatchObject({ province: '江西省', city: '赣州市', district: '赣县' });
    expect(divisionsNamed('大洼县')[0]).toMatchObject({ city: '盘锦市', nowNamed: '大洼区' });
    // A county-level city made a district, under its old name.
    expect(placeOf('长乐市第十五届人民代表大会第一次会议')).toMatchObject({ province: '福建省', city: '福州市', district: '长乐市' });
    // A county that has since become a county-level city, under its old name.
    expect(placeOf('肥城县第十一届人民代表大会第三次会议')).toMatchObject({ province: '山东省', city: '泰安市', district: '肥城县' });
    expect(divisionsNamed('肥城县')[0]).toMatchObject({ nowNamed: '肥城市' });
    // No former county where one of that name exists today, nor where its name is a province's or opens 县域.
    expect(divisionsNamed('朝阳县').map((d) => d.nowNamed)).toEqual([undefined]);
    expect(findMentions('河北县域经济').map((m) => m.text)).toEqual(['河北']);
    expect(findMentions('发展济阳县域经济')).toEqual([]);
    expect(findMentions('长乐市场').map((m) => m.text)).toEqual([]);
    // Nor a former city's name in the word for a city, 卓越城市; by its body it is one.
    expect(findMentions('建设宜居宜业的卓越城市')).toEqual([]);
    expect(findMentions('越城市人民政府').map((m) => m.text)).toEqual(['越城市']);
  });

  test('a division renamed outright, under the name the document was written with', () => {
    expect(placeOf('苍山县第十六届人民代表大会第一次会议')).toMatchObject({ province: '山东省', city: '临沂市', district: '苍山县' });
    expect(divisionsNamed('苍山县')[0]).toMatchObject({ nowNamed: '兰陵县' });
    expect(placeOf('襄樊市第十三届人民代表大会第四次会议')).toMatchObject({ province: '湖北省', city: '襄樊市' });
  });

  test('a two-character county is a place only after its city or opening the text', () => {
    // (Or as a body's place: a party congress, a people's government.)
    expect(placeOf('中国共产党沁县第十三次代表大会')).toMatchObject({ province: '山西省', city: '长治市', district: '沁县' });
    expect(findMentions('和县人民政府工作报告').map((m) => m.text)).toEqual(['和县']);
    expect(findMentions('团结和县城发展')).toEqual([]);
    expect(findMentions('马鞍山市和县').map((m) => m.text)).toEqual(['马鞍山市', '和县']);
    // An acting county head (代县长) is no mention of the county 代县; its own head (代县县长) is.
    expect(findMentions('县委副书记、代县长')).toEqual([]);
    expect(findMentions('代县县长').map((m) => m.text)).toEqual(['代县']);
    // Or as the place whose growth the text works for; not a generic name so.
    expect(findMentions('推动渠县发展').map((m) => m.text)).toEqual(['渠县']);
    expect(findMentions('扭转泸县经济社会发展的被动局面').map((m) => m.text)).toEqual(['泸县']);
    expect(findMentions('落户渠县')).toEqual([]);
    expect(findMentions('推动城区发展')).toEqual([]);
  });

  test("a city's bare name right after its province's is a mention of it, as a repost tags a text; not another province's", () => {
    expect(findMentions('讲话(广西桂林)').map((m) => m.text)).toEqual(['广西', '桂林']);
    expect(findMentions('江苏扬州').map((m) => [m.text, m.divisions.map((d) => d.name)])).toEqual([['江苏', ['江苏省']], ['扬州', ['扬州市']]]);
    expect(findMentions('广东扬州').map((m) => m.text)).toEqual(['广东']);
  });

  test("a city's or county's bare name before its party committee of a term is a mention of it; not before another level's", () => {
    expect(findMentions('中共扬州八届市委经济技术开发区工委').map((m) => [m.text, m.divisions.map((d) => d.name)])).toEqual([['扬州', ['扬州市']]]);
    expect(findMentions('中共肥西第十三届县委').map((m) => [m.text, m.divisions.map((d) => d.name)])).toEqual([['肥西', ['肥西县']]]);
    expect(findMentions('扬州八届县委').map((m) => m.text)).toEqual([]);
  });

  test("a conjunction's 和 before 县政府 names no 和县; 和县 as a body's place does", () => {
    expect(findMentions('县政府党组会议和县政府2025年第16次常务会议').map((m) => m.text)).toEqual([]);
    expect(findMentions('和县人民政府').map((m) => m.text)).toEqual(['和县']);
    expect(findMentions('马鞍山市和县人民政府').map((m) => m.text)).toEqual(['马鞍山市', '和县']);
  });

  test('words that are district names in some city are not mentions', () => {
    expect(findMentions('城区和郊区、矿区和新区')).toEqual([]);
  });

  test("a province's own counties and county-level cities are counties with no city above them", () => {
    expect(divisionsNamed('澄迈县')).toEqual([{ name: '澄迈县', level: 'district', province: '海南省' }]);
    expect(divisionsNamed('仙桃市')).toEqual([{ name: '仙桃市', level: 'district', province: '湖北省' }]);
  });
  test('a district or county by the bare name its own texts use: only one no other place has, and no word', () => {
    expect(bareDistrictNames().get('虹口')?.name).toBe('虹口区');
    // (Under its name now, though the table lists the county it was: 定海县.)
    expect(bareDistrictNames().get('定海')?.name).toBe('定海区');
    expect(bareDistrictNames().get('平安')).toBeUndefined();
    expect(bareDistrictNames().get('光明')).toBeUndefined();
    // (解放思想 names no 解放区.)
    expect(bareDistrictNames().get('解放')).toBeUndefined();
    // (A name several places have: 朝阳区 in Beijing and Changchun.)
    expect(bareDistrictNames().get('朝阳')).toBeUndefined();
    // (An autonomous county by its place's name, not its people's: 大厂 for 大厂回族自治县; 互助 is a word.)
    expect(bareDistrictNames().get('大厂')?.name).toBe('大厂回族自治县');
    expect(bareDistrictNames().get('大厂回族自治')).toBeUndefined();
    expect(bareDistrictNames().get('互助')).toBeUndefined();
    // (A county-level city too, 彭州 for 彭州市; not one whose name is a word: 合作 is cooperation, 磐石 a rock, 东方 the east.)
    expect(bareDistrictNames().get('彭州')?.name).toBe('彭州市');
    for (const word of ['合作', '磐石', '东方', '高密', '天长']) expect(bareDistrictNames().get(word)).toBeUndefined();
  });
  test('traditional characters are read as simplified, and kept as written', () => {
    expect(findMentions('政協嶽陽縣第十四屆第五次會議').map((m) => [m.text, m.divisions[0].name])).toEqual([['嶽陽縣', '岳阳县']]);
  });
});

describe('the place a document belongs to', () => {
  test('a named city gives its province, inferred from the gazetteer', () => {
    expect(placeOf('黄山市第八届人民代表大会第一次会议')).toEqual({ province: '安徽省', city: '黄山市', district: undefined, inferred: ['province'] });
  });

  test('a county gives its city and province', () => {
    expect(placeOf('浮山县第十六届人民代表大会第四次会议')).toEqual({ province: '山西省', city: '临汾市', district: '浮山县', inferred: ['province', 'city'] });
  });

  test('a district in several cities, with nothing to tell them apart, stays a district', () => {
    expect(placeOf('新华区第十一届人民代表大会第一次会议')).toEqual({ province: undefined, city: undefined, district: '新华区', inferred: [] });
  });

  test('a form two divisions of different names go by settles nothing', () => {
    // (东乡县: 东乡族自治县 in Gansu, and the Jiangxi county now 东乡区.)
    expect(placeOf('政协东乡县第十三届委员会第五次会议')).toEqual({ province: undefined, city: undefined, district: undefined, inferred: [] });
  });

  test('what is named is stated, not inferred', () => {
    expect(placeOf('遂宁市安居区第五届人民代表大会第二次会议')).toEqual({ province: '四川省', city: '遂宁市', district: '安居区', inferred: ['province'] });
    expect(placeOf('中国共产党北京市第十二次代表大会')).toEqual({ province: '北京市', city: undefined, district: undefined, inferred: [] });
  });

  test('abbreviated provinces and prefectures', () => {
    expect(placeOf('2023年新疆自治区政府工作报告')).toMatchObject({ province: '新疆维吾尔自治区' });
    expect(placeOf('昌吉州十六届人大二次会议')).toMatchObject({ province: '新疆维吾尔自治区', city: '昌吉回族自治州' });
  });

  test('texts naming two provinces settle nothing', () => {
    expect(placeOf('全国人大会议28个代表团开放 广东新疆“最火”')).toEqual({ province: undefined, city: undefined, district: undefined, inferred: [] });
  });

  test("a person the text names is no place, though his name is one's", () => {
    const title = '北京市政協十三屆二次會議開幕 吉林作報告';
    expect(resolvePlace([{ label: '标题', text: title }]).province).toBeUndefined();
    expect(resolvePlace([{ label: '标题', text: title, people: ['吉林'] }]).province).toBe('北京市');
  });

  test('several districts of one city give the city, inferred', () => {
    const place = resolvePlace([
      { label: '讲话人职务', text: '广陵区委书记' },
      { label: '讲话人职务', text: '江都区委书记' },
    ]);
    expect([place.province, place.city, place.district]).toEqual(['江苏省', '扬州市', undefined]);
    expect(place.inferred.find((i) => i.level === 'city')!.evidence).toBe(
      '讲话人职务“广陵区委书记”“江都区委书记”写广陵区、江都区；广陵区、江都区均属扬州市（据国家标准 GB/T 2260 行政区划代码），原文未写扬州市。',
    );
  });

  test('the evidence names the text, the name and the gazetteer', () => {
    expect(resolvePlace([{ label: '会议名称', text: '巴中市第四届人民代表大会第二次会议' }]).inferred).toEqual([
      { level: 'province', evidence: '会议名称“巴中市第四届人民代表大会第二次会议”写巴中市；巴中市属四川省（据国家标准 GB/T 2260 行政区划代码），原文未写四川省。' },
    ]);
  });
});

describe('development zones named after their city', () => {
  test('the zone stands where a district does; its city and province are inferred from its name', () => {
    expect(placeOf('张家界经济开发区2011年经济工作暨创先争优表彰大会')).toEqual({ province: '湖南省', city: '张家界市', district: '张家界经济开发区', inferred: ['city', 'province'] });
    expect(placeOf('宁波国家高新区2008年工作会议')).toMatchObject({ city: '宁波市', district: '宁波国家高新区' });
    // (Written in traditional characters, listed in simplified, as the code table's names are.)
    expect(placeOf('天水經濟技術開發區工作會議')).toMatchObject({ city: '天水市', district: '天水经济技术开发区' });
  });

  test('a new area after its city, or after its city and its own name', () => {
    expect(placeOf('长春新区党史学习教育动员会议')).toEqual({ province: '吉林省', city: '长春市', district: '长春新区', inferred: ['city', 'province'] });
    expect(placeOf('赣州蓉江新区党工委(扩大)会议')).toMatchObject({ province: '江西省', city: '赣州市', district: '赣州蓉江新区' });
    // (A district of the code table so named stays the district: 浦东新区.)
    expect(placeOf('上海市浦东新区第七届人民代表大会第二次会议')).toMatchObject({ city: undefined, district: '浦东新区' });
    // (Nor a new area a city's name does not open, 湖南某某新区, unless it is a national one named so: 湖南湘江新区 is Changsha's.)
    expect(placeOf('湖南某某新区工作会议').district).toBeUndefined();
    // (Named with its province before it, as officially: 湖南湘江新区; without it, as printed.)
    expect(placeOf('湖南湘江新区工作会议')).toMatchObject({ province: '湖南省', city: '长沙市', district: '湖南湘江新区' });
    expect(placeOf('湘江新区工作会议')).toMatchObject({ province: '湖南省', city: '长沙市', district: '湘江新区' });
  });

  test('a national zone named after neither its city nor a county: its city by its name', () => {
    expect(placeOf('东湖高新区党工委扩大会议')).toMatchObject({ province: '湖北省', city: '武汉市', district: '东湖高新区' });
    expect(placeOf('江北新区党工委会议')).toMatchObject({ province: '江苏省', city: '南京市', district: '江北新区' });
  });

  test("a city's bare name before another's is the zone's city, the other name its own", () => {
    expect(placeOf('益阳长春经开区2015年工作部署会议')).toMatchObject({ province: '湖南省', city: '益阳市', district: '益阳长春经开区' });
  });

  test('a zone named once with its city and once without is one zone, by its fuller name', () => {
    const texts = [
      { label: '会议名称', text: '推进杭州钱塘新区高质量发展大会' },
      { label: '标题', text: '某某寄语钱塘新区“一个目标 五个致力于”' },
    ];
    expect(resolvePlace(texts)).toMatchObject({ province: '浙江省', city: '杭州市', district: '杭州钱塘新区' });
  });

  test('a city named in full is stated, not inferred', () => {
    expect(placeOf('济南市济南高新区工作会议')).toEqual({ province: '山东省', city: '济南市', district: '济南高新区', inferred: ['province'] });
  });

  test('no zone where its name does not begin with one city, or the texts name another city or a district', () => {
    expect(placeOf('县开发区工作会议').district).toBeUndefined();
    expect(placeOf('杭州市宁波高新区工作会议')).toEqual({ province: '浙江省', city: '杭州市', district: undefined, inferred: ['province'] });
    expect(placeOf('连云港市海州区开发区工作会议').district).toBe('海州区');
  });
});

describe('development zones named after their county or district', () => {
  test('the zone lies in that county: the county, its city and province are inferred from its name', () => {
    expect(placeOf('涡阳经济开发区工作会议')).toEqual({ province: '安徽省', city: '亳州市', district: '涡阳县', inferred: ['district', 'city', 'province'] });
    expect(placeOf('盐湖高新区2023年工作会议')).toEqual({ province: '山西省', city: '运城市', district: '盐湖区', inferred: ['district', 'city', 'province'] });
    expect(resolvePlace([{ label: '标题', text: '盐湖高新区召开工作会议' }]).inferred[0].evidence).toBe(
      '标题“盐湖高新区召开工作会议”写盐湖高新区；盐湖高新区以盐湖为名，当在盐湖区（据国家标准 GB/T 2260 行政区划代码），原文未写盐湖区。',
    );
  });

  test('not by a stem that is a word, or several counties share, nor in a municipality, nor against the city the texts name', () => {
    // (惠民: a word, though 滨州's 惠民县 too; 长安: 西安's and 石家庄's.)
    expect(placeOf('惠民经济开发区工作会议').district).toBeUndefined();
    expect(placeOf('长安经济开发区工作会议').district).toBeUndefined();
    // (璧山 is 重庆's: a municipality has no city to infer.)
    expect(placeOf('璧山高新区工作会议').district).toBeUndefined();
    expect(placeOf('合肥市涡阳经济开发区工作会议').district).toBeUndefined();
    // (Nor where the texts name another city, though they leave the place unsettled: 绍兴市 with 天津's name 滨海新区 beside it.)
    expect(resolvePlace([{ label: '讲话人职务', text: '绍兴市委常委、越城区委书记、滨海新区党工委书记、镜湖新区开发办党组书记' }]).district).toBeUndefined();
  });
});

describe('cities by the name without 市 their own texts use', () => {
  test('names one city each, never a word, another place or a province', () => {
    expect(bareCityNames().get('郴州')?.name).toBe('郴州市');
    expect(bareCityNames().get('乌鲁木齐')?.province).toBe('新疆维吾尔自治区');
    for (const word of ['长治', '来宾', '中山', '遵义', '吉林', '上海']) expect(bareCityNames().has(word)).toBe(false);
    // (Cities whose names are words are still known as cities, so that they can stand against another city's mentions.)
    expect(wordlikeCityNames()).toEqual(expect.arrayContaining(['中山', '遵义', '来宾']));
    expect(wordlikeCityNames()).not.toContain('吉林');
  });
});
