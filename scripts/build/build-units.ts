/**
 * Build a list of units: render them one after another, each unit's search
 * index written while the next renders (one indexer at a time, so memory
 * holds one unit's Astro and one unit's indexer). A unit is stamped once it
 * is whole (rendered and indexed); a unit whose inputs are those of its
 * stamp is kept as it is, unless forced.
 */
import type { RelatedEntry } from '../../src/lib/facets.ts';
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
  let indexing: Promise<void> = Promise.resolve();
  let kept = 0;
  try {
    for (const unit of list) {
      const digest = digestOf(unit);
      if (!force && unitIsCurrent(partsDir, unit, digest)) {
        kept += 1;
        console.log(`build: ${unit.name}: unchanged, kept`);
        continue;
      }
      unstampUnit(partsDir, unit);
      const dir = await runUnit(unit, options);
      await indexing;
      indexing = (indexedByBuild(unit) ? indexUnit(unit, dir, force) : Promise.resolve('indexed by Astro')).then((line) => {
        console.log(`build: ${unit.name}: ${line}`);
        stampUnit(partsDir, unit, digest);
      });
      // Its failure is reported where it is awaited, not as an unhandled rejection while the next unit renders.
      indexing.catch(() => undefined);
    }
  } finally {
    // A unit that failed to render still lets the indexer in flight finish (or fail) before the build stops.
    await indexing;
  }
  return { kept };
}
