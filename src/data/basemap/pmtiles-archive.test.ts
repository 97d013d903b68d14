import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, tileIdToZxy, zxyToTileId } from 'pmtiles';
import type { FeatureCollection } from 'geojson';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { rasterArchive, tileOf, vectorArchive } from '../../../test/helpers/basemap-archives';
import { writePmtiles } from '../../../test/helpers/pmtiles-writer';
import { byteRangeSource, describePmtilesArchive, type ReadBytes } from './pmtiles-archive';

const reader = (bytes: Uint8Array): ReadBytes => async (offset, length) => bytes.slice(offset, offset + length).buffer as ArrayBuffer;

const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Square' }, geometry: { type: 'Polygon', coordinates: [[[-3.3, 51.5], [-3.1, 51.5], [-3.1, 51.7], [-3.3, 51.7], [-3.3, 51.5]]] } }],
};

describe('PMTiles basemap archives', () => {
  it('describes a vector archive: kind, zooms, extent, layer names and attribution from its metadata', async () => {
    const bytes = vectorArchive({ land: square }, 6, 9);
    expect(await describePmtilesArchive('square.pmtiles', reader(bytes))).toEqual({
      ok: true,
      value: { fileName: 'square.pmtiles', tileKind: 'vector', minZoom: 6, maxZoom: 9, bounds: [-3.3, 51.5, -3.1, 51.7], vectorLayers: ['land'], attribution: 'Test tiles' },
    });
  });

  it('describes a raster archive by its image format, with no vector layers', async () => {
    const bytes = rasterArchive([-3.3, 51.5, -3.1, 51.7], [46, 139, 87], 8, 9);
    const result = await describePmtilesArchive('flat.pmtiles', reader(bytes));
    expect(result).toEqual({ ok: true, value: { fileName: 'flat.pmtiles', tileKind: 'raster', imageFormat: 'png', minZoom: 8, maxZoom: 9, bounds: [-3.3, 51.5, -3.1, 51.7], vectorLayers: [] } });
  });

  it('writes tiles the pmtiles reader finds again byte for byte, runs of identical tiles included', async () => {
    const tiles = [[3, 3, 2], [3, 4, 2], [3, 4, 3], [4, 7, 5]].map(([z, x, y], i) => ({ z, x, y, bytes: Uint8Array.of(z, x, y, i % 2) }));
    // The next tile along the Hilbert curve with the same bytes: written as a run of two.
    const [z, x, y] = tileIdToZxy(zxyToTileId(4, 7, 5) + 1);
    tiles.push({ z, x, y, bytes: tiles[3].bytes });
    const archive = new PMTiles(byteRangeSource('written', reader(writePmtiles(tiles, { tileType: 2, bounds: [-10, 40, 10, 60], metadata: {} }))));
    const found = await Promise.all(tiles.map(async ({ z, x, y }) => Array.from(new Uint8Array((await archive.getZxy(z, x, y))!.data))));
    expect(found).toEqual(tiles.map((tile) => Array.from(tile.bytes)));
    expect(await archive.getZxy(3, 0, 0)).toBeUndefined();
    expect([(await archive.getHeader()).numTileContents, (await archive.getHeader()).numTileEntries]).toEqual([4, 4]);
  });

  it('refuses a file that is not PMTiles, another spec version, tiles that are not map tiles, and a cut-short file', async () => {
    const good = vectorArchive({ land: square }, 6, 7);
    const version2 = good.slice();
    version2[7] = 2;
    const mlt = good.slice();
    mlt[99] = TileType.Mlt;
    const results = await Promise.all([
      describePmtilesArchive('wards.geojson', reader(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'))),
      describePmtilesArchive('old.pmtiles', reader(version2)),
      describePmtilesArchive('mlt.pmtiles', reader(mlt)),
      describePmtilesArchive('cut.pmtiles', reader(good.slice(0, 130))),
    ]);
    expect(results).toEqual([
      { ok: false, problem: { code: 'not-pmtiles', file: 'wards.geojson' } },
      { ok: false, problem: { code: 'unsupported-version', file: 'old.pmtiles', found: '2' } },
      { ok: false, problem: { code: 'unsupported-tile-type', file: 'mlt.pmtiles', found: 'Mlt' } },
      { ok: false, problem: { code: 'unreadable', file: 'cut.pmtiles' } },
    ]);
  });
});

describeWithSharedData('a vector basemap made from the shared Caerphilly wards', ['boundaries/wales/wards_wd13_W06000018_caerphilly.geojson'], () => {
  it('holds the wards in its tiles, read back through the pmtiles reader', async () => {
    const wards = JSON.parse(new TextDecoder().decode(readSharedBytes('boundaries/wales/wards_wd13_W06000018_caerphilly.geojson'))) as FeatureCollection;
    const bytes = vectorArchive({ boundaries: wards }, 8, 11);
    const described = await describePmtilesArchive('caerphilly.pmtiles', reader(bytes));
    expect(described.ok && described.value.vectorLayers).toEqual(['boundaries']);
    const [x, y] = tileOf(-3.218, 51.576, 11); // Caerphilly town
    const tile = await new PMTiles(byteRangeSource('caerphilly', reader(bytes))).getZxy(11, x, y);
    // A vector tile keeps its layer name and property values as UTF-8 strings.
    const text = new TextDecoder().decode(tile!.data);
    expect([text.includes('boundaries'), text.includes('Morgan Jones'), text.includes('W05000923')]).toEqual([true, true, true]);
  });
});
