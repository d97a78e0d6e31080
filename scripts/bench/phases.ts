/**
 * Where a build's time went, read from Astro's log: bundling (Vite), rendering
 * pages, and this site's search indexing (the Pagefind integration logs its
 * own time). Seconds; a phase the log does not show is left out. A build in
 * units logs each phase once per unit: the phases are summed (indexing runs
 * while the next unit renders, so the sum can exceed the wall time).
 */
export interface BuildPhases {
  bundle?: number;
  render?: number;
  index?: number;
}

/** Seconds of a figure such as "14.42s", "1m 3s" or "950ms". */
function seconds(text: string): number {
  const m = /^(?:(\d+)m(?!s)\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?/.exec(text.trim());
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 1000 : Number.NaN;
}

/** The sum of a pattern's figures over the log, or undefined when it never occurs. */
function total(log: string, pattern: RegExp, read: (figure: string) => number): number | undefined {
  const figures = [...log.matchAll(pattern)].map((match) => read(match[1]));
  return figures.length > 0 ? Math.round(figures.reduce((sum, figure) => sum + figure, 0) * 1000) / 1000 : undefined;
}

/** The phases of an Astro build (or of every unit of a build in parts), read from its log. */
export function buildPhases(log: string): BuildPhases {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    bundle: total(plain, /\[vite\] ✓ built in ([^\n]+)/g, seconds),
    render: total(plain, /generating static routes[\s\S]*?✓ Completed in ([^\n]+?)\.\s*\n/g, seconds),
    index: total(plain, /indexed \d+ pages for search[^\n]*\(([\d.]+) s\)/g, Number),
  };
}

