import { expect, it } from 'vitest';
import { linearlyRecoverableTargets, type Fact } from '../../../test/helpers/recovery-solver';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { importBoundaryFiles } from '../../data/importers';
import { buildAreaDataset } from '../../data/area-dataset';
import { loadIncidentFiles } from '../../data/load-incidents';
import { buildJoinReport, joinReportCsv, printedJoinReport, type PrintedJoinReport } from './join-report';

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const MONTHS = ['police/gwent/2022-03-gwent-street.csv', 'police/gwent/2022-04-gwent-street.csv', 'police/gwent/2022-05-gwent-street.csv'];
const file = (path: string) => ({ name: path.split('/').pop()!, bytes: readSharedBytes(path) });

// Issue 13: the CSV of `atlas join --out` gives back none of its withheld counts to a reader who solves its lines.
describeWithSharedData('atlas join --out on Caerphilly LSOAs and three Gwent months', [CAERPHILLY, ...MONTHS], () => {
  it('withholds every small count and enough complements that no withheld cell can be worked out', async () => {
    const [parsed] = await importBoundaryFiles([file(CAERPHILLY)]);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const built = buildAreaDataset(parsed.value, { id: 'caerphilly', label: 'caerphilly' });
    const incidents = await loadIncidentFiles(MONTHS.map(file), { id: 'gwent' });
    if (!built.ok || !incidents.ok) throw new Error('inputs did not load');
    const report = buildJoinReport([built.value], incidents.value, 'month');
    const csv = joinReportCsv(report).text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
    const periods = report.periods.length;
    // Unknowns: one count per area × month. Facts: every cell the CSV shows, "<5" as 1–4, and the number of
    // incidents in the areas (which the app and the CLI's summary print).
    const facts: Fact[] = [{ atoms: report.areas.flatMap((_, a) => Array.from({ length: periods }, (__, p) => a * periods + p)), value: report.matched }];
    const withheld: number[][] = [];
    csv.slice(1).forEach((row, a) => {
      const cells = [{ text: row[2], atoms: Array.from({ length: periods }, (_, p) => a * periods + p), value: report.areas[a].count },
        ...Array.from({ length: periods }, (_, p) => ({ text: row[3 + p], atoms: [a * periods + p], value: report.areas[a].byPeriod[report.periods[p]] }))];
      for (const cell of cells) {
        if (cell.text === '<5') facts.push({ atoms: cell.atoms, small: true });
        else if (cell.text !== '[c]') facts.push({ atoms: cell.atoms, value: Number(cell.text) });
        // A withheld zero worked out as zero discloses no one; every other withheld cell must stay unknown.
        if (cell.text === '<5' || (cell.text === '[c]' && cell.value !== 0)) withheld.push(cell.atoms);
      }
    });
    const small = report.areas.reduce((n, area) => n + [area.count, ...Object.values(area.byPeriod)].filter((v) => v > 0 && v < 5).length, 0);
    // Every small count is withheld: "<5", or "[c]" where even its bounds would give a neighbour away.
    const shownSmall = csv.slice(1).flatMap((row) => row.slice(2)).filter((text) => ['1', '2', '3', '4'].includes(text));
    expect([shownSmall, csv.flat().filter((text) => text === '<5' || text === '[c]').length >= small]).toEqual([[], true]);
    expect(small).toBeGreaterThan(20);
    expect(linearlyRecoverableTargets(facts, withheld, report.areas.length * periods)).toEqual([]);
  });
});

// Issue 13: `atlas join --json` is an output of counts too; by default it withholds as the CSV does, over
// each area's total, months and categories together, so no withheld count can be worked out from it.
describeWithSharedData('atlas join --json on Caerphilly LSOAs and a Gwent month', [CAERPHILLY, MONTHS[0]], () => {
  it('withholds every small count by area, month and category, and no withheld cell can be worked out', async () => {
    const [parsed] = await importBoundaryFiles([file(CAERPHILLY)]);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const built = buildAreaDataset(parsed.value, { id: 'caerphilly', label: 'caerphilly' });
    const incidents = await loadIncidentFiles([file(MONTHS[0])], { id: 'gwent' });
    if (!built.ok || !incidents.ok) throw new Error('inputs did not load');
    const report = buildJoinReport([built.value], incidents.value, 'month');
    const printed = JSON.parse(JSON.stringify(printedJoinReport(report))) as PrintedJoinReport;
    const categories = Object.keys(report.areas[0].byCategory);
    const [periods, perArea] = [report.periods.length, report.periods.length * categories.length];
    // Unknowns: one count per area × month × category. A month's cell sums its categories; a category's, its months.
    const atom = (a: number, p: number, c: number) => a * perArea + p * categories.length + c;
    const all = (a: number) => Array.from({ length: perArea }, (_, k) => a * perArea + k);
    const facts: Fact[] = [{ atoms: report.areas.flatMap((_, a) => all(a)), value: report.matched }];
    const withheld: number[][] = [];
    let small = 0;
    printed.areas.forEach((area, a) => {
      const cells = [
        { shown: area.count, atoms: all(a), value: report.areas[a].count },
        ...report.periods.map((period, p) => ({ shown: area.byPeriod[period], atoms: categories.map((_, c) => atom(a, p, c)), value: report.areas[a].byPeriod[period] })),
        ...categories.map((category, c) => ({ shown: area.byCategory[category], atoms: report.periods.map((_, p) => atom(a, p, c)), value: report.areas[a].byCategory[category] })),
      ];
      for (const cell of cells) {
        if (cell.value > 0 && cell.value < 5) small += 1;
        if (cell.shown === '<5') facts.push({ atoms: cell.atoms, small: true });
        else if (cell.shown !== '[c]') facts.push({ atoms: cell.atoms, value: Number(cell.shown) });
        if (cell.shown === '<5' || (cell.shown === '[c]' && cell.value !== 0)) withheld.push(cell.atoms);
      }
    });
    const shown = printed.areas.flatMap((area) => [area.count, ...Object.values(area.byPeriod), ...Object.values(area.byCategory)]);
    expect([shown.filter((cell) => typeof cell === 'number' && cell > 0 && cell < 5), shown.filter((cell) => cell === '<5' || cell === '[c]').length >= small]).toEqual([[], true]);
    expect(small).toBeGreaterThan(100);
    expect(printed.suppression).toMatchObject({ applied: true, unprotected: 0 });
    expect(periods).toBe(1);
    expect(linearlyRecoverableTargets(facts, withheld, report.areas.length * perArea)).toEqual([]);
  });
});
