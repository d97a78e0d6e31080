/**
 * The glossary and the archive's text, read once per build: the entries, the
 * matcher built from them, every report's blocks, and every occurrence.
 * Pages use it for the concordance, the popover data and the exports.
 */
import { concordance, type Occurrence } from './concordance.ts';
import type { ReportText } from './integrity.ts';
import { loadGlossary, termForms, type Glossary } from './load.ts';
import { buildDictionary, type Dictionary } from './matcher.ts';
import { readReportTexts } from './report-texts.ts';

export interface ArchiveIndex {
  glossary: Glossary;
  dictionary: Dictionary;
  reports: ReportText[];
  occurrences: Occurrence[];
}

let cached: ArchiveIndex | undefined;

export function archiveIndex(): ArchiveIndex {
  if (!cached) {
    const glossary = loadGlossary();
    const dictionary = buildDictionary(termForms(glossary.terms));
    const reports = readReportTexts();
    cached = { glossary, dictionary, reports, occurrences: concordance(reports, dictionary) };
  }
  return cached;
}
