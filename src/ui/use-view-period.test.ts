import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../i18n/translate';
import { timelinePeriods } from '../state/timeline-derived';
import { viewPeriodText, type ViewPeriodInput } from './use-view-period';
import type { IncidentDataset, IndicatorTable } from '../types';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const incidents = (id: string, dates: string[]) => ({ id, count: dates.length, timeMs: Float64Array.from(dates, (d) => Date.parse(`${d}T00:00:00Z`)) }) as unknown as IncidentDataset;
// Crime of 2021, and a tension log that runs on to mid-2024: the timeline of a crime view spans only 2021.
const crime2021 = incidents('crime', ['2021-01-04', '2021-06-30', '2021-12-15']);
const crimePeriods = timelinePeriods([crime2021], 'month');
const imd = { id: 'imd', periods: ['2014', '2019'] } as unknown as IndicatorTable;

const base: ViewPeriodInput = {
  field: 'incidents:crime:count',
  sources: { incidents: ['crime'], tables: [], tension: false },
  periods: crimePeriods,
  step: null,
  window: { kind: 'single' },
  tables: { imd },
  hotspotIncidents: null,
  tensionAtMs: null,
};

describe('the period of a view is its own data\'s', () => {
  it.each<[string, Partial<ViewPeriodInput>, string]>([
    ['a year of crime over all dates', {}, '2021'],
    ['one month of it', { step: 3 }, 'Apr 2021'],
    ['a rolling quarter', { step: 11, window: { kind: 'rolling', size: 3 } }, 'Oct – Dec 2021'],
    ['a yearly table shows its edition', { field: 'table:imd:0:1:value', sources: { incidents: [], tables: ['imd'], tension: false } }, '2019'],
    ['a column draws nothing dated', { field: 'population', sources: { incidents: [], tables: [], tension: false } }, ''],
    // The slider is at some month of a longer timeline; Gi* was computed over all of 2021.
    ['hot spots say the months they were computed over', { field: 'hotspot:gi', step: 40, periods: timelinePeriods([crime2021, incidents('tension', ['2024-06-01'])], 'month'), hotspotIncidents: crime2021 }, '2021'],
    ['a tension map on all dates gives the day of its latest ratings', { field: 'tension:level', sources: { incidents: [], tables: [], tension: true }, tensionAtMs: Date.UTC(2023, 11, 18) }, 'Latest ratings, 18 Dec 2023'],
    ['a tension map at a month gives that month', { field: 'tension:level', sources: { incidents: [], tables: [], tension: true }, step: 6, tensionAtMs: Date.UTC(2021, 6, 31) }, 'Jul 2021'],
    ['a year of crime filtered in the incident panel to its second quarter', { dateFilter: { fromMs: Date.UTC(2021, 3, 1), toMs: Date.UTC(2021, 6, 1) } }, 'Apr – Jun 2021'],
    ['hot spots of crime filtered to the autumn', { field: 'hotspot:gi', hotspotIncidents: crime2021, dateFilter: { fromMs: Date.UTC(2021, 8, 1), toMs: null } }, 'Sept – Dec 2021'],
  ])('%s', (_, change, expected) => {
    expect(viewPeriodText({ ...base, ...change }, t)).toBe(expected);
  });
});
