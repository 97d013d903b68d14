import { beforeEach, describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { wireStoresInNode } from '../../test/helpers/workspace-session';
import { reportFields } from '../../test/fixtures/reports/reports';
import { reportTemplateCsv } from '../data/reports/report-template';
import type { LoadStatus } from './load-status';
import { useDataStore } from './data-store';
import { usePostcodeStore } from './postcode-store';
import { useReportStore } from './report-store';
import { resetRecorder } from './workspace/source-recorder';

const stores = [useDataStore, usePostcodeStore, useReportStore] as const;
const initial = stores.map((store) => store.getState());

// An invented lookup in the NSPL layout: CF10 1AA with its LSOA and ward; CF24 2BB has no grid reference.
const LOOKUP = 'pcd,pcds,oseast1m,osnrth1m,lsoa21,osward,lat,long\r\nCF101AA,CF10 1AA,318500,176000,W01001939,W05000864,51.479000,-3.177000\r\nCF242BB,CF24 2BB,,,,,99.999999,0.000000\r\n';
const PLACED = { position: [-3.177, 51.479], postcode: 'CF10 1AA', atPostcodeCentroid: true, postcodeAreaCodes: ['W01001939', 'W05000864'] };

/** A partner's filled template: one report given by postcode alone, one by a postcode the lookup lacks. */
const PARTNER_CSV = reportTemplateCsv([
  reportFields({ place: { postcode: 'cf10 1aa' }, narrative: 'By postcode' }),
  reportFields({ place: { postcode: 'CF24 2BB' }, narrative: 'Not in the lookup' }),
]);

beforeEach(() => {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
  wireStoresInNode();
});

describe('tension reports through the import worker', () => {
  it('routes a dropped report table to the report store after the lookup dropped with it, with progress, placing rows by postcode', async () => {
    const statuses: LoadStatus[] = [];
    const unsubscribe = useReportStore.subscribe((state, previous) => { if (state.status !== previous.status) statuses.push(state.status); });
    await useDataStore.getState().loadFiles([textFile('partner.csv', PARTNER_CSV), textFile('NSPL_CF.csv', LOOKUP)]);
    unsubscribe();
    const { reports, lastImport } = useReportStore.getState();
    expect([reports.map((r) => [r.narrative, r.place, r.origin]), lastImport]).toEqual([
      [['By postcode', PLACED, { kind: 'imported', row: 'partner.csv:2' }]],
      { files: [{ name: 'partner.csv', rowsRead: 2, rowsKept: 1 }], rejected: [{ file: 'partner.csv', row: 3, reason: 'postcode-not-in-lookup', value: 'CF24 2BB', field: 'postcode', column: 'Postcode' }] },
    ]);
    expect(statuses.map((status) => (status.kind === 'loading' ? [status.kind, status.progress, status.step?.code ?? null] : [status.kind]))).toEqual([
      ['loading', 0, null], ['loading', 0, 'reading'], ['loading', 1, 'read-files'], ['ready'],
    ]);
  });

  it('says which file could not be read at all, and keeps the reports already there', async () => {
    const id = useReportStore.getState().addReport(reportFields({}));
    await useReportStore.getState().importReports([textFile('notes.csv', 'Just,some,words\n')], null);
    const { reports, errors, status } = useReportStore.getState();
    expect([reports.map((r) => r.id), errors.map((e) => [e.code, e.file]), status]).toEqual([[id], [['mapping-column-missing', 'notes.csv']], { kind: 'idle' }]);
  });
});

describe('a report typed in the form with a postcode', () => {
  it('is placed at the postcode centroid, flagged, with the lookup\'s areas; a point clicked on the map is kept as it is', async () => {
    await usePostcodeStore.getState().loadPostcodes([textFile('NSPL_CF.csv', LOOKUP)]);
    const saved = await useReportStore.getState().saveReport({ id: null, fields: reportFields({ place: {} }), postcode: 'cf101aa', by: 'A. Officer' });
    const clicked = await useReportStore.getState().saveReport({ id: null, fields: reportFields({ place: { position: [-3.2, 51.5] } }), postcode: 'CF10 1AA', by: 'A. Officer' });
    const { reports } = useReportStore.getState();
    expect([saved.ok && clicked.ok, reports.map((r) => r.place)]).toEqual([true, [PLACED, { position: [-3.2, 51.5], postcode: 'CF10 1AA' }]]);
    // Editing it to a postcode the lookup lacks is refused; clearing the postcode leaves no postcode behind.
    const id = reports[1].id;
    expect(await useReportStore.getState().saveReport({ id, fields: reportFields({ place: {} }), postcode: 'CF24 2BB', by: 'B' })).toEqual({ ok: false, reason: 'postcode-not-in-lookup' });
    await useReportStore.getState().saveReport({ id, fields: reportFields({ place: reports[1].place }), postcode: '', by: 'B' });
    expect(useReportStore.getState().reports[1].place).toEqual({ position: [-3.2, 51.5] });
  });

  it('needs a postcode lookup when the postcode is all the place there is', async () => {
    const results = [
      await useReportStore.getState().saveReport({ id: null, fields: reportFields({ place: {} }), postcode: 'CF10 1AA', by: 'A' }),
      await useReportStore.getState().saveReport({ id: null, fields: reportFields({ place: {} }), postcode: 'Cardiff', by: 'A' }),
      await useReportStore.getState().saveReport({ id: null, fields: reportFields({ place: { areaCode: 'X01000001' } }), postcode: 'CF10 1AA', by: 'A' }),
    ];
    expect([results, useReportStore.getState().reports.map((r) => r.place)]).toEqual([
      [{ ok: false, reason: 'no-postcode-lookup' }, { ok: false, reason: 'not-a-postcode' }, { ok: true, id: useReportStore.getState().reports[0]?.id }],
      [{ areaCode: 'X01000001', postcode: 'CF10 1AA' }],
    ]);
  });
});
