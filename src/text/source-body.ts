/**
 * Which parts of a source stand in a report's body, from the provenance the
 * ingest recorded: every line that is not blank, lifted or removed; a line the
 * ingest split (a text flattened onto one line, its paragraphs recovered) as
 * its pieces, each piece on its own. One home for the rule: the ingest's own
 * checks, the fidelity tests and the source view read it.
 */

/** A line of the source, or a piece of one (column is where the piece starts, 1-based). */
export interface SourcePiece {
  n: number;
  column?: number;
  text: string;
}

export interface SplitRecord {
  /** 1-based source line. */
  line: number;
  /** 0-based offsets (UTF-16) in the line where a new piece starts, ascending. */
  at: number[];
}

export interface TakenRecord {
  line: number;
  column?: number;
}

/** A line as its pieces (the line itself when it was not split). */
export function piecesOf(n: number, text: string, at: readonly number[] = []): SourcePiece[] {
  if (at.length === 0) return [{ n, text }];
  const starts = [0, ...at];
  return starts.map((start, i) => ({ n, column: start + 1, text: text.slice(start, starts[i + 1] ?? text.length) }));
}

const key = (n: number, column?: number) => `${n}:${column ?? 1}`;

/** The pieces of the source that stand in the body, in order. */
export function sourceBodyPieces(lines: readonly string[], provenance: { split?: readonly SplitRecord[]; lifted?: readonly TakenRecord[]; removed?: readonly TakenRecord[] }): SourcePiece[] {
  const splits = new Map((provenance.split ?? []).map((s) => [s.line, s.at]));
  const taken = new Set([...(provenance.lifted ?? []), ...(provenance.removed ?? [])].map((t) => key(t.line, t.column)));
  return lines
    .flatMap((text, i) => piecesOf(i + 1, text, splits.get(i + 1)))
    .filter((piece) => piece.text.trim() !== '' && !taken.has(key(piece.n, piece.column)));
}
