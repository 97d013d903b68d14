/**
 * Records each received share package like any other loaded file, so a neighbour's layers come back
 * with the workspace. A package fills several stores at once, so what it produced is read off the stores
 * (ids added during its import) and written `<store kind>:<id>`.
 */
import type { InputFile, WorkspaceStoreKind } from '../../types';
import type { SharePackageHandler } from '../data-store';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { usePostcodeStore } from '../postcode-store';
import { usePlaceStore } from '../place-store';
import { recordLoad } from './source-recorder';

const orders: Record<WorkspaceStoreKind, () => string[]> = {
  boundaries: () => useDataStore.getState().order,
  tables: () => useTableStore.getState().order,
  incidents: () => useIncidentStore.getState().order,
  tensions: () => useTensionStore.getState().order,
  postcodes: () => usePostcodeStore.getState().order,
  places: () => usePlaceStore.getState().order,
};

/** Wraps the share package import: one recorded load per package that produced anything. */
export function recordingSharePackages(inner: SharePackageHandler): SharePackageHandler {
  return async (files: InputFile[], savedIds?: string[]) => {
    const errors = [];
    for (const file of files) {
      const copy = { name: file.name, bytes: file.bytes.slice(0) };
      const before = Object.fromEntries(Object.entries(orders).map(([kind, order]) => [kind, new Set(order())]));
      errors.push(...(await inner([file], savedIds)));
      const produced = Object.entries(orders).flatMap(([kind, order]) => order().filter((id) => !before[kind].has(id)).map((id) => `${kind}:${id}`));
      if (produced.length) await recordLoad('share-packages', [copy], {}, produced);
    }
    return errors;
  };
}
