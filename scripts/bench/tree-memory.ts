/**
 * The memory a whole build holds at once: the resident memory of a process
 * and all its descendants (Astro, its workers, the search indexers),
 * summed, sampled from /proc while the build runs; the peak of the sums.
 * GNU time reports only the largest single process.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

function processTable(): Map<number, { ppid: number; rssBytes: number }> {
  const table = new Map<number, { ppid: number; rssBytes: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** Resident bytes of `pid` and its descendants now. */
export function treeResidentBytes(pid: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [child, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), child]);
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += table.get(current)?.rssBytes ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Sample the tree of `pid` every `everyMs` until stopped; the peak sum in bytes. */
export function sampleTreeMemory(pid: number, everyMs = 500): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
