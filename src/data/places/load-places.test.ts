import { describe, expect, it } from 'vitest';
import type { PostcodeLookup } from '../../types';
import { deepFreeze } from '../../../test/helpers/freeze';
import { gridCsv, noCategoryCsv, placesCsv, placesGeojson } from '../../../test/fixtures/places/place-files';
import { indexPostcodeLookups } from '../postcodes/locate-by-postcode';
import { bngToWgs84 } from '../../geo/projection';
import { loadPlaceFiles } from './load-places';

const lookup: PostcodeLookup = deepFreeze({
  format: 'onspd', files: ['lookup.csv'], postcodes: ['CF10 1AA'], lng: Float64Array.from([-3.185]), lat: Float64Array.from([51.47]),
  lsoaCodes: ['W01001939'], wardCodes: null, columns: { postcode: 'pcds', lsoa: 'lsoa21', ward: null }, skipped: { noPosition: 0, badPostcode: 0 },
});

describe('loadPlaceFiles', () => {
  it('keeps good rows (a postcode placed by the lookup) and rejects every bad one with its file, row, field and value', () => {
    const result = loadPlaceFiles([placesCsv], indexPostcodeLookups([lookup]));
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        places: [
          { name: 'St Mary Church', category: 'place-of-worship', position: [-3.1791, 51.4816], row: 'community-assets.csv:2' },
          { name: 'Dar Ul-Isra Mosque', category: 'place-of-worship', position: [-3.18, 51.49], row: 'community-assets.csv:3' },
          { name: 'Grangetown Hub', category: 'community-centre', position: [-3.185, 51.47], postcode: 'CF10 1AA', row: 'community-assets.csv:4' },
        ],
        report: {
          files: [{ name: 'community-assets.csv', rowsRead: 9, rowsKept: 3 }],
          rejected: [
            { file: 'community-assets.csv', row: 5, field: 'Longitude, Latitude', reason: 'bad-coordinates', value: 'abc, 51.48' },
            { file: 'community-assets.csv', row: 6, field: 'Longitude, Latitude', reason: 'lat-lng-swapped', value: '51.48, -3.17' },
            { file: 'community-assets.csv', row: 7, field: 'Category', reason: 'unknown-category', value: 'Bowling alley' },
            { file: 'community-assets.csv', row: 8, field: 'Category', reason: 'no-category', value: '' },
            { file: 'community-assets.csv', row: 9, field: 'Longitude, Latitude, Postcode', reason: 'no-position', value: '' },
            { file: 'community-assets.csv', row: 10, field: 'Postcode', reason: 'not-in-lookup', value: 'CF99 9ZZ' },
          ],
        },
      },
    });
  });

  it('rejects a row with only a postcode when no lookup is loaded, saying so', () => {
    const result = loadPlaceFiles([placesCsv], null);
    expect(result.ok && result.value.report.rejected.find((row) => row.row === 4)).toEqual({ file: 'community-assets.csv', row: 4, field: 'Postcode', reason: 'no-postcode-lookup', value: 'CF10 1AA' });
  });

  it('reprojects easting and northing from British National Grid, and rejects metres off the grid', () => {
    const result = loadPlaceFiles([gridCsv], null);
    expect(result.ok && [result.value.places, result.value.report.rejected]).toEqual([
      [{ name: 'City Hall', category: 'venue', position: bngToWgs84(318150, 176730), row: 'grid-assets.csv:2' }],
      [{ file: 'grid-assets.csv', row: 3, field: 'easting, northing', reason: 'outside-uk', value: '9000000, 176730' }],
    ]);
  });

  it('reads GeoJSON points by feature number, rejecting other geometries and points outside the UK', () => {
    const result = loadPlaceFiles([placesGeojson], null);
    expect(result.ok && [result.value.places, result.value.report]).toEqual([
      [{ name: 'Queen Street', category: 'flashpoint', position: [-3.175, 51.482], row: 'flashpoints.geojson:1' }],
      {
        files: [{ name: 'flashpoints.geojson', rowsRead: 3, rowsKept: 1 }],
        rejected: [
          { file: 'flashpoints.geojson', row: 2, field: 'geometry', reason: 'bad-coordinates', value: 'Polygon' },
          { file: 'flashpoints.geojson', row: 3, field: 'geometry', reason: 'outside-uk', value: '2.35, 48.85' },
        ],
      },
    ]);
  });

  it('refuses a file without a category column, naming its header', () => {
    expect(loadPlaceFiles([noCategoryCsv], null)).toEqual({
      ok: false,
      error: { code: 'mapping-column-missing', detail: 'place-category', file: 'no-category.csv', params: { file: 'no-category.csv', header: '"Name", "Longitude", "Latitude"' } },
    });
  });
});
