/**
 * The ingest's word lists: one home for the words by which the header,
 * metadata and structure steps recognise a line. A list changed here changes
 * every step that reads it; tests/unit/ingest-vocabulary.test.ts holds each
 * rule to examples.
 */
import { NUMERALS } from '../../src/text/chinese-numerals.ts';

/** How a speech or report opens: 同志们：, 各位代表：. (Not 乡亲们 or 老乡们 alone: a flattened text is cut before each, and they end 父老乡亲们 and 各位老乡们.) */
export const SALUTATIONS = ['同志们', '各位代表', '各位委员', '各位常委', '各位领导', '各位来宾', '女士们', '先生们', '朋友们', '市民们', '市民朋友们', '网民朋友们', '网友朋友们', '同胞们', '侨胞们', '各位老乡', '各位乡友', '主任、各位副主任', '主任、副主任', '各位父老乡亲', '父老乡亲们'] as const;

/** The chiefs the river-chief system names, each an office (市总河长) and the word of its system and meetings (河长制, 总河长会). */
export const RESOURCE_CHIEFS = ['河长', '湖长', '林长'] as const;

/** The last words of an office that may stand before a speaker's name: 区委书记, 市长, 自治区人民政府主席, 全国人民代表大会常务委员会委员长, 苏木达 (a sumu's head), 市总河长 (RESOURCE_CHIEFS). */
export const OFFICE_SUFFIXES = ['书记', '主任', '市长', '区长', '县长', '省长', '州长', '盟长', '旗长', '主席', '总理', '检察长', '院长', '局长', '部长', '厅长', '署长', '专员', '行长', '镇长', '乡长', '苏木达', '嘎查达', '组长', '总经理', '董事长', '秘书长', '委员长', '委员', '代表', '巡视员', '调研员', '会长', '理事长', '社长', '校长', '所长', '处长', '科长', '庭长', '总工程师', '总经济师', '总会计师', '主要负责人', '新闻发言人', '指挥长', '总指挥', ...RESOURCE_CHIEFS] as const;

const alternation = (words: readonly string[]) => words.join('|');

/** The offices of a government's head below the State Council's (the premier's, 总理, and a region's chairman's, 主席, apart), as a pattern's source. */
export const HEAD_OF_GOVERNMENT = '省长|市长|县长|区长|州长|盟长|旗长';

/** The pinyin glosses of a mirror site (李克強(qiáng)), which the header and metadata steps read past. */
export { PINYIN_GLOSS } from '../../src/text/pinyin-gloss.ts';

/** A salutation's opening words, as a pattern's source: 尊敬的各位领导, 同志们. */
export const SALUTATION = `(?:尊敬的)?(?:${alternation(SALUTATIONS)})`;

/** A line that opens with a salutation (and may go on: 各位代表、同志们：). */
export const SALUTATION_START = new RegExp(`^\\s*${SALUTATION}`);

/** A salutation naming guests before the usual words (尊敬的商务部某某副局长,…,尊敬的各位嘉宾、朋友、同志们:): a line of nothing else. */
export const GUESTS_SALUTED = new RegExp(`^\\s*尊敬的[^。:：]{2,80}?${SALUTATION}[:：]\\s*$`, 'u');

/** A line that is a salutation and nothing else (a short tail, an optional colon). */
export const SALUTATION_LINE = new RegExp(`^${SALUTATION}[^。]{0,20}[:：!！,，]?$`);

/** An office ending in one of the office suffixes (as a regex group source). */
/** How a newspaper's name ends (某某日报, 某某晚报, 某某时报), as a pattern's source: a paper's name is never a person's. */
export const PAPER_ENDING = '日报|晚报|时报';
export const OFFICE_ENDING = `(?:${alternation(OFFICE_SUFFIXES)})`;

/** A section that reviews one year: `一、2023年工作回顾`, `2023年工作回顾`, `（一）2023年主要工作回顾`, `一、2019年工作总结`, `2009年工作简要回顾`. */
export const REVIEW_HEADING = new RegExp(`^\\s*(?:[${NUMERALS}]+、|[(（][${NUMERALS}]+[)）])?\\s*(\\d{4})\\s*年(?:主要)?(?:工作)?(?:简要)?(?:回顾|总结)\\s*$`, 'u');

/** A section heading mark: 一、 (level 2) or （一） (level 3). */
export const HEADING_MARK_2 = new RegExp(`^[${NUMERALS}]+、`);
export const HEADING_MARK_3 = new RegExp(`^[（(][${NUMERALS}]+[)）]`);

/** Whether a line starts like a section of the body (一、, （一）), after any indentation. */
export function startsWithHeadingMark(line: string): boolean {
  const text = line.trimStart();
  return HEADING_MARK_2.test(text) || HEADING_MARK_3.test(text);
}

/** A line of the outline a document site prints over a title: its label (目录/提纲:……), a section's heading (一、回顾过去, （一）…) or the ellipsis closing it (……). */
export function isOutlineLine(line: string): boolean {
  return startsWithHeadingMark(line) || /^(?:目录|提纲)(?:\/(?:目录|提纲))?[:：]/u.test(line.trimStart()) || /^[…．.]{2,}$/u.test(line.trim());
}

/** A page's section headings, standing alone on a line as a name or a title might: 简介, 正文. */
export const SECTION_WORD = /^(简介|摘要|正文|全文|概述|概要|目录|前言|导语|导读|附件|附录|内容|详情|全文阅读|资讯阅读|阅读内容|文章内容|正文内容|信息分类)$/u;

/**
 * The two hundred or so commonest surnames (simplified; compare folded text),
 * the compound ones officials bear, and rarer ones officials bear (粟, 谌, 虞…):
 * a title's bare 某某某在…上的讲话 names a person when the three characters
 * before 在 open with one of them.
 */
/** The dot between the parts of a name of the minorities, as pages type it: middle dot, bullet, katakana middle dot, hyphenation point (吐尔洪•阿不拉). */
export const NAME_DOT = '[·•・･‧∙]';
/** Whether a name holds such a dot. */
export const HAS_NAME_DOT = new RegExp(NAME_DOT, 'u');
/** The words of who convenes or chairs a meeting, which no office or host's name holds: 召开, 举行, 主持. */
export const CONVENES = '召开|举行|主持';
/** The compound surnames officials bear (欧阳坚, 上官吉庆, 令狐绍辉): their names run to four characters. Not 东方 or 南宫, words and places of their own. */
export const COMPOUND_SURNAMES = '欧阳|司马|诸葛|上官|令狐|皇甫|公孙|慕容|尉迟|司徒|夏侯|端木|独孤|呼延|申屠|闻人';

export const COMMON_SURNAMES = new RegExp(
  `^(?:${COMPOUND_SURNAMES}|[${[
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
    '樊兰殷施洪翟颜倪牛温季俞章鲁葛伍申尤毕聂柴焦祁耿宁柳齐单包庞游岳牟詹缪纪邢艾骆苗鲍甘凌卜房左霍栾蒙池乔阎宫盛谷裴臧苟滕仇柯冉卓邬穆欧荣饶童褚晏项麦伏蔺赖梅郎车简巩茅匡楚湛涂舒席易桂卫曲边隋丛储辛符屈晋阮蓝闵佟粟栗谌虞缑暨傅费康靳翁卞戚娄窦蒲关滑危檀',
    // (Surnames this machine's truths name officials by: 庄, 楼, 景, 米, 羊, 冷, 姬, 胥, 劳.)
    '庄楼景米羊冷姬胥劳',
  ].join('')}])`,
  'u',
);

/** The mass organisations, by the word their bodies' names end with (市总工会, 县妇联, 团市委, 区工商联), as a pattern's source. */
export const MASS_ORGANISATIONS = '工会|妇联|团委|工商联|科协|文联|侨联|残联';
/** The words an office ends with right before its holder's name (县委书记某某, 副区长某某, 市政协主席某某), as a pattern's source. */
export const OFFICE_BEFORE_NAME = '(?:书记|[省市县区州旗盟镇乡]长|主任|主席|常委|委员|代表)';

/** What a meeting does, the words that follow its name (研究, 听取, 传达, 部署…), and that no department's name ends with before 和. */
export const MEETING_BUSINESS = '研究|听取|传达|部署|学习|审议|讨论|通报|总结|安排';
