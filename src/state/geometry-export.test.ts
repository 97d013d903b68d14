import { describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import { fixtureFile } from '../../test/helpers/positions';
import { buildAreaDataset } from '../data/area-dataset';
import { parseGeoPackageAreas } from '../data/importers/geopackage';
import { parseGeoJsonAreas } from '../data/importers/geojson';
import { useCohesionStore } from './cohesion-store';
import { exportLayerGeometry, joinedColumns } from './geometry-export';

const names = { count: (label: string) => `${label} count`, cohesionScore: 'cohesion score', cohesionRank: 'cohesion rank' };

async function cardiff() {
  const parsed = await parseGeoJsonAreas(fixtureFile('crs/utm30n-32630.geojson'));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const dataset = buildAreaDataset(parsed.value, { id: 'cardiff', label: 'Cardiff squares' });
  if (!dataset.ok) throw new Error(dataset.error.code);
  return dataset.value;
}

describe('exportLayerGeometry', () => {
  it('names the file after the layer and the CRS, and writes a GeoPackage the importer reads back with the added columns', async () => {
    const dataset = await cardiff();
    const file = await exportLayerGeometry(dataset, [{ name: 'Population', values: [1520, null] }, { name: 'class', values: ['1,500 – 2,000', 'No data'] }], 'geopackage', 'bng');
    expect([file.fileName, file.type]).toEqual(['cardiff_squares-epsg27700.gpkg', 'application/geopackage+sqlite3']);
    const back = await parseGeoPackageAreas({ name: file.fileName, bytes: file.bytes.buffer.slice(0) as ArrayBuffer }, await initSqlJs());
    expect(back.ok && [back.value.crs.source, back.value.features.map((feature) => [feature.properties.code, feature.properties.Population, feature.properties.class])]).toEqual([
      'bng',
      [['W01001689', 1520, '1,500 – 2,000'], ['W01001690', null, 'No data']],
    ]);
  });

  it('writes GeoJSON in WGS84', async () => {
    const file = await exportLayerGeometry(await cardiff(), [], 'geojson', 'wgs84');
    expect([file.fileName, JSON.parse(new TextDecoder().decode(file.bytes)).features.length]).toEqual(['cardiff_squares-wgs84.geojson', 2]);
  });
});

describe('joinedColumns', () => {
  it('adds nothing when no incidents are joined into the layer and the cohesion index is on another layer', async () => {
    useCohesionStore.setState({ boundaryId: 'another' });
    expect(joinedColumns(await cardiff(), names)).toEqual([]);
  });
});
