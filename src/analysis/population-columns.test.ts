import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath, describeWithSharedData } from '../../test/helpers/shared-data';
import { populationReason, rankPopulationColumns } from './population-columns';

const TS001 = 'indicators/census2021-ts001-lsoa.csv';

describeWithSharedData('population columns on the real Census 2021 TS001 header', [TS001], () => {
  it('takes "Residence type: Total; measures: Value" and neither of its subsets', () => {
    const header = readFileSync(sharedDataPath(TS001), 'utf8').split('\n')[0];
    const names = header.split('","').map((name) => name.replace(/"/g, '').trim());
    expect(rankPopulationColumns(names.map((name) => ({ name, unit: 'count' as const })))).toEqual([
      { name: 'Residence type: Total; measures: Value', score: 95, reason: 'nomis-total' },
    ]);
  });
});

describe('rankPopulationColumns', () => {
  it('ranks Nomis totals, usual residents, population, all persons, Total and Observation in that order', () => {
    const columns = ['Observation', 'Total', 'All persons', 'Population', 'All usual residents', 'Sex: All persons; measures: Value', 'area'];
    expect(rankPopulationColumns(columns.map((name) => ({ name })))).toEqual([
      { name: 'Sex: All persons; measures: Value', score: 95, reason: 'nomis-total' },
      { name: 'All usual residents', score: 90, reason: 'usual-residents' },
      { name: 'Population', score: 85, reason: 'population' },
      { name: 'All persons', score: 80, reason: 'all-persons' },
      { name: 'Total', score: 70, reason: 'total' },
      { name: 'Observation', score: 60, reason: 'observation' },
    ]);
  });

  it('reads machine forms and years: TOTAL_POPULATION_2021, "All Ages" (mid-year estimates), obs_value', () => {
    expect(['TOTAL_POPULATION_2021', 'All Ages', 'obs_value', 'Usual resident population (2021)'].map((name) => populationReason({ name }))).toEqual([
      'population', 'population', 'observation', 'usual-residents',
    ]);
  });

  it('never takes subsets, percentages, densities or rates', () => {
    const refused = [
      'Residence type: Lives in a communal establishment; measures: Value',
      'Residence type: Lives in a household; measures: Value',
      'Residence type: Total; measures: Percent',
      '% of population',
      'Population density',
      'pop_density',
      'Population aged 16-64',
      'Residents in communal establishments',
      'Crime rate per 1,000 population',
      'Proportion of residents',
    ];
    expect(refused.map((name) => populationReason({ name }))).toEqual(refused.map(() => null));
    expect(populationReason({ name: 'Total', unit: 'percent' })).toBeNull();
  });

  it('falls back to a header that mentions population, below every exact name', () => {
    expect(rankPopulationColumns([{ name: 'LSOA population (ONS)' }, { name: 'Total' }])).toEqual([
      { name: 'Total', score: 70, reason: 'total' },
      { name: 'LSOA population (ONS)', score: 40, reason: 'mentions-population' },
    ]);
  });
});
