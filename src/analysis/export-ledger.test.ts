import { describe, expect, it } from 'vitest';
import { linearlyRecoverableTargets, type Fact } from '../../test/helpers/recovery-solver';
import { protectAreaCounts } from './area-count-protection';
import { findDifferencing, isNested, type ExportRecord, type PublishedCount } from './export-ledger';

const JAN = Date.UTC(2024, 0, 1);
const JUL = Date.UTC(2024, 6, 1);
const AUG = Date.UTC(2024, 7, 1);
const region = (areaCode: string, toMs: number, categories: string[] | null = null) => ({ source: 'crimes@wards', areaCode, fromMs: JAN, toMs, categories });

describe('export ledger', () => {
  it('sees nested windows and category sets of one area as subtractable, and nothing else', () => {
    expect([
      isNested(region('A', JUL), region('A', AUG)),
      isNested(region('A', AUG, ['Burglary']), region('A', AUG)),
      isNested(region('A', AUG, ['Burglary', 'Robbery']), region('A', AUG, ['Robbery', 'Burglary'])),
      isNested(region('A', JUL), region('B', AUG)),
      isNested({ ...region('A', JUL), source: 'other@wards' }, region('A', AUG)),
      isNested({ ...region('A', AUG), fromMs: JUL }, region('A', JUL)),
    ]).toEqual([true, true, false, false, false, false]);
  });

  it('names the earlier export a new count would be subtracted from when they differ by 1 to 4', () => {
    const earlier: ExportRecord[] = [{ id: 'x1', at: '2024-08-02T10:00:00Z', fileName: 'jan-jun.csv', counts: [{ ...region('A', JUL), value: 20 }, { ...region('B', JUL), value: 30 }] }];
    const next: PublishedCount[] = [{ ...region('A', AUG), value: 23 }, { ...region('B', AUG), value: 30 }, { ...region('B', AUG, ['Burglary']), value: 26 }];
    expect(findDifferencing(earlier, next)).toEqual([
      { index: 0, against: { id: 'x1', fileName: 'jan-jun.csv', at: '2024-08-02T10:00:00Z' } },
    ]);
  });

  it('leaves no July count recoverable from exports over January–June and then January–July', () => {
    // Unknowns per area: a = its January–June count, b = its July count.
    const firstHalf = [20, 30, 2, 14, 9, 40];
    const july = [3, 0, 1, 8, 2, 11];
    const areas = firstHalf.map((_, a) => `W0500000${a}`);
    const first = protectAreaCounts(firstHalf.map((total) => ({ total, byPeriod: [], byCategory: [] })));
    const record: ExportRecord = {
      id: 'first', at: '2024-08-01T09:00:00Z', fileName: 'jan-jun.csv',
      counts: areas.flatMap((areaCode, a) => (typeof first.total[a] === 'number' ? [{ ...region(areaCode, JUL), value: firstHalf[a] }] : [])),
    };
    const totals = firstHalf.map((v, a) => v + july[a]);
    const flagged = findDifferencing([record], areas.map((areaCode, a) => ({ ...region(areaCode, AUG), value: totals[a] })));
    // W05000004 also grew by 2, but its first count was withheld (the complement of W05000002's 2), so nothing subtracts.
    expect(flagged.map((f) => areas[f.index])).toEqual(['W05000000']);
    const second = protectAreaCounts(totals.map((total) => ({ total, byPeriod: [], byCategory: [] })), flagged.map((f) => f.index));
    // The facts: each export's shown totals, its "<5" totals, and the total of all areas of each (shown on screen).
    const atom = (a: number, half: 0 | 1) => a * 2 + half;
    const facts: Fact[] = [
      { atoms: areas.map((_, a) => atom(a, 0)), value: firstHalf.reduce((s, v) => s + v, 0) },
      { atoms: areas.flatMap((_, a) => [atom(a, 0), atom(a, 1)]), value: totals.reduce((s, v) => s + v, 0) },
    ];
    areas.forEach((_, a) => {
      const cells = [{ cell: first.total[a], atoms: [atom(a, 0)] }, { cell: second.total[a], atoms: [atom(a, 0), atom(a, 1)] }];
      for (const { cell, atoms } of cells) {
        if (typeof cell === 'number') facts.push({ atoms, value: cell });
        else if (cell === '<5') facts.push({ atoms, small: true });
      }
    });
    const smallJulies = areas.map((_, a) => a).filter((a) => july[a] > 0 && july[a] < 5).map((a) => [atom(a, 1)]);
    const withheld = areas.flatMap((_, a) => [[first.total[a], [atom(a, 0)]], [second.total[a], [atom(a, 0), atom(a, 1)]]] as const).filter(([cell]) => typeof cell !== 'number').map(([, atoms]) => [...atoms]);
    expect(withheld.length).toBeGreaterThanOrEqual(4);
    expect(linearlyRecoverableTargets(facts, [...smallJulies, ...withheld], areas.length * 2)).toEqual([]);
  });
});
