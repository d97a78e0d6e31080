/**
 * Step 5, place: where the document belongs, from the places its title,
 * meeting, speakers' offices and issuer name (src/places/resolve.ts). A level
 * the gazetteer supplies (the province of a named city) is recorded as
 * inferred, with its evidence, as an editor would.
 */
import { resolvePlace, type PlaceText } from '../../src/places/resolve.ts';
import type { Draft } from './draft.ts';
import { fold } from '../../src/text/fold.ts';

/** A national meeting: what is delivered there belongs to no province, whatever places its headlines name. */
const NATIONAL = /全国人民代表大会|全国人大|全国政协|中国人民政治协商会议全国委员会|中国共产党第[一二三四五六七八九十]+次全国代表大会/u;

export function readPlace(draft: Draft): Draft {
  const { facts } = draft;
  if ((facts.meeting && NATIONAL.test(fold(facts.meeting))) || facts.reportsForStateCouncil) {
    return { ...draft, facts: { ...facts, place: { national: true } } };
  }
  const texts: PlaceText[] = [];
  if (facts.meeting) texts.push({ label: '会议名称', text: facts.meeting });
  if (facts.title && facts.titleFromSource) texts.push({ label: '标题', text: facts.title });
  for (const speaker of facts.speakers) if (speaker.office) texts.push({ label: '讲话人职务', text: speaker.office });
  if (facts.issuer) texts.push({ label: '发布机构', text: facts.issuer });
  if (facts.reportingBody) texts.push({ label: facts.documentType === 'work-report' ? '报告开头' : '讲话开头', text: facts.reportingBody });
  if (facts.meetingHost) texts.push({ label: '报道所称会议召集机关', text: facts.meetingHost });
  const named = resolvePlace(texts);
  const resolved = named.province || named.city || named.district ? named : publishedBy(facts.publisher);
  const place = { province: resolved.province, city: resolved.city, district: resolved.district };
  const inferred = resolved.inferred.map(({ level, evidence }) => ({ field: `place.${level}`, evidence }));
  return { ...draft, facts: { ...facts, place, inferred: [...facts.inferred, ...inferred] } };
}

/** A government's own name as a page's source (来源:永泰县, 来源:福安市人民政府办公室), not a paper's or a site's. */
const GOVERNMENT_SOURCE = /^\p{sc=Han}{1,10}[省市县区州旗盟](?:人民政府|政府)?(?:办公室|办公厅|门户网站|网站)?$/u;

/**
 * Where a document belongs when its text names no place but its page's source is a government (来源:永泰县): that
 * government's place, every level inferred, the source its evidence.
 */
function publishedBy(publisher: string | undefined): ReturnType<typeof resolvePlace> {
  const none = { inferred: [], stated: [] };
  if (!publisher || !GOVERNMENT_SOURCE.test(fold(publisher.trim()))) return none;
  const found = resolvePlace([{ label: '来源', text: publisher.trim() }]);
  const inferred = found.stated.map(({ level, name }) => ({ level, evidence: `原文未写本篇所属地方；网页所注来源为“${publisher.trim()}”，据此推定本篇属${name}。` }));
  return { ...found, stated: [], inferred: [...inferred, ...found.inferred] };
}
