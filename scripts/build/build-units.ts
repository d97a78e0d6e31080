/**
 * Build a list of units in two lanes (./lanes.ts): one renders the units one
 * after another, the other indexes each rendered unit for search while the
 * next renders. Rendering does not wait for the indexer: at 500 reports a
 * unit renders in about 20 s and indexes in about 25 s, and a render lane
 * held back by the indexer left a core idle for part of every unit and ran
 * the archive-wide unit after everything else. Memory holds at most one
 * unit's Astro and one unit's indexer. A unit is stamped once it is whole
 * (rendered and indexed); a unit whose inputs are those of its stamp is kept
 * as it is, unless forced.
 */
import type { RelatedEntry } from '../../src/lib/facets.ts';
import { inTwoLanes } from './lanes.ts';
import { stampUnit, unitIsCurrent, unstampUnit } from './merge.ts';
import type { PlannedUnit } from './plan.ts';
import { indexedByBuild, indexUnit, runUnit, writeCatalogue, type UnitRunOptions } from './run-unit.ts';

export interface BuildUnitsOptions extends UnitRunOptions {
  /** The digest of a unit's inputs (scripts/build/unit-inputs.ts). */
  digestOf: (unit: PlannedUnit) => string;
  /** Every report's related-reports record, for the slices. */
  records: readonly RelatedEntry[];
}

export async function buildUnits(list: readonly PlannedUnit[], options: BuildUnitsOptions): Promise<{ kept: number }> {
  const { partsDir, force, digestOf } = options;
  writeCatalogue(partsDir, options.records);
  const digests = new Map<PlannedUnit, string>();
  for (const unit of list) {
    const digest = digestOf(unit);
    if (!force && unitIsCurrent(partsDir, unit, digest)) console.log(`build: ${unit.name}: unchanged, kept`);
    else digests.set(unit, digest);
  }
  // The indexer's lines wait while a unit renders: Astro writes a page's line in two parts, and a line between them would split it.
  let rendering = false;
  const held: string[] = [];
  const say = (line: string) => (rendering ? held.push(line) : console.log(line));
  const render = (unit: PlannedUnit) => {
    unstampUnit(partsDir, unit);
    rendering = true;
    return runUnit(unit, options).finally(() => {
      rendering = false;
      for (const line of held.splice(0)) console.log(line);
    });
  };
  const index = async (unit: PlannedUnit, dir: string) => {
    say(`build: ${unit.name}: ${indexedByBuild(unit) ? await indexUnit(unit, dir, force) : 'indexed by Astro'}`);
    stampUnit(partsDir, unit, digests.get(unit)!);
  };
  await inTwoLanes([...digests.keys()], render, index);
  return { kept: list.length - digests.size };
}
