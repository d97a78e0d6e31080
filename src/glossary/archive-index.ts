/**
 * The glossary and where the archive uses it, read once per build: the
 * entries, the matcher built from them, and every occurrence of every form
 * with its context. The reports are read one at a time and not kept; the
 * occurrences are kept on disk (./uses-store.ts).
 */
import { concordance, eachOccurrence, type Occurrence } from './concordance.ts';
import { writeUsesStore, type UsesStore } from './uses-store.ts';
import { loadGlossary, termForms, type Glossary, type GlossaryEntry } from './load.ts';
import { buildDictionary, entriesPresent, type Dictionary } from './matcher.ts';
import { eachReportText, type ReportText } from '../text/report-texts.ts';
import { perBuild } from '../build/per-build.ts';
import { bodyBlocks, handMarkedTermIds } from '../text/report-mdx.ts';

export interface ArchiveIndex {
  glossary: Glossary;
  /** Every occurrence of every entry in the archive's paragraphs, a term at a time. */
  uses: UsesStore;
}

/** The glossary and the matcher built from its forms. */
export interface GlossaryMatcher {
  glossary: Glossary;
  dictionary: Dictionary;
}

export function readGlossaryMatcher(): GlossaryMatcher {
  const glossary = loadGlossary();
  return { glossary, dictionary: buildDictionary(termForms(glossary.terms)) };
}

/** readGlossaryMatcher once per build: all a report page needs of the glossary. */
export function glossaryMatcher(): GlossaryMatcher {
  return perBuild('glossary-matcher', readGlossaryMatcher);
}

/** The glossary and every occurrence of every form in the archive. */
export function readArchiveIndex(): ArchiveIndex {
  const { glossary, dictionary } = glossaryMatcher();
  return { glossary, uses: writeUsesStore(eachOccurrence(eachReportText(), dictionary)) };
}

/** readArchiveIndex once per build (on every call in the dev server, so edits show up). */
export function archiveIndex(): ArchiveIndex {
  return perBuild('archive-index', readArchiveIndex);
}

/**
 * The entries one report's body uses, in the glossary's order: the same
 * occurrences the archive's concordance finds in it, without reading the
 * rest of the archive (a report page needs no more).
 */
export function termsInReport(slug: string, body: string): GlossaryEntry[] {
  const { glossary, dictionary } = glossaryMatcher();
  const text: ReportText = { slug, blocks: bodyBlocks(body), handTermIds: handMarkedTermIds(body), reviewed: false };
  return usedEntries(glossary, concordance([text], dictionary));
}

/**
 * The entries that can change how a report body is shown: every entry with
 * a form written in its text (src/glossary/matcher.ts, entriesPresent) and
 * every entry marked by hand, in the glossary's order. A report page, or a
 * unit of report pages, depends on these entries and on no other: an edit
 * to another entry leaves it as it was.
 */
export function entriesShownIn(body: string, { glossary, dictionary }: GlossaryMatcher): GlossaryEntry[] {
  const ids = new Set(handMarkedTermIds(body));
  for (const block of bodyBlocks(body)) entriesPresent(block.text, dictionary, ids);
  return glossary.terms.filter((t) => ids.has(t.id));
}

function usedEntries(glossary: Glossary, uses: readonly Occurrence[]): GlossaryEntry[] {
  const ids = new Set(uses.map((o) => o.termId));
  return glossary.terms.filter((t) => ids.has(t.id));
}
