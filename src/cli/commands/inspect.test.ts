import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { bngSquares, twoPoints } from '../../../test/fixtures/boundaries/areas';
import { BNG_PRJ } from '../../../test/fixtures/boundaries/prj';
import { buildShapefile } from '../../../test/fixtures/boundaries/shapefile-bytes';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI in a child process, as `npm run atlas -- …` does. */
function atlas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [join(repoRoot, 'src', 'cli', 'atlas.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'atlas-inspect-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, data: string | ArrayBuffer) => {
  const path = join(folder, name);
  writeFileSync(path, typeof data === 'string' ? data : new Uint8Array(data));
  return path;
};

describe('atlas inspect (child process)', () => {
  const shapefile = buildShapefile(
    bngSquares.features.map((feature) => ({ geometry: feature.geometry as never, properties: feature.properties as Record<string, string> })),
    [{ name: 'WD22CD', type: 'C', length: 9 }, { name: 'WD22NM', type: 'C', length: 20 }],
  );
  const shp = write('wards.shp', shapefile.shp);
  const dbf = write('wards.dbf', shapefile.dbf);
  const prj = write('wards.prj', BNG_PRJ);
  const points = write('points.geojson', JSON.stringify(twoPoints));

  it('prints exactly one JSON object for shapefile parts given separately and a points file, exit 0', () => {
    const result = atlas('inspect', shp, dbf, prj, points, '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { datasets: Record<string, unknown>[] };
    expect(report.datasets.map(({ file, format, kind, features, crs, codeField, nameField, errors }) => ({ file, format, kind, features, crs, codeField, nameField, errors }))).toEqual([
      { file: shp, format: 'shapefile', kind: 'areas', features: 2, crs: 'EPSG:27700 (from .prj)', codeField: 'WD22CD', nameField: 'WD22NM', errors: [] },
      { file: points, format: 'geojson', kind: 'points', features: 2, crs: 'EPSG:4326', codeField: null, nameField: null, errors: [] },
    ]);
  });

  it('exits non-zero and lists the error when a dataset fails (a .shp with no .dbf beside it)', () => {
    mkdirSync(join(folder, 'lonely'));
    const lonely = write('lonely/wards.shp', shapefile.shp);
    const result = atlas('inspect', lonely, '--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { datasets: { file: string; errors: string[] }[] };
    expect(report.datasets.map((dataset) => [dataset.file, dataset.errors.length])).toEqual([[lonely, 1]]);
  });

  it('reads the .dbf and .prj beside a .shp given alone, as ogrinfo does', () => {
    const result = atlas('inspect', shp, '--json');
    const report = JSON.parse(result.stdout) as { datasets: Record<string, unknown>[] };
    expect([result.status, report.datasets.map(({ file, features, crs, codeField, errors }) => ({ file, features, crs, codeField, errors }))]).toEqual([
      0, [{ file: shp, features: 2, crs: 'EPSG:27700 (from .prj)', codeField: 'WD22CD', errors: [] }],
    ]);
  });

  it('prints a readable report without --json', () => {
    const result = atlas('inspect', shp, dbf, prj);
    expect([result.status, result.stdout.split('\n').slice(0, 6)]).toEqual([
      0,
      [shp, '  format       shapefile, 2 areas', '  crs          EPSG:27700 (from .prj)', expect.stringMatching(/^ {2}extent {7}lng -3\.\d{4} to -3\.\d{4}, lat 51\.\d{4} to 51\.\d{4}$/), '  code field   WD22CD', '  name field   WD22NM'],
    ]);
  });

  it('prints usage and exits 2 for an unknown command', () => {
    const result = atlas('frobnicate');
    expect([result.status, result.stdout, result.stderr.split('\n')[0]]).toEqual([2, '', 'atlas: unknown command "frobnicate"']);
  });
});

describeWithSharedData(
  'atlas inspect on real data (child process)',
  ['shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.shp', 'boundaries/wales/wards_wd13_wales_all.topojson', 'indicators/census2021-ts001-lsoa.csv'],
  () => {
    it('reports the Cardiff shapefile folder, the Welsh wards TopoJSON and the census table', () => {
      const result = atlas('inspect', sharedDataPath('shapefiles/cardiff_lsoa21_bng'), sharedDataPath('boundaries/wales/wards_wd13_wales_all.topojson'), sharedDataPath('indicators/census2021-ts001-lsoa.csv'), '--json');
      expect(result.status).toBe(0);
      const { datasets } = JSON.parse(result.stdout) as { datasets: { format: string; kind: string; features: number; crs: string | null; bboxWgs84: number[] | null; codeField: string; nameField: string | null }[] };
      expect(datasets.map(({ format, kind, features, crs, codeField, nameField }) => ({ format, kind, features, crs, codeField, nameField }))).toEqual([
        { format: 'shapefile', kind: 'areas', features: 218, crs: 'EPSG:27700 (from .prj)', codeField: 'small_area', nameField: null },
        { format: 'topojson', kind: 'areas', features: 852, crs: 'EPSG:4326 (from crs member)', codeField: 'WD13CD', nameField: 'WD13NM' },
        { format: 'csv', kind: 'table', features: 35672, crs: null, codeField: 'geography code', nameField: 'geography' },
      ]);
      const [minLng, minLat, maxLng, maxLat] = datasets[0].bboxWgs84!;
      expect(minLng > -3.35 && maxLng < -3.05 && minLat > 51.37 && maxLat < 51.57).toBe(true);
      expect(datasets[2].bboxWgs84).toBeNull();
    });

    it('reads the siblings of each .shp named alone (Cardiff LSOAs and the English districts)', () => {
      const result = atlas('inspect', sharedDataPath('shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.shp'), sharedDataPath('shapefiles/england_lad_2011_gen/england_lad_2011_gen.shp'), '--json');
      const { datasets } = JSON.parse(result.stdout) as { datasets: { file: string; kind: string; features: number; crs: string | null; errors: string[] }[] };
      expect([result.status, datasets.map(({ file, kind, features, crs, errors }) => ({ file, kind, features, crs, errors }))]).toEqual([0, [
        { file: sharedDataPath('shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.shp'), kind: 'areas', features: 218, crs: 'EPSG:27700 (from .prj)', errors: [] },
        { file: sharedDataPath('shapefiles/england_lad_2011_gen/england_lad_2011_gen.shp'), kind: 'areas', features: 326, crs: 'EPSG:27700 (from .prj)', errors: [] },
      ]]);
    });
  },
);
