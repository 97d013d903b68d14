import { beforeAll, describe, expect, it } from 'vitest';
import { textFile } from '../../../test/helpers/bytes';
import { lowCohesionFromThreshold, summariseOverlap } from '../../analysis/cohesion/overlap';
import { loadTableFiles } from '../../data/load-tables';
import type { IndicatorTable } from '../../types';
import { EXAMPLE_DATA_NOTICE, EXAMPLE_SEED, generateExampleBoundaries } from './example-borough';
import { EXAMPLE_COMMUNITY_NAMES, EXAMPLE_ETHNIC_GROUPS, formatExampleCommunitiesCsv, generateExampleCommunities, type ExampleCommunityName } from './example-communities';
import { describeExampleLsoas } from './example-lsoa-context';

const boundaries = generateExampleBoundaries(EXAMPLE_SEED);
const lsoas = describeExampleLsoas(boundaries);
const rows = generateExampleCommunities(lsoas, EXAMPLE_SEED);
const text = formatExampleCommunitiesCsv(rows);

let table: IndicatorTable;
beforeAll(async () => {
  const result = await loadTableFiles([textFile('example-communities-lsoa.csv', text)], { id: 'example-communities' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.warnings).toEqual([]);
  table = result.value;
});

function countsOf(name: ExampleCommunityName): number[] {
  return Array.from(table.indicators.find((indicator) => indicator.name === name)!.values);
}

describe('example communities (layers/example-communities-lsoa.csv)', () => {
  it('loads with loadTableFiles as a wide LSOA table for 2021 with every count readable', () => {
    const { indicators, areaCodes, ...rest } = table;
    expect(rest).toEqual({
      id: 'example-communities',
      label: 'example-communities-lsoa',
      files: ['example-communities-lsoa.csv'],
      format: 'csv',
      codeColumn: 'lsoa_code',
      nameColumn: 'lsoa_name',
      periodColumn: 'period',
      shape: 'wide',
      level: 'lsoa',
      areaNames: lsoas.map((lsoa) => lsoa.name),
      periods: ['2021'],
      report: { rowsRead: 247, rowsKept: 247, rejected: [], noDataCells: 0, headerRow: 1, skippedColumns: [{ name: 'source_note', reason: 'text' }], unreadableCells: [] },
    });
    expect(areaCodes).toEqual(lsoas.map((lsoa) => lsoa.code));
    expect(indicators.map((indicator) => indicator.name)).toEqual([...EXAMPLE_COMMUNITY_NAMES]);
  });

  it('writes the most populous LSOA\'s residents with a quoted thousands separator, read back as the population', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`lsoa_code,lsoa_name,period,${EXAMPLE_COMMUNITY_NAMES.join(',')},source_note`);
    expect(lines.filter((line) => /,"\d,\d{3}",/.test(line)).map((line) => line.split(',')[0])).toEqual(['X01000072']);
    expect(lines.slice(1).filter((line) => !line.endsWith(`,"${EXAMPLE_DATA_NOTICE}"`))).toEqual([]);
    expect(countsOf('all_residents')).toEqual(boundaries.lsoas.map((lsoa) => lsoa.properties.population));
  });

  it('agrees with the boundary shares: born outside the UK and aged 65+ are those percentages of all residents (to rounding)', () => {
    const residents = countsOf('all_residents');
    const off = (name: ExampleCommunityName, percentOf: (index: number) => number) =>
      countsOf(name).flatMap((count, index) => (count === Math.round((residents[index] * percentOf(index)) / 100) ? [] : [`${lsoas[index].code} ${name}`]));
    expect(off('born_outside_uk', (index) => lsoas[index].properties.pct_born_outside_uk)).toEqual([]);
    expect(off('aged_65_plus', (index) => lsoas[index].properties.pct_aged_65_plus)).toEqual([]);
  });

  it('keeps counts whole and consistent: groups within all residents, new arrivals within those born outside the UK, few Welsh speakers', () => {
    const residents = countsOf('all_residents');
    const bornOutside = countsOf('born_outside_uk');
    const arrivals = countsOf('new_arrivals_last_year');
    const welsh = countsOf('welsh_speakers');
    const groups = EXAMPLE_ETHNIC_GROUPS.map((name) => countsOf(name));
    const problems = residents.flatMap((all, index) => {
      const found: string[] = [];
      const code = lsoas[index].code;
      if (EXAMPLE_COMMUNITY_NAMES.some((name) => !Number.isInteger(countsOf(name)[index]) || countsOf(name)[index] < 0)) found.push(`${code} not a whole count`);
      if (groups.reduce((sum, group) => sum + group[index], 0) > all) found.push(`${code} groups exceed residents`);
      if (arrivals[index] > bornOutside[index]) found.push(`${code} arrivals exceed born outside UK`);
      if (welsh[index] > 15) found.push(`${code} ${welsh[index]} Welsh speakers`);
      return found;
    });
    expect(problems).toEqual([]);
    const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
    expect(total(welsh) / total(residents)).toBeLessThan(0.005);
  });

  it('concentrates Asian or Asian British residents in the most deprived fifth of LSOAs and spreads White Other residents out', () => {
    const deprivation = lsoas.map((lsoa) => lsoa.properties.deprivation_score);
    const threshold = [...deprivation].sort((a, b) => a - b)[Math.floor(deprivation.length * 0.8)];
    const low = lowCohesionFromThreshold(deprivation, threshold - 0.05, 'above');
    const communities = EXAMPLE_ETHNIC_GROUPS.map((id) => ({ id, label: id, counts: countsOf(id) }));
    const summary = summariseOverlap(communities, countsOf('all_residents'), low, 'most deprived fifth');
    const ratio = (id: string) => summary.communities.find((community) => community.id === id)!.ratio;
    expect(ratio('asian_or_asian_british')).toBeGreaterThan(2);
    expect(ratio('white_other')).toBeGreaterThan(0.8);
    expect(ratio('white_other')).toBeLessThan(1.3);
    const whiteOther = countsOf('white_other');
    const residents = countsOf('all_residents');
    expect(whiteOther.filter((count, index) => count / residents[index] < 0.01)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(formatExampleCommunitiesCsv(generateExampleCommunities(lsoas, EXAMPLE_SEED))).toBe(text);
  });
});
