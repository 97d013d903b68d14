import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_DATA_NOTICE, EXAMPLE_SEED, generateExampleBoundaries } from './example-borough';
import { chooseExampleChangeSites } from './example-change-sites';
import { describeExampleLsoas, describeExampleWards } from './example-lsoa-context';
import { TENSION_COMMUNITY_TYPES } from './example-tension-timeline';
import { formatExampleTensionsCsv, generateExampleTensions } from './example-tensions';

const HEADER = ['area_code', 'area_name', 'community_type', 'assessment_date', 'current_rating', 'potential_rating', 'notes', 'source_note'] as const;
type CsvRow = Record<(typeof HEADER)[number], string>;
type Row = CsvRow & { current: number; potential: number };
const DAY_MS = 86_400_000;

const boundaries = generateExampleBoundaries(EXAMPLE_SEED);
const lsoas = describeExampleLsoas(boundaries);
const wards = describeExampleWards(boundaries, lsoas);
const sites = chooseExampleChangeSites(lsoas, EXAMPLE_SEED);
const text = formatExampleTensionsCsv(generateExampleTensions(wards, sites, EXAMPLE_SEED));
const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
const rows: Row[] = parsed.data.map((row) => ({ ...row, current: Number(row.current_rating), potential: Number(row.potential_rating) }));
const boroughWards = boundaries.wards.filter((ward) => ward.properties.LAD_CODE === 'X06000001');

/** Each ward and community type's ratings in date order, keyed "code|type". */
function sequences(): Map<string, Row[]> {
  const byPair = new Map<string, Row[]>();
  for (const row of rows) byPair.set(`${row.area_code}|${row.community_type}`, [...(byPair.get(`${row.area_code}|${row.community_type}`) ?? []), row]);
  return byPair;
}

describe('example tensions (layers/example-tensions.csv)', () => {
  it('parses as CSV with the documented header, saying on every row that it is invented', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...HEADER]);
    expect(rows.filter((row) => row.source_note !== EXAMPLE_DATA_NOTICE)).toEqual([]);
  });

  it('assesses every ward of the borough on every other Monday of 2023, by date, ward code and community type', () => {
    const dates = [...new Set(rows.map((row) => row.assessment_date))];
    expect(dates.length).toBe(26);
    expect(dates[0]).toBe('2023-01-02');
    const times = dates.map((date) => Date.parse(`${date}T00:00:00Z`));
    expect(times.filter((time) => new Date(time).getUTCDay() !== 1 || new Date(time).getUTCFullYear() !== 2023)).toEqual([]);
    expect(times.slice(1).map((time, at) => (time - times[at]) / DAY_MS)).toEqual(new Array(25).fill(14));
    for (const list of sequences().values()) expect(list.map((row) => row.assessment_date)).toEqual(dates);
    const keys = rows.map((row) => `${row.assessment_date}|${row.area_code}|${TENSION_COMMUNITY_TYPES.indexOf(row.community_type as never)}`);
    expect(keys).toEqual([...keys].sort());
    const names = new Map(boroughWards.map((ward) => [ward.properties.WARD_CODE, ward.properties.WARD_NAME]));
    expect([...new Set(rows.map((row) => row.area_code))]).toEqual([...names.keys()]);
    expect(rows.filter((row) => names.get(row.area_code) !== row.area_name)).toEqual([]);
  });

  it('covers one to three community types per ward from the closed list, all eight somewhere', () => {
    const typesByWard = new Map<string, Set<string>>();
    for (const row of rows) typesByWard.set(row.area_code, (typesByWard.get(row.area_code) ?? new Set()).add(row.community_type));
    expect([...typesByWard.values()].filter((types) => types.size < 1 || types.size > 3)).toEqual([]);
    expect(new Set(rows.map((row) => row.community_type))).toEqual(new Set(TENSION_COMMUNITY_TYPES));
  });

  it('rates on the EEP scale 1–6, mostly Normal or Raised, the potential rating no better than the current one and at most one step worse', () => {
    expect(rows.filter((row) => !Number.isInteger(row.current) || row.current < 1 || row.current > 6)).toEqual([]);
    expect(rows.filter((row) => row.potential > row.current || row.potential < row.current - 1)).toEqual([]);
    expect(rows.filter((row) => row.current >= 5).length / rows.length).toBeGreaterThan(0.95);
  });

  it('has CIA-level episodes (1–4): three wards reach Moderate (high), one of them High for one assessment', () => {
    const wardsAt = (worst: number) => [...new Set(rows.filter((row) => row.current <= worst).map((row) => row.area_name))].sort();
    expect(wardsAt(4)).toEqual(['Ashbridge Central', 'Lark Clough', 'Marsh Park', 'Slackgate', 'Wrencroft']);
    expect(wardsAt(3)).toEqual(['Ashbridge Central', 'Marsh Park', 'Slackgate']);
    const high = rows.filter((row) => row.current <= 2);
    expect(high.map((row) => `${row.assessment_date} ${row.area_name} ${row.community_type} ${row.current}`)).toEqual(['2023-07-03 Ashbridge Central Faith or religious 2']);
    const list = sequences().get(`${high[0].area_code}|${high[0].community_type}`)!;
    const at = list.indexOf(high[0]);
    expect([list[at - 1].current, list[at + 1].current]).toEqual([3, 3]);
    expect(list.slice(at + 3).filter((row) => row.current < 5)).toEqual([]);
  });

  it('puts a short note on every change of rating', () => {
    const silent = [...sequences().values()].flatMap((list) => list.filter((row, at) => at > 0 && row.current !== list[at - 1].current && row.notes === ''));
    expect(silent).toEqual([]);
    expect(rows.filter((row) => row.notes.length > 120)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(formatExampleTensionsCsv(generateExampleTensions(wards, sites, EXAMPLE_SEED))).toBe(text);
  });
});
