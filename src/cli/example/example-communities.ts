/**
 * The invented community counts of the example LSOAs (layers/example-communities-lsoa.csv), one census-like
 * period (2021). Counts agree with the boundary figures (all residents = population; born outside the UK
 * and aged 65+ are those shares of it). Asian or Asian British residents cluster near the borough's town
 * centre and in its most deprived LSOAs; White Other residents are spread out across town and country.
 */
import { EXAMPLE_DATA_NOTICE } from './example-borough';
import { formatCsv, type CsvCell } from './example-csv';
import type { ExampleLsoaContext } from './example-lsoa-context';
import { createRandom, hashSeed, randomBetween } from './random';
import { createSmoothField } from './smooth-noise';

/** The table's single period. */
export const EXAMPLE_COMMUNITY_PERIOD = '2021';

/** The count columns, in file order. */
export const EXAMPLE_COMMUNITY_NAMES = [
  'all_residents',
  'born_outside_uk',
  'welsh_speakers',
  'aged_65_plus',
  'asian_or_asian_british',
  'black_or_black_british',
  'mixed_multiple',
  'white_other',
  'new_arrivals_last_year',
] as const;
export type ExampleCommunityName = (typeof EXAMPLE_COMMUNITY_NAMES)[number];

/** The four ethnic groups counted (a person is in at most one, so they sum to no more than all residents). */
export const EXAMPLE_ETHNIC_GROUPS: readonly ExampleCommunityName[] = ['asian_or_asian_british', 'black_or_black_british', 'mixed_multiple', 'white_other'];

/** One LSOA's counts (whole numbers of residents). */
export interface ExampleCommunityRow {
  lsoaCode: string;
  lsoaName: string;
  counts: Record<ExampleCommunityName, number>;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The community counts for every example LSOA, in code order. */
export function generateExampleCommunities(lsoas: readonly ExampleLsoaContext[], seed: number): ExampleCommunityRow[] {
  const fieldRandom = createRandom(hashSeed(seed, 'example-community-fields'));
  const [asianField, mixedField, whiteOtherField, welshField] = [0, 1, 2, 3].map(() => createSmoothField(fieldRandom));
  return lsoas.map((lsoa) => {
    const random = createRandom(hashSeed(seed, 'example-communities', lsoa.code));
    const jitter = (size: number) => randomBetween(random, -size, size);
    const { population, pct_born_outside_uk: born, pct_aged_65_plus: aged, deprivation_score: deprivation } = lsoa.properties;
    const c = lsoa.centrality;
    const share = (percent: number) => Math.round((population * percent) / 100);
    const bornOutsideUk = share(born);
    const asianPercent = clamp(0.62 * born * c ** 1.5 * (1 + 0.35 * asianField(lsoa.point)) + 0.08 * Math.max(0, deprivation - 25) + jitter(0.6), 0.1, 30);
    const blackPercent = clamp(0.13 * born * (0.4 + 0.8 * c) + jitter(0.4), 0, 12);
    const mixedPercent = clamp(0.9 + 0.05 * born + 0.3 * mixedField(lsoa.point) + jitter(0.3), 0.3, 6);
    const whiteOtherPercent = clamp(2.8 + 1.2 * whiteOtherField(lsoa.point) + 0.04 * born + jitter(0.8), 0.5, 9);
    const welshPercent = clamp(0.15 + 0.1 * welshField(lsoa.point) + jitter(0.1), 0, 1);
    // Arrived in the UK within the year before the census: all born outside the UK, so never more than them.
    const newArrivalsPercent = clamp(0.3 + 0.07 * born + 0.4 * c + jitter(0.3), 0.1, 6);
    return {
      lsoaCode: lsoa.code,
      lsoaName: lsoa.name,
      counts: {
        all_residents: population,
        born_outside_uk: bornOutsideUk,
        welsh_speakers: share(welshPercent),
        aged_65_plus: share(aged),
        asian_or_asian_british: share(asianPercent),
        black_or_black_british: share(blackPercent),
        mixed_multiple: share(mixedPercent),
        white_other: share(whiteOtherPercent),
        new_arrivals_last_year: Math.min(bornOutsideUk, share(newArrivalsPercent)),
      },
    };
  });
}

/** "2,874": British grouping, as a spreadsheet exports a formatted number. */
function withThousandsSeparator(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The table as CSV: lsoa_code, lsoa_name, period, the counts, source_note. The most populous LSOA's
 * all_residents is written with a thousands separator ("2,874", quoted), as hand-edited exports often are.
 */
export function formatExampleCommunitiesCsv(rows: readonly ExampleCommunityRow[]): string {
  const header = ['lsoa_code', 'lsoa_name', 'period', ...EXAMPLE_COMMUNITY_NAMES, 'source_note'];
  const largest = rows.reduce((best, row) => (row.counts.all_residents > best.counts.all_residents ? row : best), rows[0]);
  const cells = rows.map((row): CsvCell[] => [
    row.lsoaCode,
    row.lsoaName,
    EXAMPLE_COMMUNITY_PERIOD,
    ...EXAMPLE_COMMUNITY_NAMES.map((name) => (row === largest && name === 'all_residents' ? withThousandsSeparator(row.counts[name]) : row.counts[name])),
    EXAMPLE_DATA_NOTICE,
  ]);
  return formatCsv(header, cells);
}
