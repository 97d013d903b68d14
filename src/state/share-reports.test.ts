import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { identifyFiles } from '../data/file-kind';
import type { InputFile } from '../types';
import { reportFields } from '../../test/fixtures/reports/reports';
import { nodeServices } from '../../test/helpers/workspace-session';
import { useDataStore } from './data-store';
import { useReportStore } from './report-store';
import { buildShareExport, type ShareExportOptions } from './share-export';
import { provideServices } from './services';

const file = (path: string): InputFile => {
  const buffer = readFileSync(new URL(`../../${path}`, import.meta.url));
  return { name: path.split('/').pop()!, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
};

const options = (reportFieldsChosen: ShareExportOptions['reportFields']): ShareExportOptions => ({
  datasetId: 'example-wards', areaIndexes: null, authority: { name: 'Ashbridge' }, marking: 'OFFICIAL-SENSITIVE',
  include: { fields: false, incidents: false, tables: false, tension: false, points: false }, reportFields: reportFieldsChosen, suppressSmallCounts: true, classification: null, producedAt: '2026-11-21T12:00:00.000Z',
});

beforeAll(async () => {
  provideServices({ ...nodeServices(), boundaryLoader: (request, onProgress) => loadBoundaryDatasets(request, onProgress), identifyFiles: async (files) => identifyFiles(files) });
  await useDataStore.getState().loadExample([file('boundaries/example-wards.geojson')], [], ['Example wards']);
});

describe('tension reports through a share package (example borough)', () => {
  it('sends none unless chosen; chosen, sends the reports in the layer\'s areas with the fields ticked, and the receiver adds them once', async () => {
    useReportStore.getState().addReport(reportFields({ place: { areaCode: 'X05000001' }, narrative: 'Names a person', recordedBy: 'J. Smith' }));
    // A report by a point only counts in the ward under it, here outside every ward: it is not sent.
    useReportStore.getState().addReport(reportFields({ place: { position: [10, 10] } }));
    expect(buildShareExport(options(null))!.pkg.reports).toBeNull();
    const exported = buildShareExport(options(['communities']))!;
    expect(exported.pkg.reports).toEqual({ fields: ['communities'], reports: [{ id: useReportStore.getState().reports[0].id, date: '2024-05-10', areaCode: 'X05000001', tensionTypes: ['racial-religious'], status: 'experienced', communities: ['Faith or religious'] }] });
    expect(exported.text).not.toContain('Names a person');
    expect(exported.text).not.toContain('J. Smith');

    // The receiver (a fresh report store) gets the report once, however often the package is dropped.
    useReportStore.setState({ reports: [] });
    const bytes = () => new TextEncoder().encode(exported.text).buffer as ArrayBuffer;
    await useDataStore.getState().loadFiles([{ name: exported.fileName, bytes: bytes() }]);
    await useDataStore.getState().loadFiles([{ name: exported.fileName, bytes: bytes() }]);
    const received = useReportStore.getState().reports;
    expect(received.map((r) => [r.place, r.agency, r.narrative, r.recordedBy, r.origin])).toEqual([
      [{ areaCode: 'X05000001' }, 'Ashbridge', '', '', { kind: 'imported', row: `${exported.fileName}:reports[0]` }],
    ]);
  });
});
