import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { joinAreas } from '../../../test/fixtures/join/areas';
import { joinIncidentFiles } from '../../../test/fixtures/join/incidents';
import { damagedPoliceCorpus, expectedRejections, type DamagedFile } from '../../../test/helpers/damaged-police-csv';
import { describeWithSharedData, readSharedBytes, sharedDataPath } from '../../../test/helpers/shared-data';
import type { PrintedDataset } from './inspect';
import type { JoinReport, PrintedJoinReport } from './join-report';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI in a child process, as `npm run atlas -- …` does. */
function atlas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [join(repoRoot, 'src', 'cli', 'atlas.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'atlas-join-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, data: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, data);
  return path;
};

const populations = [1000, 2000, '', 1500, 500, 800];
const boundaries = write('areas.geojson', JSON.stringify({
  type: 'FeatureCollection',
  features: joinAreas.geometries.map((geometry, area) => ({ type: 'Feature', geometry, properties: { code: joinAreas.areaCodes[area], name: joinAreas.areaNames[area], population: populations[area] } })),
}));
const policeUk = write(joinIncidentFiles.policeUk.name, joinIncidentFiles.policeUk.text);
const byDay = write(joinIncidentFiles.byDay.name, joinIncidentFiles.byDay.text);

const area = (index: number, count: number, rate: number | null, byPeriod: Record<string, number>, byCategory: Record<string, number>) => ({
  areaCode: joinAreas.areaCodes[index], areaName: joinAreas.areaNames[index], count, rate, byPeriod, byCategory,
});

describe('atlas join (child process)', () => {
  it('prints one JSON object: counts per area, month and category, totals, rejected rows and agreement', () => {
    const result = atlas('join', '--boundaries', boundaries, '--incidents', policeUk, '--json', '--no-suppression');
    expect([result.status, result.stderr]).toEqual([0, '']);
    const none = { Burglary: 0, 'Anti-social behaviour': 0 };
    expect(JSON.parse(result.stdout)).toEqual({
      areas: [
        area(0, 1, 1, { '2022-05': 1, '2022-06': 0 }, { ...none, Burglary: 1 }),
        area(1, 1, 0.5, { '2022-05': 1, '2022-06': 0 }, { ...none, Burglary: 1 }),
        area(2, 1, null, { '2022-05': 0, '2022-06': 1 }, { ...none, Burglary: 1 }),
        area(3, 0, 0, { '2022-05': 0, '2022-06': 0 }, none),
        area(4, 1, 2, { '2022-05': 0, '2022-06': 1 }, { ...none, 'Anti-social behaviour': 1 }),
        area(5, 0, 0, { '2022-05': 0, '2022-06': 0 }, none),
      ],
      periods: ['2022-05', '2022-06'],
      points: 5,
      matched: 4,
      outside: 1,
      rejected: 1,
      rejectedRows: [{
        reason: 'no-coordinates',
        count: 1,
        text: '"Longitude" or "Latitude" is empty, so these rows cannot be placed on the map. police.uk leaves them empty for crimes it could not map to a location.',
        rows: ['2022-05-example-street.csv:4'],
      }],
      warnings: [],
      populationField: 'population',
      suppression: { applied: false, rule: 'none (--no-suppression): every count is as it is; do not share this output' },
      agreement: {
        field: 'LSOA code', agree: 1, disagree: 1, fileCodeNotLoaded: 1, noFileCode: 1, outside: 1, agreeShare: 1 / 3,
        disagreements: [
          { row: '2022-05-example-street.csv:3', fileAreaCode: 'X01000001', joinedAreaCode: 'X01000002', fileCodeLoaded: true, distanceM: 0 },
          // 0.125° of longitude at 51.125° N to E's west and east edges.
          { row: '2022-05-example-street.csv:6', fileAreaCode: 'W01009999', joinedAreaCode: 'X01000005', fileCodeLoaded: false, distanceM: 8723.6 },
        ],
      },
    });
  });

  it('counts by ISO week with --by week and writes the per-area CSV with --out', () => {
    const out = join(folder, 'weeks.csv');
    const result = atlas('join', '--boundaries', boundaries, '--incidents', byDay, '--by', 'week', '--out', out);
    expect([result.status, result.stdout.split('\n').slice(0, 2), result.stderr]).toEqual([0, [
      '3 incidents: 3 in 2 of 6 areas, 0 outside the loaded areas; 0 rows rejected on import',
      'periods: 2022-W19 to 2022-W20 (2)',
    ], `${out}: 4 cells withheld (counts of 1 to 4 as "<5", cells that would give them back as "[c]")\n`]);
    // Small counts are withheld by default, and so is the rate worked out from one.
    expect(readFileSync(out, 'utf8').split('\r\n')).toEqual([
      '\uFEFFareaCode,areaName,count,ratePer1000,2022-W19,2022-W20',
      'X01000001,A,<5,[c],<5,0',
      'X01000002,B,0,0,0,0',
      'X01000003,C,<5,,0,<5',
      'X01000004,D with hole,0,0,0,0',
      'X01000005,E island and outlier,0,0,0,0',
      'X01000006,F overlapping,0,0,0,0',
      '',
    ]);
  });

  it('suppresses the counts of --json by default, as those of --out, and says how', () => {
    const result = atlas('join', '--boundaries', boundaries, '--incidents', policeUk, '--json');
    const printed = JSON.parse(result.stdout) as PrintedJoinReport;
    const cells = printed.areas.flatMap((area) => [area.count, area.rate, ...Object.values(area.byPeriod), ...Object.values(area.byCategory)]);
    const withheld = cells.filter((cell) => cell === '<5' || cell === '[c]').length;
    // Four incidents, one in each of four areas: every count of 1 is withheld, and so is what would give it back.
    expect([result.status, cells.filter((cell) => typeof cell === 'number' && cell > 0 && cell < 5), printed.areas[0].count, printed.suppression]).toEqual([0, [], '[c]', {
      applied: true, withheld, unprotected: 0,
      rule: 'counts of 1 to 4 as "<5"; counts that would give one back by subtraction, and rates from withheld counts, as "[c]" (see SUPPRESSION.md)',
    }]);
  });

  it('writes every count as it is with --no-suppression, and says not to share the file', () => {
    const out = join(folder, 'weeks-raw.csv');
    const result = atlas('join', '--boundaries', boundaries, '--incidents', byDay, '--by', 'week', '--out', out, '--no-suppression');
    expect([result.status, result.stderr, readFileSync(out, 'utf8').split('\r\n').slice(1, 4)]).toEqual([0, `${out}: written without small-number suppression (--no-suppression); do not share it\n`, [
      'X01000001,A,2,2,2,0',
      'X01000002,B,0,0,0,0',
      'X01000003,C,1,,0,1',
    ]]);
  });

  it('rejects rows dated outside the years given with --years, and refuses a backwards range', () => {
    // Every row of the file is dated 2022: none can be used, and the message names the years.
    const result = atlas('join', '--boundaries', boundaries, '--incidents', byDay, '--years', '2023-2024', '--json');
    expect([result.status, result.stdout, /outside the years 2023 to 2024/.test(result.stderr)]).toEqual([1, '', true]);
    const kept = atlas('join', '--boundaries', boundaries, '--incidents', byDay, '--years', '2022-2022', '--json');
    expect((JSON.parse(kept.stdout) as JoinReport).points).toBe(3);
    const backwards = atlas('join', '--boundaries', boundaries, '--incidents', byDay, '--years', '2024-2023');
    expect([backwards.status, backwards.stderr.split('\n')[0]]).toEqual([2, 'atlas join: --years must be FROM-TO with FROM no later than TO, e.g. 2015-2023, not "2024-2023"']);
  });

  it('takes a folder of boundaries and a zip of monthly police.uk folders, as the download comes', () => {
    mkdirSync(join(folder, 'boundary-folder'));
    writeFileSync(join(folder, 'boundary-folder', 'areas.geojson'), readFileSync(boundaries));
    const zip = write('crimes.zip', zipSync({ '2022-05/2022-05-example-street.csv': strToU8(joinIncidentFiles.policeUk.text), '2022-05/README.txt': strToU8('') }));
    const result = atlas('join', '--boundaries', join(folder, 'boundary-folder'), '--incidents', zip, '--json', '--no-suppression');
    const report = JSON.parse(result.stdout) as JoinReport;
    expect([result.status, report.areas.map((area) => area.count), report.points, report.outside, report.rejectedRows.map((rows) => rows.rows)]).toEqual([
      0, [1, 1, 1, 0, 1, 0], 5, 1, [['crimes.zip/2022-05/2022-05-example-street.csv:4']],
    ]);
  });

  it('takes a zip of boundaries and a folder of incident files', () => {
    const zip = write('areas.zip', zipSync({ 'areas.geojson': new Uint8Array(readFileSync(boundaries)) }));
    mkdirSync(join(folder, 'incident-folder'));
    writeFileSync(join(folder, 'incident-folder', joinIncidentFiles.byDay.name), joinIncidentFiles.byDay.text);
    const result = atlas('join', '--boundaries', zip, '--incidents', join(folder, 'incident-folder'));
    expect([result.status, result.stdout.split('\n')[0]]).toEqual([0, '3 incidents: 3 in 2 of 6 areas, 0 outside the loaded areas; 0 rows rejected on import']);
  });

  it('exits 2 with usage for missing files and 1 for a file it cannot read', () => {
    const usage = atlas('join', '--boundaries', boundaries);
    const unreadable = atlas('join', '--boundaries', join(folder, 'missing.geojson'), '--incidents', policeUk);
    expect([usage.status, usage.stderr.split('\n')[0], unreadable.status, unreadable.stderr]).toEqual([
      2, 'atlas join: give --incidents FILE...',
      1, `atlas join: ${join(folder, 'missing.geojson')} cannot be read (ENOENT): expected a path to a file, a folder or a .zip.\n`,
    ]);
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const GWENT_MAY_2022 = 'police/gwent/2022-05-gwent-street.csv';
const GWENT_MARCH_2022 = 'police/gwent/2022-03-gwent-street.csv';

describeWithSharedData('atlas join on Caerphilly LSOAs and Gwent May 2022 (child process)', [CAERPHILLY, GWENT_MAY_2022], () => {
  it('puts 1,384 of 5,122 located rows in Caerphilly, 97.7% agreeing with police.uk, and writes 110 CSV rows', () => {
    const out = join(folder, 'caerphilly.csv');
    const result = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', sharedDataPath(GWENT_MAY_2022), '--json', '--no-suppression', '--out', out);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JoinReport;
    expect({
      areas: report.areas.length,
      counted: report.areas.reduce((sum, row) => sum + row.count, 0),
      periods: report.periods,
      points: report.points,
      matched: report.matched,
      outside: report.outside,
      rejected: report.rejected,
      populationField: report.populationField,
      agreement: report.agreement && { ...report.agreement, agreeShare: Math.round((report.agreement.agreeShare ?? 0) * 1000) / 1000, disagreements: report.agreement.disagreements.length },
    }).toEqual({
      areas: 110,
      counted: 1384,
      periods: ['2022-05'],
      points: 5122,
      matched: 1384,
      outside: 3738,
      rejected: 24,
      populationField: null,
      agreement: { field: 'LSOA code', agree: 1352, disagree: 32, fileCodeNotLoaded: 0, noFileCode: 0, outside: 3738, agreeShare: 0.977, disagreements: 32 },
    });
    const bytes = readFileSync(out);
    const csv = bytes.toString('utf8').split('\r\n');
    expect([[...bytes.subarray(0, 3)], csv.length, csv[0]]).toEqual([[0xef, 0xbb, 0xbf], 112, '\uFEFFareaCode,areaName,count,2022-05']);
  });
});

/** The rejected rows as the CLI must print them (reason, count, first rows), in any order. */
const expectedRows = (file: DamagedFile) => [...expectedRejections(file)].map(([reason, { count, examples }]) => ({ reason, count, rows: examples })).sort((a, b) => a.reason.localeCompare(b.reason));

// Issue 13: the CLI accounts for every row as the app does, listing rejected rows with reasons and lines.
describeWithSharedData('atlas join and inspect on a damaged police.uk file (child process)', [CAERPHILLY, GWENT_MARCH_2022], () => {
  const corpus = damagedPoliceCorpus(new TextDecoder().decode(readSharedBytes(GWENT_MARCH_2022)));

  it.each(corpus.files.map((file) => [file.name, file] as const))('join %s: incidents + rejected rows = rows in the file, each reason with its lines', (_name, file) => {
    const result = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', write(file.name, new Uint8Array(file.bytes)), '--json');
    expect([result.status, result.stderr]).toEqual([0, '']);
    const report = JSON.parse(result.stdout) as JoinReport;
    const rows = report.rejectedRows.map(({ reason, count, rows: lines }) => ({ reason, count, rows: lines })).sort((a, b) => a.reason.localeCompare(b.reason));
    expect({ accounted: report.points + report.rejected, rows }).toEqual({ accounted: file.rows.length, rows: expectedRows(file) });
  });

  it('join prints the pasted header and the encoding warning in its text report', () => {
    const mixed = corpus.files[0];
    const headerLine = mixed.rows.find((row) => row.fate === 'malformed-row')?.line;
    const text = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', write(mixed.name, new Uint8Array(mixed.bytes))).stdout;
    expect(text).toContain(`rejected 1 row (malformed-row): The row repeats the header (two exports pasted into one file?), so it holds no incident. Rows: mixed-endings.csv:${headerLine}\n`);
    const latin = corpus.files.find((file) => file.name === 'windows-1252.csv') as DamagedFile;
    const warned = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', write(latin.name, new Uint8Array(latin.bytes))).stdout;
    expect(warned).toContain('warning: windows-1252.csv is not UTF-8 text; it was read as Windows-1252');
  });

  it('join refuses the duplicated column with exit 1, naming it', () => {
    const [refused] = corpus.refused;
    const result = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', write(refused.name, new Uint8Array(refused.bytes)));
    expect([result.status, result.stdout, result.stderr.split(':')[0], result.stderr.includes('has the column "LSOA code" more than once')]).toEqual([1, '', 'atlas join', true]);
  });

  it('inspect lists the rejected rows of the ragged file with their lines', () => {
    const ragged = corpus.files.find((file) => file.name === 'ragged.csv') as DamagedFile;
    const path = write(ragged.name, new Uint8Array(ragged.bytes));
    const result = atlas('inspect', path, '--json');
    const [dataset] = (JSON.parse(result.stdout) as { datasets: PrintedDataset[] }).datasets;
    const rows = (dataset.rejectedRows ?? []).map(({ reason, count, rows: lines }) => ({ reason, count, rows: lines.map((line) => line.replace(path, ragged.name)) }));
    expect([result.status, rows.sort((a, b) => a.reason.localeCompare(b.reason))]).toEqual([0, expectedRows(ragged)]);
  });
});

const TS001 = 'indicators/census2021-ts001-lsoa.csv';
const TOTAL = 'Residence type: Total; measures: Value';
const HOUSEHOLDS = 'Residence type: Lives in a household; measures: Value';

describeWithSharedData('atlas join --population with Census 2021 TS001 (child process)', [CAERPHILLY, TS001, GWENT_MARCH_2022], () => {
  const joined = (...population: string[]) => {
    const result = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', sharedDataPath(GWENT_MARCH_2022), '--json', '--no-suppression', ...population);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const report = JSON.parse(result.stdout) as JoinReport;
    // Caerphilly 024B: 1,379 residents, 1,372 of them in households (TS001).
    const spot = report.areas.find((row) => row.areaCode === 'W01001423')!;
    return { populationField: report.populationField, withRate: report.areas.filter((row) => typeof row.rate === 'number').length, count: spot.count, rate: spot.rate };
  };

  it('gives every Caerphilly LSOA a rate per 1,000 from the TS001 total found on its header', () => {
    expect(joined('--population', sharedDataPath(TS001))).toEqual({ populationField: TOTAL, withRate: 110, count: 6, rate: (6 * 1000) / 1379 });
  });

  it('uses the column named after the file and a colon, colons in the header and all', () => {
    expect(joined('--population', `${sharedDataPath(TS001)}:${HOUSEHOLDS}`)).toEqual({ populationField: HOUSEHOLDS, withRate: 110, count: 6, rate: (6 * 1000) / 1372 });
  });

  it('exits 1 naming the columns when the named column is not in the file', () => {
    const result = atlas('join', '--boundaries', sharedDataPath(CAERPHILLY), '--incidents', sharedDataPath(GWENT_MARCH_2022), '--population', `${sharedDataPath(TS001)}:Residents`);
    expect([result.status, result.stdout, result.stderr]).toEqual([1, '', `atlas join: census2021-ts001-lsoa.csv has no column "Residents": expected one of "${TOTAL}", "${HOUSEHOLDS}", "Residence type: Lives in a communal establishment; measures: Value".\n`]);
  });
});
