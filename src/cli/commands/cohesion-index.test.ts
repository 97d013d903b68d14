import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { computeCohesionIndex, type IndexIndicatorInput } from '../../analysis/cohesion/composite-index';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI in a child process, as `npm run atlas -- …` does. */
function atlas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [join(repoRoot, 'src', 'cli', 'atlas.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface IndexJson {
  areas: { areaCode: string; score: number; rank: number; quintile: number }[];
  indicators: { name: string; direction: string; weight: number }[];
  excluded: number;
}

/** What the CLI should print for these indicators over these area codes (the analysis module does the maths). */
function expectedJson(areaCodes: string[], inputs: IndexIndicatorInput[]): IndexJson {
  const index = computeCohesionIndex(inputs);
  const areas = areaCodes.flatMap((areaCode, i) => (Number.isNaN(index.scores[i]) ? [] : [{ areaCode, score: index.scores[i], rank: index.ranks[i], quintile: index.quintiles[i] }]));
  return { areas, indicators: inputs.map(({ id, direction, weight }) => ({ name: id, direction, weight: weight ?? 1 })), excluded: areaCodes.length - areas.length };
}

const folder = mkdtempSync(join(tmpdir(), 'atlas-index-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

const codes = ['E01000001', 'E01000002', 'E01000003', 'E01000004'];
const square = (i: number) => [[[i * 0.01, 51], [i * 0.01 + 0.01, 51], [i * 0.01 + 0.01, 51.01], [i * 0.01, 51.01], [i * 0.01, 51]]];
const boundaries = write('areas.geojson', JSON.stringify({
  type: 'FeatureCollection',
  features: codes.map((code, i) => ({ type: 'Feature', properties: { LSOA21CD: code, LSOA21NM: `Area ${i + 1}`, pct_aged_65_plus: [10, 20, 30, 40][i] }, geometry: { type: 'Polygon', coordinates: square(i) } })),
}));
// Area 3 has no row (only its age value is known: 1 of 4 weight, so it is not scored); E01099999 matches no area.
const table = write('indicators.csv', 'lsoa_code,asb_rate,Income_score\nE01000001,5,30\nE01000002,1,10\nE01000004,3,20\nE01099999,9,9\n');

describe('atlas index (child process)', () => {
  it('prints exactly one JSON object with catalogue directions, --direction and --weight, and counts unscored areas', () => {
    const result = atlas('index', '--boundaries', boundaries, '--table', table, '--indicators', 'pct_aged_65_plus,asb_rate,Income_score', '--direction', 'asb_rate=negative', '--weight', 'asb_rate=2', '--json');
    expect([result.status, JSON.parse(result.stdout)]).toEqual([
      0,
      expectedJson(codes, [
        { id: 'pct_aged_65_plus', values: [10, 20, 30, 40], direction: 'positive', weight: 1 },
        { id: 'asb_rate', values: [5, 1, NaN, 3], direction: 'negative', weight: 2 },
        { id: 'Income_score', values: [30, 10, NaN, 20], direction: 'negative', weight: 1 },
      ]),
    ]);
    expect(JSON.parse(result.stdout).excluded).toBe(1);
  });

  it('exits 2 without output when a column has no direction, is unknown, or an option is bad', () => {
    for (const args of [
      ['--indicators', 'asb_rate'],
      ['--indicators', 'no_such_column'],
      ['--indicators', 'Income_score', '--weight', 'Income_score=0'],
      ['--indicators', 'Income_score', '--min-weight-share', '2'],
      ['--colour', 'red'],
    ]) {
      const result = atlas('index', '--boundaries', boundaries, '--table', table, ...args, '--json');
      expect([args.join(' '), result.status, result.stdout]).toEqual([args.join(' '), 2, '']);
    }
    expect(atlas('index', '--table', table).status).toBe(2);
  });

  it('exits 1 when the boundary file cannot be used', () => {
    const result = atlas('index', '--boundaries', write('broken.geojson', '{"type":"FeatureCollection","features":['), '--json');
    expect([result.status, result.stdout]).toEqual([1, '']);
  });

  it('prints a readable table, lowest score first, without --json', () => {
    const result = atlas('index', '--boundaries', boundaries, '--table', table, '--direction', 'asb_rate=negative', '--indicators', 'asb_rate,Income_score');
    const lines = result.stdout.split('\n');
    expect([result.status, lines.slice(0, 4), lines[6].trim().split(/\s+/).slice(0, 2), lines.length]).toEqual([
      0,
      ['Cohesion index for 3 of 4 areas of areas (1 not scored: too little data)', 'Indicators (higher = more cohesive after signing by direction):', '  asb_rate (indicators): negative, weight 1', '  Income_score (indicators): negative, weight 1'],
      ['1', '1'],
      10,
    ]);
  });

  it('chooses one column per recognised factor by default (example LSOAs)', () => {
    const result = atlas('index', '--boundaries', join(repoRoot, 'boundaries', 'example-lsoas.geojson'), '--json');
    const geojson = JSON.parse(readFileSync(join(repoRoot, 'boundaries', 'example-lsoas.geojson'), 'utf8')) as { features: { properties: Record<string, number | string> }[] };
    const column = (name: string) => geojson.features.map((feature) => feature.properties[name] as number);
    expect([result.status, JSON.parse(result.stdout)]).toEqual([
      0,
      expectedJson(column('LSOA_CODE') as unknown as string[], [
        { id: 'pct_aged_65_plus', values: column('pct_aged_65_plus'), direction: 'positive', weight: 1 },
        { id: 'pct_born_outside_uk', values: column('pct_born_outside_uk'), direction: 'positive', weight: 1 },
        { id: 'deprivation_score', values: column('deprivation_score'), direction: 'negative', weight: 1 },
      ]),
    ]);
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const WIMD_2019 = 'indicators/wimd2019_lsoa11_wales.csv';

describeWithSharedData('atlas index on Caerphilly LSOAs with WIMD 2019', [CAERPHILLY, WIMD_2019], () => {
  it('indexes three domain scores for all 110 areas; the lowest-scoring area is the most deprived', () => {
    const result = atlas('index', '--boundaries', sharedDataPath(CAERPHILLY), '--table', sharedDataPath(WIMD_2019), '--indicators', 'Income_score,Education_score,Crime_score', '--json');
    const report = JSON.parse(result.stdout) as IndexJson;
    expect([result.status, report.areas.length, report.excluded, report.indicators, report.areas.find((area) => area.rank === 1)?.areaCode]).toEqual([
      0, 110, 0,
      [{ name: 'Income_score', direction: 'negative', weight: 1 }, { name: 'Education_score', direction: 'negative', weight: 1 }, { name: 'Crime_score', direction: 'negative', weight: 1 }],
      'W01001421',
    ]);
    expect(result.stderr).toBe('wimd2019_lsoa11_wales: 110 of 110 areas have a row\n');
  });
});
