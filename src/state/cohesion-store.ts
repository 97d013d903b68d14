/**
 * The user's cohesion analysis: which table indicators make the composite index (direction, weight,
 * reliability), the rapid-change rule, and the community and low-cohesion definition for the overlap.
 */
import { create } from 'zustand';
import type { RapidChangeRule } from '../analysis/cohesion/rapid-change';

export interface IndexItem {
  tableId: string;
  indicator: number;
  /** Which way the indicator runs; null until the user says, when the catalogue cannot (kept out of the index). */
  direction: 'positive' | 'negative' | null;
  weight: number;
  /** Kept out of the index (still mappable alone), as Rhondda Cynon Taf does with unreliable indicators. */
  unreliable: boolean;
}

export interface IndicatorRef {
  tableId: string;
  indicator: number;
}

export type LowCohesionDefinition = { kind: 'index-quintile' } | { kind: 'threshold'; ref: IndicatorRef; threshold: number; side: 'above' | 'below' };

interface CohesionState {
  /** Boundary layer the analysis runs on (its areas are "the district"). */
  boundaryId: string | null;
  items: IndexItem[];
  /** Period label used for every indicator that has it; otherwise each table's latest period. */
  periodLabel: string | null;
  rapidChange: { ref: IndicatorRef; period: number; rule: RapidChangeRule } | null;
  community: { count: IndicatorRef; denominator: IndicatorRef } | null;
  lowCohesion: LowCohesionDefinition;

  setBoundary: (boundaryId: string | null) => void;
  setItems: (items: IndexItem[]) => void;
  updateItem: (index: number, change: Partial<IndexItem>) => void;
  setPeriodLabel: (label: string | null) => void;
  setRapidChange: (setting: CohesionState['rapidChange']) => void;
  setCommunity: (community: CohesionState['community']) => void;
  setLowCohesion: (definition: LowCohesionDefinition) => void;
  forgetTable: (tableId: string) => void;
}

export const useCohesionStore = create<CohesionState>((set) => ({
  boundaryId: null,
  items: [],
  periodLabel: null,
  rapidChange: null,
  community: null,
  lowCohesion: { kind: 'index-quintile' },

  // Another layer means another district: its analysis starts afresh.
  setBoundary: (boundaryId) => set((s) => (s.boundaryId === boundaryId ? s : { boundaryId, items: [], rapidChange: null, community: null, periodLabel: null })),
  setItems: (items) => set({ items }),
  updateItem: (index, change) => set((s) => ({ items: s.items.map((item, i) => (i === index ? { ...item, ...change, weight: Math.max(0, change.weight ?? item.weight) } : item)) })),
  setPeriodLabel: (periodLabel) => set({ periodLabel }),
  setRapidChange: (rapidChange) => set({ rapidChange }),
  setCommunity: (community) => set({ community }),
  setLowCohesion: (lowCohesion) => set({ lowCohesion }),
  forgetTable: (tableId) =>
    set((s) => ({
      items: s.items.filter((i) => i.tableId !== tableId),
      rapidChange: s.rapidChange?.ref.tableId === tableId ? null : s.rapidChange,
      community: s.community && (s.community.count.tableId === tableId || s.community.denominator.tableId === tableId) ? null : s.community,
      lowCohesion: s.lowCohesion.kind === 'threshold' && s.lowCohesion.ref.tableId === tableId ? { kind: 'index-quintile' } : s.lowCohesion,
    })),
}));
