/**
 * Decoding a text the archive does not hold: every glossary form in it
 * marked with the very matcher the build uses, the entries found (how often,
 * in text order), and the quoted phrases and formulas the glossary has not
 * decided yet (the candidate finder's rules), which get no meaning, guessed
 * or otherwise. Pure: the /decode/ page runs it in the browser, the parity
 * test runs it over the archive.
 */
import { findCandidates, type CandidateKind } from '../glossary/candidates.ts';
import { findTerms, segment, type Dictionary } from '../glossary/matcher.ts';
import { fold } from '../text/fold.ts';

export interface DecodedLine {
  /** The line's text cut into plain runs and term runs (`id`). */
  parts: { text: string; id?: string }[];
}

export interface FoundTerm {
  id: string;
  /** Uses in the text. */
  count: number;
  /** The first use, as written. */
  first: string;
}

export interface UnknownFormula {
  phrase: string;
  kind: CandidateKind;
  count: number;
}

export interface Decoded {
  lines: DecodedLine[];
  /** Entries found, in the order of their first use. */
  found: FoundTerm[];
  /** Quoted phrases and formulas the glossary has not decided, in order of first appearance. */
  unknown: UnknownFormula[];
}

/** Lines as the text has them (CRLF, CR or LF), so the output keeps the paragraphs. */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function decodeText(text: string, dictionary: Dictionary, decided: ReadonlySet<string>): Decoded {
  const found = new Map<string, FoundTerm>();
  const unknown = new Map<string, UnknownFormula>();
  const decoded = lines(text).map((line) => {
    const matches = findTerms(line, dictionary);
    for (const m of matches) {
      const known = found.get(m.id);
      if (known) known.count++;
      else found.set(m.id, { id: m.id, count: 1, first: line.slice(m.start, m.end) });
    }
    for (const candidate of findCandidates(line)) {
      if (decided.has(fold(candidate.phrase))) continue;
      // A formula the matcher already marked (a longer form holds it) is known.
      if (matches.some((m) => m.start <= candidate.index && candidate.index + candidate.phrase.length <= m.end)) continue;
      const seen = unknown.get(candidate.phrase);
      if (seen) seen.count++;
      else unknown.set(candidate.phrase, { phrase: candidate.phrase, kind: candidate.kind, count: 1 });
    }
    return { parts: segment(line, matches) };
  });
  return { lines: decoded, found: [...found.values()], unknown: [...unknown.values()] };
}

/**
 * The decoded text as plain text with numbered glossary notes: a note mark
 * after the first use of each entry, the notes at the end.
 */
export function plainTextWithNotes(decoded: Decoded, entries: Record<string, { term: string; definition: string; statusLabel: string }>, entryUrl: (id: string) => string): string {
  const numbers = new Map(decoded.found.map((f, i) => [f.id, i + 1]));
  const marked = new Set<string>();
  const body = decoded.lines
    .map((line) =>
      line.parts
        .map((part) => {
          if (part.id === undefined || marked.has(part.id)) return part.text;
          marked.add(part.id);
          return `${part.text}[${numbers.get(part.id)}]`;
        })
        .join(''),
    )
    .join('\n');
  if (decoded.found.length === 0) return body;
  const notes = decoded.found.map((f) => {
    const entry = entries[f.id];
    return `[${numbers.get(f.id)}] ${entry.term}：${entry.definition}（${entry.statusLabel}）${entryUrl(f.id)}`;
  });
  return `${body}\n\n注释（提法 Tifa 词汇）：\n${notes.join('\n')}\n`;
}
