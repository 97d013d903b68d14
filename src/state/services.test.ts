import { describe, expect, it, vi } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { nodeServices } from '../../test/helpers/workspace-session';

const missing = (name: string) => new Error(`No "${name}" service: give provideServices() every service at start-up, before any store is used`);

/** The stores and the services module loaded afresh, so no services have been provided to them. */
async function freshStores() {
  vi.resetModules();
  const [services, tables, tensions, incidents, hotspots] = await Promise.all([
    import('./services'), import('./table-store'), import('./tension-store'), import('./incident-store'), import('./hotspot-store'),
  ]);
  return { provideServices: services.provideServices, useTableStore: tables.useTableStore, useTensionStore: tensions.useTensionStore, useIncidentStore: incidents.useIncidentStore, useHotspotStore: hotspots.useHotspotStore };
}

const TABLE = textFile('indicators.csv', 'Ward code,pct_no_car\nW05000001,30\n');
const TENSIONS = textFile('log.csv', 'Area code,Community type,Assessment date,Current rating,Potential rating\nX05000001,Ethnic,2023-07-03,4,3\n');

describe('services provided once at start-up', () => {
  it('fails a store used before start-up with one programmer error naming the service it needed', async () => {
    const stores = await freshStores();
    await expect(stores.useTableStore.getState().loadTables([TABLE])).rejects.toThrow(missing('tableLoader'));
    await expect(stores.useTensionStore.getState().loadTensions([TENSIONS])).rejects.toThrow(missing('tensionLoader'));
    await expect(stores.useHotspotStore.getState().findHotspots('score', { boundaryId: 'wards', values: new Float64Array(1), periods: null })).rejects.toThrow(missing('hotspotWorker'));
    expect(() => stores.useIncidentStore.getState().removeIncidents('crimes')).toThrow(missing('incidentWorker'));
  });

  it('gives every store its service from the one object provided', async () => {
    const stores = await freshStores();
    const seen: string[] = [];
    const services = nodeServices();
    stores.provideServices({ ...services, tableLoader: (files, request, onProgress) => (seen.push(files[0].name), services.tableLoader(files, request, onProgress)) });
    await stores.useTableStore.getState().loadTables([TABLE]);
    expect([seen, stores.useTableStore.getState().order.length]).toEqual([['indicators.csv'], 1]);
  });

  it('refuses a partial services object when compiling, and names a missing service when run past the compiler', async () => {
    const stores = await freshStores();
    // @ts-expect-error every service must be given: only the table loader is here.
    stores.provideServices({ tableLoader: nodeServices().tableLoader });
    await stores.useTableStore.getState().loadTables([TABLE]);
    expect(stores.useTableStore.getState().order.length).toBe(1);
    await expect(stores.useTensionStore.getState().loadTensions([TENSIONS])).rejects.toThrow(missing('tensionLoader'));
  });
});
