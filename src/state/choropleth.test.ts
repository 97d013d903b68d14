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
    // The same step values classified over other pooled values are another choropleth, not the cached one.
    const nothing = [null, null, null];
    expect(deriveChoropleth(loaded.value, style, nothing, pooled).classification.thresholds).toEqual([3, 6]);
    expect(deriveChoropleth(loaded.value, style, nothing, [0, 30, 60, 90]).classification.thresholds).toEqual([30, 60]);
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

describe('layerChoropleth: each field kind drawn its own way, or refused', async () => {
  const { layerChoropleth } = await import('./choropleth');
  const { buildFieldContext } = await import('./field-context');
  const { DEFAULT_CLASSIFICATION } = await import('./layer-store');
  const features = ['W01000001', 'W01000002', 'W01000003', 'W01000004'].map((c, i) => ({ ...square(c, i * 0.02), properties: { code: c, has_centre: i % 2, score: i * 1.5 } }));
  const [loaded] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features }))], idPrefix: 'b', ids: ['b'] });
  if (!loaded.ok) throw new Error(loaded.error.code);
  const dataset = loaded.value;
  const empty = { incidents: {}, joins: {}, tables: {}, hotspot: null, tensionRowCount: 0, cohesion: null };
  const inputs = (valueField: string, over: Partial<Parameters<typeof layerChoropleth>[0]> = {}) => ({
    dataset,
    style: { valueField, options: { ...DEFAULT_CLASSIFICATION } },
    context: buildFieldContext(dataset, empty),
    incidents: {}, filters: {}, joins: {}, tables: {}, cohesion: null,
    step: null, window: { kind: 'single' as const }, breaks: 'fixed' as const,
    periods: { kind: 'month' as const, keys: [], boundsMs: [] }, tension: null, hotspots: null, periodTables: {},
    ...over,
  });

  it('refuses hot spots that were not computed (after a reload) instead of drawing the area', () => {
    const result = layerChoropleth(inputs('hotspot:gi'));
    expect(result.refusal).toEqual({ code: 'hotspot-not-run', params: {} });
    expect(result.field).toBe('hotspot:gi');
    expect(result.values.every((v) => v === null)).toBe(true);
    expect(result.classification.bins).toEqual([]);
  });

  it('refuses incidents that are not joined to this layer, and a column the layer lacks', () => {
    expect(layerChoropleth(inputs('incidents:gone:count')).refusal?.code).toBe('incidents-missing');
    expect(layerChoropleth(inputs('no_such_column')).refusal).toEqual({ code: 'column-missing', params: { name: 'no_such_column' } });
  });

  it('draws hot spots as the seven named categories', () => {
    const NO_RESULT = -128;
    const run = { boundaryId: dataset.id, field: 'incidents:i:count', result: { bins: Int8Array.from([3, 0, -2, NO_RESULT]), zScores: Float64Array.from([3.1, 0.2, -2.1, Number.NaN]) } } as never;
    const source = { incidents: { i: { id: 'i', label: 'Crime' } as never }, joins: { i: { incidentId: 'i', boundaryId: dataset.id } as never } };
    const context = buildFieldContext(dataset, { ...empty, ...source, hotspot: run });
    const result = layerChoropleth(inputs('hotspot:gi', { context, hotspots: run }));
    expect(result.refusal).toBeUndefined();
    expect(result.classification.method).toBe('categorical');
    expect(result.classification.categories?.map((c) => c.key)).toEqual(['hotspot.bin.3', 'hotspot.bin.2', 'hotspot.bin.1', 'hotspot.bin.0', 'hotspot.bin.-1', 'hotspot.bin.-2', 'hotspot.bin.-3']);
    expect(result.classIndexes).toEqual([0, 3, 5, -1]);
    expect(result.classification.bins.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 1, 0]);
    // Once the incidents it was computed from are removed (or joined to another layer), the run is refused too:
    // it could not be computed again after a reload.
    const removed = buildFieldContext(dataset, { ...empty, joins: source.joins, hotspot: run });
    expect(layerChoropleth(inputs('hotspot:gi', { context: removed, hotspots: run })).refusal?.code).toBe('hotspot-not-run');
    const elsewhere = buildFieldContext(dataset, { ...empty, incidents: source.incidents, joins: { i: { incidentId: 'i', boundaryId: 'merged-1' } as never }, hotspot: run });
    expect(layerChoropleth(inputs('hotspot:gi', { context: elsewhere, hotspots: run })).refusal?.code).toBe('hotspot-not-run');
  });

  it('draws tension levels as the scale\'s named levels, and a 0/1 column as yes/no', () => {
    const rating = (level: number) => ({ rating: { scale: 'eep' as const, level }, trend: null, impactAssessment: level <= 4 });
    const tension = [rating(2), rating(6), { rating: null, trend: null, impactAssessment: false }, rating(6)] as never;
    const context = buildFieldContext(dataset, { ...empty, tensionRowCount: 3 });
    const levels = layerChoropleth(inputs('tension:level', { context, tension, style: { valueField: 'tension:level', options: { ...DEFAULT_CLASSIFICATION, paletteId: 'YlOrRd', reversed: true } } }));
    expect(levels.classification.categories?.map((c) => c.key)).toEqual([1, 2, 3, 4, 5, 6].map((l) => `tension.level.eep.${l}`));
    expect(levels.classIndexes).toEqual([1, 5, -1, 5]);
    expect(levels.classification.noDataCount).toBe(1);
    const yesNo = layerChoropleth(inputs('has_centre'));
    expect(yesNo.classification.categories).toEqual([{ key: 'legend.yes' }, { key: 'legend.no' }]);
    expect(yesNo.classIndexes).toEqual([1, 0, 1, 0]);
    // A real measure stays numeric.
    expect(layerChoropleth(inputs('score')).classification.method).toBe('quantile');
  });

  it('draws a map rating areas on both scales on the EEP categories, each area kept, and the legend says so', () => {
    const area = (scale: 'eep' | 'four-level', level: number) => ({ rating: { scale, level }, trend: null, impactAssessment: false });
    const tension = [area('four-level', 2), area('eep', 5), area('four-level', 1), area('eep', 6)] as never;
    const context = buildFieldContext(dataset, { ...empty, tensionRowCount: 4 });
    const style = { valueField: 'tension:level', options: { ...DEFAULT_CLASSIFICATION, paletteId: 'YlOrRd', reversed: true } };
    const mixed = layerChoropleth(inputs('tension:level', { context, tension, style }));
    expect(mixed.classification.categories?.map((c) => c.key)).toEqual([1, 2, 3, 4, 5, 6].map((l) => `tension.level.eep.${l}`));
    // Medium = EEP 4, High = EEP 2: no area is dropped as no data.
    expect([mixed.values, mixed.classIndexes, mixed.classification.noDataCount]).toEqual([[4, 5, 2, 6], [3, 4, 1, 5], 0]);
    expect(mixed.note).toEqual({ key: 'tension.mixedScalesLegend' });
    // One scale alone keeps its own categories and needs no note.
    const council = layerChoropleth(inputs('tension:level', { context, tension: [area('four-level', 2), area('four-level', 4)] as never, style }));
    expect([council.classification.categories?.map((c) => c.key), council.values, council.note]).toEqual([[1, 2, 3, 4].map((l) => `tension.level.four-level.${l}`), [2, 4], undefined]);
  });

  it('paints months outside an incident dataset\'s own range as no data, never as zero', async () => {
    const { periodTableKey } = await import('./period-counts');
    const month = (y: number, m: number) => Date.UTC(y, m, 1);
    // Timeline Jan 2021 – Apr 2021 (another dataset spans it); these incidents are from Jan and Feb only.
    const periods = { kind: 'month' as const, keys: ['2021-01', '2021-02', '2021-03', '2021-04'], boundsMs: [month(2021, 0), month(2021, 1), month(2021, 2), month(2021, 3), month(2021, 4)] };
    const crime = { id: 'crime', label: 'Crime', count: 2, timeMs: Float64Array.from([month(2021, 0), month(2021, 1) + 5]) } as never;
    const join = { incidentId: 'crime', boundaryId: dataset.id, areaIndex: Int32Array.from([0, 1]), joinMs: 1 } as never;
    // Area-major counts: area 0 had one in Jan, area 1 one in Feb.
    const table = { areaCount: 4, periodCount: 4, counts: Float64Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) };
    const context = buildFieldContext(dataset, { ...empty, incidents: { crime }, joins: { crime: join } });
    const at = (step: number) => layerChoropleth(inputs('incidents:crime:count', { context, incidents: { crime }, joins: { crime: join }, periods, step, periodTables: { [periodTableKey(join, null, periods)]: table } }));
    expect(at(1).values).toEqual([0, 1, 0, 0]);
    expect(at(3).values).toEqual([null, null, null, null]);
    expect(at(3).classification.noDataCount).toBe(4);
    // A rolling window that still reaches into the data counts what it covers.
    expect(layerChoropleth({ ...inputs('incidents:crime:count', { context, incidents: { crime }, joins: { crime: join }, periods, step: 2, periodTables: { [periodTableKey(join, null, periods)]: table } }), window: { kind: 'rolling', size: 2 } }).values).toEqual([0, 1, 0, 0]);
  });
});
