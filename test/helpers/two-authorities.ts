/**
 * Test helper: Cardiff and Caerphilly ward squares merged into one layer, with Gwent-like crimes (all but
 * one in Caerphilly) joined into it, through the real stores and an in-process import session.
 */
import { beforeEach } from 'vitest';
import { textFile } from './bytes';
import { wireStoresInNode } from './workspace-session';
import { useDataStore } from '../../src/state/data-store';
import { useIncidentStore } from '../../src/state/incident-store';
import { useNeighbourStore } from '../../src/state/neighbour-store';

const initial = [useDataStore.getState(), useIncidentStore.getState(), useNeighbourStore.getState()] as const;

/** A row of ward squares with a population; `x0` is the first square's west edge. */
export function wards(prefix: number, x0: number, count: number): string {
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { WD22CD: `W0500${prefix}${String(i).padStart(3, '0')}`, WD22NM: `Ward ${prefix}-${i}`, population: 1000 },
    geometry: { type: 'Polygon', coordinates: [[[x0 + i * 0.01, 51.5], [x0 + (i + 1) * 0.01, 51.5], [x0 + (i + 1) * 0.01, 51.51], [x0 + i * 0.01, 51.51], [x0 + i * 0.01, 51.5]]] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Gwent-like crimes: 12 in Caerphilly's first two wards over two months (its third ward has none), 1 stray in Cardiff. */
function crimes(): string {
  const rows = ['date,lng,lat,type'];
  for (let i = 0; i < 6; i++) rows.push(`2024-0${1 + (i % 2)}-10,-3.165,51.505,Burglary`, `2024-0${1 + (i % 2)}-11,-3.155,51.505,Burglary`);
  rows.push('2024-01-12,-3.175,51.505,Burglary');
  return `${rows.join('\n')}\n`;
}

/** Cardiff (3 wards, x −3.20 to −3.17) and Caerphilly (3 wards, from −3.17) merged, with the crimes joined into the merged layer. */
export async function mergedWithCrimes(): Promise<{ merged: string; incidentId: string }> {
  await useDataStore.getState().loadFiles([textFile('wards_W06000015_cardiff.geojson', wards(1, -3.2, 3)), textFile('wards_W06000018_caerphilly.geojson', wards(2, -3.17, 3))]);
  const merged = (await useNeighbourStore.getState().mergeLayers([...useDataStore.getState().order], 'merged'))!;
  await useDataStore.getState().loadFiles([textFile('gwent-crimes.csv', crimes())]);
  const incidentId = useIncidentStore.getState().order.at(-1)!;
  await useIncidentStore.getState().joinIncidents(incidentId, merged);
  return { merged, incidentId };
}

/** Resets the stores this helper fills and wires them to a fresh import session before each test. */
export function resetStoresEachTest(): void {
  beforeEach(() => {
    useDataStore.setState(initial[0], true);
    useIncidentStore.setState(initial[1], true);
    useNeighbourStore.setState(initial[2], true);
    wireStoresInNode();
  });
}

