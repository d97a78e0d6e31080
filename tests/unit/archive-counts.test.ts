import { describe, expect, it } from 'vitest';
import { archiveCounts } from '../../src/lib/archive-counts.ts';
import type { ReportEntry } from '../../src/lib/catalogue.ts';

const entry = (place: object, status = 'draft') => ({ id: 'x', data: { place, review: { status } } }) as unknown as ReportEntry;

describe('archive counts', () => {
  it('counts reports by review and places at each level, a municipality once', () => {
    expect(
      archiveCounts([
        entry({ province: '江苏省', city: '扬州市', district: '邗江区' }, 'reviewed'),
        entry({ province: '江苏省', city: '扬州市' }),
        entry({ province: '上海市', city: '上海市' }),
        entry({ province: '吉林省', city: '吉林市' }),
        entry({ national: true }),
        entry({}),
      ]),
    ).toEqual({ reports: 6, reviewed: 1, drafts: 5, provinces: 3, cities: 2, districts: 1, national: 1 });
  });
});
