import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { codeCoverage, nationalBenchmark } from './national-benchmark';

describe('nationalBenchmark', () => {
  it('averages every area of the table, weighted by population, and names the nation from the codes', () => {
    expect(nationalBenchmark(['W01000001', 'W01000002', 'W01000003'], [10, 20, Number.NaN], [100, 300, 50])).toEqual({ average: 17.5, areaCount: 2, coverage: 'wales', weighted: true });
  });

  it('gives the plain mean when populations are unknown for more than 1 in 20 areas with data', () => {
    expect(nationalBenchmark(['E01000001', 'W01000001'], [10, 20], [100, Number.NaN])).toEqual({ average: 15, areaCount: 2, coverage: 'england-and-wales', weighted: false });
  });

  it('reads the coverage from the codes that have data', () => {
    expect([codeCoverage(['E01000001', 'W01000001'], [1, Number.NaN]), codeCoverage(['X05000001'], [1]), codeCoverage(['W05000001', 'E05000001'], [1, 2])]).toEqual(['england', 'table', 'england-and-wales']);
  });
});

const TS004 = 'indicators/census2021_ts004_country_of_birth_3a_lsoa21.csv';

describeWithSharedData('the national figure from Census 2021 TS004 (every LSOA of England and Wales)', [TS004], () => {
  const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(readSharedBytes(TS004)), { header: true, skipEmptyLines: true }).data;
  const codes = rows.map((row) => row['Geography code']);
  const percent = Float64Array.from(rows, (row) => Number(row['Percentage: Born outside the UK']));
  const residents = Float64Array.from(rows, (row) => Number(row.Total));
  const share = (keep: (code: string) => boolean) => {
    let born = 0;
    let total = 0;
    rows.forEach((row) => { if (keep(row['Geography code'])) { born += Number(row['Born outside the UK']); total += Number(row.Total); } });
    return (100 * born) / total;
  };

  it('weighted by residents, the LSOA percentages give the share born outside the UK counted by hand (16.8% for England and Wales, 6.9% for Wales)', () => {
    const all = nationalBenchmark(codes, percent, residents);
    const welsh = codes.map((code) => code.startsWith('W'));
    const wales = nationalBenchmark(codes.filter((_c, i) => welsh[i]), percent.filter((_v, i) => welsh[i]), residents.filter((_v, i) => welsh[i]));
    // LSOA percentages are published to one decimal place, so the weighted mean is within 0.05 points of the count.
    expect([all.coverage, all.areaCount, all.weighted, Math.abs(all.average - share(() => true)) < 0.05, Math.round(share(() => true) * 10) / 10]).toEqual(['england-and-wales', 35672, true, true, 16.8]);
    expect([wales.coverage, wales.areaCount, Math.abs(wales.average - share((code) => code.startsWith('W'))) < 0.05, Math.round(share((code) => code.startsWith('W')) * 10) / 10]).toEqual(['wales', 1917, true, 6.9]);
  });
});
