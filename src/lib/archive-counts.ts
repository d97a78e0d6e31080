/**
 * What the archive holds, in numbers, as the home page states them: reports
 * (reviewed and drafts), and the places they come from at each level.
 */
import type { ReportEntry } from './catalogue.ts';

export interface ArchiveCounts {
  reports: number;
  reviewed: number;
  drafts: number;
  /** Provinces (and municipalities) with at least one report. */
  provinces: number;
  /** Cities with at least one report (a municipality counted once, as a province). */
  cities: number;
  /** Districts, counties and zones with at least one report. */
  districts: number;
  /** National documents. */
  national: number;
}

export function archiveCounts(entries: readonly ReportEntry[]): ArchiveCounts {
  const provinces = new Set<string>();
  const cities = new Set<string>();
  const districts = new Set<string>();
  let reviewed = 0;
  let national = 0;
  for (const { data } of entries) {
    if (data.review.status === 'reviewed') reviewed++;
    const { province, city, district } = data.place;
    if (data.place.national) national++;
    if (province) provinces.add(province);
    if (city && city !== province) cities.add(`${province ?? ''}/${city}`);
    if (district) districts.add(`${province ?? ''}/${city ?? ''}/${district}`);
  }
  return { reports: entries.length, reviewed, drafts: entries.length - reviewed, provinces: provinces.size, cities: cities.size, districts: districts.size, national };
}
