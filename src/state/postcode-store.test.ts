import { beforeEach, describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { wireStoresInNode } from '../../test/helpers/workspace-session';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { usePostcodeStore } from './postcode-store';
import { captureWorkspace } from './workspace/capture';
import { openWorkspaceFile, workspaceFileBytes } from './workspace/workspace-store';
import { resetRecorder } from './workspace/source-recorder';

const stores = [useDataStore, useIncidentStore, usePostcodeStore] as const;
const initial = stores.map((store) => store.getState());

// A lookup in the NSPL layout and a council's log with postcodes only (no coordinate columns).
const LOOKUP = 'pcd,pcds,oseast1m,osnrth1m,lsoa21,osward,lat,long\r\nCF101AA,CF10 1AA,318500,176000,W01001939,W05000864,51.479000,-3.177000\r\nCF242BB,CF24 2BB,,,,,99.999999,0.000000\r\n';
const LOG = 'Case,Opened,Type,Postcode\nA1,03/01/2024,Graffiti,cf10 1aa\nA2,04/01/2024,Leaflets,CF24 2BB\n';

beforeEach(() => {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
  wireStoresInNode();
});

describe('postcode lookups in the stores', () => {
  it('routes a dropped lookup and a postcode-only log to their stores, the lookup first, so the log is placed by it', async () => {
    await useDataStore.getState().loadFiles([textFile('log.csv', LOG), textFile('NSPL_CF.csv', LOOKUP)]);
    const [lookupId] = usePostcodeStore.getState().order;
    expect(usePostcodeStore.getState().lookups[lookupId]).toEqual({ id: lookupId, label: 'NSPL_CF', files: ['NSPL_CF.csv'], format: 'onspd', count: 1, hasAreaCodes: true, skipped: { noPosition: 1, badPostcode: 0 } });
    const incidents = Object.values(useIncidentStore.getState().incidents);
    expect(incidents.map((dataset) => [dataset.count, Array.from(dataset.postcodePlacement?.placed ?? []), dataset.report.rejected.map((rows) => rows.notes[0].code)])).toEqual([[1, [1], ['postcode-not-in-lookup']]]);
  });

  it('places the rows of incidents loaded before the lookup once it comes', async () => {
    await useIncidentStore.getState().loadIncidents([textFile('log.csv', 'Case,Opened,Type,Postcode,Longitude,Latitude\nA1,03/01/2024,Graffiti,cf10 1aa,,\nA2,04/01/2024,Leaflets,,-3.2,51.5\n')]);
    const [id] = useIncidentStore.getState().order;
    expect(useIncidentStore.getState().incidents[id].count).toBe(1);
    await usePostcodeStore.getState().loadPostcodes([textFile('NSPL_CF.csv', LOOKUP)]);
    expect([useIncidentStore.getState().order, useIncidentStore.getState().incidents[id].count, Array.from(useIncidentStore.getState().incidents[id].lng)]).toEqual([[id], 2, [-3.177, -3.2]]);
  });

  it('keeps the lookup in the workspace, restored before the incidents it places', async () => {
    await useDataStore.getState().loadFiles([textFile('log.csv', LOG), textFile('NSPL_CF.csv', LOOKUP)]);
    const { snapshot } = captureWorkspace(new Date('2026-01-02T03:04:05Z'));
    expect(snapshot.sources.map((source) => [source.kind, source.files.map((file) => file.name)])).toEqual([['postcodes', ['NSPL_CF.csv']], ['incidents', ['log.csv']]]);
    const bytes = await workspaceFileBytes();
    await openWorkspaceFile({ name: 'w.cohesion-atlas', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    const restored = Object.values(useIncidentStore.getState().incidents);
    expect([usePostcodeStore.getState().order.length, restored.map((dataset) => dataset.count)]).toEqual([1, [1]]);
  });
});
