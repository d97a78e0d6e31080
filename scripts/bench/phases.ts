/**
 * Where a build's time went, read from Astro's log: bundling (Vite), rendering
 * pages, and this site's search indexing (the Pagefind integration logs its
 * own time). Seconds; a phase the log does not show is left out.
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

/** The phases of an Astro build, read from its log. */
export function buildPhases(log: string): BuildPhases {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const bundle = /\[vite\] ✓ built in ([^\n]+)/.exec(plain)?.[1];
  const render = /generating static routes[\s\S]*?✓ Completed in ([^\n]+?)\.\s*\n/.exec(plain)?.[1];
  const index = /indexed \d+ pages for search[^\n]*\(([\d.]+) s\)/.exec(plain)?.[1];
  return { bundle: bundle ? seconds(bundle) : undefined, render: render ? seconds(render) : undefined, index: index ? Number(index) : undefined };
}

