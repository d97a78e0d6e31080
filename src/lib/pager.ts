/**
 * Which page numbers a pager shows: the first, the last and those near the
 * current one, with `null` for each gap, so that a list of thousands of
 * pages does not put thousands of links on every page.
 */
export function pagerWindow(current: number, pages: number, around = 3): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= around) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
