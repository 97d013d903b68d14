/**
 * The invented cohesion indicator table of the example LSOAs (layers/example-indicators-lsoa.csv): one proxy
 * per factor of the Welsh Government cohesion mapping guide, for 2015, 2019 and 2023. The 2023 values follow
 * the boundary figures (age and deprivation equal them); earlier periods step back by a small trend plus
 * bounded noise, half spatially smooth and half per LSOA, except at the invented change sites.
 */
import { EXAMPLE_DATA_NOTICE } from './example-borough';
import type { ExampleChangeSites } from './example-change-sites';
import { formatCsv, type CsvCell } from './example-csv';
import type { ExampleLsoaContext } from './example-lsoa-context';
import { distanceKm } from './plane';
import { createRandom, hashSeed, randomBetween, type Random } from './random';
import { BOROUGH_TOWN_CENTRE } from './region';
import { createSmoothField, type SmoothField } from './smooth-noise';

/** The table's periods, oldest first. */
export const EXAMPLE_INDICATOR_PERIODS = ['2015', '2019', '2023'] as const;
export type ExampleIndicatorPeriod = (typeof EXAMPLE_INDICATOR_PERIODS)[number];

/** One column per cohesion factor: age, ethnicity, migration, deprivation, crime, education, occupation, disability. */
export const EXAMPLE_INDICATOR_NAMES = [
  'pct_aged_65_plus',
  'ethnic_diversity_index',
  'pct_moved_in_last_year',
  'deprivation_score',
  'crime_rate_per_1000',
  'pct_no_qualifications',
  'pct_routine_occupations',
  'pct_disabled',
] as const;
export type ExampleIndicatorName = (typeof EXAMPLE_INDICATOR_NAMES)[number];

/** What publishers write for no data: `*` suppressed (disclosure control), `..` not available. */
export type NoDataMarker = '*' | '..';

/** One LSOA in one period. A cell is a number (already rounded) or a no-data marker. */
export interface ExampleIndicatorRow {
  lsoaCode: string;
  lsoaName: string;
  period: ExampleIndicatorPeriod;
  values: Record<ExampleIndicatorName, number | NoDataMarker>;
}

/** What an indicator's 2023 level is made from: boundary figures, centrality, smooth noise and jitter. */
interface LevelInputs {
  lsoa: ExampleLsoaContext;
  /** The LSOA's value of smooth field `index` (0–5), in [-1, 1]. */
  noise: (index: number) => number;
  /** A uniform draw from [-size, size) from the LSOA's own stream. */
  jitter: (size: number) => number;
}

/**
 * One indicator: its 2023 level, the typical change over four years (`trend`, value minus the value four
 * years earlier) and the most the noise adds to or takes from a four-year change (`wobble`). `relative`
 * changes are fractions of the value (crime rates rise and fall in proportion).
 */
interface IndicatorModel {
  name: ExampleIndicatorName;
  decimals: number;
  range: [number, number];
  level: (inputs: LevelInputs) => number;
  trend: (lsoa: ExampleLsoaContext) => number;
  wobble: number;
  relative?: boolean;
}

/** The town centre's night-time economy: crime peaks within ~1 km of it. */
function townCentreHotspot(lsoa: ExampleLsoaContext): number {
  return Math.exp(-(distanceKm(lsoa.point, BOROUGH_TOWN_CENTRE) ** 2) / (2 * 0.7 ** 2));
}

const MODELS: IndicatorModel[] = [
  { name: 'pct_aged_65_plus', decimals: 1, range: [5, 40], level: ({ lsoa }) => lsoa.properties.pct_aged_65_plus, trend: (lsoa) => 0.5 + 0.9 * (1 - lsoa.centrality), wobble: 0.5 },
  {
    name: 'ethnic_diversity_index', decimals: 3, range: [0.02, 0.9],
    level: ({ lsoa, noise, jitter }) => 0.04 + 0.9 * (1 - Math.exp(-lsoa.properties.pct_born_outside_uk / 30)) + 0.04 * noise(0) + jitter(0.02),
    trend: (lsoa) => 0.012 + 0.02 * lsoa.centrality, wobble: 0.008,
  },
  {
    name: 'pct_moved_in_last_year', decimals: 1, range: [3, 35],
    level: ({ lsoa, noise, jitter }) => 6.5 + 8 * lsoa.centrality + 0.06 * lsoa.properties.pct_born_outside_uk + 2 * noise(1) + jitter(1),
    trend: () => 0.2, wobble: 0.9,
  },
  { name: 'deprivation_score', decimals: 1, range: [5, 60], level: ({ lsoa }) => lsoa.properties.deprivation_score, trend: (lsoa) => 0.8 * lsoa.centrality - 0.2, wobble: 1.6 },
  {
    name: 'crime_rate_per_1000', decimals: 1, range: [10, 400], relative: true,
    level: ({ lsoa, noise, jitter }) => 22 + 60 * lsoa.centrality ** 1.5 + 0.9 * lsoa.properties.deprivation_score + 120 * townCentreHotspot(lsoa) + 8 * noise(2) + jitter(6),
    trend: () => 0.06, wobble: 0.05,
  },
  {
    name: 'pct_no_qualifications', decimals: 1, range: [4, 40],
    level: ({ lsoa, noise, jitter }) => 9 + 0.33 * lsoa.properties.deprivation_score + 0.3 * (lsoa.properties.pct_aged_65_plus - 18) + 2 * noise(3) + jitter(1.2),
    trend: () => -1.6, wobble: 0.6,
  },
  {
    name: 'pct_routine_occupations', decimals: 1, range: [4, 35],
    level: ({ lsoa, noise, jitter }) => 7 + 0.28 * lsoa.properties.deprivation_score + 1.8 * noise(4) + jitter(1.2),
    trend: () => -0.4, wobble: 0.6,
  },
  {
    name: 'pct_disabled', decimals: 1, range: [8, 35],
    level: ({ lsoa, noise, jitter }) => 9 + 0.2 * (lsoa.properties.pct_aged_65_plus - 10) + 0.25 * lsoa.properties.deprivation_score + 2 * noise(5) + jitter(1.2),
    trend: () => 0.6, wobble: 0.5,
  },
];
const LEVEL_FIELD_COUNT = 6;

type Series = Record<ExampleIndicatorName, [number, number, number]>;

/** Adds `amount` to an indicator in the given period indexes (0 = 2015, 1 = 2019, 2 = 2023). */
function shift(series: Series, name: ExampleIndicatorName, periods: number[], amount: number): void {
  for (const period of periods) series[name][period] += amount;
}

/**
 * The invented changes: the estate brought young movers in and lowered deprivation (2019 → 2023), the
 * closure raised deprivation and cut routine jobs (2015 → 2019), late-night venues raised crime (2019 → 2023).
 * The boundary files' 2023 age and deprivation are never moved.
 */
function applyChanges(series: Series, lsoa: ExampleLsoaContext, sites: ExampleChangeSites, random: Random): void {
  const size = randomBetween(random, 0, 1);
  if (sites.housingEstate.includes(lsoa.code)) {
    shift(series, 'pct_moved_in_last_year', [2], 13 + 4 * size);
    shift(series, 'pct_aged_65_plus', [0, 1], 4.5 + 1.5 * size);
    shift(series, 'deprivation_score', [0, 1], 5 + 2 * size);
    shift(series, 'ethnic_diversity_index', [2], 0.04);
  }
  if (lsoa.code === sites.employerClosure) {
    shift(series, 'deprivation_score', [0], -(11 + 3 * size));
    shift(series, 'pct_routine_occupations', [0], 4);
  }
  if (lsoa.code === sites.nightTimeEconomy) series.crime_rate_per_1000[2] *= 1.7 + 0.2 * size;
}

function clampRound(value: number, [min, max]: [number, number], decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(Math.min(max, Math.max(min, value)) * scale) / scale;
}

/** Values for one LSOA, oldest period first, before rounding. */
function seriesFor(lsoa: ExampleLsoaContext, levelFields: SmoothField[], stepFields: SmoothField[][], random: Random): Series {
  const inputs: LevelInputs = { lsoa, noise: (index) => levelFields[index](lsoa.point), jitter: (size) => randomBetween(random, -size, size) };
  const series = {} as Series;
  MODELS.forEach((model, index) => {
    const values: [number, number, number] = [0, 0, model.level(inputs)];
    // Step back from 2023: each four-year change is the trend plus noise, half shared by neighbours.
    for (const [later, fields] of [[2, stepFields[index][0]], [1, stepFields[index][1]]] as const) {
      const step = model.trend(lsoa) + model.wobble * (0.5 * fields(lsoa.point) + 0.5 * inputs.jitter(1));
      values[later - 1] = model.relative ? values[later] / (1 + step) : values[later] - step;
    }
    series[model.name] = values;
  });
  return series;
}

/** Rows for every LSOA and period (LSOA by LSOA in code order, periods oldest first), before no-data markers. */
function generateValues(lsoas: readonly ExampleLsoaContext[], sites: ExampleChangeSites, seed: number): ExampleIndicatorRow[] {
  const fieldRandom = createRandom(hashSeed(seed, 'example-indicator-fields'));
  const levelFields = Array.from({ length: LEVEL_FIELD_COUNT }, () => createSmoothField(fieldRandom));
  const stepFields = MODELS.map(() => [createSmoothField(fieldRandom), createSmoothField(fieldRandom)]);
  return lsoas.flatMap((lsoa) => {
    const random = createRandom(hashSeed(seed, 'example-indicators', lsoa.code));
    const series = seriesFor(lsoa, levelFields, stepFields, random);
    applyChanges(series, lsoa, sites, random);
    return EXAMPLE_INDICATOR_PERIODS.map((period, periodIndex): ExampleIndicatorRow => {
      const values = {} as ExampleIndicatorRow['values'];
      for (const model of MODELS) values[model.name] = clampRound(series[model.name][periodIndex], model.range, model.decimals);
      return { lsoaCode: lsoa.code, lsoaName: lsoa.name, period, values };
    });
  });
}

/**
 * Marks five 2015 cells as no data: crime rates of the two least populous LSOAs suppressed (`*`), disability
 * shares of three other LSOAs not available (`..`). Change sites keep all their values.
 */
function markNoData(rows: ExampleIndicatorRow[], lsoas: readonly ExampleLsoaContext[], sites: ExampleChangeSites, seed: number): void {
  const protectedCodes = new Set([...sites.housingEstate, sites.employerClosure, sites.nightTimeEconomy]);
  const candidates = lsoas.filter((lsoa) => !protectedCodes.has(lsoa.code));
  const smallest = [...candidates].sort((a, b) => a.properties.population - b.properties.population || (a.code < b.code ? -1 : 1)).slice(0, 2);
  const others = candidates.filter((lsoa) => !smallest.includes(lsoa));
  const random = createRandom(hashSeed(seed, 'example-indicator-gaps'));
  const unavailable = new Set<string>();
  while (unavailable.size < 3) unavailable.add(others[Math.floor(random() * others.length)].code);
  for (const row of rows) {
    if (row.period !== '2015') continue;
    if (smallest.some((lsoa) => lsoa.code === row.lsoaCode)) row.values.crime_rate_per_1000 = '*';
    if (unavailable.has(row.lsoaCode)) row.values.pct_disabled = '..';
  }
}

/** The indicator table for the example LSOAs: 3 rows (2015, 2019, 2023) per LSOA, in code order. */
export function generateExampleIndicators(lsoas: readonly ExampleLsoaContext[], sites: ExampleChangeSites, seed: number): ExampleIndicatorRow[] {
  const rows = generateValues(lsoas, sites, seed);
  markNoData(rows, lsoas, sites, seed);
  return rows;
}

/** The table as CSV: lsoa_code, lsoa_name, period, the eight indicators (fixed decimals), source_note. */
export function formatExampleIndicatorsCsv(rows: readonly ExampleIndicatorRow[]): string {
  const header = ['lsoa_code', 'lsoa_name', 'period', ...EXAMPLE_INDICATOR_NAMES, 'source_note'];
  const decimals = new Map(MODELS.map((model) => [model.name, model.decimals]));
  const cells = rows.map((row): CsvCell[] => [
    row.lsoaCode,
    row.lsoaName,
    row.period,
    ...EXAMPLE_INDICATOR_NAMES.map((name) => {
      const value = row.values[name];
      return typeof value === 'number' ? value.toFixed(decimals.get(name)) : value;
    }),
    EXAMPLE_DATA_NOTICE,
  ]);
  return formatCsv(header, cells);
}
