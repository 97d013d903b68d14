import { describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { loadTableFiles } from '../data/load-tables';
import { textFile } from '../../test/helpers/bytes';
import type { AreaDataset, IndicatorTable } from '../types';
import { cohesionFieldValues, computeResults } from './cohesion-derived';

const square = (code: string, x: number) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] } });

async function setUp(): Promise<{ boundary: AreaDataset; tables: Record<string, IndicatorTable> }> {
  const codes = ['W01000001', 'W01000002', 'W01000003', 'W01000004', 'W01000005'];
  const [b] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features: codes.map((c, i) => square(c, i * 0.02)) }))], idPrefix: 'b', ids: ['b'] });
  if (!b.ok) throw new Error(JSON.stringify(b.error));
  // deprivation: higher = less cohesive; community counts concentrated in the two most deprived areas.
  const t = await loadTableFiles([textFile('t.csv', ['code,deprivation,crime,community,total', 'W01000001,50,9,400,1000', 'W01000002,40,7,300,1000', 'W01000003,30,5,50,1000', 'W01000004,20,3,25,1000', 'W01000005,10,1,25,1000'].join('\n'))], { id: 't' });
  if (!t.ok) throw new Error(JSON.stringify(t.error));
  return { boundary: b.value, tables: { t: t.value } };
}

describe('cohesion results for the analysed layer', () => {
  it('finds low cohesion by index quintile and maps where the community is over-represented there', async () => {
    const { boundary, tables } = await setUp();
    const results = computeResults(boundary, tables, {
      items: [{ tableId: 't', indicator: 0, direction: 'negative', weight: 1, unreliable: false }],
      periodLabel: null,
      rapidChange: null,
      community: { count: { tableId: 't', indicator: 2 }, denominator: { tableId: 't', indicator: 3 } },
      lowCohesion: { kind: 'index-quintile' },
    });
    expect(cohesionFieldValues('cohesion:quintile', results)).toEqual([1, 2, 3, 4, 5]);
    expect(results.low).toEqual([true, false, false, false, false]);
    expect(cohesionFieldValues('community:share', results)).toEqual([40, 30, 5, 2.5, 2.5]);
    // District share is 800/5000 = 16%: area 1 is low-cohesion and above it.
    expect(cohesionFieldValues('community:overlap', results)).toEqual([1, 0, 0, 0, 0]);
  });

  it('can define low cohesion by a threshold on one indicator instead', async () => {
    const { boundary, tables } = await setUp();
    const results = computeResults(boundary, tables, {
      items: [],
      periodLabel: null,
      rapidChange: null,
      community: { count: { tableId: 't', indicator: 2 }, denominator: { tableId: 't', indicator: 3 } },
      lowCohesion: { kind: 'threshold', ref: { tableId: 't', indicator: 1 }, threshold: 6, side: 'above' },
    });
    expect(results.index).toBeNull();
    expect(results.low).toEqual([true, true, false, false, false]);
    expect(results.overlapAreas).toEqual([1, 1, 0, 0, 0]);
  });

  it('leaves an indicator whose direction nobody has chosen out of the index, rather than counting it as less cohesion', async () => {
    const { boundary, tables } = await setUp();
    const settings = { periodLabel: null, rapidChange: null, community: null, lowCohesion: { kind: 'index-quintile' } as const };
    const chosen = computeResults(boundary, tables, { ...settings, items: [{ tableId: 't', indicator: 0, direction: 'negative', weight: 1, unreliable: false }, { tableId: 't', indicator: 1, direction: null, weight: 1, unreliable: false }] });
    expect(chosen.index?.components.map((c) => [c.id, c.direction])).toEqual([['t:0', 'negative']]);
    const none = computeResults(boundary, tables, { ...settings, items: [{ tableId: 't', indicator: 1, direction: null, weight: 1, unreliable: false }] });
    expect(none.index).toBeNull();
  });
});
