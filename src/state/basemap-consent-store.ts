/**
 * A basemap address read from a workspace (a file or this browser's saved copy) is never used on its own:
 * tiles from it would tell that server which area is being viewed (issue 13). It waits here, shown to the
 * user, until they accept it (it becomes the basemap) or keep the offline background.
 */
import { create } from 'zustand';
import { useViewStore } from './view-store';

interface BasemapConsentState {
  /** The address waiting for consent; null when none. */
  pendingUrl: string | null;
  /** Holds an address from a workspace unless it is already the basemap in use. */
  propose: (url: string) => void;
  accept: () => void;
  decline: () => void;
}

export const useBasemapConsentStore = create<BasemapConsentState>()((set, get) => ({
  pendingUrl: null,
  propose: (url) => {
    const trimmed = url.trim();
    set({ pendingUrl: trimmed && trimmed !== useViewStore.getState().basemapUrl ? trimmed : null });
  },
  accept: () => {
    const url = get().pendingUrl;
    if (url) useViewStore.getState().setBasemapUrl(url);
    set({ pendingUrl: null });
  },
  decline: () => set({ pendingUrl: null }),
}));
