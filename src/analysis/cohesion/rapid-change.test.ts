import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { describeRapidChangeRule, flagRapidChange, formatChangeAmount } from './rapid-change';

/** Independent mean and population SD of plain numbers. */
function meanSd(numbers: number[]): [number, number] {
  const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
  return [mean, Math.sqrt(numbers.map((n) => (n - mean) ** 2).reduce((a, b) => a + b, 0) / numbers.length)];
}

describe('flagRapidChange: std-dev rule', () => {
  const previous = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
  const current = [11, 12, 10, 11, 9, 10, 11, 30, 10, NaN];
  const changes = [1, 2, 0, 1, -1, 0, 1, 20, 0];
  const [mean, sd] = meanSd(changes);

  it('flags the change beyond 2 SD of all areas\' change from the mean change', () => {
    expect(flagRapidChange(current, previous, { kind: 'std-dev', threshold: 2 })).toEqual({
      rule: { kind: 'std-dev', threshold: 2 },
      ruleText: 'change more than 2 standard deviations from the average change (±12 points)',
      areasCompared: 9,
      meanChange: mean,
      stdDevChange: sd,
      band: [mean - 2 * sd, mean + 2 * sd],
      flagged: [{ areaIndex: 7, change: 20, changePercent: 200, side: 'above' }],
    });
  });

  it('flags both sides, most extreme first, with a lower threshold', () => {
    const result = flagRapidChange(current, previous, { kind: 'std-dev', threshold: 0.5 }, { unit: 'places' });
    const expected = changes
      .map((change, areaIndex) => ({ areaIndex, change, distance: Math.abs(change - mean) }))
      .filter((area) => area.distance > 0.5 * sd)
      .sort((a, b) => b.distance - a.distance || a.areaIndex - b.areaIndex)
      .map(({ areaIndex, change }) => ({ areaIndex, change, changePercent: change * 10, side: change > mean ? 'above' : 'below' }));
    expect([result.ruleText, result.flagged]).toEqual(['change more than 0.5 standard deviations from the average change (±3.1 places)', expected]);
    expect(result.flagged.map((flag) => flag.areaIndex)).toEqual([7, 4]);
  });

  it('flags nothing when every area changed by the same amount', () => {
    expect(flagRapidChange([3, 4, 5], [1, 2, 3], { kind: 'std-dev', threshold: 1 }).flagged).toEqual([]);
  });
});

describe('flagRapidChange: percent rule', () => {
  it('flags changes beyond ±p percent and skips areas whose previous value was 0', () => {
    const previous = [50, 50, 0, 40, 80, NaN];
    const current = [60, 40, 5, 47, 50, 9];
    expect(flagRapidChange(current, previous, { kind: 'percent', threshold: 17.5 })).toEqual({
      rule: { kind: 'percent', threshold: 17.5 },
      ruleText: 'change of more than 17.5% up or down since the previous period',
      areasCompared: 4,
      meanChange: (10 - 10 + 5 + 7 - 30) / 5,
      stdDevChange: meanSd([10, -10, 5, 7, -30])[1],
      band: [-17.5, 17.5],
      flagged: [
        { areaIndex: 4, change: -30, changePercent: -37.5, side: 'below' },
        { areaIndex: 0, change: 10, changePercent: 20, side: 'above' },
        { areaIndex: 1, change: -10, changePercent: -20, side: 'below' },
      ],
    });
  });

  it('does not flag an area exactly on the limit, and rejects a threshold of 0', () => {
    expect(flagRapidChange([120, 79], [100, 100], { kind: 'percent', threshold: 20 }).flagged.map((flag) => flag.areaIndex)).toEqual([1]);
    expect(() => flagRapidChange([1], [1], { kind: 'percent', threshold: 0 })).toThrow('rapid-change threshold must be a number above 0, got 0');
  });
});

describe('rule text', () => {
  it('reads in plain words', () => {
    expect([
      describeRapidChangeRule({ kind: 'std-dev', threshold: 2 }, 3.4),
      describeRapidChangeRule({ kind: 'std-dev', threshold: 1 }, 120, { unit: 'places' }),
      describeRapidChangeRule({ kind: 'std-dev', threshold: 2 }, NaN),
      describeRapidChangeRule({ kind: 'percent', threshold: 20 }, 20),
    ]).toEqual([
      'change more than 2 standard deviations from the average change (±3.4 points)',
      'change more than 1 standard deviation from the average change (±120 places)',
      'change more than 2 standard deviations from the average change',
      'change of more than 20% up or down since the previous period',
    ]);
  });

  it('formats amounts to two significant figures with at most 3 decimals', () => {
    expect([3.4, 3.45, 0.034, 0.00012, 34.2, 1234.5, 0].map(formatChangeAmount)).toEqual(['3.4', '3.5', '0.034', '0.000', '34', '1,235', '0']);
  });
});

const CAERPHILLY_LSOAS = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const WIMD_FILES = ['indicators/wimd2011_lsoa01_wales.csv', 'indicators/wimd2019_lsoa11_wales.csv'];

describeWithSharedData('rapid change in WIMD overall rank 2011 → 2019, Caerphilly LSOAs', [CAERPHILLY_LSOAS, ...WIMD_FILES], () => {
  const codes = (JSON.parse(readFileSync(sharedDataPath(CAERPHILLY_LSOAS), 'utf8')) as { features: { properties: { LSOA11CD: string } }[] }).features.map((feature) => feature.properties.LSOA11CD);
  const [rank2011, rank2019] = WIMD_FILES.map((file) => {
    const byCode = new Map(Papa.parse<{ lsoa_code: string; IMD_rank: string }>(readFileSync(sharedDataPath(file), 'utf8'), { header: true, skipEmptyLines: true }).data.map((row) => [row.lsoa_code, Number(row.IMD_rank)]));
    return codes.map((code) => byCode.get(code) ?? NaN);
  });

  it('flags exactly the areas an independent computation finds beyond 2 SD of the mean rank change', () => {
    const result = flagRapidChange(rank2019, rank2011, { kind: 'std-dev', threshold: 2 }, { unit: 'places' });
    const changes = codes.map((_code, i) => rank2019[i] - rank2011[i]);
    const [mean, sd] = meanSd(changes.filter((change) => !Number.isNaN(change)));
    const expected = changes.flatMap((change, i) => (Math.abs(change - mean) > 2 * sd ? [codes[i]] : [])).sort();
    expect([result.areasCompared, result.flagged.map((flag) => codes[flag.areaIndex]).sort()]).toEqual([110, expected]);
    expect(Math.abs(result.meanChange - mean) + Math.abs(result.stdDevChange - sd)).toBeLessThan(1e-9);
    // Rank 1 = most deprived: W01001430 rose 503 places (less deprived relative to Wales), W01001433 fell 334.
    expect([result.ruleText, result.flagged.length, result.flagged[0], result.flagged[2]]).toEqual([
      'change more than 2 standard deviations from the average change (±256 places)', 9,
      { areaIndex: codes.indexOf('W01001430'), change: 503, changePercent: (100 * 503) / rank2011[codes.indexOf('W01001430')], side: 'above' },
      { areaIndex: codes.indexOf('W01001433'), change: -334, changePercent: (100 * -334) / rank2011[codes.indexOf('W01001433')], side: 'below' },
    ]);
  });
});
