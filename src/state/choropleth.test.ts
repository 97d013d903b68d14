import { describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { textFile } from '../../test/helpers/bytes';
import { deriveChoropleth } from './choropleth';

const square = (code: string, x: number) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] } });

describe('deriveChoropleth with fixed breaks over time', () => {
  it('classifies this step with breaks from every step, and counts only this step in the legend', async () => {
    const [loaded] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features: ['W01000001', 'W01000002', 'W01000003'].map((c, i) => square(c, i * 0.02)) }))], idPrefix: 'b', ids: ['b'] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const style = { valueField: 'incidents:i:count', options: { method: 'equal-interval' as const, classCount: 3, paletteId: 'Blues' } };
    // Steps: [0, 0, 3] then [9, 6, 3]; pooled breaks over 0…9 are 3 and 6.
    const pooled = [0, 0, 3, 9, 6, 3];
    const first = deriveChoropleth(loaded.value, style, [0, 0, 3], pooled);
    expect(first.classification.thresholds).toEqual([3, 6]);
    expect(first.classIndexes).toEqual([0, 0, 1]);
    expect(first.classification.bins.map((b) => b.count)).toEqual([2, 1, 0]);
    const second = deriveChoropleth(loaded.value, style, [9, 6, 3], pooled);
    expect(second.classification.thresholds).toEqual([3, 6]);
    expect(second.classIndexes).toEqual([2, 2, 1]);
    // Per-period breaks instead: classified over this step only.
    expect(deriveChoropleth(loaded.value, style, [9, 6, 3]).classification.thresholds).toEqual([5, 7]);
  });
});

describe('yearly tables on the timeline', () => {
  it('finds the table period in force at a date', async () => {
    const { tablePeriodAt } = await import('./timeline-derived');
    const periods = ['2015', '2019', '2023'];
    expect(tablePeriodAt(periods, Date.UTC(2014, 11, 31))).toBeNull();
    expect(tablePeriodAt(periods, Date.UTC(2015, 0, 1))).toBe(0);
    expect(tablePeriodAt(periods, Date.UTC(2022, 5, 1))).toBe(1);
    expect(tablePeriodAt(periods, Date.UTC(2024, 0, 1))).toBe(2);
  });
});
