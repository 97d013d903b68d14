/** Workspace part of the place layers (issue 16): which were hidden from the map (their files are sources). */
import { usePlaceStore } from '../../place-store';
import { registerWorkspacePart } from '../workspace-parts';

/** Registers the place layers' visibility with the workspace. */
export function registerPlaceParts(): void {
  registerWorkspacePart({
    key: 'places',
    snapshot: () => ({ hidden: usePlaceStore.getState().hidden }),
    restore: (saved) => {
      const hidden = typeof saved === 'object' && saved !== null && Array.isArray((saved as { hidden?: unknown }).hidden) ? (saved as { hidden: unknown[] }).hidden : [];
      usePlaceStore.getState().restoreHidden(hidden.filter((id): id is string => typeof id === 'string'));
    },
    subscribe: (onChange) => usePlaceStore.subscribe((s, previous) => { if (s.hidden !== previous.hidden) onChange(); }),
  });
}
