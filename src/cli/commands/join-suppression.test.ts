import { expect, it } from 'vitest';
import { linearlyRecoverableTargets, type Fact } from '../../../test/helpers/recovery-solver';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { importBoundaryFiles } from '../../data/importers';
import { buildAreaDataset } from '../../data/area-dataset';
import { loadIncidentFiles } from '../../data/load-incidents';
import { buildJoinReport, joinReportCsv } from './join-report';

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
    expect(csv.flat().filter((text) => text === '<5').length).toBe(small);
    expect(small).toBeGreaterThan(20);
    expect(linearlyRecoverableTargets(facts, withheld, report.areas.length * periods)).toEqual([]);
  });
});
