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

export interface ArchiveIndex {
  glossary: Glossary;
  dictionary: Dictionary;
  reports: ReportText[];
  occurrences: Occurrence[];
  /** Occurrences by term id and by report slug, grouped once for all pages. */
  usesByTerm: Map<string, Occurrence[]>;
  usesByReport: Map<string, Occurrence[]>;
}

/** The glossary and every report's text, and every occurrence of every form. */
export function readArchiveIndex(): ArchiveIndex {
  const glossary = loadGlossary();
  const dictionary = buildDictionary(termForms(glossary.terms));
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
  const ids = new Set((index.usesByReport.get(slug) ?? []).map((o) => o.termId));
  return index.glossary.terms.filter((t) => ids.has(t.id));
}
