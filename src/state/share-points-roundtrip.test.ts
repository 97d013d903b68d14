import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { identifyFiles } from '../data/file-kind';
import { buildSharePackage, serializeSharePackage } from '../data/share-package/build';
import { labelPoint } from '../geo/label-point';
import type { InputFile } from '../types';
import { nodeServices } from '../../test/helpers/workspace-session';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { provideServices } from './services';

const file = (path: string): InputFile => {
  const buffer = readFileSync(new URL(`../../${path}`, import.meta.url));
  return { name: path.split('/').pop()!, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
};

beforeAll(async () => {
  provideServices({ ...nodeServices(), boundaryLoader: (request, onProgress) => loadBoundaryDatasets(request, onProgress), identifyFiles: async (files) => identifyFiles(files) });
  await useDataStore.getState().loadExample([file('boundaries/example-lsoas.geojson')], [], ['Example LSOAs']);
});

// Issue 13: "No boundary dataset share-1-areas in this session" — a package with incident points did not import.
describe('share package with incident points', () => {
  it('restores the areas, loads the points and joins them to the received areas, each point in the area it was sent from', async () => {
    const lsoas = useDataStore.getState().datasets['example-lsoas'];
    const sent = [0, 1, 2, 3, 4];
    const labels = sent.map((i) => labelPoint(lsoas.features[i].geometry));
    const pkg = buildSharePackage({
      metadata: { authority: { name: 'Wellmoor' }, producedAt: '2026-11-21T12:00:00.000Z', appVersion: '0.1.0', sources: [], classification: null, marking: '' },
      suppressSmallCounts: true,
      boundaries: { label: lsoas.label, level: lsoas.level, areaCodes: lsoas.areaCodes, areaNames: lsoas.areaNames, geometries: lsoas.features.map((f) => f.geometry) },
      areaIndexes: sent,
      layers: [],
      tension: null,
      incidents: { name: 'crimes', categories: ['Burglary'], points: labels.map(([lng, lat]) => [lng, lat, Date.UTC(2026, 0, 15), 0]) },
    });
    await useDataStore.getState().loadFiles([{ name: 'wellmoor.atlas-share.json', bytes: new TextEncoder().encode(serializeSharePackage(pkg)).buffer as ArrayBuffer }]);
    const { datasets, order, errors } = useDataStore.getState();
    const restored = datasets[order[order.length - 1]];
    const incidents = useIncidentStore.getState();
    const incidentId = incidents.order[incidents.order.length - 1];
    expect([errors, incidents.errors, restored.origin?.kind, incidents.incidents[incidentId]?.count]).toEqual([[], [], 'share-package', 5]);
    const join = incidents.joins[incidentId];
    expect(join.boundaryId).toBe(restored.id);
    expect([...join.areaIndex]).toEqual([0, 1, 2, 3, 4]);
  });
});
