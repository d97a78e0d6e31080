/**
 * Step 4, metadata: what the title, dateline and opening lines state about
 * the document: its kind, meeting, speakers and their offices, and for a
 * news report the day of the meeting. Only what the text says, or what it
 * implies with the evidence recorded; the rest is left for the editor.
 */
import { fold } from '../../src/text/fold.ts';
import { bareDivisionNamed, divisionsNamed } from '../../src/places/gazetteer.ts';
import type { Draft, Facts, Speaker } from './draft.ts';
import { ownItemLines } from './own-item.ts';
import { COMPACT_DATE_AFTER, dateOnlyLine, findDates, RELATIVE_DAY } from './dates.ts';
import { COMMON_SURNAMES, GUESTS_SALUTED, HEAD_OF_GOVERNMENT, MASS_ORGANISATIONS, MEETING_BUSINESS, OFFICE_ENDING, PINYIN_GLOSS, REVIEW_HEADING, SALUTATION, SALUTATION_START } from './vocabulary.ts';
import { despaced, DRAFT_WORD, giverBeforeTitle, HELD_THEN_SPOKE, KIND_TYPES, namesWrittenMessage, plain, REPORTED_ADDRESS, SEASONS, titleType } from './titles.ts';
import { NUMERALS } from '../../src/text/chinese-numerals.ts';
import { OFFICE_ALONE, parseOfficeLine } from './speaker-line.ts';
import { addressLead } from './address-lead.ts';
import { isLetterSpaced, LEAD_DAY_ALONE, WIRE_SLUG, withoutBullet, withoutMarkup, withoutSpaces, withoutWatermark } from './header-text.ts';
import { escapeRegExp, groupAsWritten } from './folded-match.ts';
import { BELOW_COUNTY, BROKEN_ORDINAL, classCeremony, congressIn, convenedName, kickerName, preparatoryMeeting, unmaskedName, fullestName, HOST_ENDING, hostedName, SHORT_COMMISSIONS, placedName, placedOrganName, placedTermName, pressConferenceOf, reachNamed, saidInFull, sessionBodyMeeting, sessionOpened, fullerInHeadline, keptHost, levelledName, namesOnePlace, sittingHeld, townshipCongress, withKeptHost, MEETING, MEETING_KINDS, PARTY_CONGRESS, QUOTED_IN_MEETING, SITTING, withoutLayoutSpaces } from './meeting-names.ts';
import { addOnce, addressedBy, intervieweeIn, chairSpoke, deckSpeakers, delegationJoiner, eachSpoke, ELECTED_ME, pressBriefers, giveElectedOffices, giveListedOffices, officeElectedTo, giveTitlesAfterNames, headsReportingForGovernment, JOINS_DELEGATION, listedLeadersRemarked, OFFICE_AT_END, officeStart, ownOffice, remarkedIn, remarksAtSitting, reportedOffice, reportedSpeakers, reportersForBody, spokenBy } from './lead-speakers.ts';
import { brokenDayRead, dayAfterReviewedYear, dayOfSpokenToday, dayAfterConveyedEvent, dayAfterNationalSession, dayBeforeFestival, dayBeforeSetDate, dayInPlanYear, dayOfNamedYear, dayOfNationalSession, dayOfReviewedYear, LEAD_MONTH_DAY, meetingDay, yearOfReport, yearOfMeeting, yearOfSpeechTitle } from './meeting-day.ts';
import { COUNT_BEFORE_TITLE, FORUM_JAMMER, PHOTO_MARK } from './title-choice.ts';
import { PHOTO_CREDIT_REASON } from './chrome.ts';

/** A paragraph opening with who spoke, perhaps where (会上, 讲话中): 某某指出, 某某在会上指出, 讲话中，某某表示, 某某通报了…. */
const SPOKE_NEXT = /^(?:会上|(?:在)?讲话中)?[,，]?(\p{sc=Han}{2,3}?)(?:在(?:会上|会议上|讲话中))?(?:(?:说|指出|强调|要求|表示)[,，:：]|通报了)/u;
/** `……——在全市开发区工作会议上的报告`, `区委书记在区委全会暨区委经济工作会议上讲话`, one of a series, `在城市建设调研会上的讲话之一` */
const OCCASION = new RegExp(String.raw`(?:^|——|—|-)\s*(?<office>[^——]{0,30}?)(?<name>\p{sc=Han}{2,4}同志)?在(?<meeting>(?:(?!讲话|講話)[^，,。]){2,60}?(?:${MEETING_KINDS}|培训班|研讨班|开幕式|闭幕式|结业仪式|仪式))(?:开幕会|闭幕会)?(?:上(?:\p{sc=Han}{1,8}?[后时])?|开始时|结束时|闭幕时)?(?:所作|所做)?(?:关于[^，,。《》]{2,40}?)?的?《?(?:政府|表态|就职|主旨|即席|书面|交流|欢迎|答谢)?(?<kind>讲话|报告|工作报告|发言|致辞|总结讲话|主持词|讲稿|开幕词|闭幕词)》?(?:之[一二三四五六七八九十])?(?:[(（]?(?:材料|文稿|稿|提纲|摘要|全文|范文|节选|摘登|实录)[)）]?)?(?:[(（](?:19|20)\d\d(?:年度?(?:政府)?工作报告)?[)）])?\s*$`, 'du');
/** A headline on others studying an address, which it names after the verb: …学习某某某同志在…会议上的讲话, 认真学习贯彻某某在…上的讲话精神. */
const STUDIED_ADDRESS = /(?:学习|学习贯彻|学习传达|传达学习|贯彻落实)\p{sc=Han}{0,12}?在[^，,。]{2,60}?上的(?:重要)?讲话/u;
/** The offices a speech's title names its giver by, before the meeting, as a pattern's source: 书记, 县长, 主任…. */
const TITLE_GIVER_OFFICES = '书记|县长|市长|区长|镇长|乡长|主任|主席';
/** A title that opens with the meeting, its 在 dropped: `市第十四届人民代表大会第五次会议上的政府工作报告(摘要)`, `2022年全区第四季度…部署会上的讲话`; its giver's office perhaps before it, `新当选市长市人大闭幕式上的讲话`. */
const OCCASION_WITHOUT_ZAI = new RegExp(
  `^(?:\\p{sc=Han}{0,6}?(?:${TITLE_GIVER_OFFICES})(?=[省市县区州盟旗镇乡全]))?(?<meeting>[^，,。在\\s]{2,60}?(?:${MEETING_KINDS}))上的(?:政府)?(?<kind>${Object.keys(KIND_TYPES).sort((a, b) => b.length - a.length).join('|')})(?:[(（](?:摘要|全文|节选)[)）])?$`,
  'du',
);
/** A 范文 site's title with no 在 at all: an office, the year, the meeting and the kind run together (书记2017年全镇经济工作会议讲话), or the meeting and the kind alone (高质量发展推进大会讲话); not a headline on a meeting held, …会议举行大会发言. */
const OFFICE_YEAR_MEETING = new RegExp(`^(?:(?<office>\\p{sc=Han}{0,6}?(?:${TITLE_GIVER_OFFICES})))?(?<meeting>(?:\\d{4}年)?(?:(?!举行|召开)[^，,。在\\s]){2,40}?(?:会议|全会|大会|推进会|动员会))(?:上的?)?(?<kind>讲话|发言|致辞)(?:稿|材料|范文)?$`, 'du');
/** A speech's opening on the meeting it is given at: 今天，我们在这里召开…会议 (quoted campaign names and all), 今天,县委、县政府决定在某中召开全县教育大会; its period perhaps first, 召开一季度全市经济形势分析会. */
const CONVENED_HERE = /(?:(?:今天|今日|这次|此次|本次|我们)[^。]{0,16}?|在这里|在此)(?:隆重|专门)?(?:召开|举行)(?:了|的)?(?:这次|此次|本次)?(?<meeting>(?:[一二三四]季度|上半年|前三季度)?(?:全[省市县区镇乡旗]|[省市县区镇乡])[^，,。；]{2,40}?(?:会议|大会|全会|推进会|动员会|座谈会|分析会|调度会|部署会|务虚会|工作会))(?=[，,。；]|$)/du;
/** `我们召开进一步深入贯彻落实…精神大会,主要目的是`: the meeting a speech says we called, by its name, then what it is for. */
const CONVENED_FOR = /我们(?:今天)?(?:在这里|在此)?(?:隆重|专门)?召开(?!这|此|本|一次)(?<meeting>[^，,。；“”]{4,40}?(?:会议|大会))[,，](?:主要|其)?(?:目的|任务|就是)/du;
/** A name before a bare office, as a title writes a speaker: 任某某市长, 某某代市长. */
const NAME_THEN_OFFICE = /^(?<name>\p{sc=Han}{2,3}?)(?<office>(?:代理|代|副)?(?:市长|省长|县长|区长|州长|盟长|旗长|镇长|乡长|主席|书记|主任))$/u;
const INTERVIEW = /^——\s*访(?<office>.+?)[ \u3000\u00a0]+(?<name>\p{sc=Han}{2,4})\s*$/u;
/** A leader named by his body and 主要负责同志 alone, speaking: 鼓楼区委主要负责同志说, 市政府主要负责同志在会上强调. */
const UNNAMED_LEADER_SPOKE = /(?<=^|[,，。;；:：\s”]|会上|会议上)(?<office>\p{sc=Han}{1,12}?(?:委|政府|党工委|管委会|人大常委会|政协)主要负责同志)(?:在会上|在讲话中)?(?:说|指出|强调|表示|讲话|要求|作动员讲话|作总结讲话)/du;
/** A press conference named by its title: 深圳市七届人大一次会议记者会, …新闻发布会. */
const PRESS_CONFERENCE = /(?:记者会|记者见面会|新闻发布会|答记者问)$/u;
/** A press conference or briefing by the name a news item gives it (新闻发布会, 记者见面会, 媒体通气会). */
const PRESS_CONFERENCE_MEETING = /(?:发布会|记者会|见面会|通气会|吹风会)$/u;
/** Who answered the press there, by name then office: 某某某市长出席并回答记者提问. */
const ANSWERED_PRESS = /(?<=^|[,，。;；\s])(?<name>\p{sc=Han}{2,3}?)(?<office>(?:代理|代|副)?(?:市长|省长|县长|区长|州长|盟长|旗长|主席|书记|主任|局长|厅长|新闻发言人))(?:同志|先生|女士)?(?:出席|参加)?(?:并|並)?(?:回答|答)记者(?:提问|问)/dgu;
/**
 * `……会议在拉萨隆重开幕`: a meeting and what happened to it, perhaps its day between (…全体会议1月16日在某地举行, …全会于2016年9月23日在某地举行,
 * …会议,2012年12月30日在某地胜利闭幕, or when, 于日前, …会议于日前在市政府召开);
 * not a banquet held for it (…为第八届某某论坛举行欢送宴会), nor what was done as it opened (会见了在…文化节开幕之际来访的嘉宾); not 我县 before it, the page's own word for its place (我县三级干部大会…举行), nor 一年一度的 (一年一度的某镇各界人士迎春团拜会…举行), nor its theme (以“水城慢生活”为主题的第四届…旅游节开幕式…举行).
 */
const MEETING_HELD = new RegExp(`(?:我[省市县区镇乡旗州盟](?=\\S{4}))?(?:(?:一|两|每)年一度的?)?(?:以${QUOTED_IN_MEETING}为主题的)?(?<meeting>${MEETING})(?:(?<=“[^“”]{2,60})”)?(?:[,，]?于?(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日(?:至(?:\\d{1,2}月)?\\d{1,2}日)?)?(?:在?圆满完成了?各项议程(?:后)?[,，]?)?(?:于?日前|于?近日|于?(?:${RELATIVE_DAY})|昨(?=在|[上下]午)|于?上午|于?下午|晚上?){0,2}(?:在[^，,。]{1,30})?(?:以[^，,。]{2,12}?(?:形式|方式))?(?:隆重|胜利|顺利|圆满|成功|盛大|盛装|先后|相继|分别|正式)?(?:召开|举行|举办|开幕|闭幕|揭幕|启幕|开班(?!式|仪式|典礼)|结业|拉开帷幕|(?<=会议|全会)分组(?:讨论|审议))(?!\\p{sc=Han}{0,4}(?:宴会|酒会|晚宴|招待会)|之际)`, 'du');
/** The most characters a photo's caption has: 区政协主席某某代表政协某某区第八届委员会常务委员会,向大会作工作报告。 */
const CAPTION_LENGTH = 40;
/** Who hosted a meeting, before its name, its day perhaps before them (今天由某某共同主办的第三届某某博览会). */
const HOSTED_BY = new RegExp(`^(?:${RELATIVE_DAY})?[,，]?由\\S{2,30}?(?:联合|共同)?(?:主办|承办|举办)的(?=\\S{4})`, 'u');
/** A report given at a meeting the sentence names: 在某县第十七届人民代表大会第二次会议上作《政府工作报告》. */
const REPORTED_AT_MEETING = /在[^，,。]{4,60}?(?:会议|大会)上(?:作|做)了?《?[^，,。》]{0,16}报告/u;
/** Words of a news lead that report on a meeting (with a congress or meeting named). */
const MEETING_VERBS = /(召开|举行|开幕|闭幕|审议|讨论|出席|列席|参加|主持|表决|报告工作|(?:作|做)[^，,。]{0,16}报告)/u;
/** The meeting a host held, as a pattern's source: its name, two to forty characters, ending in a meeting's word, not a word of it (会议 in 会议议程) nor the spirit it conveys (…全会精神). */
const HELD_MEETING = `(?:[^，,。“”]|${QUOTED_IN_MEETING}){2,40}?(?:${MEETING_KINDS})(?!议|精神)`;
/** `西岗区政府召开`, `池州开发区召开`, `区政协召开…会议精神学习传达会` (not the meeting whose spirit it conveys), `代县召开`, `自治州召开`, `某市政府今天(4月10日)召开`, a county's own paper's `我县召开`, `中国人民政治协商会议全国委员会12月31日上午在全国政协礼堂举行`, or a meeting by its kind alone, `市政府召开座谈会,就…`, or how soon, `美兰区及时召开…`, or again or for the first time, `某街道再次召开…`, `某县首次举办…`, or a zone and the district run with it, `某开发区·某区召开…` (the district the host): who held a meeting, as a news lead says it (after the time, at a clause's start). */
const HOST = new RegExp(`(?:^|[，,、\\s]|[上下]午|晚)在?(?:\\p{sc=Han}{2,10}?(?:开发区|新区|园区)[·•・])?(?<host>(?:(?!在)\\p{sc=Han}){2,12}?${HOST_ENDING}|经开区|高新区|开发区|我[省县市区镇旗州盟]|[省县市区州旗盟](?:委|政府|人民政府|政协|人大常委会|安委会|${SHORT_COMMISSIONS})|[省县市区州旗盟镇乡](?=召开|举行)|(?:(?!在|昨|今)\\p{sc=Han}){1,11}?[省县市区旗镇乡州盟](?<!全[省县市区旗镇乡州盟])|\\p{sc=Han}{2,6}?苏木|\\p{sc=Han}{2,6}?街道(?:[(（]\\p{sc=Han}{2,8}[)）])?)(?:(?:\\d{1,2}月)?\\d{1,2}日(?:[上下]午|晚上?)?|(?:${RELATIVE_DAY})(?:[(（]\\d{1,2}月\\d{1,2}日[)）])?(?:[上下]午|晚上?)?)?(?:在[^，,。“”\\s]{1,12})?(?:组织[^，,。“”]{2,40}?[，,])?(?:联合|共同|组织)?(?:再次|再度|又|首次)?(?:隆重|胜利|顺利|紧急|专门|成功|盛大|及时|迅速|先后|相继|分别)?(?<verb>召开|举行|举办|(?<=中心组)开展)了?(?!的)“?(?<meeting>${HELD_MEETING}|(?<=中心组(?:开展|举行|召开)了?)集体学习(?:研讨)?|(?:座谈会|协调会|推进会|调度会|汇报会|动员会|专题会)(?=[，,。]))`, 'du');
/**
 * A city or county by its bare name holding a meeting, 霞山召开全区…干部大会: the host HOST does not see, its name without 区 or 县
 * (a known division's only, checked by bareHost; 全区 or 会议 before 召开 is none).
 */
const BARE_HOST = new RegExp(`(?:^|[，,、\\s]|[上下]午|晚)(?<host>\\p{sc=Han}{2,3}?)(?<verb>召开|举行)了?(?!的)“?(?<meeting>${HELD_MEETING})`, 'du');
const bareHost = (folded: string) => {
  const found = BARE_HOST.exec(folded);
  const host = found?.groups?.host;
  // (Or a municipality by its name alone, as its own paper says it: 天津召开领导干部警示教育大会.)
  return host && (bareDivisionNamed(host) || divisionsNamed(`${host}市`).some((d) => d.level === 'province')) ? found : null;
};
/** A meeting held at a room the lead names, no host before it: 2月27日,在镇政府二楼会议室召开了2014年度经济工作会; or at a floor of a building, 在区政务服务中心四楼召开…. */
const HELD_AT_VENUE = new RegExp(`(?:^|[，,]|[上下]午|晚)在[^，,。“”\\s]{2,16}?(?:会议室|会议中心|礼堂|报告厅|会堂|多功能厅|会场|(?<=\\p{sc=Han}{2})[一二三四五六七八九十\\d]{1,2}[楼层])(?:隆重|胜利|顺利)?(?:召开|举行)了?(?!的)“?(?<meeting>${HELD_MEETING})`, 'du');
/** Who organised a meeting, before its name: 某厅、某学会、某市人民政府共同承办的…, 普陀区政协与民进市委合作举办的…. */
const ORGANISED_BY = /^(?<by>\S{2,60}?)(?:共同|联合|合作)?(?:主办|承办|协办|联办|举办)的(?=\S{4})/u;
/** A photo's caption in brackets on who reported or spoke: (某某同志作《政府工作报告》), (新当选镇长某某发言). */
const CAPTION_SPOKE = new RegExp(`^[(（](?:新当选的?)?(?<office>[\\p{sc=Han}、]{0,20}?(?:${OFFICE_ENDING}))?(?<name>\\p{sc=Han}{2,3}?)(?:同志)?(?:(?:作|做)《[^》]{2,30}?报告》|(?:作|做)?(?:表态|总结|重要|当选|就职|典型)?(?:发言|讲话|致辞))[)）]$`, 'du');
/** A party congress by its full name: 中国共产党某某区第四次代表大会, 中共某县第十五次代表大会. */
const PARTY_CONGRESS_NAMED = new RegExp(`(?:中国共产党|中共)\\p{sc=Han}{2,24}?第[${NUMERALS}〇\\d]{1,4}次代表大会`, 'u');
/** A paragraph opening with a name and the report he gave: 某某作了市中级人民法院工作报告。 */
const FURTHER_REPORT = new RegExp(`^(?:[\\p{sc=Han}、]{0,30}?(?:${OFFICE_ENDING}))?\\p{sc=Han}{2,3}(?:作|做)了?[^，,。]{0,30}?报告[。，,]`, 'u');
/** Who chaired a meeting, as an item says it after the meeting: 会议由县委副书记、县长某某主持. */
const CHAIRED_BY = /(?:会议|大会|会)由(?<who>[\p{sc=Han}、]{4,40}?)(?:同志)?主持/du;
/** Or a paragraph's opening sentence saying who presided, the lead above it: 义乌市委书记某某某主持会议。他强调,…. */
const PRESIDED_SENTENCE = /^(?<who>[\p{sc=Han}、]{4,40}?)(?:同志)?主持(?:会议|大会)[。,，]/du;
/** A party committee's plenum by its formal name: 中共某市某区第二届委员会第五次全体(扩大)会议. */
const FORMAL_PLENUM = /^(?:中共|中国共产党)\p{sc=Han}{2,20}?第(?<term>[一二三四五六七八九十]{1,3})届委员会第(?<plenum>[一二三四五六七八九十]{1,3})次全体(?:[(（]扩大[)）])?会议$/u;
/** The same by its short name, its committee perhaps named apart (某区区委召开二届五次全会): 二届五次全会, 市委十三届十三次全体会议. */
const SHORT_PLENUM = /(?:^|委)(?<term>[一二三四五六七八九十]{1,3})届(?<plenum>[一二三四五六七八九十]{1,3})次全(?:会|体(?:[(（]扩大[)）])?会议)$/u;
/** The rest of a meeting's name after a meeting word inside it (议政代表会 + 预备会议, 民主生活会 + 征求意见座谈会, before 暨 or the clause's end), naming nothing it did (研究, 听取…). */
const MEETING_GOES_ON = new RegExp(`^(?:(?!${MEETING_BUSINESS})[^，,。“”\\s]){1,12}?(?:会议|大会|座谈会)(?=[，,。；;\\s暨]|$)`, 'u');
/** A second meeting joined to the first with 暨: 暨“再学习、再调研、再落实”活动部署动员会. */
const JOINED_MEETING = new RegExp(`^暨(?:[^，,。“”]|${QUOTED_IN_MEETING}){2,40}?(?:${MEETING_KINDS})(?!议)`, 'u');
/**
 * `市委常委会召开会议`, `自治区党委常委会4月25日上午召开会议`, `区委常委会举行会议`, `区委常委会召开第138次(扩大)会议`, `市委常委会召开第九次扩大会议`, `县政府常务会议召开会议`: a standing body
 * met; its meeting is called by the body's name, a committee's with the meeting's word after it (市委常委会会议, 区委常委会第138次(扩大)会议).
 */
const STANDING_BODY_MET = new RegExp(String.raw`(?:^|[，,\s]|[上下]午|晚)(?<body>\p{sc=Han}{0,10}?(?:[省市县区州旗盟党纪]委常委会|党组|政府常务会议?|人大常委会主任会议?|政协主席会议?))(?:\d{1,2}月\d{1,2}日)?(?:[上下]午|晚上?)?(?:召开|举行)(?:了)?(?<kind>第?[\d${NUMERALS}]+次(?:[(（]扩大[)）]|扩大)?会议|会议|专题会议|扩大会议)(?=[，,。；\s]|$)`, 'du');
/** A body that met, its meeting called 会议 alone, then what it did there: 枣园街道召开会议传达学习…, 县委召开专题会议研究…. */
const BODY_MET_UNNAMED = new RegExp(`(?:^|[，,\\s]|[上下]午|晚)\\p{sc=Han}{2,12}?(?:${HOST_ENDING}|街道|镇|乡)(?:\\d{1,2}月\\d{1,2}日)?(?:[上下]午|晚上?)?(?:召开|举行)了?(?:专题|紧急)?会议(?=[，,。；]|${MEETING_BUSINESS}|专题)`, 'u');
/** Who sat on a session's rostrum, or how many members came (在主席台就坐, 应到委员186人): said only in news of the session. */
const SESSION_SEEN = /(?:主席台(?:前排)?就[坐座]|应到(?:委员|代表)\d+[人名])/u;
/** Who convened a meeting, by a verb (主持, 组织) or none, and the meeting: an office and a name or a body's name before it (how he made the time perhaps between: 市长某某利用一天时间,主持召开…; or how soon, 市长某某即主持召开…). */
const chairedMeeting = (verb: string) => new RegExp(String.raw`(?:^|[，,\s]|[上下]午|晚)(?<who>[\p{sc=Han}、]{2,30}?)(?:同志[，,]?)?(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?)?(?:在[^，,。]{1,24}?)?(?:(?:利用[^，,。]{1,10}?时间|(?:在)?百忙之中)[，,]?)?(?:随即|即)?${verb}(?:召开|举行|(?<=主持)开展)了?(?<meeting>(?:[^，,。“”\s]|${QUOTED_IN_MEETING}){2,40}?(?:会议|会|(?<=中心组[^，,。]{0,20})(?:集体|集中)学习))(?=[，,。；\s]|$)`, 'du');
/**
 * `县委书记某某主持召开县委常委（扩大）会`, `宣传部部长某某在…会议室组织召开…专题会议`, `县委书记某某主持开展县委理论学习中心组2021年第四次集中学习`:
 * an office and a name, who presided over the meeting.
 */
const PRESIDED = chairedMeeting('(?:主持|组织)');
/** `區長某某召開區政府第63次常務會議`: the same without 主持, read only where an office and a name, a person's, convened it. */
const CONVENED_BY = chairedMeeting('');
/** A meeting's name alone, as a yearbook heads an entry: 政协年中工作会议. */
const YEARBOOK_MEETING = /^[\p{sc=Han}\d]{4,30}(?:会议|大会)$/u;
/** A lead that opens on its day and says only where the meeting was held: 8月7日在区图书馆举行. */
const DAY_THEN_HELD = /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[,，]?在[^，,。]{1,30}?(?:召开|举行)/u;
/** `5月13日,在某某乡举行的届末考察动员会暨…述职会上,…`: a lead at the meeting held somewhere, named after where it was held (or when it
 * closed: 在前不久落下帷幕的某市纪委十二届四次全会上). */
const AT_MEETING_HELD = new RegExp(`(?:^|[，,]|[上下]午|日)在[^，,。“”\\s]{1,16}?(?:隆重)?(?:召开|举行|闭幕|落幕|落下帷幕)的(?<meeting>(?:[^，,。“”]|${QUOTED_IN_MEETING}){2,40}?(?:${MEETING_KINDS}))上`, 'du');
/**
 * A lead that opens on a quotation, then says whose words they were at which meeting: “…” 这是某镇纪委书记某某在全区…述职报告会上,晒出的成绩清单
 * (or the scene's, perhaps on its day: ……一句句询问展开。这是2016年11月17日下午,某县纪委组织召开的…大会上).
 */
const QUOTED_AT_MEETING = new RegExp(`^\\s*“[^。]{0,300}?[。！？!?”…]\\s*这是(?<scene>[^。]{0,40}?)(?:在|召开的|举行的)(?<meeting>${MEETING})上`, 'du');
/** A line that says the quotations over it are a scene of a meeting its host held: 这是某县纪委县监委组织召开2021年度…工作会议的一个场景. */
const SCENE_OF_MEETING = new RegExp(`^\\s*这是[^。]{0,40}?(?:召开|举行)的?(?<meeting>${MEETING})的(?:一个)?(?:场景|现场|画面|缩影)`, 'du');
/** `在13日召开的全省经济工作会议上，省委书记、省长某某提出`: a lead opening at the meeting, then who said what there. */
const SPOKE_IN_LEAD = /^在[^，,。]{0,16}?(?:召开|举行)的(?<meeting>[^，,。“”\s]{2,40}?(?:会议|全会|大会|座谈会))上\s*[，,]\s*(?<who>[\p{sc=Han}、]{2,30}?)(?:提出|强调|指出|表示|要求|说)/du;
/** `我谨代表金山区人民政府`, `我代表成都高新区党工委`, `我代表中共某县委`, `我受市委书记的委托,代表中共某市委`, or the office a new head was elected to (大会选举我担任某某市人民政府市长): the body a speaker speaks for. */
const SPEAKS_FOR = new RegExp(`(?:我们?谨?代表|我受[^，,。]{2,12}?(?:的)?委托[,，]\\s*代表|${ELECTED_ME})(?<body>[^，,、。]{2,20}?(?:人民政府|政府|委员会|县委|市委|区委|州委|省委|盟委|旗委|党工委|管委会|党委))`, 'u');
/** `——省十一届人大四次会议开幕式侧记`: a feature written around a meeting (or around its groups' discussions, `…全体会议分组讨论侧记`). */
const SIDELIGHT = /^[•·\s]*[—\-]*\s*(?<meeting>[^，,。\s]{2,40}?(?:会议|大会|全会))(?:开幕式|闭幕式|开幕|闭幕|分组讨论|分组审议|小组讨论)?(?:侧记|综述|速写|纪实|特写|花絮)$/du;
/** A photo caption naming who speaks: `2月18日下午，某某在闭幕会上作讲话`. */
const CAPTIONED_SPEECH = /(?:^|[，,\s]|[上下]午|晚上?)(?<name>\p{sc=Han}{2,3})在[^，,。]{0,20}?(?:会|开幕式|闭幕式)上(?:作|发表)?(?:讲话|致辞|致开幕词|致闭幕词)/du;
/** `某某在全市优化营商环境大会上强调`: a news headline on what someone said at a meeting. */
const SPOKE_AT = new RegExp(`(?<who>[\\p{sc=Han}、]{2,40}?)在(?<meeting>[^，,。“”\\s]{2,50}?(?:会议|全会|大会|座谈会|推进会|动员会|调度会))上(?:强调|指出|要求|表示|讲话|发表讲话|作动员讲话)`, 'du');
/** A visit to the place the item speaks for: 到我县, 来我区, 莅临我市. */
/** A visit's clause in the lead, then what its leader said there: …调研综合保税区建设情况，强调要…. */
const SPOKE_ON_VISIT = /^[^。！？]*?[,，]\s*(?:并)?(?:强调|指出|要求)/u;

/** A new head elected at a session, then speaking: 在市十六届人大一次会议上当选为市长的某某某，发表就职讲话时表示. */
const ELECTED_THEN_SPOKE = new RegExp(String.raw`在(?<meeting>[^，,。在]{4,40}?会议)上当选为(?<office>\p{sc=Han}{0,8}?(?:${HEAD_OF_GOVERNMENT}|主席|主任|院长|检察长))的(?<name>\p{sc=Han}{2,3})[，,]?[^。]{0,12}?(?:发表|作)[^。]{0,6}?(?:讲话|表态|致辞)`, 'du');

/** Characters a mirror lost between two words, as question marks (專題會??h長高寒): read as the space they hide. */
const LOST_CHARACTERS = /(?<=\p{sc=Han})\?{2,}[A-Za-z]?(?=\p{sc=Han})/gu;

const VISITED_OWN = /(?:来|到|赴|莅临)(?:我|本)[省市县区旗州盟镇乡]/u;
/** What an official does in the field, as a lead says it: 调研, 视察, 督导, 走访慰问, 会见 (a reception: a meeting); or a lecture he gives, 讲专题党课, 宣讲…精神, 为…干部群众做了一次关于…的主题报告. */
const OFFICIAL_ACTIVITY = /调研|视察|考察|督导|督查|检查|暗访|现场办公|巡查|巡边|走访|慰问|看望|观摩|会见|党课|宣讲|(?<=的)(?:主题|专题)报告/u;
/** An item's words before the address it prints whole: 以下为致辞全文, 以下是讲话全文. */
const FULL_TEXT_FOLLOWS = /以下(?:为|是)(?:其|他的|(?<name>\p{sc=Han}{2,3}?))?(?<kind>致辞|讲话|演讲|发言|报告)(?:全文|原文|实录)/u;
/** The same after the address it gives: …做主旨发言,以下为全文内容:. */
const FULL_TEXT_AFTER_KIND = /(?<kind>致辞|讲话|演讲|发言|报告)[,，。]\s*以下(?:为|是)全文(?:内容)?[:：]?$/u;

/** A paragraph that only lists who attended: 市委书记某某,市委副书记、市长某某等市领导出席会议。 */
const ATTENDANCE_PARAGRAPH = /^[^。]{6,200}(?:出席|参加)了?(?:会议|大会|全会|活动)[。.]?$/u;

/** What a reporter learned at a meeting, named: 记者从2024年全市市场监管工作会议上获悉. */
const LEARNED_AT_MEETING = new RegExp(`(?:记者)?从(?<meeting>${MEETING})上(?:获悉|了解到)`, 'du');

/** The meeting right after the day that opens those words: ,在某市第十五届人民代表大会第三次会议上. */
const INTRO_MEETING = new RegExp(`^[,，]?\\s*在(?<meeting>${MEETING})上`, 'du');

/** A body's name or an office's own words, read as a name before an office: 区委 + 书记, 常务 + 副市长, 政协 + 主席, 工会 + 主席 (MASS_ORGANISATIONS). */
const BODY_NOT_NAME = new RegExp(`[委市省县区州盟旗镇乡府局厅部党组]$|政协$|人大$|(?:${MASS_ORGANISATIONS})$|常务|党组|第一|执行|名誉`, 'u');
/** A lead that names the report it summarizes below: …作《某某工作报告》。报告摘要如下：. */
const SUMMARY_FOLLOWS = /(?:作|做)了?《(?<title>[^《》]{4,40})》[。.]?\s*(?:报告|讲话)?(?:摘要|摘登|要点|全文)(?:如下|如次)[:：]?\s*$/du;

/** A new head's words on being elected: 选举我担任某市新一任市长, 选举我担任某市人民政府市长. */
const ELECTED_TO = new RegExp(String.raw`(?:选举|选)我(?:担任|为)(?<place>\p{sc=Han}{2,10}?[省市县区州旗盟])(?<government>人民政府)?(?:新一任|新任|第\p{sc=Han}{1,3}任)?(?<office>${HEAD_OF_GOVERNMENT})`, 'du');

/** An opening that names the meeting it is given at as this one, saying what it is for (perhaps after a chair's note, (现在开会)): 我们这次全县农村工作会议，主要是…, 这次全区…工作会议是为了…, 今天的区委常委扩大会议,主要内容有两个; or, by its kind alone, who decided to hold it: 这次经济工作会议,是县委、政府认真研究决定召开的. */
const THIS_MEETING = /(?:^|[:：,，。)）])\s*(?:我们)?(?:这次|此次|本次|今天的|今天召开的)(?:召开的)?(?:(?<meeting>(?:全[省市县区镇乡旗]|[省市县区镇乡])[^，,。；]{2,40}?(?:会议|大会|全会|推进会|动员会|座谈会))(?=[，,]?(?:的)?(?:主要|是|就是|任务))|(?<meeting2>[^，,。；这此本]{2,20}?(?:会议|大会))(?=[，,]?是[^，,。]{0,20}?(?:决定|同意|研究)?召开的))/du;

/**
 * A speech's opening on the occasion being held, of any name and kind, as it says it today (今天，我们召开局系统工作会议;
 * 今天召开巡察动员部署会; 今天，我们在这里隆重举行某某开工仪式; 今天由某某共同主办的第三届海峡旅游博览会隆重开幕!; 今天,市人民政府决定召开…会议), not
 * a meeting it speaks of (这次会议, 一次…会议).
 */
const OPENS_TODAY = new RegExp(`(?:今天|今日)(?:[,，]?(?:我们|\\p{sc=Han}{1,12}?(?:人民政府|政府|党委|委员会)决定)?(?:在这里|在此)?(?:隆重|专门)?(?:召开|举行)(?:了|的)?(?!这|此|本|一次|今|在)(?<held>${MEETING})|(?:[,，]|[^。！!]{0,40}?的)?(?<opened>(?:[^，,。“”\\s的]|${QUOTED_IN_MEETING}){2,40}?(?:${MEETING_KINDS}))(?:在[^，,。]{1,20}?)?(?:隆重|胜利|正式)?(?:开幕|召开|举行))(?=[，,。！!；]|$)`, 'du');

/** An opening that says a meeting, of any name, is being held (今天，我们召开局系统工作会议): CONVENED_HERE reads the name of a level's. */
/** A speech's first words, in the first person, at the meeting it is given to: 今天,我们在这里召开…. News says 召开了, and never 我们在这里. */
const CONVENING_US = /^(?:今天|今日)[,，]?\s*我们(?:在这里|在此)(?:隆重|专门)?(?:召开|举行)/u;
/** A speaker saying why this meeting was called: 省委召开这次全会暨工作会议,就是要…. */
const THIS_MEETING_PURPOSE = /(?:召开|举行)(?:这次|此次|本次)[^，,。]{0,30}?(?:会议|全会|大会)[，,]?(?:就是|主要|目的)/u;

const CONVENED_TODAY = /(?:今天|今日|这次|此次|本次)[^。]{0,12}?(?:召开|举行)[^。，,]{2,30}?(?:会议|大会)/u;

/** A speaker's own congratulations or welcome, in the first person: 我们对大会的召开表示热烈的祝贺, 我谨向各位嘉宾表示诚挚的欢迎. */
const FIRST_PERSON_GREETING = /我们?谨?(?:代表[^。]{0,30}?)?(?:对|向)[^。]{2,40}?(?:表示|致以)(?:热烈|衷心|诚挚|最诚挚|最热烈)?的?(?:祝贺|欢迎|感谢|问候)/u;

/** A greeting's opening words: 值此新春佳节到来之际，我谨代表某市委、市政府和全市人民向……致以节日的问候. */
// (Or the bodies that send it, named: 值此新春佳节来临之际，县委、县政府向您及家人致以诚挚的问候.)
// (Or with greetings or thanks alone: 值此…之际，谨向……致以热烈的祝贺, 向关心支持某区发展的…朋友们表示衷心的感谢; or wishes: 我谨代表中共某市委，祝全省人民…, …向……拜年.)
const GREETING_OPENING = /(?:值此|在)[^。]{2,24}(?:之际|时刻)[,，]?\s*(?:我们?谨?代表[^。]{2,80}?(?:致以|表示|送上|[,，]\s*(?:恭?祝|向[^。]{2,80}?拜年))|[^。]{0,30}?向[^。]{2,120}?(?:致以|表示)[^。]{0,12}(?:问候|祝福|祝贺|敬意|慰问|感谢))/u;

/** `现在，我代表市人民政府，向大会报告政府工作` (or to the meeting by its name, `向地区人大工委2011年第一次会议作工作报告`, or `向大家汇报过去一年的工作`, or for no body named, `我向大会报告五年来的法院工作`; or to a standing committee, `我受区人民政府的委托,向区人大常委会报告…审计情况`): the opening of a government's report. */
const REPORTS_TO_CONGRESS = /(?:我代表(?<body>[\p{sc=Han}xX×＊*]{2,30}?)[，,]?\s*|(?<me>我)?受(?<entrusted>\p{sc=Han}{2,20}?)(?:的)?委托[，,]?\s*(?<then>我)?|(?<alone>我)(?=向(?:大会|全会)报告[^，,。]{0,12}?工作))(?:向(?:大会|全会|会议)(?:报告|作)|向[^，,。\s]{2,30}?(?:会议|大会)(?:作|做)(?=\S{0,8}报告)|向\p{sc=Han}{0,8}?(?<committee>常委会)(?:报告|作)|向(?:大家|各位代表)(?:报告|汇报)|(?:作|做)\S{0,8}工作报告)/u;
/** The opening's words on who reports, said in the first person (受某某委托，我向大会…, 我受某某的委托，向大会…): not a news lead's 某某受…委托. */
function reportsToCongress(opening: string): RegExpExecArray | null {
  const match = REPORTS_TO_CONGRESS.exec(fold(opening));
  return match?.groups && (match.groups.body || match.groups.me || match.groups.then || match.groups.alone) ? match : null;
}

/** A clause that only says when: `1月8日`, `2021年10月1日`, `日前`, `现在`, `1月16日上午9时`, `1月13至15日`. */
const WHEN_ONLY = /^((\d{4}年)?\d{1,2}月\d{1,2}(?:[日号]|(?=[至到]))|(?:至|—|-|~|～)(?:\d{1,2}月)?\d{1,2}日|[上下]午|晚上?|早上|凌晨|日前|近日|现在|昨天|今天|昨日|今日|前日|\d{4}年|\d{1,2}[时點点](\d{1,2}分)?|\d{1,2}:\d{2})+$/;

/** The salutations a speech opens with, up to their colon: 各位代表:, 全县各族人民群众,同志们,朋友们:. */
const OPENING_SALUTATION = new RegExp(`^[^:：。]{0,24}?${SALUTATION}[^:：。]{0,24}[:：]\\s*(?=\\S)`, 'u');

/** A credit to the paper an item reports from, before its lead: 据某某日报济南报道 (read folded). */
const CREDITED_REPORT = /^据\S{2,20}?报道\s/u;

/** A clause that only names who, an office and a name: 县委书记某某, 县委副书记、县长某某. */
const ONLY_WHO = new RegExp(`^[\\p{sc=Han}、]{0,20}?(?:${OFFICE_ENDING})\\p{sc=Han}{2,3}$`, 'u');

/**
 * A title for a document that has none, from its first sentence: the first
 * clause that says more than when. Flagged as constructed, for the editor.
 */
export function constructedTitle(firstLine: string): string {
  // (Without the spaces a mirror turned into question marks: ????此时此刻.)
  // (Nor its salutation, the speech's words after it: 全县各族人民群众,同志们,朋友们:爆竹声声辞旧岁,….)
  // (Nor a table's pipe before it, as a page's layout copied leaves one: | 昨日,出席…会议的代表们….)
  // (Nor a summary's label, 会议摘要:1月31日下午,市长某某主持召开…, nor a brief's bullet, ◆9月23日,….)
  // (Nor a paper's credit before its lead, 本报讯 记者某某报道:3月25日,…, or the paper it reports from, 據棗莊日報濟南報道 1月25日上午,….)
  const credited = CREDITED_REPORT.exec(fold(firstLine.trim()));
  const sentence = withoutBullet(withoutWatermark(firstLine.trim().slice(credited?.[0].length ?? 0)).replace(/^[|｜]\s*/u, '')).replace(/^(?:会议|内容)?(?:摘要|提要)\s*[:：]\s*/u, '').replace(/^(?:本[报報][讯訊]\s*)?(?:(?:特约|见习)?记者|通讯员)[\p{sc=Han}\s、]{2,24}?(?:摄影)?报道\s*[:：]\s*/u, '').replace(OPENING_SALUTATION, '').split(/[。！？]/)[0];
  // (Not at a comma inside quotation marks: 全市县级领导干部“学习贯彻…精神,加快建设…”专题研讨班暨….)
  const clauses = sentence.split(/[，,；;](?![^“”]*”)/).map((c) => c.trim());
  // (A layout's spaces inside a day, 10 月21 日, still only say when.)
  // (Read folded: 昨日上午9時 says only when too.)
  // (Nor on whose behalf it was done: 受县委书记某某委托,县长某某主持召开….)
  // (Nor after what it was done or amid what, 在圆满完成各项议程后, 在全县人民的热切期盼下, 在热烈的掌声中.)
  const found = clauses.findIndex((c) => c !== '' && !WHEN_ONLY.test(fold(c).replace(/[ \u3000]+/gu, '')) && !/^受[^，,]{2,30}?委托$/u.test(fold(c)) && !/^在[^，,]{2,20}?(?:后|之后|以后|下|中|之际)$/u.test(fold(c)));
  if (found < 0) return sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence;
  // (With the clauses after it, as written, after how he made the time, 市长某某利用一天时间,主持召开…, or while it only
  // names who, one of several: 县委书记某某,县委副书记、县长某某来到….)
  let last = found;
  while (last + 1 < clauses.length && (/(?:利用\S{1,10}?时间|百忙之中)$/u.test(fold(clauses[last])) || ONLY_WHO.test(fold(clauses[last])))) last++;
  const from = sentence.indexOf(clauses[found]);
  let to = from;
  for (const clause of clauses.slice(found, last + 1)) to = sentence.indexOf(clause, to) + clause.length;
  const clause = sentence.slice(from, to);
  return clause.length > 40 ? `${clause.slice(0, 40)}…` : clause;
}

/** Spaces a layout leaves around a year, a month or a day and its 年, 月 or 日: 武汉市 2020 年, 在 2025 年全区…会. */
const LAYOUT_SPACE_AROUND_DAY = /(?<=\p{sc=Han})[ \u3000]+(?=\d{1,4}[ \u3000]*[年月日])|(?<=\d)[ \u3000]+(?=[年月日])/gu;
/** Spaces a layout leaves in a title: around a year, a month or a day and its 年, 月 or 日 (武汉市 2020 年, 2007 年春节贺词), after a dash (走在前列—— 论…), between a verb and the session or meeting it held (某镇召开 第八届人民代表大会第二次会议, 市政府召開 第24次常務會議), or between a session's number and its body (中共某镇第四次 代表大会召开), or before a meeting's mark that it was enlarged (县委常委 (扩大)会议). */
const LAYOUT_SPACE_IN_TITLE = new RegExp(String.raw`(?<=\p{sc=Han})[ \u3000]+(?=[(（]扩大[)）])|${LAYOUT_SPACE_AROUND_DAY.source}|(?<=——)[ \u3000]+(?=\p{sc=Han})|(?<=召开|举行|召開|舉行)[ \u3000]+(?=第[一二三四五六七八九十\d]+[届屆次])|(?<=第[一二三四五六七八九十\d]{1,3}[届屆次])[ \u3000]+(?=\p{sc=Han})`, 'gu');
/** The meeting a title names as where it was given: 在州十四届人大二次会议上, 在中共 XX 市委九届九次全会上. */
const OCCASION_IN_TITLE = /在[^在]{2,60}?(?:会议|大会|全会|會議|大會|全會)上/gu;

/** A lead that gives a work report's text after it: …作…工作报告。摘要如下, …工作报告，全文如下 (read folded). */
const REPORT_FOLLOWS = /(?:作|做)[^。]{0,40}?工作报告[^。]{0,4}[。,:]\s*(?:报告)?(?:摘要|全文|摘登|要点)如下/u;

/** Words over a speech giving its speaker the floor: 首先由某某某讲话, 由某某某同志致开幕词 (read folded). */
const GIVEN_THE_FLOOR = /由(?<name>\p{sc=Han}{2,3}?)(?:同志)?(?:讲话|致辞|致开幕词|致闭幕词|作[^,。]{0,12}报告)/du;

/** The tag a live transcript opens its speaker's paragraphs with: [某某某]:, 【某某某】：, [某某某]各位委员. */
const TRANSCRIPT_TAG = new RegExp(`^[[【]\\s*(?:(?<office>\\p{sc=Han}{0,10}?${OFFICE_ENDING})[ \\u3000]+)?(?<name>\\p{sc=Han}{2,4})\\s*[\\]】]\\s*[:：]?\\s*`, 'u');

/** A name run into the salutation after it: 黎某某各位委员、同志们：. */
const NAME_BEFORE_SALUTATION = new RegExp(`^\\s*(?<name>\\p{sc=Han}{2,3}?)(?=${SALUTATION})`, 'u');

/**
 * A greeting's title after the office and name of who gives it: 某市人民政府市长某某某新春致辞, 县长某某发表二〇二一年新年贺词, 市长某某某致新春贺词;
 * to whom or where perhaps between: 区长某某向全区人民致新年贺词, 区长 某某在第27届某某文化旅游节发表致辞.
 */
const GREETING_BY = new RegExp(`^(?<who>\\S[^，,。\\s]{1,28}?(?:[ \\u3000]+\\p{sc=Han}{2,4})?)(?:同志)?(?:向[^，,。\\s]{2,12}?|在[^，,。\\s]{2,40}?)?(?:发表|致)?的?(?:[${NUMERALS}〇零\\d]{4}年)?(?:${SEASONS}|国庆|中秋)?(?:致辞|贺词|献词|献辞|贺信|寄语)$`, 'u');

/** The offices of those who head a place or its bodies, as titles and headlines name who gives an address. */
const HEAD_OFFICES = '省长|市长|县长|区长|州长|旗长|书记|主席|主任';

/** A speech's title naming its giver by office alone, and what he spoke on, without 在: 县长庆祝第24个教师节电视讲话. */
const OFFICE_SPOKE = new RegExp(`^(?<office>\\p{sc=Han}{0,8}?(?:${HEAD_OFFICES}))(?!在)\\p{sc=Han}[\\p{sc=Han}\\d]{1,28}?(?:讲话|致辞)$`, 'u');
/** A speech's title naming its giver, office and name, and nothing of where: 区委书记某某某讲话, 市委常委、高区党工委书记某某某同志讲话. */
const OFFICE_NAME_SPOKE = /^(?<who>[\p{sc=Han}、]{4,30}?)(?:同志)?的?(?:重要)?(?:讲话|致辞)$/u;
/** A speech's title naming its giver, name then office, after its occasion: 在…会议上某某区长的发言, 某某书记的讲话. */
const NAME_OFFICE_SPOKE = new RegExp(`(?:^|上)(?<name>\\p{sc=Han}{2,3}?)(?<office>${HEAD_OFFICES})(?:同志)?的(?:讲话|发言|致辞)$`, 'u');
/** A speech's title naming its giver by office alone at a meeting the kinds do not list (a 会 or a 节 of its own): 书记在新区开发建设会发言, 县委书记在文化节上的致辞. */
const OFFICE_AT_MEETING = new RegExp(`^(?<office>\\p{sc=Han}{0,8}?(?:${HEAD_OFFICES}))在[^，,。在]{2,30}?[会节]上?的?(?:讲话|发言|致辞)$`, 'u');
/** The same with the office closing the title before its kind, the year and the occasion perhaps between: 区长2015年新年致辞, 市长欢迎词, 市廉政工作大会市长发言稿 (read folded). */
const OFFICE_BEFORE_KIND = new RegExp(`(\\p{sc=Han}{0,10}?(?:${HEAD_OFFICES}|镇长|乡长|盟长|院长|检察长))(?:\\d{4}年)?(?:新年|新春|春节|元旦)?(?:讲话|致辞|贺词|欢迎词|发言|献词)(?:稿)?$`, 'u');
/**
 * Two givers by office alone, the party's secretary and the government's head, closing the title before its kind: 某区委书记、区长新年致辞
 * (a secretary, not a deputy one: 县委副书记、县长 is one man's two offices).
 */
const SECRETARY_AND_HEAD_BEFORE_KIND = new RegExp(`^(?<secretary>\\p{sc=Han}{0,10}?(?<!副)书记)、(?<head>\\p{sc=Han}{0,10}?(?:${HEAD_OF_GOVERNMENT}))(?:\\d{4}年)?(?:新年|新春|春节|元旦)?(?:讲话|致辞|贺词|献词)$`, 'u');

/** An office that heads a government, the State Council's and a region's too: 国务院总理, 省长, 自治区人民政府主席. */
const HEADS_GOVERNMENT = new RegExp(`(?:总理|${HEAD_OF_GOVERNMENT}|(?:自治区|人民政府)主席)$`, 'u');
/** A report's title naming its giver, name then office (上海市某某市长政府工作报告(全文)). */
const NAME_OFFICE_REPORT = new RegExp(String.raw`^(?:\p{sc=Han}{2,8}?[省市县区])?(?<name>\p{sc=Han}{2,3})(?<office>${HEAD_OF_GOVERNMENT}|主席|总理)的?政府工作报告`, 'du');

/**
 * Of a heading in two parts, one the other with 在 and 的 left out (全县…会议上讲话 在全县…会议上的讲话), the fuller; of one printed twice,
 * once; of a file's name before the document's own title, the own; else the heading.
 */
function titleOnceOfTwo(title: string): string {
  // (Or the same headline twice, a comma between: 全县某某工作会议召开,全县某某工作会议召开.)
  const twice = /^(?<once>\S{6,60}?)[,，]\s*\k<once>$/u.exec(title.trim());
  if (twice?.groups) return twice.groups.once;
  const parts = title.trim().split(/[ \u3000]+/u);
  if (parts.length !== 2) return title;
  const bare = (part: string) => fold(part).replace(/^在|的/gu, '');
  if (parts[0].length >= 8 && bare(parts[0]) === bare(parts[1]) && parts[0] !== parts[1]) return parts[1].length > parts[0].length ? parts[1] : parts[0];
  // (The file's name its year and giver before the same words, 2022年党委书记在…现场会上讲话 在…现场会上讲话: the document's own title.)
  const [name, own] = [fold(parts[0]), fold(parts[1])];
  return own.length >= 8 && name.endsWith(own) && /^(?:\d{4}年度?)?\p{sc=Han}{2,12}$/u.test(name.slice(0, -own.length)) ? parts[1] : title;
}

/** The usual title of a report whose opening says who reports: 我代表市人民政府 → 政府工作报告. */
function reportTitle(opening: string): string | undefined {
  const groups = reportsToCongress(opening)?.groups;
  const body = groups?.body ?? groups?.entrusted;
  // (Not one to a standing committee: on the budget, an audit, a law's enforcement, as its opening says, not the year's work.)
  if (!body || groups?.committee) return undefined;
  return /(人民政府|国务院)$/.test(body) ? '政府工作报告' : `${body}工作报告`;
}

/** A headline saying an official gave a season's address: 区长某某发表元旦献词, 市委书记某某发表新年贺词. */
const SEASON_ADDRESS_GIVEN = new RegExp(`^\\p{sc=Han}{0,12}?(?:${HEAD_OFFICES})\\p{sc=Han}{2,3}?发表了?(?:\\d{4}年)?(?:新年|新春|元旦|春节)(?:献词|贺词|致辞)`, 'u');
/** Officials a headline names, each an office and a name, listed: 市委书记某某某、市长某某某给您拜年啦. */
const HEADLINE_GIVERS = new RegExp(`(?<=^|[,，、@\\s和与])(?<office>\\p{sc=Han}{0,12}?(?:${HEAD_OFFICES}))(?<name>\\p{sc=Han}{2,3}?)(?=[、,，和与]|给|向|致|发表)`, 'dgu');

/** A day in brackets and who gives the address, before its salutation: (2020 年 3 月 10 日)某某某 同志们. */
const DAY_NAME_BEFORE_SALUTATION = String.raw`\s*[(（](?<when>[^()（）]{4,24})[)）]\s*(?<name>\p{sc=Han}{2,4}?)\s*(?=同志们|各位)`;

/**
 * Where a title run on into the text may end: the kind of speech it names, with more words after it, or its salutation,
 * or, its day in brackets perhaps between, the words a speech opens with after the reports before it (刚才，…), or its first
 * clause after a space (…的讲话 春节假期刚过,就召开…); the word for its draft after the kind, 稿 or 文稿, the title's still.
 */
const RUN_ON_KIND = new RegExp(`^[^，,。！？：:；;]{4,60}?(?:讲话|致辞|发言|主持词|开幕词|闭幕词)(?:${DRAFT_WORD})?(?=[^，,。！？：:；;)）(（\\s]{2}|\\s+(?:主席团[、,，]\\s*)?(?:同志们|各位)[^，,。]{0,16}[:：]|\\s+(?!各位|同志们|尊敬)\\p{sc=Han}{4,}[，,]|\\s*(?:[(（][^()（）]{4,24}[)）])?\\s*刚才[，,]|${DAY_NAME_BEFORE_SALUTATION})`, 'u');
/** A media centre's slug with its reporters, as a pattern's source: 某某融媒体(记者 某某 某某). */
const MEDIA_CENTRE_SLUG = String.raw`\p{sc=Han}{2,10}(?:融媒体中心|融媒体|融媒)[(（]记者[^()（）]{1,30}[)）]`;
/**
 * A news item's headline run on to its lead, a space between and the lead opening on its day, a column's or a station's
 * tag perhaps before it: 【某县电视台】某县召开创建“文化三县”工作推进会 9月11日上午,某县召开…; or its media centre's slug with
 * its reporters before the day, the headline perhaps in parts a space apart: 凝聚共识 汇聚合力 为推进… 某某融媒体(记者 某某 某某)4月9日,….
 */
const HEADLINE_BEFORE_LEAD = new RegExp(String.raw`^(?:【[^【】\s]{2,12}】\s*)?(?:(?<headline>[^，,。！？；;:：\s]{8,40})|(?<parted>[^，,。！？；;:：\s]{4,40}(?: [^，,。！？；;:：\s]{4,40}){1,3}(?=\s+${MEDIA_CENTRE_SLUG})))\s+(?=(?:${MEDIA_CENTRE_SLUG}\s*)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚上?)?[，,][^。]{8,}。)`, 'u');
/** After a title run on into the text, its day in brackets and who gives it, before the salutation: (2020 年 3 月 10 日)某某某 同志们：. */
const RUN_ON_DAY_NAME = new RegExp(`^${DAY_NAME_BEFORE_SALUTATION}`, 'u');
/**
 * What may stand before a title run on into the text: a list's number (1、在全委会结束时的讲话 同志们：…), a document site's
 * page count (第1页共21页) or page number (-1-), its column's tag (【计生讲话】).
 */
const BEFORE_RUN_ON = /^(?:\d{1,2}[、.．]\s*|第\d{1,3}页共\d{1,3}页\s*|-\d{1,3}-\s*|【[^【】\s]{1,8}】\s*)/u;

/**
 * The title a text's first line opens with, run on into it, when it names an occasion (某某在…会上的讲话); or a
 * document site's file name it opens with (《在…会议上的讲话范文.doc》由会员分享).
 */
function titleRunOn(first: string): string | undefined {
  // (Its count of texts too, when the file is a compilation: 《2篇 2024年镇长在…会议上的讲话.docx》.)
  const skip = first.startsWith('《') ? 1 + (COUNT_BEFORE_TITLE.exec(first.slice(1))?.[0].length ?? 0) : (BEFORE_RUN_ON.exec(first)?.[0].length ?? 0);
  const cut = RUN_ON_KIND.exec(fold(first.slice(skip)));
  return cut && OCCASION.test(despaced(cut[0])) ? first.slice(skip, skip + cut[0].length) : undefined;
}

/** Whether a meeting's name is another's with words left out, in the same order, ending alike (…和文明实践中心…工作会 of …和新时代文明实践中心…工作会). */
function shortenedFrom(short: string, full: string): boolean {
  if (short.length < 4 || short.at(-1) !== full.at(-1)) return false;
  let at = 0;
  for (const char of full) if (char === short[at]) at++;
  return at === short.length;
}

/** The day a text was delivered, as the editor infers it from the evidence given (marked inferred, for review). */
function inferDelivered(facts: Facts, day: string, evidence: string): void {
  facts.headerDate = day;
  facts.inferred.push({ field: 'dates.delivered', evidence });
}

/** A lead set out as a poster, within the body's first lines: its day alone on a line, then short lines that say the meeting was held. */
function posterLead(texts: string[]): string | undefined {
  // (The first twelve written lines only: the whole body is never walked.)
  const lines: string[] = [];
  for (const text of texts) {
    if (text.trim() !== '') lines.push(text.trim());
    if (lines.length === 12) break;
  }
  const at = lines.findIndex((line) => /^\d{1,2}月\d{1,2}日$/u.test(line) || LEAD_DAY_ALONE.test(line));
  if (at < 0) return undefined;
  const run = [lines[at]];
  for (const line of lines.slice(at + 1, at + 6)) {
    if (line.length > 20 || /[。！？!]/u.test(line)) return undefined;
    // (A word letter-spaced as a poster sets it, 开 幕, read whole.)
    run.push(line.replace(/(?<=\p{sc=Han})[ \u3000]+(?=\p{sc=Han})/gu, ''));
    // (Or who held it, before the meeting's name: 今天(2月22日) / 某区区委、区政府召开 / …推动高质量发展大会.)
    const joined = run.join('');
    if (MEETING_HELD.test(fold(joined)) || HOST.test(fold(joined))) return joined;
  }
  return undefined;
}

export function readMetadata(draft: Draft): Draft {
  const facts: Facts = { ...draft.facts, speakers: draft.facts.speakers.map((s) => ({ ...s })), inferred: [...draft.facts.inferred] };
  const body = ownItemLines(draft);
  // Read without a mirror's pinyin glosses, which split names and words (李克強(qiáng)作政府工作報告), or HTML that came through as text,
  // or the question marks a mirror made of a line's indentation (??? 本報訊…, ????1月12日上午…) or of the characters it lost (專題會??h長); the text keeps them.
  const texts = body.map((line) => withoutMarkup(line.text.trim()).replace(PINYIN_GLOSS, '').replace(/^\?{2,}\s*/u, '').replace(LOST_CHARACTERS, ' '));

  // A page without its title that opens at a meeting's adoption line (（2022年12月28日某县…会议通过） / 某县…会议听取和审议了…): it is
  // what the meeting adopted, a resolution, not news of the meeting.
  if (facts.adoptedAt && !facts.titleFromSource) facts.documentType ??= 'other';
  // (The session as the resolution's first lines name it in full: 区第十八届…会议通过 / 天津市津南区第十八届…会议听取和审议了….)
  if (facts.adoptedAt && facts.meeting) facts.meeting = fullestName(facts.meeting, texts.slice(0, 6));
  // (Whoever gave the report it heard, 会议听取和审议了县长某某所作的《政府工作报告》, is named, not a speaker: no one speaks in a
  // resolution, which is the meeting's own words.)

  // A page with no title line whose text opens with the title run on into it: 县长在县委春节团拜会上的致辞刚刚过去的2009年，….
  // (The line stays in the body, whole.)
  const runOn = !facts.title && texts.length > 0 ? titleRunOn(texts[0]) : undefined;
  if (runOn) {
    facts.title = runOn;
    facts.titleFromSource = true;
    const after = RUN_ON_DAY_NAME.exec(texts[0].slice(texts[0].indexOf(runOn) + runOn.length))?.groups;
    const day = after ? findDates(after.when)[0] : undefined;
    if (after && day && COMMON_SURNAMES.test(fold(after.name))) {
      facts.headerDate ??= day.iso.slice(0, 10);
      if (facts.speakers.length === 0) facts.speakers.push({ name: after.name });
    }
  }
  // (Or a news item's headline run on to its lead; not a wire's slug before its lead, 某某網·某某新聞訊 1月31日,…, nor a credit to the
  // paper it reports from, 據棗莊日報濟南報道 1月25日上午,….)
  const headlineRunOn = !facts.title && texts.length > 0 && !WIRE_SLUG.test(texts[0]) && !CREDITED_REPORT.test(fold(texts[0])) ? HEADLINE_BEFORE_LEAD.exec(texts[0]) : null;
  if (headlineRunOn?.groups) {
    facts.title = headlineRunOn.groups.headline ?? headlineRunOn.groups.parted;
    facts.titleFromSource = true;
  }
  // A site's headline naming the giver before the address's own title: 某某:在…会议上的讲话 → 在…会议上的讲话, given by 某某
  // (or by an office: 甘肃省省长:在…上的讲话).
  const giverFirst = facts.title && facts.titleFromSource ? giverBeforeTitle(facts.title, texts.slice(0, 6)) : undefined;
  if (giverFirst) {
    facts.title = giverFirst.title;
    if (facts.speakers.length === 0) facts.speakers.push(giverFirst.name ? { name: giverFirst.name } : { office: giverFirst.office });
  }
  // (Without a mirror's pinyin glosses, as the body is read: 鄭新聰市長(zhǎng)在….)
  const titleRead = facts.title?.replace(PINYIN_GLOSS, '');
  const titleAsWritten = titleRead ? despaced(titleRead) : '';
  // (Without a document site's compact date after it: ……上的讲话(20220105).)
  // (Not a news headline on the address, the meeting held then who spoke at it: 市八届人大二次会议胜利闭幕 某某在闭幕大会上讲话.)
  // (Nor a headline on others studying the address, 某区老干部学习某某某同志在…会议上的讲话: news of the study, not the address.)
  const occasion = titleRead && !HELD_THEN_SPOKE.test(plain(titleRead)) && !STUDIED_ADDRESS.test(plain(titleRead)) ? OCCASION.exec(plain(titleRead).replace(COMPACT_DATE_AFTER, '')) : null;
  // (Its 在 dropped: 市第十四届人民代表大会第五次会议上的政府工作报告(摘要).)
  const bareOccasion = titleRead && !occasion ? OCCASION_WITHOUT_ZAI.exec(plain(titleRead)) : null;
  if (bareOccasion?.groups) {
    facts.meeting ??= groupAsWritten(bareOccasion, 'meeting', titleAsWritten);
    facts.documentType ??= KIND_TYPES[bareOccasion.groups.kind];
  }
  // (Or the session's name run into the kind, no 在 nor 上: 湖南省第十一届人大第一次会议政府工作报告, 县十七届人大五次会议表态发言.)
  const session = titleRead && !occasion && !bareOccasion && facts.titleFromSource ? congressIn(titleAsWritten) : undefined;
  const titled = fold(titleAsWritten).trim();
  if (session && titled.startsWith(fold(session)) && /^(?:(?:政府)?工作报告|(?:表态|就职)?(?:发言|讲话)|致辞|闭幕词|开幕词)/u.test(titled.slice(session.length))) facts.meeting ??= session;
  const officeYearMeeting = titleRead && !occasion && !bareOccasion ? OFFICE_YEAR_MEETING.exec(plain(titleRead)) : null;
  if (officeYearMeeting?.groups) {
    facts.meeting ??= groupAsWritten(officeYearMeeting, 'meeting', titleAsWritten);
    facts.documentType ??= KIND_TYPES[officeYearMeeting.groups.kind];
    if (facts.speakers.length === 0 && officeYearMeeting.groups.office) facts.speakers.push({ office: groupAsWritten(officeYearMeeting, 'office', titleAsWritten)! });
  }
  if (occasion?.groups) {
    facts.meeting ??= groupAsWritten(occasion, 'meeting', titleAsWritten)?.trim();
    facts.documentType ??= KIND_TYPES[occasion.groups.kind];
    // (甘肃省省长：在…上的讲话: the office before a colon.)
    // (Nor a model-text site's year before it: 2023年市委书记在…, 2019县长在…; nor its tag: (精编)市委书记在….)
    const officeText = groupAsWritten(occasion, 'office', titleAsWritten)?.trim().replace(/[:：]$/, '').replace(/^(?:19|20)\d{2}年?(?=\p{sc=Han})/u, '').replace(/^[(（【[][^()（）【】[\]]{1,6}[)）】\]]\s*(?=\p{sc=Han})/u, '')
      // (Nor the mask a model-text site puts for the place: X区长在…, XX县委书记在…, 某县长在…; with its level too where the office
      // opens on it again, XX县县长在… → 县长.)
      // (某 only before an office: 某县领导 names none.)
      .replace(/^(?:[xX]{1,3}|[*＊×○]{1,3}|某(?=\S{1,10}(?:长|书记|主任|主席)$))(?:([省市县区州旗盟镇乡])(?=\1))?(?=[省市县区州旗盟镇乡])/u, '');
    // "某某书记、某某主席、某某副盟长在…上的讲话": several givers, each named then his office.
    const givers = officeText?.includes('、') ? officeText.split('、') : [];
    const eachNamed = givers.map((part) => NAME_THEN_OFFICE.exec(fold(part))?.groups);
    // (A name of the minorities' among them, 其木格: most, not all, with a common surname.)
    const surnamed = eachNamed.filter((found) => found && COMMON_SURNAMES.test(found.name)).length;
    if (facts.speakers.length === 0 && givers.length >= 2 && eachNamed.every(Boolean) && surnamed * 2 > givers.length) {
      givers.forEach((part, i) => facts.speakers.push({ name: part.slice(0, eachNamed[i]!.name.length), office: part.slice(eachNamed[i]!.name.length) }));
    }
    // "任某某市长在…会议上的政府工作报告": the name, then the office.
    // (Not an office's own words: BODY_NOT_NAME.)
    const nameFirst = officeText ? NAME_THEN_OFFICE.exec(fold(officeText))?.groups : undefined;
    // (The title's office for the speaker the header names without one: 马俊副主席在…上的开幕词 over 马  俊.)
    const namedAlready = nameFirst ? facts.speakers.find((s) => s.name && fold(s.name) === nameFirst.name && !s.office) : undefined;
    if (namedAlready && officeText) namedAlready.office = officeText.slice(nameFirst!.name.length);
    const nameThenOffice = nameFirst && facts.speakers.length === 0 && !BODY_NOT_NAME.test(nameFirst.name) ? nameFirst : undefined;
    if (nameThenOffice) facts.speakers.push({ name: officeText!.slice(0, nameThenOffice.name.length), office: officeText!.slice(nameThenOffice.name.length) });
    // "区委书记在…上讲话": the office of a speaker the title does not name.
    if (officeText && OFFICE_AT_END.test(fold(officeText)) && !/\s/.test(officeText) && !nameThenOffice) {
      if (facts.speakers.length === 0) facts.speakers.push({ office: officeText });
      else facts.speakers[0].office ??= officeText;
    }
    // "县长某某某在…会议上所做的政府工作报告": the office and the name.
    const named = officeText && facts.speakers.length === 0 ? parseOfficeLine(officeText) : undefined;
    if (named) facts.speakers.push(named);
    const name = groupAsWritten(occasion, 'name', titleAsWritten);
    if (name && facts.speakers.length === 0) facts.speakers.push({ name: name.replace(/同志$/, '') });
    // "某某在…会议上的表态发言": a name alone before 在, when the page names him again (an office's words are not a name).
    const bareName = officeText && facts.speakers.length === 0 && /^\p{sc=Han}{2,3}$/u.test(officeText) && !/[委市省县区州盟旗镇乡府局厅部党组会]$|^(全|我|本|大会|会议)/u.test(officeText) && !OFFICE_AT_END.test(fold(officeText));
    // (Again letter-spaced too: 某 某 某（2008年1月13日）; or, named once, with a surname's three characters.)
    const namedAgain = () => draft.lines.some((line) => despaced(line.text).includes(officeText!) && !despaced(line.text).includes(titleAsWritten));
    if (bareName && ((officeText.length === 3 && COMMON_SURNAMES.test(fold(officeText))) || namedAgain())) facts.speakers.push({ name: officeText });
  }

  // "某市人民政府市长某某某新春致辞": a greeting's title names who gives it, office and name.
  const greeter = titleRead && !occasion && facts.speakers.length === 0 ? GREETING_BY.exec(plain(titleRead)) : null;
  // (As written: the title is matched folded, 繁體 as simplified; its giver opens it.)
  // (Or two givers, each with his office: 某省委书记某某某、省长某某某致新年贺词; not one office of two parts, 县委副书记、县长某某.)
  const greeterWords = greeter?.groups ? titleAsWritten.slice(0, greeter.groups.who.length) : '';
  const givers = greeterWords.split('、').map((part) => parseOfficeLine(part));
  const greeting = greeter?.groups ? (givers.length > 1 && givers.every(Boolean) ? givers : [parseOfficeLine(greeterWords)]) : [];
  for (const giver of greeting) if (giver) facts.speakers.push(giver);
  // "区委书记某某某讲话": the office and the name of who spoke (a surname's: 县长庆祝教师节讲话 names no one).
  const spokeNamed = titleRead && !occasion && facts.speakers.length === 0 ? OFFICE_NAME_SPOKE.exec(plain(titleRead)) : null;
  const namedSpeaker = spokeNamed?.groups ? parseOfficeLine(titleAsWritten.slice(0, spokeNamed.groups.who.length)) : undefined;
  if (namedSpeaker && COMMON_SURNAMES.test(fold(namedSpeaker.name))) facts.speakers.push(namedSpeaker);
  // "在…会议上某某区长的发言": the name, then the office.
  const nameThenOfficeSpoke = titleRead && facts.speakers.length === 0 ? NAME_OFFICE_SPOKE.exec(plain(titleRead)) : null;
  if (nameThenOfficeSpoke?.groups && COMMON_SURNAMES.test(nameThenOfficeSpoke.groups.name)) {
    const at = titleAsWritten.length - nameThenOfficeSpoke[0].length + (nameThenOfficeSpoke[0].startsWith('上') ? 1 : 0);
    const { name, office } = nameThenOfficeSpoke.groups;
    facts.speakers.push({ name: titleAsWritten.slice(at, at + name.length), office: titleAsWritten.slice(at + name.length, at + name.length + office.length) });
  }
  // "县长庆祝第24个教师节电视讲话", "区长2015年新年致辞": the office of who spoke.
  const spokeAs = titleRead && !occasion && facts.speakers.length === 0 ? OFFICE_SPOKE.exec(plain(titleRead)) : null;
  if (spokeAs?.groups) facts.speakers.push({ office: titleAsWritten.slice(0, spokeAs.groups.office.length) });
  // (Or at a meeting of its own kind: 书记在新区开发建设会发言.)
  const spokeAt = titleRead && !occasion && facts.speakers.length === 0 ? OFFICE_AT_MEETING.exec(plain(titleRead)) : null;
  if (spokeAt?.groups) facts.speakers.push({ office: titleAsWritten.slice(0, spokeAt.groups.office.length) });
  // "某某同志在政协某市第十三届委员会常务委员会工作报告": a comrade a title of some kind opens with, its occasion garbled, gave it.
  const comrade = titleRead && facts.speakers.length === 0 ? /^(?<name>\p{sc=Han}{2,3}?)同志(?:在|代表)/u.exec(plain(titleRead)) : null;
  if (comrade?.groups && titleType(titleRead!) !== undefined && COMMON_SURNAMES.test(comrade.groups.name)) facts.speakers.push({ name: titleAsWritten.slice(0, comrade.groups.name.length) });
  // "某区委书记、区长新年致辞": the party's secretary and the government's head, two givers by office.
  const pair = titleRead && !occasion && facts.speakers.length === 0 ? SECRETARY_AND_HEAD_BEFORE_KIND.exec(plain(titleRead)) : null;
  if (pair?.groups) {
    const headAt = pair.groups.secretary.length + 1;
    facts.speakers.push({ office: titleAsWritten.slice(0, pair.groups.secretary.length) }, { office: titleAsWritten.slice(headAt, headAt + pair.groups.head.length) });
  }
  // (Or the office closing it, before its kind: 区长2015年新年致辞, 法院工作会议县长讲话, 市长欢迎词.)
  const spokeLast = titleRead && !occasion && facts.speakers.length === 0 ? OFFICE_BEFORE_KIND.exec(plain(titleRead)) : null;
  if (spokeLast) facts.speakers.push({ office: officeStart(titleAsWritten.slice(spokeLast.index, spokeLast.index + spokeLast[1].length)) });
  // "@全市人民,市委书记某某某、市长某某某给您拜年啦!": the page's headline over an address names who give it, each with his office.
  // (Or the only headline says an official gave a season's address, which the page prints: 区长某某发表元旦献词，一起来看….)
  const seasonGiven = !facts.documentType && !facts.pageHeadline && facts.title && facts.titleFromSource ? SEASON_ADDRESS_GIVEN.exec(fold(facts.title)) : null;
  if (seasonGiven) facts.documentType = 'speech';
  const greeted = facts.pageHeadline ?? (seasonGiven ? facts.title : undefined);
  const greeters = (facts.documentType ?? (facts.title ? titleType(facts.title) : undefined)) === 'speech' && facts.speakers.length === 0 && greeted && /拜年|贺词|献词|致辞|慰问|问候|新年|新春/u.test(fold(greeted)) ? [...fold(greeted).matchAll(HEADLINE_GIVERS)] : [];
  // (A name, not the greeting's words: 区长新年致辞 names no one.)
  for (const giver of greeters.filter((found) => !/^(?:新年|新春|元旦|春节|致辞|贺词|拜年|慰问)/u.test(found.groups!.name))) {
    const [start] = giver.indices!.groups!.office;
    facts.speakers.push({ office: greeted!.slice(start, start + giver.groups!.office.length), name: greeted!.slice(start + giver.groups!.office.length, start + giver.groups!.office.length + giver.groups!.name.length) });
  }
  // "上海市某某市长政府工作报告(全文)": a site's title names who gave the report, the name before the office.
  const reporter = titleRead && facts.speakers.length === 0 ? NAME_OFFICE_REPORT.exec(plain(titleRead)) : null;
  if (reporter?.groups && COMMON_SURNAMES.test(reporter.groups.name)) {
    facts.speakers.push({ name: groupAsWritten(reporter, 'name', titleAsWritten)!, office: groupAsWritten(reporter, 'office', titleAsWritten)! });
  }

  const interviews: Speaker[] = [];
  for (const text of texts) {
    const match = INTERVIEW.exec(text);
    if (match?.groups) interviews.push({ name: match.groups.name, office: match.groups.office.trim(), role: '受访' });
  }
  // (Or the headline or lead says whom it interviews: 访某县委书记某某:…, 市长某某…接受了某台记者的采访.)
  const interviewed = interviews.length === 0 && !facts.documentType && facts.speakers.length === 0 ? [facts.title ?? '', ...texts.slice(0, 8)].map((text) => ({ text, who: intervieweeIn(text) })).find(({ who }) => who) : undefined;
  if (interviewed?.who) interviews.push(interviewed.who);
  // (Dated by the lead that tells of it, in the page's year: 昨日,某市市长某某做客某报会客室.)
  const interviewDay = interviewed && interviewed.text !== facts.title && !facts.headerDate ? meetingDay(interviewed.text, facts.published) : undefined;
  if (interviewDay) {
    inferDelivered(facts, interviewDay.iso, interviewDay.evidence);
    facts.datedByRemarks = true;
  }
  if (interviews.length > 0) {
    facts.speakers.push(...interviews);
    // (One interview or several: the brief's readers type a single interview so, 访某县委书记某某:…, as the archive does.)
    facts.documentType ??= 'interview-compilation';
  }

  // A press conference's transcript, its moderator's words printed (主持人:…): the officials who answered the press, each with
  // the office the moderator gives him if fuller (深圳市人民政府市长), and the conference as its meeting.
  const pressConference = !facts.documentType && facts.title && facts.titleFromSource && PRESS_CONFERENCE.test(fold(facts.title).trim()) && texts.some((t) => /^主持人[:：]/u.test(fold(t).trim()));
  if (pressConference) {
    facts.documentType = 'interview-compilation';
    // (Dated as remarks are, by the day they were given.)
    facts.datedByRemarks = true;
    facts.meeting ??= facts.title!.trim();
    // (Its day as the line over the transcript says it was held: 2021年5月19日(星期三)中午12:30,在…举行…记者会.)
    const held = texts.slice(0, 8).find((t) => /举行|召开/u.test(fold(t)) && findDates(t)[0]?.start === 0);
    if (held && !facts.headerDate) facts.headerDate = findDates(held)[0].iso.slice(0, 10);
    for (const text of texts.slice(0, 8)) {
      for (const answered of fold(text).matchAll(ANSWERED_PRESS)) {
        const name = groupAsWritten(answered, 'name', text)!;
        if (!COMMON_SURNAMES.test(answered.groups!.name)) continue;
        addOnce(facts.speakers, { name, office: texts.map((t) => reportedOffice(t, name)).find(Boolean) ?? groupAsWritten(answered, 'office', text)! });
      }
    }
  }
  if (facts.titleFromSource && facts.title && !STUDIED_ADDRESS.test(plain(facts.title))) facts.documentType ??= titleType(facts.title);
  // (A report to a work conference, ——在2014年全市教育工作会议上的报告, is an address to it: a work report is given to a congress;
  // whatever a headline over it calls it, 某某在2024年全国…工作会议上的工作报告.)
  const toConference = /报告$/u.test(facts.addressKind ?? '') && /工作(?:会议|大会)$/u.test(fold(facts.meeting ?? '')) && !/人民代表大会|人大|政协|政治协商|代表大会/u.test(fold(facts.meeting ?? ''));
  if (toConference && facts.documentType === 'work-report') facts.documentType = 'speech';
  if (facts.addressKind) facts.documentType ??= toConference ? 'speech' : KIND_TYPES[facts.addressKind];
  // The opening: the lines after the salutation, or the first lines.
  // (Or the speaker's name run into it, as a flattened page joins them: 黎某某各位委员、同志们：.)
  const gluedName = (t: string) => {
    const name = NAME_BEFORE_SALUTATION.exec(fold(t))?.groups?.name;
    return name && COMMON_SURNAMES.test(name) && !SALUTATION_START.test(fold(t)) ? t.trim().slice(0, name.length) : undefined;
  };
  // (Or after the tag a live transcript puts before each of its speaker's paragraphs: [某某某]:各位代表：…; the tag's
  // name, a surname's, is who speaks.)
  const untagged = (t: string) => fold(t).trim().replace(TRANSCRIPT_TAG, '');
  const salutation = texts.slice(0, 8).findIndex((t) => SALUTATION_START.test(untagged(t)) || GUESTS_SALUTED.test(untagged(t)) || gluedName(t) !== undefined);
  const glued = salutation >= 0 ? gluedName(texts[salutation]) : undefined;
  if (glued && facts.speakers.length === 0) facts.speakers.push({ name: glued });
  // The lines over the salutation (none when there is none), and their text.
  const overSalutation = texts.slice(0, Math.max(0, salutation));
  const overSalutationText = overSalutation.join('\n');
  // (With his office perhaps, before the name: [委员长 某某某]各位代表：.)
  const tag = salutation >= 0 ? TRANSCRIPT_TAG.exec(texts[salutation].trim())?.groups : undefined;
  if (tag && facts.speakers.length === 0 && COMMON_SURNAMES.test(fold(tag.name))) facts.speakers.push(tag.office ? { name: tag.name, office: tag.office } : { name: tag.name });
  // (Or the name the words over the salutation give the floor to: …开幕，首先由某某某讲话，他说——; taken for its title perhaps.)
  const introText = salutation >= 0 ? [facts.titleFromSource ? (facts.title ?? '') : '', overSalutationText].join('\n') : '';
  const givenFloor = facts.speakers.length === 0 ? GIVEN_THE_FLOOR.exec(fold(introText)) : null;
  const floorName = givenFloor ? groupAsWritten(givenFloor, 'name', introText) : undefined;
  if (floorName && COMMON_SURNAMES.test(fold(floorName))) facts.speakers.push({ name: floorName });
  // (Joined without breaks: a text wrapped at the page's width splits its sentences over lines.)
  const opening = texts.slice(Math.max(0, salutation), Math.max(0, salutation) + 3).join('');
  const reporting = reportsToCongress(opening);
  if (reporting) facts.documentType ??= 'work-report';
  // (A transcript's tag naming its speaker by office and name over his salutation: the page is his address, 委员长 closing a session.)
  if (tag?.office && facts.speakers.length > 0) facts.documentType ??= 'speech';
  // A news item's words over the address it prints whole (某州州长致辞。以下为致辞全文：): the address is the document.
  // (Or, no salutation found, over the text's first lines: 以下为某某讲话全文: / 尊敬的某某主席、…:.)
  const wholeOver = salutation >= 0 ? overSalutation : texts.slice(0, 4);
  const printedWhole = wholeOver.map((t) => FULL_TEXT_FOLLOWS.exec(fold(t)) ?? FULL_TEXT_AFTER_KIND.exec(fold(t).trim())).find(Boolean);
  // (Or a transcript under it, who speaks before a colon: 以下为演讲实录： / 某某某：尊敬的…主席、…各位嘉宾.)
  const transcriptAt = salutation < 0 ? texts.slice(0, 4).findIndex((t) => FULL_TEXT_FOLLOWS.test(fold(t))) : -1;
  const speaking = transcriptAt >= 0 ? /^\s*(?<name>\p{sc=Han}{2,3})[:：]\s*(?=尊敬的|各位|同志们|女士们)/u.exec(fold(texts[transcriptAt + 1] ?? '')) : null;
  if (speaking?.groups && COMMON_SURNAMES.test(speaking.groups.name)) {
    facts.documentType ??= 'speech';
    const name = texts[transcriptAt + 1].trim().slice(0, speaking.groups.name.length);
    const office = texts.slice(0, transcriptAt + 1).map((t) => reportedOffice(t, name)).find(Boolean);
    if (facts.speakers.length === 0) facts.speakers.push(office ? { name, office } : { name });
  }
  if (printedWhole?.groups) {
    // (The page prints the address whole over its salutation: the address, not the news around it.)
    if (!facts.documentType || facts.documentType === 'meeting-news') facts.documentType = KIND_TYPES[printedWhole.groups.kind] ?? 'speech';
    // (Who gave it, named: 以下为某某某讲话全文, his office as the lead gives it.)
    const named = printedWhole.groups.name && COMMON_SURNAMES.test(printedWhole.groups.name) ? wholeOver.find((t) => fold(t).includes(printedWhole[0])) : undefined;
    if (named && facts.speakers.length === 0) {
      const at = fold(named).indexOf(printedWhole[0]) + printedWhole[0].indexOf(printedWhole.groups.name!);
      const name = named.slice(at, at + printedWhole.groups.name!.length);
      const office = wholeOver.map((t) => reportedOffice(t, name)).find(Boolean);
      facts.speakers.push(office ? { name, office } : { name });
    }
    // (Who gave it, by office alone when the item names none: 某州委副书记、州长致辞.)
    const above = fold(overSalutationText);
    const before = above.slice(0, above.indexOf(printedWhole[0]));
    const byOffice = salutation < 0 ? null : new RegExp(`(?:^|[,。\\s])(?<office>[\\p{sc=Han}、]{2,30}?${OFFICE_ENDING})(?:${printedWhole.groups.kind})[。,]?$`, 'u').exec(before.trimEnd());
    if (byOffice?.groups && facts.speakers.length === 0) facts.speakers.push({ office: officeStart(byOffice.groups.office) });
    // (The day and the meeting the words over it open with: 2015年1月20日,在某市第十五届人民代表大会第三次会议上,市长某某在会上作了
    // 政府工作报告,以下是报告全文.)
    const intro = wholeOver.find((t) => FULL_TEXT_FOLLOWS.test(fold(t)) || FULL_TEXT_AFTER_KIND.test(fold(t).trim()));
    const introDay = intro ? findDates(fold(intro))[0] : undefined;
    if (introDay && introDay.start <= 2 && !facts.headerDate) facts.headerDate = introDay.iso.slice(0, 10);
    // (Or the day the lead says it was given, counted from the page's: 人民网博鳌10月30日电 …今日下午在…举行.)
    const leadDay = intro && !introDay && !facts.headerDate && facts.published ? meetingDay(intro, facts.published) : undefined;
    if (leadDay) inferDelivered(facts, leadDay.iso, leadDay.evidence);
    const introMeeting = intro && introDay ? INTRO_MEETING.exec(fold(intro).slice(introDay.end)) : null;
    if (introMeeting?.groups) facts.meeting ??= intro!.slice(introDay!.end).slice(introMeeting.indices!.groups!.meeting![0], introMeeting.indices!.groups!.meeting![1]);
  }
  // A wire's item printing a report's summary under its lead (受…委托，委员长某某3月7日向…会议作《某某工作报告》。报告摘要如下：):
  // the report is the document, titled as the lead names it, given by whom the lead says.
  const summaryLead = !facts.title && texts.length > 1 ? SUMMARY_FOLLOWS.exec(fold(texts[0])) : null;
  const summarized = summaryLead?.groups ? groupAsWritten(summaryLead, 'title', texts[0]) : undefined;
  if (summaryLead?.groups && summarized && titleType(summarized) === 'work-report') {
    facts.title = summarized;
    facts.titleFromSource = true;
    facts.documentType ??= 'work-report';
    if (facts.speakers.length === 0) facts.speakers.push(...reportedSpeakers(texts[0].replace(WIRE_SLUG, '')).slice(0, 1));
  }
  // A wire's lead over a New Year address it prints whole (新年前夕，国家主席某某某…发表了二〇二一年新年贺词。全文如下): the address.
  const address = addressLead(texts.slice(0, 3));
  if (address) {
    facts.documentType ??= 'speech';
    if (!facts.title) {
      facts.title = address.title;
      facts.titleFromSource = true;
    }
    if (facts.speakers.length === 0 && address.giver) facts.speakers.push(address.giver);
    if (!facts.headerDate && address.delivered) {
      inferDelivered(facts, address.delivered.iso, address.delivered.evidence);
    }
  }
  // The office the words over the address give its speaker, named bare by the title: 以下为省委书记某某在大会上的讲话实录.
  if (salutation > 0) giveListedOffices(facts.speakers, overSalutation);
  // A site's title calls it a speech (区政府工作会议的讲话); its opening reports to the congress: a work report.
  if (reporting && facts.documentType === 'speech' && /^各位代表/.test(fold(texts[salutation] ?? '')) && /向(?:大会|全会)报告/.test(fold(opening))) facts.documentType = 'work-report';
  // (And the reverse: a department's 工作报告 given to its own work conference, 同志们：今天，我们召开局系统工作会议, is a speech.)
  if (!reporting && facts.documentType === 'work-report' && /^同志们/.test(fold(texts[salutation] ?? '')) && CONVENED_TODAY.test(fold(opening.split('。')[0]))) facts.documentType = 'speech';
  // 我代表国务院，向大会报告政府工作: the State Council reports to the National People's Congress.
  if (reporting?.groups?.body === '国务院') facts.reportsForStateCouncil = true;
  // 我代表南开区人民政府: the body, as written (a source of the place).
  const reportingBody = reporting?.groups?.body ?? reporting?.groups?.entrusted;
  const bodyAt = reportingBody ? fold(opening).indexOf(reportingBody) : -1;
  if (reportingBody && bodyAt >= 0) facts.reportingBody = opening.slice(bodyAt, bodyAt + reportingBody.length);

  // A news report of a meeting: the headline or the lead says it was held.
  // (A sentence, not a photo's caption: 某某报告政府工作。)
  // (Or a line that opens on its day and says the meeting was held, its full stop lost: 1月28日上午,某省…会议在昆明隆重开幕.)
  // (A half-width ! after a word ends one too, as pages typed with half-width marks end a paragraph: …心想事成!)
  // (Or a lead set out as a poster, its day alone, then its words a few to a line, as a phone's page does: 12月20日 / 某区第十一届 /
  // 人民代表大会第二次会议 / 在区会议中心隆重开幕: read as the one sentence it is; the text keeps its lines.)
  const poster = posterLead(texts);
  const sentences = [...(poster ? [poster] : []), ...texts.filter((t) => /[。！？]|(?<=\p{sc=Han})!/u.test(t) || (/^\d{1,2}月\d{1,2}日/u.test(t.trim()) && MEETING_HELD.test(fold(t)) && t.trim().length >= 20))];
  // (A short one too when it opens on its day: 3月2日，县十五届人大五次会议在县文化中心开幕。)
  // (Not a photo's caption: 3月2日上午，某某在闭幕会上讲话。记者 某某 摄, or 攝 in traditional characters.)
  // (Or on the day it counts from the page's: 昨天下午，某某参加了第四代表团审议。; not photo captions that say nothing of the
  // meeting, 大会现场。(记者 某某 摄).)
  const captioned = (t: string) => /摄\s*[)）]?$/u.test(fold(t).trim());
  // (Or one that holds the meeting on that day after its name: 市四届人大七次会议圆满完成各项议程,于今天下午胜利闭幕。)
  const leads = (t: string) => (t.length >= 30 && !(captioned(t) && !MEETING_VERBS.test(fold(t)))) || (/^(?:\d{1,2}月\d{1,2}日|(?:昨天|昨日|今天|今日)[上下]午)/u.test(t.trim()) && !captioned(t)) || (/[,，]于?(?:昨天|昨日|今天|今日)[上下]午/u.test(t) && MEETING_HELD.test(fold(t)) && !captioned(t));
  // (A wire's lead under the photo captions over it, 代市长某某作政府工作报告。本报记者 某某 摄 / 本报讯(记者 某某)…开幕, is the lead;
  // not under a caption that dates the meeting, 1月11日,…隆重开幕。(记者 某某 摄), which the lead counts from, 昨天上午.)
  const slugged = sentences.slice(0, 6).find((t) => WIRE_SLUG.test(t.trim()) && leads(t));
  // (Or one that does, when the lead has its own day: the lead's 1月27日上午 over a photo's caption, 11月27日上午,…开幕。某某 摄, its number run into it.)
  // (Or after the meeting's name: 中国共产党某省第十二届委员会第十二次全体会议,于4月26日在哈尔滨召开.)
  const datesItself = slugged ? /^\s*\d{1,2}月\d{1,2}日|^[^。]{4,60}?[,，]于\d{1,2}月\d{1,2}日/u.test(fold(slugged.trim().replace(WIRE_SLUG, ''))) : false;
  // (Not a paragraph of flourish over the lead that says no day and nothing held, 今年是“十四五”开局之年,是…的奠基之年 over 9月26日上午,…代表大会开幕:
  // the sentence after it that opens on its day and reports the meeting, or who held it: a deck's 关于安全生产,某某作出批示! over
  // 1月10日上午,我市召开2023年…会议; not in a speech, past its salutation, whose words tell of the meetings it answers.)
  const firstLong = sentences.find(leads);
  // (What it quotes others saying is no report of a meeting: “政府工作报告语言简洁…”“听了《报告》…”.)
  const flourished = firstLong !== undefined && !/^\s*\d{1,2}月\d{1,2}日/u.test(firstLong) && !MEETING_VERBS.test(fold(firstLong).replace(/“[^“”]*”/gu, '')) && !LEAD_MONTH_DAY.test(fold(firstLong));
  const afterFlourish = flourished ? sentences.slice(sentences.indexOf(firstLong) + 1, sentences.indexOf(firstLong) + 4).find((t) => /^\s*\d{1,2}月\d{1,2}日/u.test(t) && (MEETING_HELD.test(fold(t)) || REPORTED_AT_MEETING.test(fold(t)) || (salutation < 0 && HOST.test(fold(t)))) && !captioned(t)) : undefined;
  // (Or under captions without a credit, a caption's length, that give no day, when it gives its own: 大会现场。 /
  // 区政协主席某某…向大会作工作报告。 / 红网某某分站1月15日讯 1月14日上午,…开幕; not under a paragraph of its own on how the
  // place followed a national meeting, 我区各部门…收听收看庆祝改革开放40周年大会。)
  // (Or a caption that opens on the lead's own day, its year with it: 2015年12月31日上午,某某書記在…茶話會上講話。 over
  // 中評社北京1月2日電/2015年12月31日上午,….)
  const leadDay = slugged ? /^\s*(\d{4}年\d{1,2}月\d{1,2}日(?:[上下]午)?)/u.exec(fold(slugged.trim().replace(WIRE_SLUG, '')))?.[1] : undefined;
  // (Or a deck of the headline, an exclamation and no full stop: GDP增长5.5%以上!2024某市…预期目标来了 over 本报1月10日讯 今天,….)
  const overSlug = (t: string) => {
    const dayless = !LEAD_MONTH_DAY.test(fold(t));
    if (leadDay && fold(t.trim()).startsWith(leadDay) && t.trim().length <= CAPTION_LENGTH * 1.5) return true;
    if (dayless && !/[。]/u.test(t) && t.trim().length <= 40) return true;
    return captioned(t) ? datesItself || dayless : datesItself && dayless && t.trim().length <= CAPTION_LENGTH;
  };
  const sluggedLead = slugged && sentences.slice(0, sentences.indexOf(slugged)).every(overSlug) ? slugged : undefined;
  // (A slugged paragraph of flourish too, 某某网讯(通讯员 某某)“报告语言简洁…”“听了…”, gives way to the sentence after it that reports the meeting on its day.)
  const sluggedFlourish = sluggedLead !== undefined && sluggedLead === firstLong && afterFlourish !== undefined;
  const leadLine = (sluggedFlourish ? undefined : sluggedLead) ?? afterFlourish ?? firstLong ?? sentences[0] ?? '';
  // (A lead that opens with a short flourish, 实干兴市启新程，聚力发展谋良策。, reports in its next sentence.)
  // (A quotation that opens it keeps its closing mark: “…展现更大作为。”1月17日,…开幕.)
  const leadSentences = leadLine.replace(WIRE_SLUG, '').split(/。[”’」』]?/u);
  // (Longer when the next sentence reports the meeting: 今天的省人民大会堂花团锦簇,春意融融,一派喜庆景象。上午8时30分,…会议…隆重开幕.)
  // (Or who held it: …春意盎然,喜气洋洋。我市在这里举行各界人士迎新年茶话会; or who presided: 区委书记某某主持召开….)
  const holds = (sentence: string) => {
    const folded = fold(sentence);
    return [MEETING_HELD, HOST, HELD_AT_VENUE, AT_MEETING_HELD, PRESIDED].some((held) => held.test(folded));
  };
  const flourishLength = leadSentences.length > 1 && holds(leadSentences[1]) ? 36 : 24;
  const flourish = leadSentences.length > 1 && leadSentences[0].length <= flourishLength && !/\d/.test(leadSentences[0]) && !MEETING_VERBS.test(fold(leadSentences[0]));
  // (Or a sentence on all the meetings of the season, 新年伊始,上海各区县人代会相继召开,…。, before the one that tells, on its day, of the
  // page's own: 昨天,某区第十五届人民代表大会第一次会议开幕。)
  // (Or a sentence on what the meeting is for: 为全面加强全县基层党的建设,…取得实效。8月11日,我县召开….)
  // (Or the scene on its day, 二00六年五月十八日阿尔丁广场锣鼓喧天,…。, before the hour it opened: 上午10:00某区建区50周年庆祝大会在…举行.)
  const dayNext = leadSentences.length > 1 && !holds(leadSentences[0]) && /^\s*(?:昨天|今天|昨日|今日|\d{1,2}月\d{1,2}日|(?:[上下]午|晚上?)\s*\d{1,2}[:：]\d{2})/u.test(leadSentences[1]) && holds(leadSentences[1]);
  const lead = flourish || dayNext ? leadSentences[1] : leadSentences[0];
  // The headline without a column tag: 【直通北京】.
  const headline = titleAsWritten.replace(/^[【[][^】\]]*[】\]]/u, '');
  // (Not a kicker run on before it, a space apart: 为奋进新征程提供坚强组织保证 全市组织部长会议召开.)
  const kicked = /^(?<kicker>\S{4,30})[ \u3000]+(?<rest>\S{4,40})$/u.exec(titleRead?.trim() ?? '')?.groups;
  const heldAfterKicker = kicked ? MEETING_HELD.exec(fold(kicked.rest)) : null;
  const heldInHeadline = heldAfterKicker ?? MEETING_HELD.exec(fold(headline));
  const heldInLead = MEETING_HELD.exec(fold(lead));
  // The lead names the meeting in full more often than the headline does.
  // (Not the words that convene it before it: 现在举行 + 政协某县十四届二次会议 + 闭幕大会; nor who hosts it: 由某会主办的第十七届某某论坛.)
  // (But the headline's, where it is the lead's with its year's 年 written: 2018年某县…会议召开 over 2018某县…会议在…召开.)
  // (Its party's name kept where the name is longer than a meeting's words may run, the match begun after it: 中国共产党广州 +
  // 市黄埔区第一届委员会第十六次全体会议暨中国共产党…工作委员会2021年第二次工作会议.)
  const partyCut = heldInLead && heldInLead.index === heldInLead.indices!.groups!.meeting![0] ? /(?:中共|中国共产党)(?:(?!召开|举行|在|于)\p{sc=Han}){1,12}$/u.exec(fold(lead.slice(0, heldInLead.index))) : null;
  const leadHeld = heldInLead ? `${partyCut ? lead.slice(partyCut.index, partyCut.index + partyCut[0].length) : ''}${groupAsWritten(heldInLead, 'meeting', lead)}` : undefined;
  const headlineHeld = heldInHeadline ? groupAsWritten(heldInHeadline, 'meeting', heldAfterKicker ? kicked!.rest : headline) : undefined;
  const yearWritten = leadHeld && headlineHeld && /^\d{4}(?!年)/u.test(fold(leadHeld)) && fold(headlineHeld).replace(/^(\d{4})年/u, '$1') === fold(leadHeld);
  // (Or where the lead's lost its ordinals' numbers, the headline's has them: 区政协十四届次会议 under 区政协十四届六次会议闭幕.)
  const leadBroken = leadHeld && headlineHeld && BROKEN_ORDINAL.test(fold(leadHeld)) && !BROKEN_ORDINAL.test(fold(headlineHeld));
  // (Nor the hour it opened, before its name: 上午10:00某区建区50周年庆祝大会.)
  const heldAsWritten = (yearWritten || leadBroken ? headlineHeld : (leadHeld ?? headlineHeld))?.replace(/^.*(?:召开|举行)了?(?=\S{4})/u, '').replace(/^(?:[上下]午|晚上?)?\s*\d{1,2}[:：]\d{2}\s*(?=\S{4})/u, '');
  // (Its day before them too, as a welcome opens: 今天由某某共同主办的第三届某某博览会隆重开幕.)
  const hostedBy = heldAsWritten ? HOSTED_BY.exec(fold(heldAsWritten)) : null;
  const held = hostedBy ? heldAsWritten!.slice(hostedBy[0].length) : heldAsWritten;
  // The lead names a congress in full more often than the headline does.
  const congress = congressIn(lead) ?? congressIn(headline);
  const reported = headline !== '' && REPORTED_ADDRESS.test(fold(headline));
  // 某某在…会议上强调, as the headline or the line under it.
  // (Or the lead, opening on its day: 9月18日，县委常委、副县长某某在县政府十八届五次全体(扩大)会议上强调指出.)
  const spokeLine = [headline, ...texts.slice(0, 3)].find((t) => t.length <= 60 && SPOKE_AT.test(fold(t))) ?? (/^\s*\d{1,2}月\d{1,2}日/u.test(lead) && SPOKE_AT.test(fold(lead)) ? lead : undefined);
  const spoke = spokeLine ? SPOKE_AT.exec(fold(spokeLine)) : null;
  // (Not over the address itself, opening at its salutation: 市委书记在全市发展大会上讲话：… / 同志们：.)
  if (!facts.documentType && spoke && salutation !== 0) facts.documentType = 'meeting-news';
  // (Its giver then the office the headline names, when it names no one: 市委书记.)
  const giverOffice = spoke && spokeLine && salutation === 0 ? groupAsWritten(spoke, 'who', spokeLine) : undefined;
  if (giverOffice && OFFICE_ALONE.test(fold(giverOffice)) && facts.speakers.length === 0) facts.speakers.push({ office: giverOffice });
  // 在13日召开的海南省经济工作会议上，省委书记、省长某某提出: a lead that opens at the meeting, on what someone said there.
  const spokeInLead = SPOKE_IN_LEAD.exec(fold(lead));
  if (!facts.documentType && spokeInLead) facts.documentType = 'meeting-news';
  // 记者从2024年全市市场监管工作会议上获悉: news of what a meeting made known, the meeting named.
  const learned = !facts.documentType ? LEARNED_AT_MEETING.exec(fold(lead)) : null;
  if (learned?.groups) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= groupAsWritten(learned, 'meeting', lead);
  }
  // 在市十六届人大一次会议上当选为市长的某某某，发表就职讲话时表示: news of a new head's inaugural address, at that session.
  const inaugural = !facts.documentType ? ELECTED_THEN_SPOKE.exec(fold(lead)) : null;
  if (inaugural?.groups) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= groupAsWritten(inaugural, 'meeting', lead);
    if (facts.speakers.length === 0) facts.speakers.push({ name: groupAsWritten(inaugural, 'name', lead)!, office: groupAsWritten(inaugural, 'office', lead)! });
  }
  // ——省十一届人大四次会议开幕式侧记: a feature on the meeting, under its headline.
  const featureLine = [headline, ...texts.slice(0, 3)].map((t) => t.trim()).find((t) => SIDELIGHT.test(fold(t)));
  const feature = featureLine ? SIDELIGHT.exec(fold(featureLine)) : null;
  if (!facts.documentType && feature?.groups) {
    facts.documentType = 'meeting-news';
    // (A slogan before the congress it is about, its spaces gone from the headline: 万象更新处尽是为民声县十六届人大五次会议.)
    const about = groupAsWritten(feature, 'meeting', featureLine!)!;
    facts.meeting ??= congressIn(about) ?? about;
  }
  // 8月16日下午，西岗区政府召开……会议: the body that held it, and the meeting.
  const leadText = leadLine.replace(WIRE_SLUG, '');
  // (Words after a salutation open an address, not a news lead: 各位委员：市政协四届四次会议……今天就要闭幕了.)
  const leadAfterSalutation = salutation >= 0 && texts.indexOf(leadLine) > salutation;
  // (A bare place as host in the lead only: the headline's, 嘉定举行2014年各界人士迎春团拜会, shortens what the lead names in full.)
  const hosted = (text: string, bare = false) => {
    // (Held at a room, no host named, where no meeting was named before the room: not 某某会议昨天下午在市人民大会堂举行第二次大会.)
    const folded = fold(text);
    const host = HOST.exec(folded) ?? (MEETING_HELD.test(folded) ? null : (HELD_AT_VENUE.exec(folded) ?? (bare ? bareHost(folded) : null)));
    if (!host?.groups || (facts.documentType && facts.documentType !== 'meeting-news') || (text === leadText && leadAfterSalutation)) return;
    facts.documentType = 'meeting-news';
    const hostWritten = groupAsWritten(host, 'host', text)!;
    facts.meetingHost ??= hostWritten;
    // (A congress held whole, not its name cut at 大会: 召开全市第四届人民代表大会第一次会议.)
    // (Joined to another with 暨, the two are one meeting: 2021年工作会议暨“再学习、再调研、再落实”活动部署动员会.)
    const [start, named] = host.indices!.groups!.meeting!;
    // (Its name going on past a meeting word inside it, to the word that ends it: 议政代表会 + 预备会议暨….)
    const goesOn = MEETING_GOES_ON.exec(fold(text.slice(named)));
    const end = named + (goesOn?.[0].length ?? 0);
    const joined = JOINED_MEETING.exec(fold(text.slice(end)));
    const joinedEnd = end + (joined?.[0].length ?? 0);
    const meeting = text.slice(start, joinedEnd + (joined ? (MEETING_GOES_ON.exec(fold(text.slice(joinedEnd)))?.[0].length ?? 0) : 0));
    const rest = text.slice(start);
    const congress = congressIn(rest);
    const within = congress ? rest.indexOf(congress) : -1;
    // (A committee's plenum named by its kind alone takes the committee that held it: 市委召开全委(扩大)会议 → 市委全委(扩大)会议;
    // or by its number, its day between them: 中国共产党某市第八届委员会3月4日下午举行第一次全体会议 → …委员会第一次全体会议.)
    // (Or a party committee's standing committee, or a government's executive, meeting by its kind alone: 市委召开常委会议 → 市委常委会议,
    // 市政府召开常务会议 → 市政府常务会议.)
    const ofPartyCommittee = /^全(?:委|体)|^常委(?:[(（]扩大[)）])?会议/u.test(fold(meeting)) && /^[省市县区州旗盟]委$/u.test(fold(hostWritten));
    // (Or its plenary, by its kind alone, its year and number perhaps before it: 市政府举行全体会议, 区政府召开2024年第一次全体会暨….)
    const ofGovernment = /^(?:常务会议|(?:\d{4}年)?(?:第[一二三四五六七八九十\d]{1,3}次)?全体(?:[(（]扩大[)）])?会议?)/u.test(fold(meeting)) && /^[省市县区州旗盟](?:人民)?政府$/u.test(fold(hostWritten));
    // (Or a body's own meeting of its members, which is nobody else's: 区人大常委会党组召开2022年度民主生活会 → 区人大常委会党组2022年度民主生活会.)
    const ofItsMembers = /^(?:\d{4}年度?)?(?:专题)?(?:民主|组织)生活会/u.test(fold(meeting));
    const byKind = ofPartyCommittee || ofGovernment || ofItsMembers;
    // (Or by its term and number, held by the committee by its short name: 中共某市委召开第二届委员会第七次全体会议 → 中共某市委第二届….)
    const plenumByNumber =
      (/^第[一二三四五六七八九十\d]{1,3}次全体/u.test(fold(meeting)) && /第[一二三四五六七八九十\d]{1,3}届委员会$/u.test(fold(hostWritten))) ||
      (/^第[一二三四五六七八九十\d]{1,3}届委员会第[一二三四五六七八九十\d]{1,3}次全体/u.test(fold(meeting)) && /^(?:中共|中国共产党)\p{sc=Han}{2,10}?[省市县区州旗盟]委$/u.test(fold(hostWritten)));
    // (Or a congress's standing committee's sitting by its number: 市十三届人大常委会召开第十六次会议 → 市十三届人大常委会第十六次会议.)
    const sittingByNumber = /^第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议(?:第[一二三四五六七八九十\d]{1,3}次全体会议)?$/u.test(fold(meeting)) && /[届屆]人大常委会$/u.test(fold(hostWritten));
    const byNumber = plenumByNumber || sittingByNumber;
    const plenumOf = byKind || byNumber ? `${hostWritten}${meeting}` : meeting;
    facts.meeting ??= congress && within >= 0 && within < meeting.length ? rest.slice(0, within + congress.length) : plenumOf;
  };
  hosted(leadText, true);
  // (Or the sentence after a flourish, when the lead opens with one: …春意盎然,喜气洋洋。我市在这里举行….)
  if (flourish && !leadAfterSalutation) hosted(lead, true);
  // (Or at the meeting, held where it names: 5月13日,在某某乡举行的…述职会上,所有班子成员都….)
  const atMeeting = salutation < 0 && (!facts.documentType || facts.documentType === 'meeting-news') ? AT_MEETING_HELD.exec(fold(lead)) : null;
  // (Or a lead that opens on a quotation, then says at which meeting it was said, perhaps a sentence on: QUOTED_AT_MEETING.)
  const quotedAt = salutation < 0 && !atMeeting && (!facts.documentType || facts.documentType === 'meeting-news') ? QUOTED_AT_MEETING.exec(fold(leadLine)) : null;
  if (atMeeting?.groups || quotedAt?.groups) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= atMeeting ? groupAsWritten(atMeeting, 'meeting', lead) : groupAsWritten(quotedAt!, 'meeting', leadLine);
  }
  // (Or quotations on lines of their own, then the line that says they are a scene of a meeting: “…。” / …… / 这是某县纪委召开…会议的一个场景。)
  const quotationsFirst = salutation < 0 && (!facts.documentType || facts.documentType === 'meeting-news') && /^\s*“/u.test(texts[0] ?? '');
  const sceneLine = quotationsFirst ? texts.slice(0, 8).find((t) => SCENE_OF_MEETING.test(fold(t))) : undefined;
  const scene = sceneLine ? SCENE_OF_MEETING.exec(fold(sceneLine)) : null;
  if (scene?.groups) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= groupAsWritten(scene, 'meeting', sceneLine!);
  }
  // 县委书记某某主持召开县委常委（扩大）会: who presided over the meeting, as the headline or the lead says it.
  // (Or convened it, 主持 left out, where an official did: 區長某某召開區政府第63次常務會議.)
  const byOfficial = (t: string) => {
    const who = CONVENED_BY.exec(fold(t))?.groups?.who;
    const person = who ? parseOfficeLine(who) : undefined;
    return person !== undefined && COMMON_SURNAMES.test(fold(person.name));
  };
  const presidedIn = [headline, leadText].find((t) => PRESIDED.test(fold(t))) ?? [headline, leadText].find(byOfficial);
  const presiding = presidedIn && PRESIDED.test(fold(presidedIn)) ? PRESIDED : CONVENED_BY;
  const presided = presidedIn && salutation < 0 ? presiding.exec(fold(presidedIn)) : null;
  if (presided?.groups && (!facts.documentType || facts.documentType === 'meeting-news')) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= groupAsWritten(presided, 'meeting', presidedIn!);
    // (Who presided is a speaker where the item says he spoke there too: 某某主持召开…会议，强调…; 某某指出, 某某要求, 某某就…作说明.)
    const chair = spokenBy(groupAsWritten(presided, 'who', presidedIn!)!, leadLine);
    if (facts.speakers.length === 0 && chair.some(({ name }) => name && chairSpoke(name, fold(presidedIn!).slice(presided.index + presided[0].length), texts.slice(0, 12)))) facts.speakers.push(...chair);
  }
  // (Or the headline, when the lead does not say it: 海州：我区召开区委常委会……交流会.)
  hosted(headline);
  // 12月4日上午，市委常委会召开会议: a standing committee met, its meeting named by the committee alone.
  const metIn = [leadText, headline].find((t) => STANDING_BODY_MET.test(fold(t)));
  const met = metIn && salutation < 0 ? STANDING_BODY_MET.exec(fold(metIn)) : null;
  if (met?.groups && (!facts.documentType || facts.documentType === 'meeting-news')) {
    facts.documentType = 'meeting-news';
    // (Unless the headline names the meeting in full: 市委常委会专题研究经济运行工作会议召开.)
    // (Not a byline run into it, its bracket broken: (记者 某某报道自治区党委常委会….)
    const body = groupAsWritten(met, 'body', metIn!)!.replace(/^\p{sc=Han}*(?:报道|報道)/u, '');
    // (Its enlarged meeting as the headline prints it, 市委常委会(扩大)会议, rather than put together from 市委常委会召开扩大会议.)
    const kind = groupAsWritten(met, 'kind', metIn!)!;
    const printed = /^扩大会议$/u.test(fold(kind)) ? new RegExp(`${escapeRegExp(fold(body))}[(（]扩大[)）]会议`, 'u').exec(fold(headline)) : null;
    const headlineForm = printed ? headline.slice(printed.index, printed.index + printed[0].length) : undefined;
    if (!held) facts.meeting ??= /常委会$/u.test(fold(body)) ? (headlineForm ?? `${body}${kind}`) : body;
  }
  // 【政协年中工作会议】 / 8月7日在区图书馆举行。: a yearbook's entry, headed by the meeting's name, its lead the day and place it
  // was held, naming no one who held it.
  const entryOfMeeting = !facts.documentType && salutation < 0 && YEARBOOK_MEETING.test(fold(headline).trim()) && DAY_THEN_HELD.test(fold(leadText));
  if (entryOfMeeting) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= headline.trim();
  }
  // 8月8日下午，枣园街道召开会议传达学习…: a body met, its meeting called no more than 会议: news of that meeting, left unnamed.
  if (!facts.documentType && salutation < 0 && [leadText, headline].some((t) => BODY_MET_UNNAMED.test(fold(t)))) facts.documentType = 'meeting-news';
  // (Words of the speaker's own congratulations, not a report of them: …会议今天隆重开幕了。我们对大会的召开表示热烈的祝贺！)
  // (Or a greeting's, with or without a salutation: 值此新春佳节到来之际，我谨代表某市委、市政府……致以节日的问候.)
  const greets = (t: string) => GREETING_OPENING.test(fold(t)) || (FIRST_PERSON_GREETING.test(fold(t)) && !WIRE_SLUG.test(leadLine.trim()));
  if (!facts.documentType && texts.slice(0, 3).some(greets)) facts.documentType = 'speech';
  // (Or a paper's item on a report given at a congress: 本报讯 1月17日,院长某某在市十二届人大五次会议上作…工作报告.)
  // (Or by who gave it to the congress, in the third person: 某某代表市人大常委会向大会作人大工作报告。)
  const reportedAtCongress = ((Boolean(congress) && WIRE_SLUG.test(leadLine.trim())) || /向(?:大会|全会)(?:作|做)/u.test(fold(lead))) && reportedSpeakers(lead).length > 0;
  // (Or on an official joining a delegation's deliberation: 某某参加人大第一代表团审议, or its group's discussion: 市长某某参加了某某代表团二组进行的分组讨论.)
  const deliberated = [headline, leadLine].some((t) => JOINS_DELEGATION.test(fold(t)) && /审议|讨论/u.test(fold(t)));
  // (Leaders calling on the deputies who attend a session, 看望出席县政协十一届一次会议的县政协委员, is news of the session too, its
  // meeting the one they attend: as the archive's readers take it.)
  if (!facts.documentType && !leadAfterSalutation && (held || reported || reportedAtCongress || deliberated || (congress && MEETING_VERBS.test(fold(lead))))) {
    facts.documentType = 'meeting-news';
  }
  // A page that lost its headline and lead, opening at who sat on the rostrum or how many members came (县上领导…在大会主席台前排就坐。 /
  // 本次大会应到委员186人…实到委员170人): news of the session, which the lines after name (审议通过了政协某县第九届委员会第三次会议议程).
  const sessionSeen = !facts.documentType && !facts.titleFromSource && salutation < 0 && texts.slice(0, 3).some((t) => SESSION_SEEN.test(fold(t)));
  if (sessionSeen) {
    facts.documentType = 'meeting-news';
    facts.meeting ??= texts.slice(0, 6).map(congressIn).find(Boolean);
  }
  // (A congress by its name alone: 备受瞩目的某州第十二届人民代表大会第一次会议 → 某州第十二届….)
  // (Not cut to the congress when another meeting is joined to it with 暨: 中国共产党某县第十三次代表大会第五次会议暨经济工作会议; nor
  // when the news is of its preparatory meeting, 某旗第十八届人民代表大会第四次会议预备会议召开: its readers name that.)
  facts.meeting ??=
    (held && !/暨/u.test(held) && !/预备会议$/u.test(fold(held)) ? congressIn(held) : undefined) ??
    held?.trim() ??
    (spoke && spokeLine ? groupAsWritten(spoke, 'meeting', spokeLine) : undefined) ??
    (spokeInLead ? groupAsWritten(spokeInLead, 'meeting', lead) : undefined) ??
    (facts.documentType === 'meeting-news' ? congress : undefined);
  // (From the item's first forty paragraphs: the resolution near its end names the session formally, 《政协第七届某县委员会第二次会议决议》.)
  if (facts.meeting && (facts.documentType === 'meeting-news' || facts.documentType === 'news' || facts.documentType === 'work-report')) facts.meeting = fullestName(facts.meeting, [headline, ...texts.slice(0, 40)]);
  // The headline names the meeting with its host when the lead leaves it out: 池州开发区2020年度工作会议强调 over 池州开发区召开2020年度工作会议.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = hostedName(facts.meeting, headline);
  // (Or the lead does, the headline saying who held it: 高新区召开拓园工作调度会 over 12月24日,高新区拓园工作调度会在…召开; the lead's
  // name perhaps fuller, the headline's shortened: 某县召开…和文明实践中心…工作会 over 某县…和新时代文明实践中心…工作会在…召开.)
  const heldWithHost = held?.trim();
  const hostFirst = heldWithHost && facts.meetingHost && fold(heldWithHost).startsWith(fold(facts.meetingHost)) ? fold(heldWithHost).slice(facts.meetingHost.length) : undefined;
  if (facts.meeting && heldWithHost && hostFirst && heldWithHost.length > facts.meeting.length && shortenedFrom(fold(facts.meeting), hostFirst)) facts.meeting = heldWithHost;
  // (Or the lead names the host more fully, its place before it: 常州经开区2018年度工作会议召开 under 经开区召开2018年度工作会议.)
  const hostAndName = facts.meeting && facts.meetingHost ? (fold(facts.meeting).startsWith(fold(facts.meetingHost)) ? '' : fold(facts.meetingHost)) + fold(facts.meeting) : undefined;
  if (hostAndName && heldWithHost && heldWithHost.length > hostAndName.length && fold(heldWithHost).endsWith(hostAndName)) facts.meeting = heldWithHost;
  // (Or the lead names it with its place before it, the headline saying who held it: 巢湖市2018年新春团拜会在…举行 under
  // 市委、市政府举行2018年新春团拜会; or with its year, 2021年下半年全市…开工仪式在某区举行 under 我市举行下半年全市…开工仪式.)
  const leadPrefix = facts.meeting && heldWithHost && heldWithHost.length > facts.meeting.length && fold(heldWithHost).endsWith(fold(facts.meeting)) ? fold(heldWithHost).slice(0, heldWithHost.length - facts.meeting.length) : undefined;
  if (leadPrefix && (namesOnePlace(leadPrefix) || /^(?:19|20)\d{2}年度?$/u.test(leadPrefix))) facts.meeting = heldWithHost!;
  // (Or the lead names a committee's plenum formally, the headline by its short name: 中共某市某区第二届委员会第五次全体(扩大)会议召开 over
  // 某区区委召开二届五次全会, the same term and plenum.)
  const formal = held ? FORMAL_PLENUM.exec(fold(held.trim())) : null;
  const short = facts.meeting && formal ? SHORT_PLENUM.exec(fold(facts.meeting)) : null;
  if (formal && short && formal.groups!.term === short.groups!.term && formal.groups!.plenum === short.groups!.plenum) facts.meeting = held!.trim();
  // (Or the lead names it by its reach where the headline says only who held it: 全县义务教育…推进会召开 under 我县召开义务教育…推进会.)
  const byReach = held ? /^全[省市县区州旗盟]/u.exec(fold(held.trim())) : null;
  if (facts.meeting && byReach && fold(held!.trim()).slice(byReach[0].length) === fold(facts.meeting)) facts.meeting = held!.trim();
  // A session's body met, or the session held a meeting of its own: 市八届人大五次会议国民经济和社会发展计划审查委员会召开会议.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = sessionBodyMeeting(facts.meeting, [leadLine, headline]);
  // Or names whose it is where the lead names its reach: 铜仁市卫生健康工作会议召开 over 全市卫生健康工作会议召开; or its host's
  // level, 西宁市政府召开常务会议 over 市政府常务会议.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = levelledName(placedOrganName(placedTermName(placedName(facts.meeting, headline), headline), headline), headline);
  // Or says its 会 in full where the lead shortens it: 我市市级统战工作会议召开 over 召开市级统战工作会.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = fullerInHeadline(saidInFull(facts.meeting, headline), headline);
  // The lead names it in full as it was convened: 主持召开中共某县委十一届十四次全会 under 县委十一届十四次全会召开.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = convenedName(facts.meeting, leadLine);
  // Or a kicker over the headline names it so: 某某在区委农村工作会议上强调 over the lead's 区委召开农村工作会议.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = kickerName(facts.meeting, texts.slice(0, 6));
  // Or a class the lead says was opened, whose ceremony the next lines name: …培训班在县委党校开班。 / 开班仪式上,….
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = classCeremony(facts.meeting, texts.slice(0, 6));
  // Or a session's preparatory meeting, which the lead says it held: 某县第十七届人民代表大会第一次会议召开预备会议.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = preparatoryMeeting(facts.meeting, leadLine);
  // Or the press conference the meeting held, named right after it: 省十三届人大三次会议召开首场新闻发布会.
  if (facts.meeting && facts.documentType === 'meeting-news') facts.meeting = pressConferenceOf(facts.meeting, [headline, leadText]);
  // A session named by its numbers alone, after the body that held it, in the lead or the headline: 外冈镇举行第五届人民代表大会第二次会议,
  // 市政协召开四届四十二次主席会议, 市十五届人大常委会举行第三十二次主任会议; or by its body's kind alone: 某某经开区召开党工委(扩大)会议;
  // or a study group's session, named by what it is alone: 市委理论学习中心组举行2023年度第二次集体学习.
  // Or a host below the county, whose meeting the archive's place fields cannot say: 宝山路街道召开2024年季度工作会议.
  const kept = facts.meeting && facts.meetingHost && facts.documentType === 'meeting-news' ? keptHost(facts.meeting, facts.meetingHost) : undefined;
  // (Two zones holding it together, the first before the host read: 某某經濟開發區、空港經濟開發區召開專題會議.)
  const hostHeld = kept ? new RegExp(`(?:(?<joint>\\p{sc=Han}{2,12}?(?:${BELOW_COUNTY}))、)?${escapeRegExp(fold(facts.meetingHost!))}(?:隆重|胜利|顺利)?(?:召开|举行|举办|开展)了?${escapeRegExp(fold(facts.meeting!))}`, 'du') : undefined;
  const heldIn = hostHeld ? [leadLine, headline].map((text) => ({ text, held: hostHeld.exec(fold(text)) })).find(({ held }) => held) : undefined;
  if (heldIn?.held && kept) {
    const [from, to] = heldIn.held.indices!.groups!.joint ?? [0, 0];
    facts.meeting = `${to > from ? `${heldIn.text.slice(from, to)}、` : ''}${withKeptHost(kept, facts.meeting!)}`;
  }

  if (facts.documentType === 'meeting-news') {
    // (Lines kept apart: a caption's words must not run into the next line's office.)
    if (facts.speakers.length === 0) facts.speakers.push(...reportedSpeakers(texts.slice(0, 4).join('\n')));
    // Who spoke, with the office the lead gives him: 昨日，市委常委、某区党工委书记张某在……会议上强调.
    if (facts.speakers.length === 0 && spoke && spokeLine) facts.speakers.push(...spokenBy(groupAsWritten(spoke, 'who', spokeLine)!, leadLine));
    if (facts.speakers.length === 0 && spokeInLead) facts.speakers.push(...spokenBy(groupAsWritten(spokeInLead, 'who', lead)!, leadLine));
    // 党工委书记、管委会主任某某出席会议并讲话: who spoke at the meeting the lead reports.
    if (facts.speakers.length === 0) facts.speakers.push(...addressedBy(leadLine));
    const leadIndex = sentences.indexOf(leadLine);
    // 县委副书记、代县长某某参加人大第一代表团审议: who joined a delegation's deliberation, as the headline or the lead says.
    const joiner = facts.speakers.length === 0 ? [headline, leadLine].map((t) => delegationJoiner(t, leadLine)).find(Boolean) : undefined;
    if (joiner) facts.speakers.push(joiner);
    // (Or in the two lines after the lead's: …胜利闭幕。 / 县委书记某某在闭幕式上讲话。)
    const afterLead = sentences.slice(leadIndex + 1, leadIndex + 3);
    if (facts.speakers.length === 0) facts.speakers.push(...(afterLead.map((sentence) => addressedBy(sentence)).find((found) => found.length > 0) ?? []));
    // A deck under the headline, or run into it: 某某出席并讲话 某某主持并讲话 某某等出席.
    if (facts.speakers.length === 0) facts.speakers.push(...deckSpeakers([titleRead ?? '', facts.pageHeadline ?? '', ...texts.slice(0, 3)]));
    // (Or the chair, 会议由县长某某主持, whom the item quotes: 某某强调,….)
    // (Whoever else spoke: his remarks follow the reports, 会上,乡党委书记某某指出.)
    // (As written, 繁體 perhaps: he may be named again elsewhere.)
    const chairedBy = texts.slice(0, 6).map((text) => {
      const found = CHAIRED_BY.exec(fold(text));
      if (found) return groupAsWritten(found, 'who', text);
      const opening = PRESIDED_SENTENCE.exec(fold(text.trim()));
      return opening ? groupAsWritten(opening, 'who', text.trim()) : undefined;
    }).find(Boolean);
    const chair = chairedBy ? spokenBy(chairedBy, chairedBy) : [];
    const chairQuoted = chair.length === 1 && chair[0].name && COMMON_SURNAMES.test(fold(chair[0].name)) && chairSpoke(chair[0].name, '', texts.slice(0, 12));
    if (chairQuoted && facts.speakers.length === 0) facts.speakers.push(chair[0]);
    // The one the lead names with his office whose words a paragraph after it opens with: 市委常委、副市长某某出席。 / 某某指出，….
    // (The lead's whole paragraph: its first sentence may only say when and where.)
    const leadAt = texts.findIndex((t) => t.includes(leadLine.trim()));
    const leadParagraph = texts[leadAt] ?? leadLine;
    const spokeNext = facts.speakers.length === 0 ? texts.slice(leadAt + 1, leadAt + 4).map((t) => SPOKE_NEXT.exec(fold(t).trim())?.[1]).find(Boolean) : undefined;
    // (A surname's name: not 会议强调, 报告指出.)
    const attended = spokeNext && COMMON_SURNAMES.test(spokeNext) ? reportedOffice(leadParagraph, spokeNext) : undefined;
    const namedAt = spokeNext ? fold(leadParagraph).indexOf(spokeNext) : -1;
    if (attended && namedAt >= 0) facts.speakers.push({ name: leadParagraph.slice(namedAt, namedAt + spokeNext!.length), office: attended });
    // Deeper in the report: 在热烈的掌声中，代理州长某某代表州人民政府向大会报告政府工作.
    // (Its first sentences, however many photo lines stand between them.)
    const deeper = texts.slice(4).filter((t) => /[。！？!?]/u.test(t)).slice(0, 12);
    if (facts.speakers.length === 0) facts.speakers.push(...reportedSpeakers(deeper.join('\n')).slice(0, 1));
    // (Or named bare there, on behalf of the body he reports for: 根据会议议程，某某代表某区人民政府向大会作工作报告; his office as the item lists it.)
    if (facts.speakers.length === 0) {
      facts.speakers.push(...reportersForBody(deeper.join('\n')).slice(0, 1));
      giveListedOffices(facts.speakers, texts.slice(0, 12), titleRead);
    }
    // Or who spoke there, the first named so: 赵某某在会上做重要讲话.
    if (facts.speakers.length === 0 && facts.documentType === 'meeting-news') facts.speakers.push(...(deeper.map((text) => addressedBy(text, true)).find((found) => found.length > 0) ?? []));
    // Or the officials the lead names whose remarks the item quotes: 县委书记某某出席。/ 某某强调，….
    if (facts.speakers.length === 0) facts.speakers.push(...remarkedIn(leadParagraph, texts.slice(0, 12)));
    // Or the official the headline says stressed something (某某强调:以高质量基层党建引领…), his office as the item lists it.
    const stressedBy = facts.speakers.length === 0 && facts.documentType === 'meeting-news' ? /^(\p{sc=Han}{2,3})(?:强调|指出|要求)[:：]/u.exec(fold(headline)) : null;
    if (stressedBy && COMMON_SURNAMES.test(stressedBy[1])) {
      facts.speakers.push({ name: headline.slice(0, stressedBy[1].length) });
      giveListedOffices(facts.speakers, texts.slice(0, 12), titleRead);
    }
    // Or the official whose remarks a paragraph gives at the sitting: 闭幕式上,县委书记某某对…给予了充分肯定。他说,….
    if (facts.speakers.length === 0 && facts.documentType === 'meeting-news') {
      for (const text of texts.slice(leadAt + 1, leadAt + 30)) {
        const speaker = remarksAtSitting(text);
        if (speaker) {
          facts.speakers.push(speaker);
          break;
        }
      }
    }
    // Failing an office anywhere, a caption's name alone: 某某作政府工作报告.
    if (facts.speakers.length === 0) facts.speakers.push(...reportedSpeakers([facts.title ?? '', ...texts.slice(0, 4)].join('\n'), true).slice(0, 1));
    // Or, as recent news names no one, the leader by his body's place alone: 会上,鼓楼区委主要负责同志说.
    const unnamedLeader = facts.speakers.length === 0 ? texts.slice(0, 12).map((text) => ({ text, found: UNNAMED_LEADER_SPOKE.exec(fold(text)) })).find(({ found }) => found) : undefined;
    if (unnamedLeader?.found) facts.speakers.push({ office: groupAsWritten(unnamedLeader.found, 'office', unnamedLeader.text)! });
    // Besides whoever was found so, every other who spoke there, as the lead and the five paragraphs after it say (市委书记某某出席会议并讲话，
    // 市长某某作工作报告; 区委书记某某出席并讲话。 / 区长某某主持并作具体安排。; 某某在仪式上作了致辞).
    // (A paragraph giving one's remarks, 某某在讲话中指出,…, past its first sentence is his words: whom they say spoke, spoke at another sitting.)
    const aroundLead = sentences.slice(Math.max(leadIndex, 0), leadIndex + 6).map((sentence) => (SPOKE_NEXT.test(fold(sentence).trim()) ? sentence.split(/(?<=[。！？])/u)[0] : sentence));
    for (const speaker of aroundLead.flatMap((sentence) => addressedBy(sentence, true))) addOnce(facts.speakers, speaker);
    // And who gave a report there, with his office: 省政协副主席某某作关于提案工作情况的报告, 州人民检察院检察长某某向大会报告….
    for (const speaker of aroundLead.flatMap((sentence) => reportedSpeakers(sentence))) addOnce(facts.speakers, speaker);
    // (And who gave the further reports a sitting heard, each in a paragraph opening with his name, his office perhaps before it:
    // 某某作了市中级人民法院工作报告。, 县人民法院院长某某作某县人民法院工作报告，县人民检察院检察长某某作….)
    if (facts.speakers.length > 0) for (const text of texts.slice(0, 30)) if (FURTHER_REPORT.test(fold(text.trim()))) for (const speaker of reportedSpeakers(text.trim(), true)) addOnce(facts.speakers, speaker);
    // And who reported there on behalf of a body, named bare: 某某代表中共某县第十五届委员会所作的报告.
    for (const speaker of aroundLead.flatMap(reportersForBody)) addOnce(facts.speakers, speaker);
    // And those listed as each having spoken or arranged the work: 会上，施某某、王某某、黎某分别做工作安排.
    for (const speaker of aroundLead.flatMap(eachSpoke)) addOnce(facts.speakers, speaker);
    // And at a press conference, who briefed or answered there: 市委新闻发言人某某就…作主发布, 局长某某,局长某某先后回答记者提问.
    if (facts.meeting && PRESS_CONFERENCE_MEETING.test(fold(facts.meeting))) for (const speaker of aroundLead.flatMap(pressBriefers)) addOnce(facts.speakers, speaker);
    // And who the headline's deck over the lead says spoke (县委书记、县人大常委会主任某某出席会议并讲话县政协主席某某作工作报告).
    // (And who it says reported there, named bare, his office as the item lists it: 某某作常委会工作报告 某某主持 某某作提案工作报告.)
    const spokeIn = (line: string) => [...addressedBy(line), ...reportedSpeakers(line, true).filter((speaker) => speaker.name && COMMON_SURNAMES.test(fold(speaker.name)))];
    const deck = [titleRead ?? '', ...texts.slice(0, Math.max(leadAt, 0))].filter((t) => !/[。，,]/u.test(t));
    for (const speaker of deck.flatMap(spokeIn)) addOnce(facts.speakers, speaker);
    // (Or a photo's caption without brackets below the lead, a short line with no stop: 县委书记某某作第九届县委工作报告, 某某代表市政协常委会向大会作工作报告.)
    const captions = texts.slice(Math.max(leadAt, 0) + 1, 40).filter((t) => t.length <= 40 && !/[。，,；;：:！？]/u.test(t));
    for (const speaker of captions.flatMap(spokeIn)) addOnce(facts.speakers, speaker);
    // (Or one the page's chrome took off for its photographer's credit, read without it as a headline is (PHOTO_MARK): 市委常委、县委书记
    // 某某讲话(某某 摄).)
    const credited = draft.lines.slice(0, 60).flatMap((line) => (line.disposition.kind === 'removed' && line.disposition.reason === PHOTO_CREDIT_REASON ? [line.text.trim().replace(PHOTO_MARK, '')] : []));
    for (const speaker of credited.filter((t) => t.length <= 40 && !/[。，,；;：:！？()（）]/u.test(t)).flatMap(spokeIn)) addOnce(facts.speakers, speaker);
    // And the officials the lead names whose remarks the item quotes, a chair's among them (县委常委某某主持会议。/ 某某要求,…).
    for (const speaker of remarkedIn(leadParagraph, texts.slice(0, 12))) addOnce(facts.speakers, speaker);
    // (Or the paragraph after it that lists who attended, a photo's caption perhaps between: 市委书记某某,…等市领导出席会议。/ 某某讲话中指出,….)
    const attendance = texts.slice(leadAt + 1, leadAt + 4).find((t) => ATTENDANCE_PARAGRAPH.test(fold(t).trim()));
    for (const speaker of attendance ? remarkedIn(attendance, texts.slice(0, 12)) : []) addOnce(facts.speakers, speaker);
    // (Or those it lists by their level alone: 县领导某某、某某参加。/ 县委书记某某表示,….)
    for (const speaker of listedLeadersRemarked(leadParagraph, texts.slice(0, 12))) addOnce(facts.speakers, speaker);
    if (chairQuoted) addOnce(facts.speakers, chair[0]);
    // And who a photo's caption in brackets says reported or spoke there: (某某同志作《政府工作报告》), (新当选镇长某某发言).
    for (const text of texts.slice(0, 40)) {
      const written = text.trim();
      const caption = CAPTION_SPOKE.exec(fold(written));
      if (!caption?.groups || !COMMON_SURNAMES.test(caption.groups.name)) continue;
      const office = groupAsWritten(caption, 'office', written);
      const name = groupAsWritten(caption, 'name', written)!;
      const known = facts.speakers.find((speaker) => speaker.name === name);
      if (known) known.office ??= office;
      else facts.speakers.push(office ? { name, office } : { name });
    }
    // The office the item gives a speaker it names bare (张某某代表…常委会向大会作工作报告), where it lists him with it: 省政协主席张某某.
    giveListedOffices(facts.speakers, texts.slice(0, 12), titleRead);
    // (Or the office the session elected him to, for one named bare: 选举朱某某为县十六届人大常委会主任 … 朱某某在讲话时说.)
    const firstLines = texts.slice(0, 12).join('\n');
    for (const speaker of facts.speakers) if (speaker.name && !speaker.office) speaker.office = officeElectedTo(speaker.name, [firstLines]);
    // The fuller office the item gives the same person elsewhere, his posts listed: 市委副书记、市长黄炳昊 for 市长黄炳昊.
    for (const speaker of facts.speakers) {
      if (!speaker.name || !speaker.office) continue;
      // (Each listed item an office itself, not another person's name: 张某、市长某某 is two people.)
      // (A standing committee's member among them: 区委常委、副区长某某.)
      const posts = new RegExp(`((?:\\p{sc=Han}{0,12}?(?:${OFFICE_ENDING}|(?<=[省市县区州旗盟]委)常委)、)+)${escapeRegExp(speaker.office)}${escapeRegExp(speaker.name)}`, 'u').exec(firstLines);
      // (Not a deputy's seat listed before them: 市人大代表、市人大常委会副主任.)
      if (posts) speaker.office = officeStart(`${posts[1]}${speaker.office}`);
      // (Or his government named before the same office: 州人民政府代理州长某某 for a caption's 代理州长某某.)
      const organ = posts ? null : new RegExp(`(?<![\\p{sc=Han}、])(\\p{sc=Han}{1,8}?人民政府)${escapeRegExp(speaker.office)}${escapeRegExp(speaker.name)}`, 'u').exec(firstLines);
      // (Where the organ starts: not the clause's words before it, 会议听取了县人民政府县长某某.)
      if (organ) speaker.office = officeStart(`${organ[1]}${speaker.office}`);
      // (Or his place named before an office of its level: 雙牌縣委書記蘇小康 for the lead's 縣委書記蘇小康, where the gazetteer knows 双牌县.)
      // (Or its deputy's or acting head's: 大庆副市长安庆华 for 副市长安庆华.)
      const level = /^(?:常务)?[副代]?([省市县縣区區州旗盟])/u.exec(speaker.office)?.[1];
      const placed = posts || organ || !level ? null : new RegExp(`(?<![\\p{sc=Han}、])(\\p{sc=Han}{2,4}?)${escapeRegExp(speaker.office)}${escapeRegExp(speaker.name)}`, 'u').exec(firstLines);
      if (placed && level && divisionsNamed(fold(`${placed[1]}${level}`)).length > 0) speaker.office = `${placed[1]}${speaker.office}`;
      // (Or the level an organ's office goes without: 县政协主席胡建忠 for the lead's 政协主席胡建忠讲话.)
      const leveled = posts || organ || placed || !/^(?:政协|政協|人大)/u.test(speaker.office) ? null : new RegExp(`(?<![\\p{sc=Han}、])(自治区|自治州|自治县|[省市县縣区區州旗盟])${escapeRegExp(speaker.office)}${escapeRegExp(speaker.name)}`, 'u').exec(firstLines);
      if (leveled) speaker.office = `${leveled[1]}${speaker.office}`;
    }
    // A day printed over a news item (- 2012年04月16日 / 来源:某报) is the page's when its lead dates the meeting apart (本报4月15日讯……15日上午);
    // so is one the page's own edition line repeats (2025年3月7日 / … / 《某某日报》(2025年3月7日) 01版 / 3月6日,…召开).
    const printedDay = facts.headerDate && (!facts.published || facts.published.slice(0, 10) === facts.headerDate) ? meetingDay(leadLine, facts.headerDate) : undefined;
    if (printedDay && printedDay.iso !== facts.headerDate) {
      facts.published = facts.headerDate;
      inferDelivered(facts, printedDay.iso, printedDay.evidence);
    }
    // 2008年1月16日上午9时，……会议在……开幕: the lead's own date.
    const stated = findDates(lead)[0];
    // (Unless the day the lead opens with is the page's, and the lead counts from it: 2013.02.21 昨日上午，…召开.)
    const countedFrom = stated && stated.start <= 2 && /^\s*(?:昨日|昨天|今日|今天)/u.test(fold(lead.slice(stated.end))) ? stated : undefined;
    if (countedFrom && !facts.headerDate && !facts.published) {
      facts.published = countedFrom.iso.slice(0, 10);
      const day = meetingDay(lead.slice(countedFrom.end), facts.published);
      if (day) {
        inferDelivered(facts, day.iso, day.evidence);
      }
    }
    // (Or stands between the meeting and its 举行: 中国共产党某市第十一届委员会第十四次全体会议于2016年9月23日在某地举行.)
    const heldOn = stated && heldInLead && stated.start >= heldInLead.index + heldInLead.groups!.meeting.length && stated.end <= heldInLead.index + heldInLead[0].length;
    // (Or follows who held it: 某某市于2018年7月5日下午3时,召开全市…会议.)
    const heldBy = stated && /^\p{sc=Han}{2,16}于\s*$/u.test(fold(lead.slice(0, stated.start))) && /^[^。]{0,40}?(?:召开|举行|开幕|闭幕)/u.test(fold(lead.slice(stated.end)));
    // (Or opens the clause that holds it, after one on what it is for: 为了进一步…,推动…,2021年3月25日,某镇召开….)
    const afterPurpose = stated && /^为[^。]{4,80}[,，]\s*$/u.test(fold(lead.slice(0, stated.start))) && /^(?:[上下]午|晚)?[,，]?[^。,，]{2,20}?(?:召开|举行)/u.test(fold(lead.slice(stated.end)));
    if (!facts.headerDate && stated && (stated.start <= 2 || heldOn || heldBy || afterPurpose)) facts.headerDate = stated.iso.slice(0, 10);
    // (Or the day a lead that opens on a quotation then says it was, at the meeting QUOTED_AT_MEETING read: ……场面热烈。这是2016年
    // 11月17日下午,某县纪委组织召开的…大会上….)
    const sceneDay = facts.headerDate || !quotedAt ? undefined : findDates(quotedAt.groups!.scene)[0];
    if (sceneDay && sceneDay.start === 0) facts.headerDate = sceneDay.iso.slice(0, 10);
    if (!facts.headerDate) {
      const item = texts.slice(0, 30).join('\n');
      // (The day of the sentence that holds the meeting, where the lead's first tells on its own day what led to it: 5月16日下午,
      // 总书记…考察。5月18日晚,区委书记某某主持召开…会议.)
      const heldOnItsDay = dayNext && /^\s*\d{1,2}月\d{1,2}日/u.test(lead) ? lead : leadLine;
      const onPage = meetingDay(heldOnItsDay, facts.published);
      const ofNamedYear = dayOfNamedYear(lead, facts.meeting, facts.title, item, leadLine);
      // (A meeting named by its year on a page put up in a later one, a repost's: the year it is named for, 6月28日,…举行2005年
      // 荔枝联谊会 on a page of 2010.)
      // (Or one whose reports review a year, on a page put up in a year after the one that makes it: 3月21日,某镇第五届人民代表大会第五次
      // 会议…召开 … 报告…总结了2014年…, on a page of 2017, is of 2015.)
      const ofReviewedYear = dayOfReviewedYear(lead, item, facts.meeting, leadLine);
      const reposted = onPage && [ofNamedYear, ofReviewedYear].find((day) => day && day.iso.slice(0, 4) < onPage.iso.slice(0, 4));
      const day = reposted ?? onPage ?? dayBeforeSetDate(lead) ?? ofNamedYear ?? dayBeforeFestival(lead) ?? ofReviewedYear ?? dayOfNationalSession(lead, facts.meeting, leadLine) ?? dayAfterNationalSession(lead, item) ?? dayAfterConveyedEvent(lead);
      if (day) {
        inferDelivered(facts, day.iso, day.evidence);
      }
    }
  }

  // A wire's lead over a work report it prints, summed up or whole: 某某13日上午向…会议作最高人民法院工作报告。摘要如下：.
  if (facts.documentType === 'meeting-news' && texts.slice(0, 4).some((text) => REPORT_FOLLOWS.test(fold(text)))) facts.documentType = 'work-report';
  // A report's photo caption over its opening: 市长某某作政府工作报告。记者 某某 摄.
  if (facts.documentType === 'work-report' && facts.speakers.length === 0 && salutation > 0) {
    // (A photo caption's name alone counts: 某某作工作报告。 记者 某某 摄.)
    facts.speakers.push(...reportedSpeakers(overSalutationText, true).slice(0, 1));
  }
  // Or a summary's opening line saying who gave it, for his body, named bare (某某代表政协第十一届南宁市委员会常务委员会向大会作工作报告).
  if (facts.documentType === 'work-report' && facts.speakers.length === 0) facts.speakers.push(...texts.slice(0, 3).flatMap(reportersForBody).slice(0, 1));
  // (Given the day its lead says the congress opened and heard it, the page's date giving the year: …——某某代表中国共产党某省第十届委员会
  // 所作报告摘要 / 11月26日上午,中国共产党某省第十一次代表大会在福州隆重开幕。某某同志代表…向大会作了…的报告.)
  const datedByLead = facts.documentType === 'work-report' && !facts.headerDate && facts.published !== undefined;
  const reportedOn = datedByLead ? texts.slice(0, 5).filter((text) => reportersForBody(text).length > 0).map((text) => meetingDay(text, facts.published)).find(Boolean) : undefined;
  if (reportedOn) inferDelivered(facts, reportedOn.iso, reportedOn.evidence);
  // A report's introduction over its opening, dated, saying a report is given: 2010年3月5日9时，…举行开幕会，听取国务院总理某某作政府工作报告.
  const introduction = facts.documentType === 'work-report' && !facts.headerDate ? overSalutationText : '';
  const introductionDate = findDates(introduction)[0];
  if (introductionDate && introductionDate.start <= 2 && /(?:作|做)[^。]{0,40}报告/u.test(fold(introduction))) facts.headerDate = introductionDate.iso.slice(0, 10);
  // 我代表第五届市人民政府，向市第六届人民代表大会第一次会议报告: the session the opening names.
  const addressed = /向(.{4,40}?会议)(?:报告|作)/u.exec(fold(opening.split('。')[0]));
  if (facts.documentType === 'work-report' && !facts.meeting && addressed) {
    const at = addressed.index + 1;
    const named = opening.slice(at, at + addressed[1].length);
    // (Or a congress's working committee's meeting, as a prefecture's report is given to: 向地区人大工委2011年第一次会议作工作报告.)
    facts.meeting = congressIn(named) ?? (/^\p{sc=Han}{0,8}人大(?:工委|工作委员会)\d{4}年第[一二三四五六七八九十\d]+次会议$/u.test(fold(named)) ? named : undefined);
  }
  // (Or a line over the salutation naming it in brackets after the report's kind, undated: 政府工作报告(第十七届人民代表大会第三次会议).)
  const sessionInBrackets = facts.documentType === 'work-report' && !facts.meeting ? overSalutation.map((t) => /^[^()（）]{2,30}?报告\s*[（(]([^()（）]{4,40})[）)]$/u.exec(t.trim())).find(Boolean) : undefined;
  if (sessionInBrackets) facts.meeting = congressIn(sessionInBrackets[1]);
  if (!facts.documentType && texts.some((t) => SALUTATION_START.test(fold(t)) || GUESTS_SALUTED.test(fold(t)))) facts.documentType = 'speech';
  // (Or, its header and salutation lost, one opening in the first person at its meeting: 今天,我们在这里召开全区…分析会,….)
  // (Or saying, in its first paragraph, why this meeting was called: 省委召开这次全会暨工作会议,就是要….)
  const headless = !facts.documentType && salutation < 0 && texts.length > 0 && (CONVENING_US.test(fold(texts[0])) || THIS_MEETING_PURPOSE.test(fold(texts[0])));
  if (headless) facts.documentType = 'speech';
  // (Or a new head's thanks on taking office: 非常感谢大家对我的信任，选举我担任某市新一任市长: his office, and the place he speaks for.)
  // (His own words, not a report quoting them: ……掌声。“今天各位代表再次选举我担任某市市长，……”某某说.)
  const insideQuotes = (before: string) => (before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0);
  const readElection = (text: string) => {
    const folded = fold(text);
    return { text, folded, found: ELECTED_TO.exec(folded) };
  };
  // (Its title perhaps naming it a speech already: 在市十六届人大第一次会议闭幕式上的讲话.)
  const election = !facts.documentType || (facts.documentType === 'speech' && facts.speakers.length === 0) ? texts.slice(0, 3).map(readElection).find(({ folded, found }) => found && !insideQuotes(folded.slice(0, found.index))) : undefined;
  const electedLine = election?.text;
  const elected = election?.found;
  if (elected?.groups) {
    facts.documentType = 'speech';
    const place = groupAsWritten(elected, 'place', electedLine!)!;
    // (The office as he says it, its government named: 某市人民政府市长.)
    const office = groupAsWritten(elected, 'office', electedLine!)!;
    if (facts.speakers.length === 0) facts.speakers.push({ office: elected.groups.government ? `${place}${groupAsWritten(elected, 'government', electedLine!)}${office}` : office });
    facts.reportingBody ??= place;
  }
  // A text that opens at its first section, the year's review (一、2013年工作回顾): a government's work report, inferred.
  const review = !facts.documentType ? texts.slice(0, 3).find((t) => REVIEW_HEADING.test(fold(t))) : undefined;
  if (review) {
    facts.documentType = 'work-report';
    facts.inferred.push({ field: 'documentType', evidence: `原文未写文种，开头即是第一部分“${review.trim()}”，为政府工作报告的体例，据此推定。` });
  }
  // A party committee's report to its party congress (——在中国共产党某市第十三次代表大会上的报告): an address, not a work report,
  // which is given to a people's congress or a political consultative conference; a 纪委工作报告 titled so stays one.
  // (Or the title names it, or the opening says a party committee reports: 我代表中国共产党某市第九届委员会向大会作报告.)
  const partyCongress = [facts.meeting, facts.titleFromSource ? facts.title : undefined].some((name) => name && PARTY_CONGRESS.test(fold(name)) && !/人民代表大会|人大/u.test(fold(name)));
  const partyReporting = /^(?:中国共产党|中共)\p{sc=Han}{2,16}?委员会$|^\p{sc=Han}{1,12}?[省市县区]委$/u.test(reporting?.groups?.body ?? '');
  if (facts.documentType === 'work-report' && (partyCongress || partyReporting) && !(facts.titleFromSource && /工作报告/u.test(fold(facts.title ?? '')))) facts.documentType = 'speech';
  // A head of government's address to his people's congress in session, 各位代表 (——1985年3月27日在第六届全国人民代表大会第三次会议上 /
  // 国务院总理某某), its dateline naming no kind: the government's work report.
  const toCongress = facts.meeting && /人民代表大会第|人大\p{sc=Han}{0,3}次会议/u.test(fold(facts.meeting)) && !/常务委员会|常委会/u.test(fold(facts.meeting));
  const headOfGovernment = facts.speakers.length === 1 && HEADS_GOVERNMENT.test(fold(facts.speakers[0].office ?? ''));
  // (Not one whose title names it a speech: 市长某某在市十五届人大一次会议结束时的讲话.)
  const titledSpeech = facts.titleFromSource && facts.title !== undefined && titleType(facts.title) === 'speech';
  if (facts.documentType === 'speech' && !facts.addressKind && !titledSpeech && toCongress && headOfGovernment && /^各位代表/u.test(fold(texts[salutation] ?? ''))) facts.documentType = 'work-report';
  // 各位委员：……第八届委员会第一次会议……就要胜利闭幕了: the session a speech opens or closes, named in its first sentence.
  const firstSentence = opening.split('。')[0];
  if (facts.documentType === 'speech' && !facts.meeting && salutation >= 0 && /开幕|闭幕/u.test(fold(firstSentence))) facts.meeting = congressIn(firstSentence);
  // 同志们：今天，我们在这里召开全县三级干部大会暨经济工作会议: the meeting a speech's first sentences say is being held.
  const openingSentences = opening.split('。').slice(0, 3).join('。');
  const convening = facts.documentType === 'speech' && !facts.meeting && (salutation >= 0 || headless) ? (CONVENED_HERE.exec(fold(openingSentences)) ?? THIS_MEETING.exec(fold(openingSentences)) ?? OPENS_TODAY.exec(fold(openingSentences)) ?? CONVENED_FOR.exec(fold(openingSentences))) : null;
  if (convening?.groups) facts.meeting = groupAsWritten(convening, convening.groups.meeting ? 'meeting' : convening.groups.meeting2 ? 'meeting2' : convening.groups.held ? 'held' : 'opened', openingSentences);
  // (A speech's title names its session in short more often than its opening words do: 在区政协十四届五次会议开幕式上的讲话.)
  if (facts.meeting && facts.documentType === 'speech') facts.meeting = fullestName(facts.meeting, [headline, ...texts.slice(0, 10)]);
  // (Or names it with its place: 经济开发区建设工作会议上的讲话 / 今天……召开吉凤经济开发区建设工作会议.)
  if (facts.meeting && facts.documentType === 'speech') facts.meeting = convenedName(facts.meeting, opening);
  // (Or names the session in full where the title names only its body: 在市政协会议开幕大会上的讲话 / 隆重召开政协安阳市第十二届委员会第三次会议.)
  if (facts.meeting && facts.documentType === 'speech') facts.meeting = sessionOpened(facts.meeting, openingSentences);
  // 我谨代表金山区人民政府，向全区人民……: the body a speech's opening speaks for, as written (a source of the place).
  // (In its first paragraphs, after a welcome perhaps: 大家上午好。…我受市委书记的委托,代表中共某市委….)
  const openingParagraphs = texts.slice(Math.max(0, salutation), Math.max(0, salutation) + 5).join('');
  // 现在，我代表中共某某区第三届委员会向大会作报告。 / 中国共产党某某区第四次代表大会，是…: the party congress a committee's report
  // is given to, as its first paragraphs name it, where nothing else named the meeting.
  const toPartyCongress = facts.documentType === 'speech' && !facts.meeting && /(?:中共|中国共产党)\p{sc=Han}{2,24}?委员会向大会(?:作|做)?报告/u.test(fold(opening)) ? PARTY_CONGRESS_NAMED.exec(fold(openingParagraphs)) : null;
  if (toPartyCongress) facts.meeting = openingParagraphs.slice(toPartyCongress.index, toPartyCongress.index + toPartyCongress[0].length);
  const speaksFor = facts.documentType === 'speech' && !facts.reportingBody ? SPEAKS_FOR.exec(fold(openingParagraphs)) : null;
  if (speaksFor?.groups) facts.reportingBody = openingParagraphs.slice(speaksFor.index + speaksFor[0].length - speaksFor.groups.body.length, speaksFor.index + speaksFor[0].length);
  // A speech whose title opens with its giver, his office and name before a colon (市委书记某某:万亿之城再出发 万众一心创未来).
  const titledBy = facts.documentType === 'speech' && facts.speakers.length === 0 && facts.titleFromSource ? /^([^:：]{4,20})[:：]/u.exec(facts.title ?? '') : null;
  const giverInTitle = titledBy ? parseOfficeLine(titledBy[1]) : undefined;
  if (giverInTitle?.name && giverInTitle.office) facts.speakers.push({ name: giverInTitle.name, office: giverInTitle.office });
  // A speech signed at its end by its giver, his office and name alone on its last line (…芝麻开花节节高! / 中共江西省委书记 某某).
  if (facts.documentType === 'speech' && facts.speakers.length === 0) {
    const signed = texts.slice(-2).reverse().map((text) => parseOfficeLine(text)).find((speaker) => speaker?.name && speaker.office);
    if (signed) facts.speakers.push({ name: signed.name, office: signed.office });
  }
  // A speech's photo caption over its salutation: 2月18日下午，某某在闭幕会上讲话。记者 某某 摄.
  if (facts.documentType === 'speech' && facts.speakers.length === 0 && salutation > 0) {
    const captionLine = overSalutation.find((t) => CAPTIONED_SPEECH.test(fold(t)));
    // (The name as written: the caption is matched folded, 繁體 as simplified.)
    const caption = captionLine ? CAPTIONED_SPEECH.exec(fold(captionLine)) : null;
    const name = caption ? groupAsWritten(caption, 'name', captionLine!) : undefined;
    // (A surname's name: not a model-essay site's question, 如何在政协大会闭幕式上讲话?)
    if (name && COMMON_SURNAMES.test(fold(name))) facts.speakers.push({ name });
  }
  // An official's visit, inspection or reception in the news (1月23日，县委书记某某带领…深入…调研。/ 某某强调): news of what he said
  // there, a reception news of a meeting, dated by its lead.
  const activity = !facts.documentType && !leadAfterSalutation ? OFFICIAL_ACTIVITY.exec(fold(leadText)) : null;
  const remarked = activity ? remarkedIn(leadText.slice(0, activity.index), texts.slice(0, 12), activity[0] === '会见') : [];
  // (Or the lead says he spoke there, right after the visit it tells of: 市委书记某某率队调研…建设情况，强调要….)
  if (activity && remarked.length === 0 && SPOKE_ON_VISIT.test(fold(leadText).slice(activity.index))) remarked.push(...remarkedIn(leadText.slice(0, activity.index), [], false, true).slice(0, 1));
  // (Or the lecture's giver, whether or not the item quotes him: 县委书记某某以《…》为题，为全县党员干部讲专题党课.)
  if (activity && remarked.length === 0 && /党课|宣讲/u.test(activity[0])) remarked.push(...addressedBy(leadText).slice(0, 1));
  if (activity && remarked.length === 0 && /报告/u.test(activity[0])) remarked.push(...reportedSpeakers(leadText).slice(0, 1));
  // (Or of the leaders it lists by their level alone, those the item quotes: 县领导某某、某某等…走访慰问部队 / 某某要求….)
  if (activity && remarked.length === 0) remarked.push(...listedLeadersRemarked(leadText.slice(0, activity.index), texts.slice(0, 12)));
  if (remarked.length > 0) {
    // (A visit that sat down with those visited, its lead saying so, 出席座谈会, or a paragraph after it, 在(随后召开的)座谈会上, is news of that meeting.)
    const satDown = /座谈会/u.test(fold(leadText)) || texts.slice(0, 6).some((text) => /^(?:在)?(?:随后(?:召开|举行)的)?座谈会上/u.test(fold(text).trim()));
    facts.documentType = activity![0] === '会见' || satDown ? 'meeting-news' : 'news';
    facts.datedByRemarks = true;
    if (VISITED_OWN.test(fold(leadText))) facts.speakersVisiting = true;
    if (facts.speakers.length === 0) facts.speakers.push(...remarked);
    // (And whom the lead says spoke there too: 县委副书记某某参加调研并讲话.)
    for (const speaker of addressedBy(leadText.slice(activity!.index))) addOnce(facts.speakers, speaker);
    // (The lead's own date when it opens with one, else its month and day in the page's year.)
    const stated = findDates(lead)[0];
    if (!facts.headerDate && stated && stated.start <= 2) facts.headerDate = stated.iso.slice(0, 10);
    const day = facts.headerDate ? undefined : meetingDay(leadLine, facts.published);
    if (day) {
      inferDelivered(facts, day.iso, day.evidence);
    }
  }
  // (Or quoting no one: news of the visit all the same, dated by its lead's day: 7月26日上午,县委常委某某…一行到…进行走访慰问.)
  if (activity && remarked.length === 0 && !facts.documentType && !facts.headerDate && LEAD_MONTH_DAY.test(fold(leadText))) {
    facts.documentType = 'news';
    facts.datedByRemarks = true;
    const day = meetingDay(leadLine, facts.published);
    if (day) {
      inferDelivered(facts, day.iso, day.evidence);
    }
  }
  if (!facts.documentType && (facts.reporters.length > 0 || facts.publisher)) facts.documentType = 'news';

  // The year a report looks back on: its section 一、2023年工作回顾 (not 过去五年, which spans several).
  for (const text of texts) {
    const reviewed = REVIEW_HEADING.exec(fold(text));
    if (reviewed) {
      facts.reviewed ??= reviewed[1];
      break;
    }
  }
  const broken = !facts.headerDate && facts.brokenDay ? brokenDayRead(facts.brokenDay, facts.published, facts.reviewed) : undefined;
  if (broken) {
    inferDelivered(facts, broken.iso, broken.evidence);
  }

  // A model-text site's speech titled with its giver's office in brackets after it, naming no one: 运动会开幕词(副市长).
  const officeAfterTitle = facts.documentType === 'speech' && facts.speakers.length === 0 && facts.title ? /[（(](?<office>[^()（）]{2,12})[）)]$/du.exec(fold(facts.title)) : null;
  if (officeAfterTitle && OFFICE_ALONE.test(officeAfterTitle.groups!.office)) facts.speakers.push({ office: groupAsWritten(officeAfterTitle, 'office', facts.title!)! });
  // A lone speaker's office as he names it himself: 请允许我以广州市市长的身份, 大会选举我担任某市人民政府市长.
  if (facts.documentType === 'speech') ownOffice(facts.speakers, opening);

  // A speech's giver named with its day in brackets after his name, a flattened header run on (…市委书记 某某(2026 年 2 月 25 日)同志们:…):
  // the day he gave it.
  const giverName = facts.documentType === 'speech' && !facts.headerDate ? facts.speakers.find((speaker) => speaker.name)?.name : undefined;
  const namedWithDay = giverName ? new RegExp(`${escapeRegExp(fold(giverName))}\\s*[(（]([^()（）]{6,24})[)）]`, 'u') : undefined;
  const giverDay = namedWithDay ? texts.slice(0, 6).map((text) => namedWithDay.exec(fold(text))?.[1]).find(Boolean) : undefined;
  const givenOn = giverDay ? dateOnlyLine(giverDay) : undefined;
  if (givenOn) facts.headerDate = givenOn.slice(0, 10);

  // A speech's introduction over its salutation, opening on its full day and saying he gave it (2007年2月16日上午8:30分,…市委书记某某
  // 在…电台发表《2007年春节贺词》): that day.
  const introFull = !facts.headerDate && facts.documentType === 'speech' && salutation > 0 ? overSalutation.find((text) => findDates(text)[0]?.start === 0 && /发表|致辞|讲话/u.test(fold(text))) : undefined;
  if (introFull) facts.headerDate = findDates(introFull)[0].iso.slice(0, 10);
  // A speech's introduction over its salutation (2月18日，省委、省政府召开…大会。以下为…讲话实录): its day, in the year its title or meeting names.
  const introduced = !facts.headerDate && facts.documentType === 'speech' && salutation > 0 ? overSalutation.find((text) => LEAD_MONTH_DAY.test(fold(text))) : undefined;
  // (Or, naming no year, in the page's: 1月28日,…大会在广州召开。以下为…讲话实录 on a page dated 2023-01-28.)
  const introDay = introduced ? (dayOfNamedYear(introduced, facts.meeting, facts.title) ?? (facts.published ? meetingDay(introduced, facts.published) : undefined)) : undefined;
  if (introDay) {
    inferDelivered(facts, introDay.iso, introDay.evidence);
  }

  // —在3月2日…会议上: the month and day in the year of the page's date, or the year before when later than it.
  // (A work report's on a page without a date: in the year after the one it looks back on.)
  const yearless = !facts.headerDate && facts.dayWithoutYear ? (meetingDay(facts.dayWithoutYear, facts.published) ?? (facts.documentType === 'work-report' && !facts.published ? dayAfterReviewedYear(facts.dayWithoutYear, facts.reviewed) : undefined)) : undefined;
  if (yearless) {
    inferDelivered(facts, yearless.iso, yearless.evidence);
  }

  // A work report dated nowhere but by the year its title names (2022年新疆政府工作报告): that year, inferred.
  const reportYear = !facts.headerDate && facts.documentType === 'work-report' && facts.titleFromSource ? yearOfReport(facts.title, facts.reviewed) : undefined;
  if (reportYear) {
    inferDelivered(facts, reportYear.year, reportYear.evidence);
  }

  // A news item's lead with its month and day and no page date, its text saying which year of a plan it is (今年是“十四五”规划收官之年).
  const planDay = !facts.headerDate && !facts.published && facts.documentType === 'meeting-news' ? dayInPlanYear(leadLine, texts.slice(0, 12)) : undefined;
  if (planDay) {
    inferDelivered(facts, planDay.iso, planDay.evidence);
  }
  // A speech dated nowhere but by the year its meeting is named by (在2014年政府安委会…上的讲话): that year, inferred.
  // (Or by the year its title opens on: 2021年在政府系统廉政工作会议上的讲话.)
  const meetingYear = !facts.headerDate && facts.documentType === 'speech' ? (yearOfMeeting(facts.meeting, facts.published) ?? (facts.titleFromSource ? yearOfSpeechTitle(facts.title) : undefined)) : undefined;
  // (Its day too, when its opening says it: 今天已经是4月10日.)
  const spokenDay = meetingYear ? dayOfSpokenToday(meetingYear, opening) : undefined;
  if (meetingYear) {
    inferDelivered(facts, spokenDay?.iso ?? meetingYear.year, spokenDay?.evidence ?? meetingYear.evidence);
  }

  if (!facts.title) {
    // From the report's opening, else the first line that makes a title, else the file's name.
    facts.title =
      reportTitle(opening) ??
      // (Past the flourish of a meeting's news, to the sentence saying it was held: 时代赋予新的重任,实干铸就新的辉煌。今天上午,…隆重开幕.)
      [flourish && facts.documentType === 'meeting-news' && MEETING_HELD.test(fold(lead)) ? lead : leadLine.replace(WIRE_SLUG, ''), ...texts].map(constructedTitle).find((title) => /[\p{L}\p{N}]/u.test(title)) ??
      draft.source.fileName.replace(/\.[^.]*$/, '');
    facts.titleFromSource = false;
  }
  // A `*` touching Chinese text is usually a redaction mark; the editor confirms (needs review).
  if (texts.some((t) => /\p{sc=Han}\*|\*\p{sc=Han}/u.test(t))) facts.redactionMark = '*';
  // A mirror's pinyin glosses are the page's, not the title's, the meeting's, the speaker's or the source's: 人民代表大會(huì).
  // (Nor a news site's mark of pictures, on a title a label gave: 原標題:政府工作報告(圖).)
  // (Nor a forum's hidden anti-copy characters after it: …胜利闭幕* r4 L9 O: p8 Y.)
  if (facts.title) facts.title = facts.title.replace(PINYIN_GLOSS, '').replace(PHOTO_MARK, '').replace(FORUM_JAMMER, '');
  // A document site's heading printed twice on one line, the file's name then the document's own title (…会议上讲话 在…会议上的讲话): the fuller one,
  // or the document's own.
  if (facts.title) facts.title = titleOnceOfTwo(facts.title);
  // (Nor a document site's page number run on before it, its lines lost: 1政府工作报告——2012年1月3日在…: the title of its kind.)
  const pageNumbered = facts.title ? /^\d(?=\p{sc=Han})(?![年月日号届次个项条])/u.exec(facts.title) : null;
  if (pageNumbered && titleType(facts.title!.slice(1)) !== undefined) facts.title = facts.title!.slice(1);
  // (Nor a document site's label of its summary, run on after the title or its file's name: 辽宁省政府工作报告 本文简介:【…】,
  // 2023年某市政府工作报告.docx简介:政府工作报告.)
  if (facts.title) facts.title = facts.title.replace(/\s+本文(?:简介|摘要|内容|关键词)[:：].*$|\.(?:docx?|pdf|wps|txt)\s*(?:简介|摘要)[:：].*$/iu, '');
  // A space a layout left inside a year (武汉市 2020 年政府工作报告) or a meeting's name (在州十四届 人大二次会议上) is none of the title's.
  // (And a run of them between its phrases, one space: 盛会开启新征程    凝心聚力谱新篇.)
  if (facts.title) facts.title = facts.title.replace(LAYOUT_SPACE_IN_TITLE, '').replace(OCCASION_IN_TITLE, withoutLayoutSpaces).replace(/(?<=\S)[ \u3000]{2,}(?=\S)/gu, ' ');
  // (The meeting a title so spaced names, around its year too: 在 2025 年全区…会上的讲话 was given at 2025年全区…会.)
  if (facts.meeting) facts.meeting = facts.meeting.replace(LAYOUT_SPACE_AROUND_DAY, '');
  // (Or letter-spaced as a heading, a space between each of its characters: 政 府 工 作 报 告.)
  if (facts.title && isLetterSpaced(facts.title)) facts.title = withoutSpaces(facts.title);
  // The session, not its sitting: 在州八届人大七次会议第一次全体会议上 was given at 州八届人大七次会议, 在…大会开幕式上 at the 大会.
  // (Read folded, cut from what the page wrote: 第一次全體會議 is a sitting too.)
  if (facts.meeting) {
    // (Without the theme a lead gives it, 以“某某”为主题的第六届某州旅游发展大会, its flourish, 备受瞩目的…, its length, 为期3天的…, or the
    // page's own word for its place, 我区2022年第二次党工委扩大会议, or who organised it, 某厅、某学会、某市人民政府共同承办的中国某地第41届菊花文化节;
    // or the lead's day run into it, its hour too, 11月1日全市民营经济发展大会召开, 10月16日下午2:00本溪市全市扶贫攻坚动员大会在….)
    // (Read folded, cut from what the page wrote: 舉世矚目的… too.)
    const glossless = facts.meeting.replace(PINYIN_GLOSS, '');
    const unprefixed = glossless.slice(/^\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?(?:\d{1,2}[:：]\d{2})?(?=\S{4})|^以“[^“”]{1,30}”为主题的|^(?:备受|万众|举世|全[县市区省])(?:瞩目|关注)的|^为期[一二三四五六七八九十两\d]{1,3}(?:天|日|周)的|^我[省市县区镇乡旗州盟](?=\S{4})/u.exec(fold(glossless))?.[0].length ?? 0);
    // (Its organisers, cut from its name, still say whose it is: 普陀区政协与民进市委 of 普陀区政协与民进市委合作举办的….)
    const organised = ORGANISED_BY.exec(unprefixed);
    if (organised) facts.meetingHost ??= organised.groups!.by;
    const meeting = organised ? unprefixed.slice(organised[0].length) : unprefixed;
    const sitting = SITTING.exec(fold(meeting));
    // (Nor a space a layout left in its name: 武汉市江岸区第十四届 人民代表大会第二次会议.)
    facts.meeting = withoutLayoutSpaces(sitting ? meeting.slice(0, sitting.index).trimEnd() : meeting);
    // (Its place masked by a model-essay site's title, the text naming it: **市第九届运动会 → 鹤山市第九届运动会.)
    facts.meeting = unmaskedName(facts.meeting, texts.slice(0, 12));
  }
  if (facts.meeting) {
    // (Named by its reach in the address's opening, as the title names it by its level: 这次全县经济工作会议 for 县经济工作会议.)
    if (facts.documentType === 'speech') facts.meeting = reachNamed(facts.meeting, texts.slice(0, 12));
    // (Not where the headline says the session held a sitting, the item's: 县十七届人大一次会议主席团举行第四次会议.)
    if (facts.documentType === 'meeting-news' && facts.title && facts.titleFromSource) facts.meeting = sittingHeld(facts.meeting, facts.title, leadLine);
    // (A township's congress in its news by its own name, not its county's and city's before it: 西林县那劳镇第三届人民代表大会第一次会议 → 那劳镇….)
    const township = facts.documentType === 'meeting-news' ? townshipCongress(facts.meeting) : facts.meeting;
    if (township !== facts.meeting) [facts.meetingInFull, facts.meeting] = [facts.meeting, township];
  }
  for (const speaker of facts.speakers) if (speaker.office) speaker.office = speaker.office.replace(PINYIN_GLOSS, '');
  // (Nor the source's: 來源:岳陽樓區(qū)融媒體中心 names 岳陽樓區, which places the page.)
  if (facts.publisher) facts.publisher = facts.publisher.replace(PINYIN_GLOSS, '');
  // An office read alone where the item names who holds it too (省政协主席 and 省政协主席叶冬松): one speaker, the named.
  facts.speakers = facts.speakers.filter((speaker) => speaker.name || !facts.speakers.some((other) => other.name && other.office && speaker.office && fold(other.office).endsWith(fold(speaker.office))));
  // A government's head who reported for it, named bare (某某代表县人民政府向大会作政府工作报告): his office inferred.
  facts.inferred.push(...headsReportingForGovernment(facts.speakers, texts.slice(0, 30)));
  // (Or the title a headline gives him after his name: 某某区长在…上的讲话.)
  giveTitlesAfterNames(facts.speakers, [facts.pageHeadline ?? '', facts.title ?? '', ...texts.slice(0, 12)]);
  // (Or the fuller office a session elected him to: 选举了某某同志为镇人民政府镇长.)
  giveElectedOffices(facts.speakers, texts.slice(0, 30));
  // A season's written message, its day printed with no occasion (新春贺词 / 市委书记某某 市长某某 / 2023年1月21日): the day it was
  // written, as a letter's, not one it was delivered at a meeting. (Not one the page says was given out that day, broadcast or
  // published: 通过…电视台…发表了新年贺词, 发表时间; or its headline, 某市市长某某发表2023年元旦献词.)
  const givenOut = () => [facts.title ?? '', ...texts.slice(0, 12)].some((text) => /发表/u.test(fold(text)));
  if (facts.documentType === 'speech' && !facts.meeting && facts.headerDate && !facts.written && facts.titleFromSource && namesWrittenMessage(facts.title ?? '') && !givenOut()) {
    facts.written = facts.headerDate;
    facts.headerDate = undefined;
  }
  return { ...draft, facts };
}
