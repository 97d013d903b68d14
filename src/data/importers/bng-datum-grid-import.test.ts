import { afterEach, describe, expect, it } from 'vitest';
import { writeNtv2Grid } from '../../../test/helpers/ntv2-grid';
import { installBngDatumGrid, removeBngDatumGrid } from '../../geo/bng-datum-grid';
import { bngToWgs84 } from '../../geo/projection';
import { loadIncidentFiles } from '../load-incidents';
import { importBoundaryFiles } from './index';

const grid = writeNtv2Grid({ extent: [-9, 49, 2, 61], stepDeg: 0.5, shiftAt: (lng, lat) => ({ latSeconds: 2 + 0.25 * (lat - 49), lngSeconds: -3 + 0.5 * (lng + 9) }) });
const text = (name: string, value: string) => ({ name, bytes: new TextEncoder().encode(value).buffer as ArrayBuffer });
const square = [[[318_000, 176_000], [319_000, 176_000], [319_000, 177_000], [318_000, 177_000], [318_000, 176_000]]];
const boundaries = text('bng.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'W01001234' }, geometry: { type: 'Polygon', coordinates: square } }] }));
const incidents = text('cases.csv', 'Date,Easting,Northing\n2022-05-01,318500,176500\n');

afterEach(removeBngDatumGrid);

describe('BNG files loaded with and without a supplied OSTN15 grid', () => {
  it('names the grid in the layer CRS, and reprojects the boundaries through it', async () => {
    const [helmert] = await importBoundaryFiles([boundaries]);
    installBngDatumGrid(grid, 'OSTN15_NTv2_OSGBtoETRS.gsb');
    const [withGrid] = await importBoundaryFiles([boundaries]);
    if (!helmert.ok || !withGrid.ok) throw new Error('both load');
    expect([helmert.value.crs.datumGrid, withGrid.value.crs]).toEqual([undefined, { source: 'bng', detectedBy: 'coordinate-range', datumGrid: 'OSTN15_NTv2_OSGBtoETRS.gsb' }]);
    const corner = (withGrid.value.features[0].geometry as GeoJSON.Polygon).coordinates[0][0];
    expect(corner).toEqual(bngToWgs84(318_000, 176_000));
    expect(corner).not.toEqual((helmert.value.features[0].geometry as GeoJSON.Polygon).coordinates[0][0]);
  });

  it('says in the incident load report which shift grid-reference columns went through', async () => {
    const before = await loadIncidentFiles([incidents], { id: 'a' });
    installBngDatumGrid(grid, 'OSTN15_NTv2_OSGBtoETRS.gsb');
    const after = await loadIncidentFiles([incidents], { id: 'b' });
    if (!before.ok || !after.ok) throw new Error('both load');
    const bngWarning = (result: typeof after) => result.ok && result.value.report.warnings.find((warning) => warning.code === 'reprojected-from-bng');
    expect([bngWarning(before), bngWarning(after)]).toEqual([
      { code: 'reprojected-from-bng', detail: 'columns', file: 'cases.csv', params: { easting: 'Easting', northing: 'Northing' } },
      { code: 'reprojected-from-bng', detail: 'columns-ostn15', file: 'cases.csv', params: { easting: 'Easting', northing: 'Northing', grid: 'OSTN15_NTv2_OSGBtoETRS.gsb' } },
    ]);
    expect([after.value.lng[0], after.value.lat[0]]).toEqual(bngToWgs84(318_500, 176_500));
  });
});
