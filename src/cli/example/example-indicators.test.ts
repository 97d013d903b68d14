import { beforeAll, describe, expect, it } from 'vitest';
import { textFile } from '../../../test/helpers/bytes';
import { flagRapidChange, type RapidChangeRule } from '../../analysis/cohesion/rapid-change';
import { loadTableFiles } from '../../data/load-tables';
import type { IndicatorTable } from '../../types';
import { EXAMPLE_DATA_NOTICE, EXAMPLE_SEED, generateExampleBoundaries } from './example-borough';
import { chooseExampleChangeSites } from './example-change-sites';
import { EXAMPLE_INDICATOR_NAMES, formatExampleIndicatorsCsv, generateExampleIndicators, type ExampleIndicatorName } from './example-indicators';
import { describeExampleLsoas } from './example-lsoa-context';
import { distanceKm } from './plane';

const boundaries = generateExampleBoundaries(EXAMPLE_SEED);
const lsoas = describeExampleLsoas(boundaries);
const sites = chooseExampleChangeSites(lsoas, EXAMPLE_SEED);
const rows = generateExampleIndicators(lsoas, sites, EXAMPLE_SEED);
const text = formatExampleIndicatorsCsv(rows);
const codes = lsoas.map((lsoa) => lsoa.code);

let table: IndicatorTable;
beforeAll(async () => {
  const result = await loadTableFiles([textFile('example-indicators-lsoa.csv', text)], { id: 'example-indicators' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.warnings).toEqual([]);
  table = result.value;
});

/** An indicator's values over all LSOAs (in code order) in one period, NaN = no data. */
function valuesOf(name: ExampleIndicatorName, period: string): number[] {
  const indicator = table.indicators.find((candidate) => candidate.name === name)!;
  const periodIndex = table.periods.indexOf(period);
  return table.areaCodes.map((_, area) => indicator.values[area * table.periods.length + periodIndex]);
}

function flaggedCodes(name: ExampleIndicatorName, from: string, to: string, rule: RapidChangeRule): string[] {
  return flagRapidChange(valuesOf(name, to), valuesOf(name, from), rule).flagged.map((flag) => table.areaCodes[flag.areaIndex]).sort();
}

describe('example indicators (layers/example-indicators-lsoa.csv)', () => {
  it('loads with loadTableFiles as a wide LSOA table of three periods, the eight indicators and five no-data cells', () => {
    const { indicators, areaCodes, areaNames, ...rest } = table;
    expect(rest).toEqual({
      id: 'example-indicators',
      label: 'example-indicators-lsoa',
      files: ['example-indicators-lsoa.csv'],
      format: 'csv',
      codeColumn: 'lsoa_code',
      nameColumn: 'lsoa_name',
      periodColumn: 'period',
      shape: 'wide',
      level: 'lsoa',
      periods: ['2015', '2019', '2023'],
      report: { rowsRead: 741, rowsKept: 741, rejected: [], noDataCells: 5, headerRow: 1, skippedColumns: [{ name: 'source_note', reason: 'text' }], unreadableCells: [] },
    });
    // Units are the loader's guess from the names, tested with the loader.
    expect(indicators.map((indicator) => indicator.name)).toEqual([...EXAMPLE_INDICATOR_NAMES]);
    expect(areaCodes).toEqual(codes);
    expect(areaNames).toEqual(lsoas.map((lsoa) => lsoa.name));
  });

  it('starts with its header (no comment line) and says on every row that it is invented', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`lsoa_code,lsoa_name,period,${EXAMPLE_INDICATOR_NAMES.join(',')},source_note`);
    expect(lines.length).toBe(1 + 3 * lsoas.length);
    expect(lines.slice(1).filter((line) => !line.endsWith(`,"${EXAMPLE_DATA_NOTICE}"`))).toEqual([]);
  });

  it("has 2023 deprivation_score and pct_aged_65_plus equal to the boundary file's values", () => {
    expect(valuesOf('deprivation_score', '2023')).toEqual(boundaries.lsoas.map((lsoa) => lsoa.properties.deprivation_score));
    expect(valuesOf('pct_aged_65_plus', '2023')).toEqual(boundaries.lsoas.map((lsoa) => lsoa.properties.pct_aged_65_plus));
  });

  it('writes suppressed (*) and not-available (..) markers in five 2015 cells, which load as no data', () => {
    const markers = rows.flatMap((row) => EXAMPLE_INDICATOR_NAMES.flatMap((name) => (typeof row.values[name] === 'string' ? [`${row.lsoaCode} ${row.period} ${name} ${row.values[name]}`] : [])));
    expect(markers).toEqual([
      'X01000045 2015 pct_disabled ..',
      'X01000155 2015 pct_disabled ..',
      'X01000171 2015 crime_rate_per_1000 *',
      'X01000185 2015 pct_disabled ..',
      'X01000239 2015 crime_rate_per_1000 *',
    ]);
    const missing = EXAMPLE_INDICATOR_NAMES.flatMap((name) => table.periods.flatMap((period) => valuesOf(name, period).flatMap((value, area) => (Number.isNaN(value) ? [`${codes[area]} ${period} ${name}`] : []))));
    expect(missing.sort()).toEqual(markers.map((marker) => marker.replace(/ \S+$/, '')).sort());
  });

  it('keeps values in range: shares 0–100, the diversity index 0–1, crime rates above 0', () => {
    for (const name of EXAMPLE_INDICATOR_NAMES) {
      const [min, max] = name === 'ethnic_diversity_index' ? [0, 1] : name === 'crime_rate_per_1000' ? [1, 1000] : [0, 100];
      const outside = table.periods.flatMap((period) => valuesOf(name, period).filter((value) => value < min || value > max));
      expect(outside, name).toEqual([]);
    }
  });

  it('gives the rapid-change flags the invented changes to find, and only those', () => {
    expect(sites).toEqual({ housingEstate: ['X01000115', 'X01000116', 'X01000117'], housingEstateWardCode: 'X05000020', employerClosure: 'X01000200', nightTimeEconomy: 'X01000040' });
    expect(flaggedCodes('pct_moved_in_last_year', '2019', '2023', { kind: 'std-dev', threshold: 3 })).toEqual(sites.housingEstate);
    expect(flaggedCodes('deprivation_score', '2015', '2019', { kind: 'std-dev', threshold: 3 })).toEqual([sites.employerClosure]);
    expect(flaggedCodes('crime_rate_per_1000', '2019', '2023', { kind: 'percent', threshold: 30 })).toEqual([sites.nightTimeEconomy]);
  });

  it('changes little between periods outside the change sites (nothing else beyond 3 SD, or 30% for crime rates)', () => {
    const changeSites = new Set([...sites.housingEstate, sites.employerClosure, sites.nightTimeEconomy]);
    // Crime rates change in proportion, so the busiest centres move most in absolute terms.
    const ruleFor = (name: ExampleIndicatorName): RapidChangeRule => (name === 'crime_rate_per_1000' ? { kind: 'percent', threshold: 30 } : { kind: 'std-dev', threshold: 3 });
    const unexpected = EXAMPLE_INDICATOR_NAMES.flatMap((name) =>
      [['2015', '2019'], ['2019', '2023']].flatMap(([from, to]) =>
        flaggedCodes(name, from, to, ruleFor(name)).filter((code) => !changeSites.has(code)).map((code) => `${name} ${from}→${to} ${code}`),
      ),
    );
    expect(unexpected).toEqual([]);
  });

  it('is spatially smooth: neighbouring LSOAs differ much less than LSOAs in general', () => {
    const neighbours = lsoas.map((lsoa) =>
      lsoas.map((other, index) => ({ index, distance: distanceKm(lsoa.point, other.point) })).sort((a, b) => a.distance - b.distance).slice(1, 4).map(({ index }) => index),
    );
    for (const name of EXAMPLE_INDICATOR_NAMES) {
      const values = valuesOf(name, '2023');
      const near = neighbours.flatMap((list, area) => list.map((other) => Math.abs(values[area] - values[other])));
      const all = values.flatMap((value, area) => values.slice(area + 1).map((other) => Math.abs(value - other)));
      const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
      expect(mean(near) / mean(all), name).toBeLessThan(0.6);
    }
  });

  it('is deterministic', () => {
    expect(formatExampleIndicatorsCsv(generateExampleIndicators(lsoas, sites, EXAMPLE_SEED))).toBe(text);
  });
});
