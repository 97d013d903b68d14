import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData, sharedDataPath } from '../../test/helpers/shared-data';
import {
  BUILT_IN_INDICATOR_CATALOGUE,
  CATALOGUE_CAVEAT,
  CATALOGUE_GUIDE,
  COHESION_FACTOR_IDS,
  chooseDefaultColumns,
  normaliseColumnName,
  suggestFactor,
  suggestIndicatorForColumn,
  validateIndicatorCatalogue,
} from './indicator-catalogue';
import type { IndicatorDefinition } from '../types/cohesion';

const shipped = JSON.parse(readFileSync(new URL('../../layers/indicator-catalogue.json', import.meta.url), 'utf8')) as unknown;

describe('layers/indicator-catalogue.json', () => {
  it('validates and lists the eight factors in order with their directions', () => {
    const result = validateIndicatorCatalogue(shipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.indicators.map((indicator) => [indicator.id, indicator.direction])).toEqual([
      ['age', 'positive'],
      ['ethnicity', 'positive'],
      ['migration', 'negative'],
      ['deprivation', 'negative'],
      ['crime', 'negative'],
      ['education', 'positive'],
      ['occupation', 'positive'],
      ['disability', 'negative'],
    ]);
    expect(result.value.indicators.map((indicator) => indicator.id)).toEqual(COHESION_FACTOR_IDS);
    expect(BUILT_IN_INDICATOR_CATALOGUE).toEqual(result.value);
  });

  it('gives every factor an association sentence, marked as a summary while the guide is unchecked, and proxies with datasets and owners', () => {
    for (const indicator of BUILT_IN_INDICATOR_CATALOGUE.indicators) {
      const proxies = indicator.proxies ?? [];
      expect([indicator.id, indicator.association?.quotedFromGuide, proxies.length > 0, proxies.every((proxy) => proxy.datasets.every((d) => d.owner !== '' && /^https:\/\//.test(d.source)))]).toEqual([indicator.id, CATALOGUE_GUIDE.quotesVerified, true, true]);
    }
    expect([CATALOGUE_GUIDE.quotesVerified, CATALOGUE_CAVEAT]).toEqual([false, 'This describes places, not people.']);
  });
});

describe('normaliseColumnName', () => {
  it('lower-cases, reads % and + as words and joins the rest with single underscores', () => {
    expect(['% Aged 65+', 'Percentage: Born outside the UK', '  IMD_score ', 'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)'].map(normaliseColumnName)).toEqual([
      'pct_aged_65_plus',
      'percentage_born_outside_the_uk',
      'imd_score',
      'index_of_multiple_deprivation_imd_rank_where_1_is_most_deprived',
    ]);
  });
});

const RANK = 'rank, decile or quintile 1 is the most deprived area, so a higher number here means less deprivation';
const SCORE = 'a deprivation domain score, proportion or extent: higher means more deprived';

describe('suggestIndicatorForColumn', () => {
  it('suggests the factor and the column\'s own direction for example, census, WIMD and IMD columns', () => {
    const columns = [
      'deprivation_score', 'pct_born_outside_uk', 'pct_aged_65_plus', 'residents_per_km2', 'population',
      'Percentage: Born outside the UK', 'Percentage: Born in the UK', 'Born outside the UK',
      'Income_score', 'Income_rank', 'IMD_decile', 'Employment_score', 'Education_score', 'Health_score', 'Crime_score', 'Crime_rank',
      'Housing_score', 'Access_score', 'Environment_score', 'Housing_and_Access_rank',
      'Income_Proportion', 'Health_Extent',
      'Index of Multiple Deprivation (IMD) Score', 'Education, Skills and Training Score', 'Health Deprivation and Disability Rank (where 1 is most deprived)',
      'Income', 'WIMD 2019', 'Community Safety', '% with no qualifications', '% level 4 qualifications and above', 'ethnic diversity index', '% ethnic minority',
      'unemployment rate', 'crimes per 1000 residents', 'median age',
    ];
    expect(Object.fromEntries(columns.map((column) => {
      const suggestion = suggestIndicatorForColumn(column);
      return [column, suggestion && [suggestion.indicatorId, suggestion.direction, suggestion.note === RANK ? 'RANK' : suggestion.note === SCORE ? 'SCORE' : suggestion.note === null ? null : 'note']];
    }))).toEqual({
      deprivation_score: ['deprivation', 'negative', 'SCORE'],
      pct_born_outside_uk: ['ethnicity', 'positive', null],
      pct_aged_65_plus: ['age', 'positive', null],
      residents_per_km2: null,
      population: null,
      'Percentage: Born outside the UK': ['ethnicity', 'positive', null],
      'Percentage: Born in the UK': ['ethnicity', 'negative', 'note'],
      'Born outside the UK': null,
      Income_score: ['deprivation', 'negative', 'SCORE'],
      Income_rank: ['deprivation', 'positive', 'RANK'],
      IMD_decile: ['deprivation', 'positive', 'RANK'],
      Employment_score: ['occupation', 'negative', 'SCORE'],
      Education_score: ['education', 'negative', 'SCORE'],
      Health_score: ['disability', 'negative', 'SCORE'],
      Crime_score: ['crime', 'negative', 'SCORE'],
      Crime_rank: ['crime', 'positive', 'RANK'],
      Housing_score: null,
      Access_score: null,
      Environment_score: null,
      Housing_and_Access_rank: null,
      Income_Proportion: ['deprivation', 'negative', 'SCORE'],
      Health_Extent: ['disability', 'negative', 'SCORE'],
      'Index of Multiple Deprivation (IMD) Score': ['deprivation', 'negative', 'SCORE'],
      'Education, Skills and Training Score': ['education', 'negative', 'SCORE'],
      'Health Deprivation and Disability Rank (where 1 is most deprived)': ['disability', 'positive', 'RANK'],
      Income: ['deprivation', null, 'note'],
      'WIMD 2019': ['deprivation', null, 'note'],
      'Community Safety': ['crime', null, 'note'],
      '% with no qualifications': ['education', 'negative', 'note'],
      '% level 4 qualifications and above': ['education', 'positive', null],
      'ethnic diversity index': ['ethnicity', 'positive', null],
      '% ethnic minority': ['ethnicity', 'positive', null],
      'unemployment rate': ['occupation', 'negative', 'note'],
      'crimes per 1000 residents': ['crime', 'negative', null],
      'median age': ['age', 'positive', null],
    });
  });

  it('never lets two factors claim the same column', () => {
    const names = ['deprivation_score', 'income_score', 'employment_rank', 'health_score', 'crime_decile', 'pct_born_outside_uk', 'pct_no_qualifications', 'pct_disabled', 'community_safety_score', 'imd_2019_rank', 'employment',
      'pct_born_in_wales', 'pct_speaks_welsh_aged_3_plus', 'bme_as_a_pct_of_16_64_population', 'migrant_nino_registrations_as_a_pct_of_resident_population', 'pct_of_population_entitled_to_dla', 'pct_non_uk_born'];
    const patternsOf = (indicator: IndicatorDefinition) => [...indicator.columnPatterns, ...(indicator.proxies ?? []).flatMap((proxy) => proxy.columnPatterns)];
    for (const name of names) {
      const claimants = BUILT_IN_INDICATOR_CATALOGUE.indicators.filter((indicator) => patternsOf(indicator).some((pattern) => new RegExp(pattern.pattern, 'i').test(name)));
      expect([name, claimants.length]).toEqual([name, 1]);
    }
  });
});

describeWithSharedData('catalogue on real WIMD 2019 and IMD 2019 headers', ['indicators/wimd2019_lsoa11_wales.csv', 'indicators/imd2019_lsoa11_england.csv'], () => {
  const header = (path: string) => readFileSync(sharedDataPath(path), 'utf8').split('\n')[0].trim().split(',');

  it('maps every income, employment, education, health and crime column, and no housing, access or environment column', () => {
    for (const path of ['indicators/wimd2019_lsoa11_wales.csv', 'indicators/imd2019_lsoa11_england.csv']) {
      const suggested = header(path).filter((column) => column !== 'lsoa_code').map((column) => [column, suggestFactor(column)]);
      const expected = suggested.map(([column]) => {
        const domain = (column as string).split('_')[0];
        const factor = { IMD: 'deprivation', Income: 'deprivation', Employment: 'occupation', Education: 'education', Health: 'disability', Crime: 'crime' }[domain];
        return [column, factor ?? null];
      });
      expect(suggested).toEqual(expected);
    }
  });
});

describe('chooseDefaultColumns', () => {
  it('picks one column per factor, preferring the earliest pattern (domain scores over ranks, income over the overall index)', () => {
    const wimd = ['lsoa_code', 'IMD_decile', 'Income_decile', 'IMD_rank', 'Income_rank', 'Crime_rank', 'IMD_score', 'Income_score', 'Employment_score', 'Education_score', 'Health_score', 'Crime_score', 'Housing_score', 'WIMD 2019', '% ethnic minority'];
    expect(chooseDefaultColumns(wimd)).toEqual([
      { column: '% ethnic minority', indicatorId: 'ethnicity', direction: 'positive' },
      { column: 'Income_score', indicatorId: 'deprivation', direction: 'negative' },
      { column: 'Crime_score', indicatorId: 'crime', direction: 'negative' },
      { column: 'Education_score', indicatorId: 'education', direction: 'negative' },
      { column: 'Employment_score', indicatorId: 'occupation', direction: 'negative' },
      { column: 'Health_score', indicatorId: 'disability', direction: 'negative' },
    ]);
    expect(chooseDefaultColumns(['population', 'pct_aged_65_plus', 'deprivation_score', 'pct_born_outside_uk'])).toEqual([
      { column: 'pct_aged_65_plus', indicatorId: 'age', direction: 'positive' },
      { column: 'pct_born_outside_uk', indicatorId: 'ethnicity', direction: 'positive' },
      { column: 'deprivation_score', indicatorId: 'deprivation', direction: 'negative' },
    ]);
  });
});
