/**
 * From a report's 名词解释 appendix to glossary entries: each term it
 * defines becomes an `established` entry citing that paragraph, or, when the
 * glossary already has the term, the definition is added to the entry as a
 * further source (two governments' different definitions both stay, each
 * with its report and place). Pure: it plans, the caller writes.
 */
import type { Report } from '../schemas/report.ts';
import type { ArchiveSource, Term, TermKind, TermLevel } from '../schemas/glossary.ts';
import { fold, simplifiedText } from '../text/fold.ts';
import { pinyinWithTones, slugify } from '../text/ids.ts';
import { withoutPinyinGlosses } from '../text/pinyin-gloss.ts';
import { quotedPieces, type AppendixDefinition } from './appendix.ts';
import { countInName } from './integrity.ts';
import type { GlossaryEntry } from './load.ts';

export type HarvestStep =
  | { action: 'create'; id: string; entry: Term }
  | {
      action: 'add-source';
      id: string;
      source: ArchiveSource;
      upgrade?: Pick<Term, 'status' | 'definition'>;
      /** Forms the report writes that no entry has yet (a mirror's glossed 六個(gè)一), added so that its text is annotated. */
      aliases?: string[];
    };

/**
 * Whose term it is, by the report's place; a definition that names the centre
 * as the proposer makes it central. A report whose place is not named (某某省)
 * is placed by the level its congress or speaker names (省第…人民代表大会, 市长).
 */
export function harvestLevel(place: Report['place'], definition: string, context = ''): TermLevel {
  if (/(?:党中央|中共中央|国务院|中央经济工作会议|中央政治局)(?:[^，。]{0,8})(?:提出|部署|作出|要求|印发)|习近平总书记/.test(definition)) return 'central';
  // 自治区提出, 省委部署: the province's, whichever city's report defines it.
  if (/(?:自治区|省委|省政府|省)(?:党委|人民政府)?(?:[^，。]{0,6})(?:提出|出台|部署|作出|印发|实施|打好)/.test(definition)) return 'provincial';
  if (place.national) return 'central';
  if (place.district) return /开发区|高新区|园区|新区/.test(place.district) ? 'zone' : 'county';
  if (place.city && place.city !== place.province) return 'municipal';
  if (place.province) return 'provincial';
  const level = /(省|自治区|市|县|区)(?:第|人民|政府|委|长|主席)/u.exec(context)?.[1];
  if (level === '省' || level === '自治区') return 'provincial';
  if (level === '市') return 'municipal';
  if (level === '县' || level === '区') return 'county';
  return 'central';
}

function harvestKind(form: string, definition: string): TermKind {
  if (/^[\d+＋NnＮ]+$/.test(form) || /^\d/.test(form)) return 'numeric-formula';
  if (countInName(form) !== undefined || /^[一二两三四五六七八九十百千万]+[个大项条]/.test(form)) return 'enumerated-formula';
  if (/行动$|攻坚/.test(form) || /专项行动|活动$/.test(definition)) return 'campaign';
  return 'policy';
}

/** Characters two definitions of one thing share in a row (省委十三届三次全会提出…), that two things' do not. */
const SHARED_RUN = 8;

/** Whether two definitions share a run of SHARED_RUN characters, punctuation and quotation marks aside. */
function sameSense(a: string, b: string): boolean {
  const plain = (text: string) => simplifiedText(fold(text)).replace(/[\p{P}\s]/gu, '');
  const [shorter, longer] = [plain(a), plain(b)].sort((x, y) => x.length - y.length);
  for (let i = 0; i + SHARED_RUN <= shorter.length; i++) if (longer.includes(shorter.slice(i, i + SHARED_RUN))) return true;
  return false;
}

export interface HarvestReport {
  slug: string;
  title: string;
  place: Report['place'];
  /** The meeting and the speakers' offices, for a report whose place is not named. */
  context?: string;
}

export function planHarvest(report: HarvestReport, definitions: readonly AppendixDefinition[], terms: readonly GlossaryEntry[]): HarvestStep[] {
  const byForm = new Map<string, GlossaryEntry>();
  for (const term of terms) for (const form of [term.term, ...term.aliases]) byForm.set(fold(form), term);
  const ids = new Set(terms.map((t) => t.id));
  const steps: HarvestStep[] = [];
  for (const definition of definitions) {
    const source: ArchiveSource = { report: report.slug, paragraph: definition.paragraph, quote: definition.quote, appendix: true };
    // A mirror's pinyin glosses (三個(gè)) stay out of a term; the glossed form, as the report writes it, is an alias.
    const forms = [...new Set(definition.forms.flatMap((form) => [withoutPinyinGlosses(form), form]))];
    // (The longest form first: “四上”企业 is the glossary's 四上企业 before its 四上. A word quoted in the name
    // leads to its entry only when the two definitions share words: the archive's 1+3 is Jiangsu's zones, not
    // 四川's “1+3”财政金融互动; 省委“1310”具体部署 is the 1310 another report defined.)
    const pieces = quotedPieces(forms);
    const existing = [...forms]
      .sort((a, b) => b.length - a.length)
      .map((form) => ({ form, entry: byForm.get(fold(form)) }))
      .find(({ form, entry }) => entry !== undefined && (!pieces.has(form) || sameSense(entry.definition, definition.definition)))?.entry;
    if (existing) {
      if (existing.sources.some((s) => 'report' in s && s.report === report.slug && s.paragraph === definition.paragraph)) continue;
      const upgrade = existing.status === 'unexplained' || existing.status === 'inferred' ? { status: 'established' as const, definition: existing.status === 'unexplained' ? definition.definition : existing.definition } : undefined;
      const aliases = [...new Set(forms.filter((form) => !byForm.has(fold(form))).map(simplifiedText))];
      steps.push({ action: 'add-source', id: existing.id, source, upgrade, ...(aliases.length > 0 ? { aliases } : {}) });
      for (const form of forms) byForm.set(fold(form), existing);
      continue;
    }
    // The glossary writes its terms in simplified characters; a traditional-character report's forms match them folded.
    // (Less a quoted word another entry has: that entry keeps it.)
    const [term, ...aliases] = [...new Set(forms.filter((form) => !byForm.has(fold(form))).map(simplifiedText))];
    let id = slugify(term);
    for (let n = 2; ids.has(id); n++) id = `${slugify(term)}-${n}`;
    ids.add(id);
    const entry: Term = {
      term,
      aliases,
      pinyin: pinyinWithTones(term),
      kind: harvestKind(term, definition.definition),
      level: harvestLevel(report.place, definition.definition, report.context),
      componentsIncomplete: false,
      definition: definition.definition,
      related: [],
      senses: [],
      status: 'established',
      sources: [source],
      note: `由《${report.title}》所附名词解释自动收录；拼音、类别和层级由程序判断，待编辑核对。`,
    };
    steps.push({ action: 'create', id, entry });
    for (const form of forms) byForm.set(fold(form), { id, ...entry });
  }
  return steps;
}
