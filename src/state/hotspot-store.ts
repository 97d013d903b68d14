/**
 * Statistical hot spots (Getis-Ord Gi*) of joined incident counts or rates: the user's choice of spatial
 * weights and FDR correction, and the last result, computed in the import worker.
 */
import { create } from 'zustand';
import type { HotspotRequest, HotspotResult } from '../types';
import { service, type HotspotWorker } from './services';
export type { HotspotWorker };

export interface HotspotRun {
  boundaryId: string;
  /** The field the values came from (an incident count or rate field). */
  field: string;
  /** The spatial weights and FDR choice the result was computed with (kept so a reload computes the same). */
  weights?: HotspotRequest['weights'];
  falseDiscoveryRate?: boolean;
  /** The emerging hot spot rules the categories were given by (absent in runs saved before the choice). */
  emergingRules?: HotspotRequest['emergingRules'];
  result: HotspotResult;
}

interface HotspotState {
  weights: HotspotRequest['weights'];
  falseDiscoveryRate: boolean;
  emergingRules: HotspotRequest['emergingRules'];
  running: boolean;
  error: string | null;
  run: HotspotRun | null;
  setWeights: (weights: HotspotRequest['weights']) => void;
  setFalseDiscoveryRate: (on: boolean) => void;
  setEmergingRules: (rules: HotspotRequest['emergingRules']) => void;
  findHotspots: (field: string, request: Omit<HotspotRequest, 'weights' | 'falseDiscoveryRate' | 'emergingRules'>) => Promise<void>;
}

export const useHotspotStore = create<HotspotState>((set, get) => ({
  weights: { kind: 'queen' },
  falseDiscoveryRate: false,
  // ArcGIS Pro's published rules by default: the standard an analyst's results are compared against.
  emergingRules: 'arcgis-pro',
  running: false,
  error: null,
  run: null,
  setWeights: (weights) => set({ weights }),
  setFalseDiscoveryRate: (on) => set({ falseDiscoveryRate: on }),
  setEmergingRules: (emergingRules) => set({ emergingRules }),
  findHotspots: async (field, request) => {
    const worker = service('hotspotWorker');
    set({ running: true, error: null });
    try {
      const { weights, falseDiscoveryRate, emergingRules } = get();
      const result = await worker({ ...request, weights, falseDiscoveryRate, emergingRules });
      set({ running: false, run: { boundaryId: request.boundaryId, field, weights, falseDiscoveryRate, emergingRules, result } });
    } catch (thrown) {
      set({ running: false, error: thrown instanceof Error ? thrown.message : String(thrown) });
    }
  },
}));
