/**
 * The shapes of header lines real pages print, one rule each: web chrome,
 * labelled date and source lines, datelines, speaker lines. Each case is a
 * line as pages print it (invented names, real shapes).
 */
import { describe, expect, test } from 'vitest';
import { chromeReason } from '../../scripts/ingest/chrome.ts';
import { brokenDayReadings, opensDateline, parseAdoptionLine, parseDateline } from '../../scripts/ingest/dateline.ts';
import { parseHeaderLine } from '../../scripts/ingest/meta-line.ts';
import { parseNameLine, parseOfficeLine, parseSpeakerPair } from '../../scripts/ingest/speaker-line.ts';
import { officeStart } from '../../scripts/ingest/lead-speakers.ts';

describe('web chrome', () => {
  test.each([
    ['下载', 'page controls'],
    ['打印 全屏 收藏 加大 还原 减小', 'page controls'],
    ['今天是 智能问答无障碍浏览长者模式', 'page controls'],
    ['客服设为首页 |', 'page controls'],
    ['购物车', 'page controls'],
    ['首页 新闻中心 某某新闻 某某新闻 - 社会', 'breadcrumb'],
    ['首页 理论教育 2020年工作和十三五发展回顾-某县年鉴', 'breadcrumb'],
    ['第 1 版', "e-paper's page and section line"],
    ['第1版(要闻)专栏:', "e-paper's page and section line"],
    ['投稿邮箱: news@example.com', 'contributions'],
    ['跳至內容的開始', 'page controls'],
    ['党政机关', "government site's badge"],
    ['欢迎访问某某政法网 今天是 2024年09月19日 星期四', "site's greeting"],
    ['【字体：大 中 小】', 'page controls'],
    ['【打印本页】【关闭窗口】', 'page controls'],
    ['文库 实用文档 报告/总结', 'section path'],
    ['小字号', 'page controls'],
    ['我知道了', 'page controls'],
    ['中国政府网 某某市人民政府网 镇街', "portal's links to the governments' portals"],
    ['上一篇:某某工作表态发言', "links to the previous and next articles"],
    ['评论功能已关闭', "comment box"],
    ['2018年1月5日| 联系热线:17636155855', "site's banner with today's date"],
    ['您正在浏览[时光机]频道,这篇文章记录了从5914 天前开始的旅程,提醒您:时光易逝,但回忆永存。', "how old the page is"],
    ['……(新文秘网https://www.wm114.cn省略697字,正式会员可完整阅读)', "preview and download notices"],
    ['您的位置：首页 > 政务公开 > 政府工作报告', 'breadcrumb'],
    ['您当前的位置:首页', 'breadcrumb'],
    ['您所在的位置:   首页政协新闻政协新闻', 'breadcrumb'],
    ['立即打开', 'app'],
    ['我要投稿 下载七一APP', 'other versions'],
    ['国内统一连续出版物号:CN45-0005', 'registration numbers'],
    ['某某零距离    某某日报    某某都市报 旧版入口:某某日报    某某都市报 (2021年10月10日前数字报)', "group's papers"],
    ['无障碍浏览 长辈版 设为首页 | 加入收藏 |', 'page controls'],
    ['今天是:2024年11月05日 星期二', "today's date"],
    ['首页>工作报告', 'breadcrumb'],
    ['法治网首页>>', 'breadcrumb'],
    ['某某新媒体联播>>业务动态>>', 'breadcrumb'],
    ['某某网 > 新闻 > 原创', 'breadcrumb'],
    ['新闻 | 体育 | 娱乐 | 经济 | 科教 | 手机MP4', 'navigation'],
    ['某某网首页|人大专题|政协专题     热词:历年两会|热搜榜', 'navigation'],
    ['浏览次数：9341', 'view counter'],
    ['Page 2 - 政府工作报告', 'page viewer'],
    ['— 23 —', 'printed document'],
    ['（下转第四版）', 'page jump'],
    ['第A1版：头版', 'e-paper'],
    ['00005版:省两会特别报道·新民生', 'e-paper'],
    ['中共某某州委员会主管主办 某某日报社出版 国内统一刊号:CN00-0000', 'masthead'],
    ['某某市体育局关注 · 微信', 'social media'],
    ['温馨提示:当前文档最多只能预览 3 页,请下载原文档以浏览全部内容。', 'preview notice'],
    ['（责任编辑：某某）', 'editor credit'],
    ['图为会议现场。', 'photo caption'],
    ['找回密码', 'page controls'],
    ['查看: 2525|回复: 0', 'forum'],
    ['〖打印〗 >〖关闭窗口〗', 'page controls'],
    ['3上一篇  下一篇4', 'page controls'],
    ['欢迎访问某某县政府门户网站!', 'greeting'],
    ['导语:区政府工作会议的讲话一文来源于网友上传,不代表本站观点,欢迎参考。', 'model-essay'],
    ['免费预览已结束,剩余9页可下载查看', 'document site'],
    ['• 71阅读', 'view counter'],
    ['市委全体(扩大)会议召开 记者某某 摄', 'photo caption'],
    ['阴影 阴影', 'e-paper'],
    ['某某日报报业集团主办', 'masthead'],
    ['打开网易新闻 查看精彩图片', 'news app'],
    ['AI生成 免责声明', 'machine-written'],
    ['海南省委書記某某某(某某社 黃某攝)', 'photo caption'],
    ['】 【打 印】', 'page controls'],
    ['【 第1頁 第2頁 第3頁 】', 'page controls'],
    ['e2e897b6bbbeec83230371f77fa82636.jpeg (3.55 MB, 下載次數: 175)', 'forum'],
    ['登录| 注册 欢迎访问信用某某', 'greeting'],
    ['欢迎来到某某县人民政府门户网站', 'greeting'],
    ['专栏名称: 某某发布', 'social-media mirror'],
    ['看啥推荐读物', 'links to other pages'],
    ['某某网> 县区', 'breadcrumb'],
    ['某某工人报官方网站 | 某工网首页 今天是', 'today'],
    ['跟帖评论自律管理承诺书  不良信息举报电话:某工网(029-12345678)', 'masthead or footer'],
    ['头版', 'e-paper'],
    ['第1页 / 共2页', 'page viewer'],
    ['|', 'empty table cell'],
    ['分享至', 'page controls'],
    ['某某视频在线播放_亚洲精品成人网_一区二区三区中文在线', 'spam'],
    ['本頁位置: 首頁新聞中心世博會', 'breadcrumb'],
    ['马上注册,结交更多好友,享用更多功能,让你轻松玩转某某之窗', 'sign up'],
    ['您需要 登录 才可以下载或查看,没有账号?会员注册', 'sign up'],
    ['| |', 'empty table cell'],
    ['第二版:两会·聚焦', 'e-paper'],
    ['央视网|中国网络电视台|网站地图 |', 'other versions'],
  ])('%s is chrome (%s)', (line, kind) => {
    const reason = chromeReason(line);
    expect(reason, line).toBeDefined();
    expect(reason).toContain(kind);
  });

  test.each([
    ['政府工作报告'],
    ['项目 | 单位 | 数量 | 增长'],
    ['某某网|某某电视台'],
    // (A report's words on markets are no mirror's spam: 精品, 亚洲, 欧美.)
    ['打造精品旅游线路 开拓亚洲和欧美市场'],
    ['| 地区生产总值 | 亿元 | 1234 | 5.2% |'],
    ['<script>alert(1)</script>'],
    ['要关注微信、微博等新媒体舆情，及时回应群众关切。'],
    ['一、2025年工作回顾'],
    ['各位代表：'],
    ['大'.repeat(300)],
    ['欢迎各位代表'],
    ['1月24日，浙江省某某会议开幕，省长某某作政府工作报告。 中新社记者 某某 摄'],
  ])('%s is not chrome', (line) => {
    expect(chromeReason(line)).toBeUndefined();
  });
});

describe('date and source lines', () => {
  test.each([
    ['2023-05-20 来源:某某影视', { 'dates.published': '2023-05-20', 'source.publisher': '某某影视' }],
    // (The page's day with its year in two digits, before its labels.)
    ['23-01-14 09:22 来源:中国某某网-某某日报 编辑:某某某', { 'source.publisher': '中国某某网-某某日报', 'dates.published': '2023-01-14 09:22' }],
    ['稿件来源：某某人大网 发布时间：2022-11-02 20:14:37', { 'source.publisher': '某某人大网', 'dates.published': '2022-11-02 20:14:37' }],
    // (The page's day and time, then the body that put it up, with no label; and the day a page was edited for posting.)
    ['2022-01-18 16:11 市人民代表大会常务委员会', { 'dates.published': '2022-01-18 16:11', 'source.publisher': '市人民代表大会常务委员会' }],
    ['编稿时间: 2021-03-03 10:49 来源: 某某市政府门户网站  ', { 'dates.published': '2021-03-03 10:49', 'source.publisher': '某某市政府门户网站' }],
    // (A box's closing bracket after the source, the next box after it.)
    ['来源:某某县新闻办公室】 【网络编辑:】', { 'source.publisher': '某某县新闻办公室' }],
    // (Each label in a box of its own.)
    ['【发布日期:2018-01-18】 【字号: 】  【关闭此页', { 'dates.published': '2018-01-18' }],
    // (Or each label in square brackets, its value after it; a table's placeholder names no issuer.)
    ['[ 成文日期 ] 2022-03-01 [ 发布日期 ] 2022-03-01', { 'dates.written': '2022-03-01', 'dates.published': '2022-03-01' }],
    ['[ 发布机构 ] 其他 [ 有效性 ]', {}],
    // (An editor's login glued to the label after the time.)
    ['2016年12月26日 00:00:00tz2浏览量:180次', { 'dates.published': '2016年12月26日 00:00:00' }],
    // (A site's name in its decorative brackets after its address, the day glued on.)
    ['http://www.example.com【某某经济网】2016-02-07', { 'source.publisher': '某某经济网', 'dates.published': '2016-02-07' }],
    // (A government table's rows without their colons: a genre the archive does not keep, the title under its label.)
    ['体裁分类 工作动态', {}],
    ['主题分类 行政事务 体裁 通知', { 'identifiers.subject': '行政事务' }],
    ['文件标题 某某区政府召开2020年第一次全体会议', { title: '某某区政府召开2020年第一次全体会议' }],
    // (A paper named as the publishing body, a share widget's label closing the line.)
    ['发表单位:某某日报 发布时间:2021年03月12日 14:50 转发至: ', { 'source.publisher': '某某日报', 'dates.published': '2021年03月12日 14:50' }],
    // (A blog's category and its count of comments glued to the day.)
    ['2020-07-22新闻5', { 'dates.published': '2020-07-22' }],
    // (The page's time before the source's name, under the source's label.)
    ['来源: 2021-10-09 08:27 某某报社融媒体', { 'dates.published': '2021-10-09 08:27', 'source.publisher': '某某报社融媒体' }],
    // (The government office that put the page up, unlabelled after the day, before the page's counters.)
    ['2022-01-20 16:47:08 某某县政协办 点击:[] 字体:', { 'dates.published': '2022-01-20 16:47:08', 'source.publisher': '某某县政协办' }],
    // (A counter of visitors, 人次, empty after its label.)
    ['2021-02-12 15:27 瀏覽人次:', { 'dates.published': '2021-02-12 15:27' }],
    // (A paper's label for its source, 稿源, the day and time after the name.)
    ['    稿源: 某某日报  2017-01-19 09:22', { 'source.publisher': '某某日报', 'dates.published': '2017-01-19 09:22' }],
    // (A newsroom's name with the day, in brackets.)
    ['某某新区新闻中心(2020年9月30日)', { 'dates.published': '2020年9月30日', 'source.publisher': '某某新区新闻中心' }],
    ['http://www.example.cn  2008-01-21 17:47:05  来源:某某日报', { 'dates.published': '2008-01-21 17:47:05', 'source.publisher': '某某日报' }],
    ['        发布时间:2023-01-18    浏览次数:9341', { 'dates.published': '2023-01-18' }],
    ['發布者：宣傳部 時間：2021-10-13 次數：236', { 'dates.published': '2021-10-13' }],
    ['某某融媒 发表于 2026-1-28 14:20:01', { 'dates.published': '2026-1-28 14:20:01' }],
    // (A site's name before the date, one space between.)
    ['某某革命网 2017-04-18 16:47 来源: 作者: 查看:', { 'dates.published': '2017-04-18 16:47' }],
    ['Admin - admin 于2022年04月12日发表', { 'dates.published': '2022年04月12日' }],
    ['某某发布  · 公众号  · 上海  · 2021-01-23 12:42', { 'dates.published': '2021-01-23 12:42' }],
    ['2017年06月20日08:26 来源:某某日报', { 'dates.published': '2017年06月20日08:26', 'source.publisher': '某某日报' }],
    ['2016-01-24 10:04:00来源:某某网作者:', { 'dates.published': '2016-01-24 10:04:00', 'source.publisher': '某某网' }],
    ['某某国际 www.example.com  2006年03月13日 15:04 来源:EXAMPLE.com', { 'dates.published': '2006年03月13日 15:04', 'source.publisher': 'EXAMPLE.com' }],
    ['來源：某某網-某某日報', { 'source.publisher': '某某網-某某日報' }],
    ['公文搜 2022-08-29 12:36:23 营商', { 'dates.published': '2022-08-29 12:36:23' }],
    ['石榴云/新疆日报原创 2024-04-25 21:12:22', { 'dates.published': '2024-04-25 21:12:22' }],
    ['//yichun.dbw.cn   2005-07-28 10:46:06', { 'dates.published': '2005-07-28 10:46:06' }],
    ['(2020-02-17 18:52:29) 百科综合', { 'dates.published': '2020-02-17 18:52:29' }],
    ['2026-01-22 某某工会 56次', { 'dates.published': '2026-01-22' }],
    ['©原创 2021-03-26 20:21  阅读:2681', { 'dates.published': '2021-03-26 20:21' }],
    ['发表于 2020-5-16 17:53:04 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式', { 'dates.published': '2020-5-16 17:53:04' }],
    // (Where the poster was, after the post's controls.)
    ['某某青树 发表于 2023-11-6 09:13:50 | 显示全部楼层 |阅读模式 来自 某国 LLC Baxet', { 'dates.published': '2023-11-6 09:13:50' }],
    ['成文日期 2018-02-06 公文时效', { 'dates.written': '2018-02-06' }],
    ['索 引 号 0001152802XG/2022-00044 主题分类 政务督查', { 'identifiers.indexNumber': '0001152802XG/2022-00044', 'identifiers.subject': '政务督查' }],
    ['信息时间::2016-03-25', { 'dates.published': '2016-03-25' }],
    ['CCTV.com  2008年03月19日 13:49  來源:新華社', { 'dates.published': '2008年03月19日 13:49', 'source.publisher': '新華社' }],
    ['2009年2月28日     收藏 打印 推荐 朗读 评论 更多功能', { 'dates.published': '2009年2月28日' }],
    ['来源:〖某国新闻网〗 最后更新:2007-01-31 10:18:13 作者: 浏览:1678次', { 'source.publisher': '某国新闻网', 'dates.published': '2007-01-31 10:18:13' }],
    ['某宁在线  2019年12月21日 10:05 来源:某海日报', { 'dates.published': '2019年12月21日 10:05', 'source.publisher': '某海日报' }],
    ['中国某口政府门户网站  更新时间:2020-06-09 20:22   来源:某口市人民政府办公室', { 'dates.published': '2020-06-09 20:22', 'source.publisher': '某口市人民政府办公室' }],
    // (The day updated gives way to the day published on the same line.)
    ['更新时间:2015-01-21 09:48  发布时间:2015-01-09 09:31 信息来源:区政府办', { 'dates.published': '2015-01-09 09:31', 'source.publisher': '区政府办' }],
    // (A page's date by the labels a county's portal or a court's site gives it.)
    ['发表日期:2021-04-17', { 'dates.published': '2021-04-17' }],
    ['信息提供日期 : 2012-01-10 16:21来源 : 某某区人民法院', { 'dates.published': '2012-01-10 16:21', 'source.publisher': '某某区人民法院' }],
    ['内容更新时间:2025-05-30 07:56:21来源:某某乡音报', { 'dates.published': '2025-05-30 07:56:21', 'source.publisher': '某某乡音报' }],
    ['来源:某某日报2025-01-01 08:54', { 'source.publisher': '某某日报', 'dates.published': '2025-01-01 08:54' }],
    ['标题:某县2024年1月5日会议纪要', { title: '某县2024年1月5日会议纪要' }],
    ['某某日报/2025 年/1 月/28 日/第 001 版', { 'dates.published': '2025年1月28日' }],
    ['《某某日报》(2017年1月1日) 01版', { 'dates.published': '2017年1月1日', 'source.publisher': '某某日报' }],
    ['《 某某日报 》( 2024年02月04日 第 02 版 )', { 'dates.published': '2024年02月04日', 'source.publisher': '某某日报' }],
    ['作者:  来源:  发布时间:2012-02-13 16:50:13   浏览次数:6934  文字显示: 打印', { 'dates.published': '2012-02-13 16:50:13' }],
    ['3上一篇  下一篇4 2024年1月11日 放大 缩小 默认', { 'dates.published': '2024年1月11日' }],
    ['2026-03-18 10.00元 免费试读', { 'dates.published': '2026-03-18' }],
    ['时间:2022-12-20 21:40 来源:某某区融媒体中心 933次', { 'dates.published': '2022-12-20 21:40', 'source.publisher': '某某区融媒体中心' }],
    ['http://www.example.com.cn 2008年01月26日05:40 某某网-某某都市报', { 'dates.published': '2008年01月26日05:40', 'source.publisher': '某某网-某某都市报' }],
  ])('%s', (line, values) => {
    expect(parseHeaderLine(line)).toEqual({ values });
  });

  test('the speaker an author field names, and the site closing an address and a date', () => {
    expect(parseHeaderLine('作者 :某南省省长 刘某某 编辑 : 来源 :某南省人大常委会 发布时间 :2016年01月27日')).toEqual({
      values: { 'source.publisher': '某南省人大常委会', 'dates.published': '2016年01月27日' },
      author: '某南省省长 刘某某',
    });
    expect(parseHeaderLine('http://www.example.com.cn 2005年01月21日17:01 某川新闻网')).toEqual({ values: { 'dates.published': '2005年01月21日17:01', 'source.publisher': '某川新闻网' } });
    // Without an address, words after a date are a dateline's, not a site's name.
    expect(parseHeaderLine('2010年2月24日在某陵区第七届')).toBeUndefined();
  });

  test.each([['2022年1月19日'], ['2020年7月22日下午3'], ['新华社北京3月17日电'], ['会议于2022年4月12日发表了声明'], ['现在，我代表省人民政府，向大会报告工作。'], ['时间紧、任务重']])('%s is not one', (line) => {
    expect(parseHeaderLine(line)).toBeUndefined();
  });
});

describe('datelines', () => {
  test.each([
    ['——2022年1月12日在某山市第八届人民代表大会第一次会议上', '2022-01-12', '某山市第八届人民代表大会第一次会议', undefined],
    ['2019年3月2日在某山县第十六届人民代表大会第四次会议上', '2019-03-02', '某山县第十六届人民代表大会第四次会议', undefined],
    ['（2026年1月27日在全市经济工作会议上的讲话）', '2026-01-27', '全市经济工作会议', '讲话'],
    ['――2007年1月26日在某某省第十届人民代表大会第五次会议上', '2007-01-26', '某某省第十届人民代表大会第五次会议', undefined],
    ['——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上', '2025-03-05', '第十四届全国人民代表大会第三次会议', undefined],
    ['二〇二六年一月二十七日在某某县第十八届人民代表大会第四次会议上', '2026-01-27', '某某县第十八届人民代表大会第四次会议', undefined],
    ['（二〇二五年一月十四日在某某区第五届人民代表大会第五次會議上）', '2025-01-14', '某某区第五届人民代表大会第五次會議', undefined],
    // (No dash, 在 or 上: the day, then the congress's session.)
    ['2012年11月20日某某市某某区第四届人民代表大会第一次会议', '2012-11-20', '某某市某某区第四届人民代表大会第一次会议', undefined],

    ['在中国共产党某某市第十四次代表大会上的报告', undefined, '中国共产党某某市第十四次代表大会', '报告'],
    // (A dash, then a meeting of any kind without 在, the address's kind named.)
    ['——第二屆某商大會上的主旨發言', undefined, '第二屆某商大會', '发言'],
  ])('%s', (line, delivered, meeting, kind) => {
    expect(parseDateline(line)).toEqual({ delivered, meeting, kind });
  });

  test('a day that lost its 年 and 月: read when only one reading is possible, else its readings kept for the page date to settle', () => {
    expect(parseDateline('——2023115日在某某省第七届人民代表大会第一次会议上')).toEqual({
      delivered: undefined,
      meeting: '某某省第七届人民代表大会第一次会议',
      kind: undefined,
      brokenDay: { written: '2023115日', readings: ['2023-01-15', '2023-11-05'] },
    });
    expect(parseDateline('——2020 1 7 日在某汉市第十四届人民代表大会第五次会议上')?.delivered).toBe('2020-01-07');
    // (A transcript's day in brackets, a comma before its note: (2018年4月6日,根据录音整理).)
    expect(parseDateline('——在第二届某商大会上的主旨发言(2018年4月6日,根据录音整理)')?.delivered).toBe('2018-04-06');
    expect(parseDateline('——20211月12日在某边州第十五届人民代表大会第六次会议上')?.delivered).toBe('2021-01-12');
    expect(brokenDayReadings('20201229日')).toEqual(['2020-12-29']);
    expect(brokenDayReadings('2012324日')).toEqual(['2012-03-24']);
    expect(brokenDayReadings('2012年3月24日')).toEqual([]);
  });

  test('with the speaker after the meeting, in the brackets or run on', () => {
    expect(parseDateline('(2012年1月11日在某南省第十一届人民代表大会第六次会议上 省长徐某某)')).toEqual({ delivered: '2012-01-11', meeting: '某南省第十一届人民代表大会第六次会议', kind: undefined, speaker: { office: '省长', name: '徐某某' } });
    expect(parseDateline('——2003年1月10日在某北省第十届人民代表大会第一次会议上代省长季某某')?.speaker).toEqual({ office: '代省长', name: '季某某' });
    // Words after 上 that name no one: not a dateline.
    expect(parseDateline('——2003年1月10日在某北省第十届人民代表大会第一次会议上取得的成绩')).toBeUndefined();
  });

  test('a line that only opens a dateline (the rest is on the next line)', () => {
    for (const line of ['2022年1月19日', '2025年3月21日在某某区第十九届', '——2023115日在某某省第七届']) expect(opensDateline(line), line).toBe(true);
    for (const line of ['——2022年1月12日在某山市第八届人民代表大会第一次会议上', '政府工作报告', '各位代表：']) expect(opensDateline(line), line).toBe(false);
  });

  test('a sentence that happens to say 在…会议上 is not a dateline', () => {
    expect(parseDateline('我们在全市经济工作会议上作了部署')).toBeUndefined();
    expect(parseDateline('——在全区开发区建设中走在前列')).toBeUndefined();
  });

  test('the adoption line of a resolution', () => {
    expect(parseAdoptionLine('2018年1月7日某中市第四届人民代表大会第二次会议通过')).toEqual({ delivered: '2018-01-07', meeting: '某中市第四届人民代表大会第二次会议', adopted: true });
    expect(parseAdoptionLine('(2024年3月11日第十四屆全國人民代表大會第二次會議通過)')).toEqual({ delivered: '2024-03-11', meeting: '第十四屆全國人民代表大會第二次會議', adopted: true });
  });
});

describe('speaker lines', () => {
  test.each([
    ['市人民政府市长 孙 某', '市人民政府市长', '孙某'],
    ['某某省人民检察院检察长朱某', '某某省人民检察院检察长', '朱某'],
    ['最高人民检察院检察长 张某', '最高人民检察院检察长', '张某'],
    ['某某区人民政府代区长 向某某', '某某区人民政府代区长', '向某某'],
    ['国务院总理  某 某', '国务院总理', '某某'],
    ['自治区人民政府主席　包某', '自治区人民政府主席', '包某'],
    ['区委副书记、区长 刘某某', '区委副书记、区长', '刘某某'],
    ['市长  马  军', '市长', '马军'],
    ['某某市委副书记 市长 某某某', '某某市委副书记 市长', '某某某'],
  ])('%s', (line, office, name) => {
    expect(parseOfficeLine(line)).toEqual({ office, name });
  });

  test.each([
    ['会议听取了省长', '省长'],
    ['苏州市人大代表、市委副书记、市长', '市委副书记、市长'],
    ['该镇镇长', '镇长'],
    // (The place a report calls its own: its level kept before an organ.)
    ['该镇党委书记', '镇党委书记'],
    // (Another official listed before him, joined by 和, is not part of his office.)
    ['市委常委、常务副市长高某某和市委常委、副市长', '市委常委、副市长'],
    ['常务副县长王某与副县长', '副县长'],
    // (A congress's standing committee without its level word.)
    ['人大常委会副主任', '人大常委会副主任'],
  ])('an office before a name in a lead: %s', (words, office) => {
    expect(officeStart(words)).toBe(office);
  });

  test('what only looks like one', () => {
    for (const line of ['新代表取经', '区委书记讲话', '政府工作报告', '各位代表', '市委书记 某某某 市长 某某某', '某某清会见某某集团有限公司董事长官某']) expect(parseOfficeLine(line), line).toBeUndefined();
  });

  test('two speakers on one line, as an address signed by two', () => {
    expect(parseSpeakerPair('市委书记 赵某某 市长 钱某某')).toEqual([{ office: '市委书记', name: '赵某某' }, { office: '市长', name: '钱某某' }]);
    // (The first name run into the second office, which opens with its place.)
    expect(parseSpeakerPair('中共某某市委书记 赵某某某某市人民政府市长 钱某')).toEqual([{ office: '中共某某市委书记', name: '赵某某' }, { office: '某某市人民政府市长', name: '钱某' }]);
    // (Each office run into its name, in traditional characters too.)
    expect(parseSpeakerPair('市委書記赵某某 市長钱某某')).toEqual([{ office: '市委書記', name: '赵某某' }, { office: '市長', name: '钱某某' }]);
    for (const line of ['市委副书记 市长 钱某某', '某某县人民政府 县长 钱某某', '市委书记 赵某某', '新代表取经 市长钱某某']) expect(parseSpeakerPair(line), line).toBeUndefined();
  });

  test('a name alone, spaced or not', () => {
    expect(parseNameLine('栗 某 昌')).toEqual({ name: '栗某昌' });
    expect(parseNameLine('王某')).toEqual({ name: '王某' });
    expect(parseNameLine('政府工作报告')).toBeUndefined();
  });
});
