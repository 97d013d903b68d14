import { describe, expect, it } from 'vitest';
import { linearlyRecoverableTargets, type Fact } from '../../test/helpers/recovery-solver';
import { areaCountRegions, prepareAreaCountExport, type AreaCountScope } from './area-count-export';
import type { ExportRecord } from './export-ledger';

const JAN = Date.UTC(2024, 0, 1);
const FEB = Date.UTC(2024, 1, 1);
const MAR = Date.UTC(2024, 2, 1);
const scope = (categories: string[] | null): AreaCountScope => ({
  source: 'crimes@wards', areaCodes: ['W1', 'W2', 'W3'], fromMs: null, toMs: null, categories, periodBoundsMs: [JAN, FEB, MAR], categoryNames: [],
});
// Incidents per area and category (both months together): burglary, robbery.
const byCategory = [[9, 3], [12, 0], [20, 6]];
const rowsFor = (kept: number[]) => byCategory.map((counts) => {
  const total = kept.reduce((sum, k) => sum + counts[k], 0);
  return { total, byPeriod: [Math.floor(total / 2), total - Math.floor(total / 2)], byCategory: [] };
});

describe('per-area count export', () => {
  it('says what every cell counts: the window and categories of the table, each month within it', () => {
    expect(areaCountRegions({ ...scope(['Robbery', 'Burglary']), areaCodes: ['W1'], fromMs: JAN + 5 })).toEqual([[
      { source: 'crimes@wards', areaCode: 'W1', fromMs: JAN + 5, toMs: null, categories: ['Burglary', 'Robbery'] },
      { source: 'crimes@wards', areaCode: 'W1', fromMs: JAN + 5, toMs: FEB, categories: ['Burglary', 'Robbery'] },
      { source: 'crimes@wards', areaCode: 'W1', fromMs: FEB, toMs: MAR, categories: ['Burglary', 'Robbery'] },
    ]]);
  });

  it('withholds the totals a category unticked would give back, and a second export then recovers no robbery count', () => {
    const first = prepareAreaCountExport(rowsFor([0, 1]), scope(null), [], true);
    expect(first.cells.total).toEqual([12, 12, 26]);
    const records: ExportRecord[] = [{ id: 'e1', at: '2024-03-02T09:00:00Z', fileName: 'all.csv', counts: first.published }];
    const second = prepareAreaCountExport(rowsFor([0]), scope(['Burglary']), records, true);
    // W1 lost 3 robberies (2 and 1 by month): its total and months are withheld; W3 lost 6, no small number,
    // but 3 in each month, so its months are withheld and its total shown.
    expect(second.differenced.map((d) => d.against.fileName)).toEqual(['all.csv', 'all.csv', 'all.csv', 'all.csv', 'all.csv']);
    // W1's January (4) is small anyway; W2's total is the complement of W1's, and a month of it follows.
    expect(second.cells.byPeriod).toEqual([['<5', '[c]'], ['[c]', 6], ['[c]', '[c]']]);
    expect(second.cells.total.slice(0, 2)).toEqual(['[c]', '[c]']);
    expect(second.published.some((c) => c.areaCode === 'W1' && c.toMs === null)).toBe(false);
    // Unknowns per area: burglaries b and robberies r. Facts: both exports' shown totals and the sums of all areas.
    const facts: Fact[] = [
      { atoms: [0, 1, 2, 3, 4, 5], value: 38 + 9 },
      { atoms: [0, 2, 4], value: 41 },
    ];
    first.cells.total.forEach((cell, a) => { if (typeof cell === 'number') facts.push({ atoms: [a * 2, a * 2 + 1], value: cell }); });
    second.cells.total.forEach((cell, a) => { if (typeof cell === 'number') facts.push({ atoms: [a * 2], value: cell }); });
    expect(linearlyRecoverableTargets(facts, [[1]], 6)).toEqual([]);
  });

  it('checks nothing and withholds nothing when the user turns suppression off', () => {
    const raw = prepareAreaCountExport(rowsFor([0]), scope(['Burglary']), [], false);
    expect([raw.cells.total, raw.differenced, raw.published.length]).toEqual([[9, 12, 20], [], 9]);
  });
});
