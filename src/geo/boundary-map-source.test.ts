import { describe, expect, it } from 'vitest';
import { boundaryMapSource, encodeBoundaryMapSource } from './boundary-map-source';
import type { AreaFeature } from '../types';

const square = (x: number): AreaFeature['geometry'] => ({ type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] });

describe('the boundary map source', () => {
  const dataset = {
    features: [{ type: 'Feature', geometry: square(-3.2), properties: { LSOA21CD: 'W01000001', other: 'not sent' } }, { type: 'Feature', geometry: square(-3.19), properties: {} }] as unknown as AreaFeature[],
    areaCodes: ['W01000001', 'W01000002'],
    areaNames: ['Caerphilly 001A', 'Caerffili 001B ŵŷ'],
  };

  it('carries the geometry, the area index as id and only the code and name', () => {
    const source = boundaryMapSource(dataset);
    expect(source.features.map((f) => f.id)).toEqual([0, 1]);
    expect(source.features[1].geometry).toBe(dataset.features[1].geometry);
    expect(source.features.map((f) => f.properties)).toEqual([{ areaCode: 'W01000001', areaName: 'Caerphilly 001A' }, { areaCode: 'W01000002', areaName: 'Caerffili 001B ŵŷ' }]);
  });

  it('encodes exactly that object as UTF-8 JSON in a buffer of its own', () => {
    const bytes = encodeBoundaryMapSource(dataset);
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(JSON.parse(JSON.stringify(boundaryMapSource(dataset))));
  });
});
