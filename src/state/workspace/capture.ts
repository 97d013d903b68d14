/** The current workspace as a snapshot: recorded sources of what is loaded, the example, every part. */
import { version } from '../../../package.json';
import type { WorkspaceSnapshot } from '../../types';
import { WORKSPACE_VERSION } from '../../data/workspace-format';

export { WORKSPACE_VERSION };
import { useNeighbourStore } from '../neighbour-store';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { usePostcodeStore } from '../postcode-store';
import { usePlaceStore } from '../place-store';
import { isExampleId, recordedLoads, setAsideSources } from './source-recorder';
import { buildSources, type LiveIds } from './sources-snapshot';
import { snapshotParts } from './workspace-parts';

export const APP_VERSION = version;

/** Ids loaded now, in each store's order. */
export function liveIds(): LiveIds {
  const tables = useTableStore.getState();
  return {
    // Merged layers are not files: the neighbours part saves how to merge them again.
    boundaries: useDataStore.getState().order.filter((id) => !useNeighbourStore.getState().mergeNotes[id]),
    tables: tables.order.map((id) => ({ id, files: tables.tables[id]?.files ?? [] })),
    incidents: useIncidentStore.getState().order,
    tensions: useTensionStore.getState().order,
    postcodes: usePostcodeStore.getState().order,
    places: usePlaceStore.getState().order,
  };
}

/** The snapshot, and the labels of loaded items that cannot be saved (no recorded load explains them). */
export function captureWorkspace(savedAt = new Date()): { snapshot: WorkspaceSnapshot; unexplained: string[] } {
  const live = liveIds();
  const { sources, unexplained } = buildSources(recordedLoads(), live);
  const exampleIds = [...live.boundaries, ...live.tables.map((t) => t.id), ...live.incidents, ...live.tensions].filter(isExampleId);
  return {
    snapshot: {
      version: WORKSPACE_VERSION,
      appVersion: APP_VERSION,
      savedAt: savedAt.toISOString(),
      example: exampleIds.length ? { keep: exampleIds } : null,
      // Sources whose restore failed stay saved as they were (their files are kept, not deleted).
      sources: [...sources, ...setAsideSources()],
      parts: snapshotParts(),
    },
    unexplained,
  };
}

/** The snapshot as JSON without its saving time, to tell whether anything changed since the last save. */
export function contentJson(snapshot: WorkspaceSnapshot): string {
  const { savedAt: _savedAt, ...content } = snapshot;
  return JSON.stringify(content);
}
