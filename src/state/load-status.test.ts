import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { nodeServices } from '../../test/helpers/workspace-session';
import { textFile } from '../../test/helpers/bytes';
import { provideServices } from './services';
import { useTensionStore } from './tension-store';
import { useTableStore } from './table-store';
import { useIncidentStore } from './incident-store';
import { useDataStore } from './data-store';
import type { LoadStatus } from './load-status';

/** Resolves the store's loader only when told, so the loading status can be read in between. */
function deferred<T>() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  return { release, wrap: (run: () => Promise<T>) => gate.then(run) };
}

describe('one load status shape in every store', () => {
  it('the tension, table, incident and boundary stores say loading with the same shape, then idle or ready', async () => {
    const services = nodeServices();
    const tension = deferred<Awaited<ReturnType<typeof services.tensionLoader>>>();
    provideServices({ ...services, tensionLoader: (files, request) => tension.wrap(() => services.tensionLoader(files, request)) });
    const log = textFile('example-tensions.csv', readFileSync(new URL('../../layers/example-tensions.csv', import.meta.url), 'utf8'));
    const loading = useTensionStore.getState().loadTensions([log]);
    const expected: LoadStatus = { kind: 'loading', files: ['example-tensions.csv'], progress: 0, step: null };
    await vi.waitFor(() => expect(useTensionStore.getState().status).toEqual(expected));
    tension.release();
    await loading;
    expect(useTensionStore.getState().status).toEqual({ kind: 'ready', loaded: [{ label: 'example-tensions', count: 702 }] });

    // The other stores start from the same union and use the same 'loading' member.
    const statuses = [useTableStore.getState().status, useIncidentStore.getState().status, useDataStore.getState().status];
    expect(statuses.map((s) => s.kind)).toEqual(['idle', 'idle', 'idle']);
    const table = deferred<Awaited<ReturnType<typeof services.tableLoader>>>();
    provideServices({ ...services, tableLoader: (files, request, onProgress) => table.wrap(() => services.tableLoader(files, request, onProgress)) });
    const tableLoad = useTableStore.getState().loadTables([textFile('t.csv', 'code,x\nW01000001,1\n')]);
    await vi.waitFor(() => expect(useTableStore.getState().status).toEqual({ ...expected, files: ['t.csv'] }));
    table.release();
    await tableLoad;
    expect(useTableStore.getState().status.kind).toBe('idle');
  });
});
