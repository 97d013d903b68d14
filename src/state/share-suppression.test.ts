import { describe, expect, it } from 'vitest';
import { squareRing } from '../../test/fixtures/boundaries/areas';
import { linearlyRecoverableTargets, type Fact } from '../../test/helpers/recovery-solver';
import { buildSharePackage, type ShareLayerInput } from '../data/share-package/build';
import { SUPPRESSED } from '../data/share-package/format';
import { shareComplements } from './share-export';

const codes = ['X05000001', 'X05000002', 'X05000003', 'X05000004'];
// Incidents per area (rows) and month (columns); residents 2,000 per area, so a rate gives its count back.
const counts = [[12, 3, 7], [9, 14, 0], [6, 8, 2], [20, 11, 16]];
const layers: ShareLayerInput[] = [
  { id: 'count', name: 'Incidents', kind: 'count', unit: 'count', source: 'incidents.csv', periods: ['2026-01', '2026-02', '2026-03'], values: counts },
  { id: 'rate', name: 'Incidents per 1,000', kind: 'rate', unit: 'per-1000', rateOf: 'count', source: 'incidents.csv', periods: ['2026-01', '2026-02', '2026-03'], values: counts.map((row) => row.map((n) => n / 2)) },
];

function build(suppress: boolean, withheld?: Record<string, boolean[][]>) {
  return buildSharePackage({
    metadata: { authority: { name: 'Wellmoor' }, producedAt: '2026-04-01T09:00:00.000Z', appVersion: '0.1.0', sources: [], classification: null, marking: '' },
    suppressSmallCounts: suppress,
    boundaries: { label: 'wards', level: 'ward', areaCodes: codes, areaNames: codes, geometries: codes.map((_, k) => ({ type: 'Polygon', coordinates: [squareRing(-2 + k / 100, 53, 0.01)] })) },
    areaIndexes: [0, 1, 2, 3],
    layers,
    tension: null,
    incidents: null,
    withheld,
  });
}

/** What a receiver can solve for: every count or rate the package shows, and each month's total (published by the force). */
function recovered(pkg: ReturnType<typeof build>): number[][] {
  const facts: Fact[] = counts[0].map((_, p) => ({ atoms: codes.map((__, a) => a * 3 + p), value: counts.reduce((sum, row) => sum + row[p], 0) }));
  const hidden: number[][] = [];
  codes.forEach((code, a) => counts[a].forEach((n, p) => {
    const shownCount = pkg.layers[0].values[code][p];
    const shownRate = pkg.layers[1].values[code][p];
    if (typeof shownCount === 'number') facts.push({ atoms: [a * 3 + p], value: shownCount });
    else if (typeof shownRate === 'number') facts.push({ atoms: [a * 3 + p], value: shownRate * 2 });
    else if (n !== 0) hidden.push([a * 3 + p]);
  }));
  return linearlyRecoverableTargets(facts, hidden, codes.length * 3);
}

describe('share package suppression', () => {
  it('gives back both small counts when only they are withheld (the months’ totals are known)', () => {
    const pkg = build(true);
    expect([pkg.layers[0].values.X05000001[1], pkg.layers[0].values.X05000003[2]]).toEqual([SUPPRESSED, SUPPRESSED]);
    expect(recovered(pkg)).toEqual([[1], [8]]);
  });

  it('withholds complements, with their rates, so that no withheld count can be worked out', () => {
    const withheld = shareComplements(layers, [0, 1, 2, 3]);
    const pkg = build(true, withheld);
    const hiddenCounts = codes.flatMap((code) => pkg.layers[0].values[code]).filter((v) => v === SUPPRESSED).length;
    expect(hiddenCounts).toBeGreaterThanOrEqual(4);
    expect(codes.map((code) => pkg.layers[1].values[code].map((v) => v === SUPPRESSED))).toEqual(codes.map((code) => pkg.layers[0].values[code].map((v) => v === SUPPRESSED)));
    expect(recovered(pkg)).toEqual([]);
  });
});
