import { describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { loadTableFiles } from '../data/load-tables';
import { textFile } from '../../test/helpers/bytes';
import type { AreaDataset, IndicatorTable } from '../types';
import { incidentFieldId, incidentFieldValues, populationForBoundary } from './incident-derived';

const square = (code: string, x: number, extra: Record<string, number> = {}) => ({
  type: 'Feature', properties: { code, ...extra },
  geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] },
});

async function boundary(features: unknown[]): Promise<AreaDataset> {
  const [result] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features }))], idPrefix: 'b', ids: ['b'] });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function table(csv: string): Promise<IndicatorTable> {
  const result = await loadTableFiles([textFile('ts001.csv', csv)], { id: 'ts001' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('rates per 1,000 residents', () => {
  it('uses the boundary population column when there is one', async () => {
    const areas = await boundary([square('W01000001', 0, { population: 2000 }), square('W01000002', 0.02, { population: 1000 })]);
    expect(populationForBoundary(areas)).toEqual({ source: 'population', values: [2000, 1000], choice: { kind: 'column', name: 'population' }, reason: 'population', chosen: false });
  });

  it('otherwise takes a population total from a loaded table, e.g. Census 2021 TS001', async () => {
    const areas = await boundary([square('W01000001', 0), square('W01000002', 0.02)]);
    const ts001 = await table('geography code,Total,Lives in a household\nW01000001,"2,000",1980\nW01000002,1000,990\n');
    expect(populationForBoundary(areas, { ts001 })).toEqual({ source: 'ts001: Total', values: [2000, 1000], choice: { kind: 'table', tableId: 'ts001', indicator: 0 }, reason: 'total', chosen: false });
    const join = { incidentId: 'i', boundaryId: 'b', areaIndex: new Int32Array([0, 0, 1, -1]), buildMs: 0, joinMs: 0, agreement: null };
    const incidents = { count: 4, timeMs: new Float64Array(4), categoryIndex: new Uint16Array(4), categories: ['ASB'] } as never;
    const rate = incidentFieldValues(areas, incidentFieldId('i', 'rate'), { incidents: { i: incidents }, filters: {}, joins: { i: join }, tables: { ts001 } });
    expect(rate).toEqual([1, 1]);
  });

  it('has no rate when neither the boundaries nor a table give a population', async () => {
    const areas = await boundary([square('W01000001', 0)]);
    expect(populationForBoundary(areas, {})).toBeNull();
  });
});
