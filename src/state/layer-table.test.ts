import { describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { loadTableFiles } from '../data/load-tables';
import { textFile } from '../../test/helpers/bytes';
import { suppressionFor } from './layer-table';
import { tableFieldId } from './table-derived';

const codes = ['W01000001', 'W01000002', 'W01000003'];
const square = (code: string, x: number, population: number) => ({ type: 'Feature', properties: { code, population }, geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] } });

async function boundary() {
  const [loaded] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features: codes.map((c, i) => square(c, i * 0.02, [1500, 2000, 800][i])) }))], idPrefix: 'b', ids: ['b'] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

describe('which mapped values are suppressed', () => {
  it('suppresses incident counts, and recovers the count behind each incident rate to withhold it', async () => {
    const areas = await boundary();
    expect(suppressionFor(areas, 'incidents:x:count', [3, 10, 0], {}).kind).toBe('count');
    // 3 incidents in 1,500 residents = 2 per 1,000; 10 in 2,000 = 5; none in 800.
    const rate = suppressionFor(areas, 'incidents:x:rate', [2, 5, 0], {});
    expect(rate.kind).toBe('derived');
    expect([0, 1, 2].map((i) => rate.baseCounts!(i))).toEqual([[3], [10], [0]]);
  });

  it('suppresses count indicators and their differences, but not shares, ranks or the area', async () => {
    const areas = await boundary();
    const result = await loadTableFiles([textFile('census2021-ts004.csv', `geography code,Born outside the UK,Share born outside (%)\n${codes[0]},3,0.2\n${codes[1]},40,2\n${codes[2]},7,0.9\n`)], { id: 't' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const table = result.value;
    const tables = { [table.id]: table };
    const field = (indicator: number, measure: 'value' | 'diff' | 'rank') => tableFieldId({ tableId: table.id, indicator, period: 0, measure });
    expect(table.indicators.map((i) => i.unit)).toEqual(['count', 'percent']);
    expect(suppressionFor(areas, field(0, 'value'), [3, 40, 7], tables).kind).toBe('count');
    const diff = suppressionFor(areas, field(0, 'diff'), [-13.7, 23.3, -9.7], tables);
    expect(diff.kind).toBe('derived');
    expect(diff.baseCounts!(0)).toEqual([3]);
    expect(suppressionFor(areas, field(0, 'rank'), [3, 1, 2], tables).kind).toBe('none');
    expect(suppressionFor(areas, field(1, 'value'), [0.2, 2, 0.9], tables).kind).toBe('none');
    expect(suppressionFor(areas, '__area_km2', [1, 1, 1], tables).kind).toBe('none');
  });
});
