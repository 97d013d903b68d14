/**
 * Postcode lookups the user loaded (issue 19). The lookups themselves live in the import worker, which
 * places the rows of later incident loads by them; this store keeps what the workspace panel lists.
 * Loading a lookup reads again the incident datasets that have a postcode column and rows rejected for
 * having no coordinates, so it does not matter which was loaded first.
 */
import { create } from 'zustand';
import type { ImportError, ImportWarning, InputFile, PostcodeLookupSummary } from '../types';
import { contentId } from '../data/stable-id';
import { claimId, givenId } from './id-claims';
import { loadingStatus, type LoadStatus } from './load-status';
import { useIncidentStore } from './incident-store';
import { service, type PostcodeLoader } from './services';
export type { PostcodeLoader };

interface PostcodeState {
  lookups: Record<string, PostcodeLookupSummary>;
  order: string[];
  warnings: Record<string, ImportWarning[]>;
  status: LoadStatus;
  errors: ImportError[];
  /** `id`: the id a workspace restore gives the lookup; else one derived from the files. */
  loadPostcodes: (files: InputFile[], id?: string) => Promise<void>;
  removePostcodes: (id: string) => void;
  dismissErrors: () => void;
}

function labelFor(files: InputFile[]): string {
  const base = files[0]?.name.replace(/^.*[\\/]/, '').replace(/\.(csv|txt)$/i, '') ?? 'postcodes';
  return files.length > 1 ? `${base} + ${files.length - 1}` : base;
}

/** Incident datasets that a postcode lookup could now place more of: a postcode column and rows without coordinates. */
async function placeWaitingIncidents(): Promise<void> {
  const incidents = useIncidentStore.getState();
  for (const id of [...incidents.order]) {
    const dataset = useIncidentStore.getState().incidents[id];
    const waiting = dataset?.detection.mapping.postcode && dataset.report.rejected.some((rows) => rows.reason === 'no-coordinates');
    if (waiting) await useIncidentStore.getState().remapIncidents(id, dataset.detection.mapping);
  }
}

export const usePostcodeStore = create<PostcodeState>((set, get) => ({
  lookups: {},
  order: [],
  warnings: {},
  status: { kind: 'idle' },
  errors: [],

  loadPostcodes: async (files, given) => {
    const { id, release } = given ? givenId(given) : claimId(await contentId('postcodes', files), (taken) => !!get().lookups[taken]);
    set({ status: loadingStatus(files), errors: [] });
    try {
      const result = await service('postcodeLoader')(files, { id, label: labelFor(files) });
      if (!result.ok) {
        set({ status: { kind: 'idle' }, errors: [result.error] });
        return;
      }
      set((s) => ({
        lookups: { ...s.lookups, [id]: result.value },
        order: s.order.includes(id) ? s.order : [...s.order, id],
        warnings: { ...s.warnings, [id]: result.warnings },
        status: { kind: 'ready', loaded: [{ label: result.value.label, count: result.value.count }] },
      }));
    } catch (thrown) {
      set({ status: { kind: 'idle' }, errors: [{ code: 'parse-failed', detail: 'stopped', file: files.map((f) => f.name).join(', '), params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } }] });
      return;
    } finally {
      release();
    }
    await placeWaitingIncidents();
  },

  removePostcodes: (id) => {
    if (!get().lookups[id]) return;
    void service('incidentWorker').forget(id);
    set((s) => {
      const { [id]: _removed, ...lookups } = s.lookups;
      const { [id]: _warnings, ...warnings } = s.warnings;
      return { lookups, warnings, order: s.order.filter((kept) => kept !== id) };
    });
  },

  dismissErrors: () => set({ errors: [] }),
}));
