/**
 * Places and assets the user loaded (issue 16): places of worship, community centres, schools, hostels,
 * flashpoints, bridging organisations and venues, without dates. Read in the import worker (rows with only
 * a postcode placed by the loaded lookups); each layer is shown on the map or hidden, and removed by id.
 */
import { create } from 'zustand';
import type { ImportError, InputFile, PlaceDataset } from '../types';
import { contentId } from '../data/stable-id';
import { claimId, givenId } from './id-claims';
import { loadingStatus, type LoadStatus } from './load-status';
import { service } from './services';

interface PlaceState {
  datasets: Record<string, PlaceDataset>;
  order: string[];
  /** Ids of place layers the user hid (shown is the default, so a restore shows what it loads). */
  hidden: string[];
  status: LoadStatus;
  errors: ImportError[];
  /** `id`: the id a workspace restore gives the layer; else one derived from the files. */
  loadPlaces: (files: InputFile[], id?: string) => Promise<void>;
  removePlaces: (id: string) => void;
  setPlacesVisible: (id: string, visible: boolean) => void;
  /** The hidden layers as a workspace saved them (ids survive reloads). */
  restoreHidden: (hidden: string[]) => void;
  dismissErrors: () => void;
}

function labelFor(files: InputFile[]): string {
  const base = files[0]?.name.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt|xlsx|ods|geojson|json)$/i, '') ?? 'places';
  return files.length > 1 ? `${base} + ${files.length - 1}` : base;
}

export const usePlaceStore = create<PlaceState>((set, get) => ({
  datasets: {},
  order: [],
  hidden: [],
  status: { kind: 'idle' },
  errors: [],

  loadPlaces: async (files, given) => {
    const { id, release } = given ? givenId(given) : claimId(await contentId('places', files), (taken) => !!get().datasets[taken]);
    set({ status: loadingStatus(files), errors: [] });
    try {
      const result = await service('placeLoader')(files, { id, label: labelFor(files) });
      if (!result.ok) {
        set({ status: { kind: 'idle' }, errors: [result.error] });
        return;
      }
      set((s) => ({
        datasets: { ...s.datasets, [id]: result.value },
        order: s.order.includes(id) ? s.order : [...s.order, id],
        status: { kind: 'ready', loaded: [{ label: result.value.label, count: result.value.places.length }] },
      }));
    } catch (thrown) {
      set({ status: { kind: 'idle' }, errors: [{ code: 'parse-failed', detail: 'stopped', file: files.map((f) => f.name).join(', '), params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } }] });
    } finally {
      release();
    }
  },

  removePlaces: (id) => {
    if (!get().datasets[id]) return;
    set((s) => {
      const { [id]: _removed, ...datasets } = s.datasets;
      return { datasets, order: s.order.filter((kept) => kept !== id), hidden: s.hidden.filter((kept) => kept !== id) };
    });
  },

  setPlacesVisible: (id, visible) => set((s) => ({ hidden: visible ? s.hidden.filter((kept) => kept !== id) : [...new Set([...s.hidden, id])] })),

  restoreHidden: (hidden) => set({ hidden }),

  dismissErrors: () => set({ errors: [] }),
}));
