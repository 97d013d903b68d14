import { describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { textFile } from '../../test/helpers/bytes';
import type { AreaDataset, TensionAssessment } from '../types';
import { sourceIndexInputs, sourceValues, type CohesionSources } from './cohesion-sources';
import { computeResults } from './cohesion-derived';

const square = (code: string, x: number, population: number) => ({
  type: 'Feature', properties: { code, population },
  geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] },
});

async function areas(): Promise<AreaDataset> {
  const features = [square('W01000001', 0, 2000), square('W01000002', 0.02, 1000), square('W01000003', 0.04, 500)];
  const [result] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features }))], idPrefix: 'b', ids: ['b'] });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

// Six incidents: areas 0,0,1,2 are anti-social behaviour, areas 0 and 1 burglary.
const incidents = { i: { id: 'i', label: 'Gwent crimes', count: 6, timeMs: new Float64Array(6), categoryIndex: new Uint16Array([0, 0, 0, 0, 1, 1]), categories: ['Anti-social behaviour', 'Burglary'] } as never };
const joins = { i: { incidentId: 'i', boundaryId: 'b', areaIndex: new Int32Array([0, 0, 1, 2, 0, 1]), buildMs: 0, joinMs: 0, agreement: null } };
const tension = (areaCode: string, level: number): TensionAssessment => ({ areaCode, communityType: 'Faith or religious', timeMs: 0, current: { scale: 'eep', level }, potential: { scale: 'eep', level: 6 }, source: 't.csv:2' });
const sources: CohesionSources = { incidents, joins, tables: {}, populations: {}, tensionRows: [tension('W01000001', 3), tension('W01000001', 2), tension('W01000002', 6)] };

describe('incident and tension measures of the cohesion index', () => {
  it('gives one category\'s rate per 1,000 residents over all dates, whatever the incident panel filters', async () => {
    const layer = await areas();
    const asb = sourceValues(layer, { kind: 'incidents', incidentId: 'i', measure: 'rate', category: 'Anti-social behaviour' }, sources);
    // 2 ÷ 2,000 × 1,000 = 1; 1 ÷ 1,000 × 1,000 = 1; 1 ÷ 500 × 1,000 = 2.
    expect(Array.from(asb ?? [])).toEqual([1, 1, 2]);
    expect(Array.from(sourceValues(layer, { kind: 'incidents', incidentId: 'i', measure: 'count', category: null }, sources) ?? [])).toEqual([3, 2, 1]);
    expect(sourceValues(layer, { kind: 'incidents', incidentId: 'i', measure: 'rate', category: 'Arson' }, sources)).toBeNull();
    expect(Array.from(sourceValues(layer, { kind: 'tension', measure: 'elevated-assessments' }, sources) ?? [])).toEqual([2, 0, Number.NaN]);
  });

  it('enters the index only with a direction, beside table indicators', async () => {
    const layer = await areas();
    const items = [
      { source: { kind: 'incidents' as const, incidentId: 'i', measure: 'rate' as const, category: 'Anti-social behaviour' }, direction: 'negative' as const, weight: 1, unreliable: false },
      { source: { kind: 'tension' as const, measure: 'elevated-assessments' as const }, direction: null, weight: 1, unreliable: false },
    ];
    expect(sourceIndexInputs(layer, items, sources).map((input) => input.id)).toEqual(['incidents:i:rate:Anti-social behaviour']);
    const results = computeResults(layer, {}, { items: [], sourceItems: items, periodLabel: null, rapidChange: null, community: null, lowCohesion: { kind: 'index-quintile' } }, sources);
    // The area with the highest ASB rate (the third) is the least cohesive by this measure alone.
    expect([results.index?.components.map((c) => c.id), Array.from(results.index?.ranks ?? [])]).toEqual([['incidents:i:rate:Anti-social behaviour'], [2, 2, 1]]);
  });
});
