/**
 * The glossary and the archive's text, read once per build: the entries, the
 * matcher built from them, every report's blocks, and every occurrence.
 * Pages use it for the concordance, the popover data and the exports.
 */
import { byReport, byTerm, concordance, type Occurrence } from './concordance.ts';
import { loadGlossary, termForms, type Glossary, type GlossaryEntry } from './load.ts';
import { buildDictionary, type Dictionary } from './matcher.ts';
import { readReportTexts, type ReportText } from '../text/report-texts.ts';

export interface ArchiveIndex {
  glossary: Glossary;
  dictionary: Dictionary;
  reports: ReportText[];
  occurrences: Occurrence[];
  /** Occurrences by term id and by report slug, grouped once for all pages. */
  usesByTerm: Map<string, Occurrence[]>;
  usesByReport: Map<string, Occurrence[]>;
}

let cached: ArchiveIndex | undefined;

/** Read once per build; in the dev server, on every call, so edits show up. */
export function archiveIndex(): ArchiveIndex {
  if (!cached || import.meta.env?.DEV) {
    const glossary = loadGlossary();
    const dictionary = buildDictionary(termForms(glossary.terms));
    const reports = readReportTexts();
    const occurrences = concordance(reports, dictionary);
    cached = { glossary, dictionary, reports, occurrences, usesByTerm: byTerm(occurrences), usesByReport: byReport(occurrences) };
  }
  return cached;
}

/** The entries a report uses, in the glossary's order. */
export function termsUsedIn(index: ArchiveIndex, slug: string): GlossaryEntry[] {
  const ids = new Set((index.usesByReport.get(slug) ?? []).map((o) => o.termId));
  return index.glossary.terms.filter((t) => ids.has(t.id));
}
