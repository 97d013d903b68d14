import { beforeEach, describe, expect, it } from 'vitest';
import { reportFields } from '../../test/fixtures/reports/reports';
import { textFile } from '../../test/helpers/bytes';
import { useReportStore } from './report-store';
import { useTensionEntryStore } from './tension-entry-store';
import { registerReportParts } from './workspace/parts/report-parts';
import { restoreParts, snapshotParts } from './workspace/workspace-parts';
import { reportTemplateCsv } from '../data/reports/report-template';
import { nodeServices } from '../../test/helpers/workspace-session';
import { provideServices } from './services';

const initial = useReportStore.getState();
const initialEntries = useTensionEntryStore.getState();

beforeEach(() => {
  useReportStore.setState(initial, true);
  useTensionEntryStore.setState(initialEntries, true);
  provideServices(nodeServices());
});

describe('report store', () => {
  it('records a report at a place chosen on the map, edits it and withdraws it, keeping its history', () => {
    const store = useReportStore.getState();
    store.startPicking('report');
    expect(useReportStore.getState().picking).toBe('report');
    useReportStore.getState().pickPlace({ areaCode: 'X01000002', areaName: 'Example 001B', position: [-3.185, 51.485] });
    const { picked, picking } = useReportStore.getState();
    expect([picking, picked]).toEqual([null, { for: 'report', place: { areaCode: 'X01000002', areaName: 'Example 001B', position: [-3.185, 51.485] } }]);
    const id = store.addReport(reportFields({ place: picked!.place }));
    expect(id).toMatch(/^report-[0-9a-f]{16}$/);
    useReportStore.getState().editReport(id, reportFields({ place: picked!.place, status: 'evidenced' }), 'B. Analyst');
    useReportStore.getState().withdrawReport(id, 'B. Analyst', 'Entered twice');
    const [report] = useReportStore.getState().reports;
    expect([report.id, report.status, report.withdrawn, report.history.map((r) => [r.kind, r.changedBy, r.fields.status, r.reason ?? null])]).toEqual([
      id, 'evidenced', true, [['recorded', 'A. Officer', 'experienced', null], ['edited', 'B. Analyst', 'evidenced', null], ['withdrawn', 'B. Analyst', 'evidenced', 'Entered twice']],
    ]);
  });

  it('imports a filled template, naming the rows it could not use', async () => {
    const csv = reportTemplateCsv([reportFields({}), reportFields({ narrative: '' })]);
    await useReportStore.getState().importReports([textFile('partner.csv', csv)], { areaCodes: ['X01000001'], areaNames: ['Example 001A'] });
    const { reports, lastImport } = useReportStore.getState();
    expect([reports.map((r) => r.origin), lastImport]).toEqual([
      [{ kind: 'imported', row: 'partner.csv:2' }],
      { files: [{ name: 'partner.csv', rowsRead: 2, rowsKept: 1 }], rejected: [{ file: 'partner.csv', row: 3, reason: 'no-narrative', value: '', field: 'narrative', column: 'Narrative' }] },
    ]);
  });

  it('saves reports, events, entered ratings and judgements in the workspace and reads them back', async () => {
    registerReportParts();
    const reportId = useReportStore.getState().addReport(reportFields({}));
    useReportStore.getState().addEvent({ timeMs: Date.UTC(2024, 6, 6), place: { areaCode: 'X01000001' }, note: 'March to the town hall' });
    useTensionEntryStore.getState().addRating({ areaCode: 'X01000001', communityType: 'Ethnic', timeMs: Date.UTC(2024, 6, 1), current: { scale: 'eep', level: 4 }, potential: { scale: 'eep', level: 3 }, agency: 'Council' });
    useTensionEntryStore.getState().recordJudgement({ areaCode: 'X01000001', timeMs: Date.UTC(2024, 6, 1), current: { scale: 'eep', level: 4 }, potential: { scale: 'eep', level: 4 }, agency: 'Silver group' });
    const saved = JSON.parse(JSON.stringify(snapshotParts())) as Record<string, unknown>;
    const before = [useReportStore.getState().reports, useReportStore.getState().events, useTensionEntryStore.getState().ratings, useTensionEntryStore.getState().judgements];
    useReportStore.setState(initial, true);
    useTensionEntryStore.setState(initialEntries, true);
    expect(await restoreParts(saved, (id) => id)).toEqual([]);
    const after = [useReportStore.getState().reports, useReportStore.getState().events, useTensionEntryStore.getState().ratings, useTensionEntryStore.getState().judgements];
    expect(after).toEqual(before);
    expect([useReportStore.getState().reports[0]?.id, after.map((list) => list.length)]).toEqual([reportId, [1, 1, 1, 1]]);
  });

  it('names every saved list whose damaged records were left out, and restores the rest of it', async () => {
    registerReportParts();
    useReportStore.getState().addReport(reportFields({}));
    useReportStore.getState().addEvent({ timeMs: Date.UTC(2024, 6, 6), place: { areaCode: 'X01000001' }, note: 'March to the town hall' });
    useTensionEntryStore.getState().recordJudgement({ areaCode: 'X01000001', timeMs: Date.UTC(2024, 6, 1), current: { scale: 'eep', level: 4 }, potential: { scale: 'eep', level: 4 }, agency: 'Silver group' });
    const saved = JSON.parse(JSON.stringify(snapshotParts())) as Record<string, { reports: unknown[]; events: unknown[]; ratings: unknown[]; judgements: unknown[] }>;
    saved['tension-reports'].reports.push({ id: 'damaged', status: 'maybe' }, 'junk');
    saved['tension-reports'].events.push({ note: 'no place or time' });
    saved['tension-entries'].judgements.push({ ...(saved['tension-entries'].judgements[0] as object), potential: { scale: 'eep', level: 9 } });
    useReportStore.setState(initial, true);
    useTensionEntryStore.setState(initialEntries, true);
    const problems = await restoreParts(saved, (id) => id);
    expect(problems.filter((p) => p.part.startsWith('tension-'))).toEqual([
      { code: 'records-dropped', part: 'tension-reports', list: 'reports', count: 2 },
      { code: 'records-dropped', part: 'tension-reports', list: 'events', count: 1 },
      { code: 'records-dropped', part: 'tension-entries', list: 'judgements', count: 1 },
    ]);
    expect([useReportStore.getState().reports.length, useReportStore.getState().events.length, useTensionEntryStore.getState().judgements.length]).toEqual([1, 1, 1]);
  });
});
