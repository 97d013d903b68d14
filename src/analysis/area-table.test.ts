import { describe, expect, it } from 'vitest';
import { areaTableCsv, buildAreaTableRows, sortAreaRows } from './area-table';

const rows = buildAreaTableRows(['Alder Dale', '', 'Cwm Ystrad', 'Bryn'], ['X05000001', 'X05000002', 'X05000003', 'X05000004'], [12, 3, null, 0], [2, 1, -1, 0]);

describe('area table', () => {
  it('names an unnamed area by its code', () => {
    expect(rows.map((r) => r.name)).toEqual(['Alder Dale', 'X05000002', 'Cwm Ystrad', 'Bryn']);
  });
  it('sorts by value both ways with no data last, and by name', () => {
    expect(sortAreaRows(rows, 'value', 'ascending').map((r) => r.code)).toEqual(['X05000004', 'X05000002', 'X05000001', 'X05000003']);
    expect(sortAreaRows(rows, 'value', 'descending').map((r) => r.code)).toEqual(['X05000001', 'X05000002', 'X05000004', 'X05000003']);
    expect(sortAreaRows(rows, 'name', 'ascending').map((r) => r.name)).toEqual(['Alder Dale', 'Bryn', 'Cwm Ystrad', 'X05000002']);
    expect(sortAreaRows(rows, 'class', 'descending').map((r) => r.classIndex)).toEqual([2, 1, 0, -1]);
    expect(sortAreaRows(rows, 'code', 'descending')[0].code).toBe('X05000004');
  });
  it('writes CSV with class labels and no suppression by default', () => {
    const csv = areaTableCsv(rows, { header: ['Area', 'Code', 'Incidents', 'Class'], classLabels: ['0', '1 – 5', '6 – 12'], noDataLabel: 'No data' });
    expect(csv.split('\r\n')).toEqual(['\uFEFFArea,Code,Incidents,Class', 'Alder Dale,X05000001,12,6 – 12', 'X05000002,X05000002,3,1 – 5', 'Cwm Ystrad,X05000003,,No data', 'Bryn,X05000004,0,0', '']);
  });
  it('suppresses counts of 1–4 with their class, and says so after the rows', () => {
    const csv = areaTableCsv(rows, { header: ['Area', 'Code', 'Incidents', 'Class'], classLabels: ['0', '1 – 5', '6 – 12'], noDataLabel: 'No data', suppression: { kind: 'count' }, notes: ['Counts of 1 to 4 are shown as <5.'] });
    const lines = csv.split('\r\n');
    // The 12 is withheld too: with the total of 15 known, it would give the 3 back.
    expect(lines[1]).toBe('Alder Dale,X05000001,[c],[c]');
    expect(lines[2]).toBe('X05000002,X05000002,<5,[c]');
    expect(lines[4]).toBe('Bryn,X05000004,0,0');
    expect(lines.slice(5)).toEqual(['', 'Counts of 1 to 4 are shown as <5.', '']);
  });
  it('withholds rates computed from small counts', () => {
    const counts = [40, 3, null, 0];
    const rates = buildAreaTableRows(['A', 'B', 'C', 'D'], ['1', '2', '3', '4'], [8.1, 0.6, null, 0], [1, 0, -1, 0]);
    const csv = areaTableCsv(rates, { header: ['a', 'c', 'rate', 'class'], classLabels: ['low', 'high'], noDataLabel: 'none', suppression: { kind: 'derived', baseCounts: (i) => [counts[i]] } });
    // A's rate goes too: its 40 and the known total 43 would give B's 3 back.
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['A,1,[c],[c]', 'B,2,[c],[c]', 'C,3,,none', 'D,4,0,low']);
  });
  it('withholds an area an earlier export would give back, with a complement beside it', () => {
    const large = buildAreaTableRows(['A', 'B', 'C'], ['1', '2', '3'], [12, 30, 7], [1, 1, 0]);
    const csv = areaTableCsv(large, { header: ['Area', 'Code', 'Incidents', 'Class'], classLabels: ['5 – 9', '10 – 30'], noDataLabel: 'No data', suppression: { kind: 'count', forced: [0] } });
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['A,1,[c],[c]', 'B,2,30,10 – 30', 'C,3,[c],[c]']);
  });
  it('neutralises area names that would run as a formula', () => {
    const evil = buildAreaTableRows(['=cmd|calc', '@SUM(A1)'], ['a', 'b'], [1, 2], [0, 0]);
    const csv = areaTableCsv(evil, { header: ['n', 'c', 'v', 'k'], classLabels: ['x'], noDataLabel: '' });
    expect(csv).toContain("'=cmd|calc,a");
    expect(csv).toContain("'@SUM(A1),b");
  });
  it('carries a second value (the 3 × 3 map: share and score), NaN as no data, sortable and written as a fifth column', () => {
    const share = Float64Array.from([30, Number.NaN, 2.5]);
    const score = Float64Array.from([-0.4, 0.1, Number.NaN]);
    const both = buildAreaTableRows(['A', 'B', 'C'], ['1', '2', '3'], share, Int8Array.from([2, -1, -1]), score);
    expect(both.map((r) => [r.value, r.second])).toEqual([[30, -0.4], [null, 0.1], [2.5, null]]);
    expect(sortAreaRows(both, 'second', 'ascending').map((r) => r.code)).toEqual(['1', '2', '3']);
    const counts = [120, null, 3];
    const classLabels = ['low · low', 'mid · low', 'high · low'];
    const csv = areaTableCsv(both, { header: ['Area', 'Code', 'Share (%)', 'Score', 'Class'], classLabels, noDataLabel: 'No data', suppression: { kind: 'derived', baseCounts: (i) => [counts[i]] } });
    // C's share comes from 3 people: withheld with its class, and A's (the complement) too; scores are not counts and stay.
    expect(csv.split('\r\n').slice(0, 4)).toEqual(['\uFEFFArea,Code,Share (%),Score,Class', 'A,1,[c],-0.4,[c]', 'B,2,,0.1,No data', 'C,3,[c],,[c]']);
  });
});
