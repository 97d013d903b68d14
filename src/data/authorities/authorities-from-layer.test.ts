import { describe, expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import type { AreaDataset, AreaGeometry } from '../../types';
import { loadBoundaryDatasets } from '../load-boundaries';
import { authoritiesFromLayer } from './authorities-from-layer';

const square = (x: number, y: number, size: number): { geometry: AreaGeometry } => ({
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] },
});

describe('authoritiesFromLayer', () => {
  it('gives each area the authority its inside point falls in, in order of first use, and none outside', () => {
    const layer = { features: [square(0, 0, 1), square(1, 0, 1)], areaCodes: ['W06000001', 'W06000002'], areaNames: ['West', 'East'] };
    // An L-shaped area mostly in East whose bounding-box centre would fall in West's corner is still East.
    const lShape: { geometry: AreaGeometry } = { geometry: { type: 'Polygon', coordinates: [[[0.9, 0.1], [1.9, 0.1], [1.9, 0.9], [1.1, 0.9], [1.1, 0.3], [0.9, 0.3], [0.9, 0.1]]] } };
    const result = authoritiesFromLayer([square(1.2, 0.2, 0.2), square(0.2, 0.2, 0.2), lShape, square(5, 5, 0.1)], layer);
    expect(result.authorities).toEqual([{ code: 'W06000002', name: 'East', source: 'layer' }, { code: 'W06000001', name: 'West', source: 'layer' }]);
    expect(result.areaAuthorities).toEqual([0, 1, 0, -1]);
  });
});

describeWithSharedData(
  'authorities of all 852 Welsh wards from the 22 council boundaries',
  ['boundaries/wales/wards_wd13_wales_all.topojson', 'boundaries/wales/lad13_wales.geojson', 'boundaries/wales/wards_wd13_W06000015_cardiff.geojson', 'boundaries/wales/wards_wd13_W06000018_caerphilly.geojson'],
  () => {
    async function load(path: string): Promise<AreaDataset> {
      const [result] = await loadBoundaryDatasets({ files: [{ name: path.split('/').pop()!, bytes: readSharedBytes(path) }], idPrefix: path });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    }

    it('finds no authority in the all-Wales ward file itself, then the right council for every ward from LAD13', async () => {
      const wards = await load('boundaries/wales/wards_wd13_wales_all.topojson');
      const councils = await load('boundaries/wales/lad13_wales.geojson');
      expect(councils.level).toBe('local-authority');
      expect(wards.authorities ?? []).toEqual([]);
      const result = authoritiesFromLayer(wards.features, councils);
      expect(result.areaAuthorities.filter((a) => a < 0)).toEqual([]);
      expect(result.authorities).toHaveLength(22);
      // The wards of each council's own ward file all get that council.
      for (const [path, code] of [['boundaries/wales/wards_wd13_W06000015_cardiff.geojson', 'W06000015'], ['boundaries/wales/wards_wd13_W06000018_caerphilly.geojson', 'W06000018']] as const) {
        const own = new Set((await load(path)).areaCodes);
        const got = wards.areaCodes.filter((_, i) => result.authorities[result.areaAuthorities[i]].code === code);
        expect(new Set(got)).toEqual(own);
      }
    });
  },
);
