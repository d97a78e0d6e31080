/**
 * The glossary and the archive's text, read once per build: the entries, the
 * matcher built from them, every report's blocks, and every occurrence.
 * Pages use it for the concordance, the popover data and the exports.
 */
import { byReport, byTerm, concordance, type Occurrence } from './concordance.ts';
import { loadGlossary, termForms, type Glossary, type GlossaryEntry } from './load.ts';
import { buildDictionary, type Dictionary } from './matcher.ts';
import { readReportTexts, type ReportText } from '../text/report-texts.ts';
import { perBuild } from '../build/per-build.ts';
import { bodyBlocks, handMarkedTermIds } from '../text/report-mdx.ts';

export interface ArchiveIndex {
  glossary: Glossary;
  dictionary: Dictionary;
  reports: ReportText[];
  occurrences: Occurrence[];
  /** Occurrences by term id and by report slug, grouped once for all pages. */
  usesByTerm: Map<string, Occurrence[]>;
  usesByReport: Map<string, Occurrence[]>;
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

/** The glossary and every report's text, and every occurrence of every form. */
export function readArchiveIndex(): ArchiveIndex {
  const { glossary, dictionary } = glossaryMatcher();
  const reports = readReportTexts();
  const occurrences = concordance(reports, dictionary);
  return { glossary, dictionary, reports, occurrences, usesByTerm: byTerm(occurrences), usesByReport: byReport(occurrences) };
}

/** readArchiveIndex once per build (on every call in the dev server, so edits show up). */
export function archiveIndex(): ArchiveIndex {
  return perBuild('archive-index', readArchiveIndex);
}

/** The entries a report uses, in the glossary's order. */
export function termsUsedIn(index: ArchiveIndex, slug: string): GlossaryEntry[] {
  return usedEntries(index.glossary, index.usesByReport.get(slug) ?? []);
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

function usedEntries(glossary: Glossary, uses: readonly Occurrence[]): GlossaryEntry[] {
  const ids = new Set(uses.map((o) => o.termId));
  return glossary.terms.filter((t) => ids.has(t.id));
}
