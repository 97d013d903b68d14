import { describe, expect, it } from 'vitest';
import { loadExampleTensions } from '../../../test/fixtures/tensions/example-tensions';
import { DAYS, fourLevelAssessments, handAssessments } from '../../../test/fixtures/tensions/tensions';
import type { TensionRating, TensionSummaryRow, TensionTrend } from '../../types';
import { areaTensionOverall } from './area-overall';
import { tensionSummaryTable } from './summary-table';

const eep = (level: number): TensionRating => ({ scale: 'eep', level });
const cell = (rating: TensionRating, trend: TensionTrend | null, text: string) => ({ rating, trend, text });

/** A row of EEP cells: [level, trend, text] for current, then potential. */
function row(kind: TensionSummaryRow['kind'], label: string, timeMs: number, current: [number, TensionTrend | null, string], potential: [number, TensionTrend | null, string]): TensionSummaryRow {
  return { kind, label, timeMs, current: cell(eep(current[0]), current[1], current[2]), potential: cell(eep(potential[0]), potential[1], potential[2]) };
}

describe('tensionSummaryTable', () => {
  it('writes one area’s form: each community type, then the overall assessment', () => {
    expect(tensionSummaryTable(handAssessments, DAYS.afterGap, 'X05000001')).toEqual([
      row('community', 'Ethnic', DAYS.afterGap, [4, 'raised', '4▲'], [3, 'raised', '3▲']),
      row('community', 'Faith or religious', DAYS.second, [6, 'static', '6►'], [5, 'raised', '5▲']),
      row('overall', 'Overall assessment', DAYS.afterGap, [4, 'raised', '4▲'], [3, 'raised', '3▲']),
    ]);
  });

  it('takes the district’s most alarming rating per community across areas, in the order given', () => {
    expect(tensionSummaryTable(handAssessments, DAYS.afterGap, 'district', ['Generational', 'LGBT'])).toEqual([
      row('community', 'Generational', DAYS.second, [6, null, '6'], [6, null, '6']),
      row('community', 'LGBT', DAYS.third, [4, 'static', '4►'], [5, 'falling', '5▼']),
      row('community', 'Ethnic', DAYS.afterGap, [4, 'raised', '4▲'], [3, 'raised', '3▲']),
      row('community', 'Faith or religious', DAYS.second, [6, 'static', '6►'], [5, 'raised', '5▲']),
      // On 30 Jan the district's worst were LGBT 4 and Ethnic 4 (from 16 Jan): current static, potential up.
      row('overall', 'Overall assessment', DAYS.afterGap, [4, 'static', '4►'], [3, 'raised', '3▲']),
    ]);
  });

  it('writes the four-level scale in words', () => {
    const simple = (level: number): TensionRating => ({ scale: 'four-level', level });
    const expected = { current: cell(simple(1), 'raised', 'High▲'), potential: cell(simple(2), 'static', 'Medium►') };
    expect(tensionSummaryTable(fourLevelAssessments, DAYS.second, 'X05000003')).toEqual([
      { kind: 'community', label: 'Ethnic', timeMs: DAYS.second, ...expected },
      { kind: 'overall', label: 'Overall assessment', timeMs: DAYS.second, ...expected },
    ]);
  });

  it('keeps each rating in its own words when one area has ratings on both scales', () => {
    const simple = (level: number): TensionRating => ({ scale: 'four-level', level });
    const council = { areaCode: 'X05000001', communityType: 'Generational', timeMs: DAYS.third, current: simple(2), potential: simple(3), source: 'council.csv:2' };
    const table = tensionSummaryTable([...handAssessments, council], DAYS.third, 'X05000001');
    // Medium corresponds to EEP 4, so it is more alarming than Ethnic's 5 and the overall current cell reads "Medium▲".
    expect(table.map((r) => [r.label, r.current.text, r.potential.text])).toEqual([
      ['Ethnic', '5▲', '4▲'],
      ['Faith or religious', '6►', '5▲'],
      ['Generational', 'Medium', 'Low'],
      ['Overall assessment', 'Medium▲', '4►'],
    ]);
  });

  it('shows two agencies rating the same area, community and day side by side, neither silently winning', () => {
    const police = { areaCode: 'X05000004', communityType: 'Faith or religious', timeMs: DAYS.second, current: eep(5), potential: eep(4), source: 'police.csv:2', agency: 'Police' };
    const council = { areaCode: 'X05000004', communityType: 'Faith or religious', timeMs: DAYS.second, current: { scale: 'four-level' as const, level: 2 }, potential: { scale: 'four-level' as const, level: 3 }, source: 'council.csv:2', agency: 'Council' };
    // Loaded in either order, the same ratings: the community's row takes the more alarming of each (Medium is EEP 4), each agency's follows.
    for (const rows of [[police, council], [council, police]]) {
      const table = tensionSummaryTable(rows, DAYS.second, 'X05000004');
      expect(table.map((r) => [r.kind, r.label, r.agency ?? null, r.current.text, r.potential.text])).toEqual([
        ['community', 'Faith or religious', null, 'Medium', '4'],
        ...(rows[0] === police
          ? [['source', 'Faith or religious', 'Police', '5', '4'], ['source', 'Faith or religious', 'Council', 'Medium', 'Low']]
          : [['source', 'Faith or religious', 'Council', 'Medium', 'Low'], ['source', 'Faith or religious', 'Police', '5', '4']]),
        ['overall', 'Overall assessment', null, 'Medium', '4'],
      ]);
    }
  });

  it('adds the group’s recorded judgement after the most alarming community, for one area', () => {
    const judgement = { areaCode: 'X05000001', timeMs: DAYS.second, current: eep(5), potential: eep(6), source: 'entered:1', agency: 'Silver group' };
    const table = tensionSummaryTable(handAssessments, DAYS.second, 'X05000001', [], [judgement]);
    expect(table.slice(-2).map((r) => [r.kind, r.label, r.agency ?? null, r.current.text, r.potential.text])).toEqual([
      ['overall', 'Overall assessment', null, '5▲', '4▲'],
      ['agreed', 'Overall assessment (agreed)', 'Silver group', '5', '6'],
    ]);
    expect(tensionSummaryTable(handAssessments, DAYS.second, 'district', [], [judgement]).map((r) => r.kind)).not.toContain('agreed');
  });

  it('is empty for an area not assessed by then', () => {
    expect([tensionSummaryTable(handAssessments, DAYS.first - 1, 'X05000001'), tensionSummaryTable(handAssessments, DAYS.afterGap, 'X05000009')]).toEqual([[], []]);
  });
});

describe('tension summary of the example borough (invented data)', () => {
  it('shows Ashbridge Central’s faith communities at 2 (High) on 3 July 2023, after the national incident', async () => {
    const dataset = await loadExampleTensions();
    const july3 = Date.UTC(2023, 6, 3);
    expect(tensionSummaryTable(dataset.rows, july3, 'X05000002', dataset.communityTypes)).toEqual([
      row('community', 'Ethnic', july3, [3, 'raised', '3▲'], [3, 'static', '3►']),
      row('community', 'Faith or religious', july3, [2, 'raised', '2▲'], [2, 'static', '2►']),
      row('community', 'LGBT', july3, [6, 'static', '6►'], [5, 'raised', '5▲']),
      row('overall', 'Overall assessment', july3, [2, 'raised', '2▲'], [2, 'static', '2►']),
    ]);
  });

  it('has Ashbridge Central, Marsh Park and Slackgate at 3 or worse on 3 July, Raised by mid-August, Normal by mid-September', async () => {
    const dataset = await loadExampleTensions();
    const currentOf = (atMs: number) => Object.fromEntries(areaTensionOverall(dataset.rows, atMs).filter((area) => area.current.level < 6).map((area) => [area.areaCode, area.current.level]));
    expect([currentOf(Date.UTC(2023, 6, 3)), currentOf(Date.UTC(2023, 7, 14)), currentOf(Date.UTC(2023, 8, 11))]).toEqual([
      { X05000002: 2, X05000010: 3, X05000016: 3 },
      // Lark Clough (X05000009): the August encampment, Gypsies and Travellers at 4.
      { X05000002: 5, X05000009: 4, X05000010: 5 },
      // Wrencroft (X05000020): new arrivals on the new housing estate.
      { X05000020: 5 },
    ]);
  });
});
