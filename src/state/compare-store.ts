/**
 * Comparison views (issue 7): one map, two linked maps side by side, or a swipe over one map. Each pane
 * shows its own layer, field and period ("follow the slider" or pinned to a step); both panes share the one
 * camera of the camera store, so moving either moves both to exactly the same centre and zoom.
 */
import { create } from 'zustand';

export type CompareMode = 'single' | 'side-by-side' | 'swipe';

/**
 * What one pane shows. `period` is the key of a pinned period (e.g. '2023-07'), or 'follow' for the shared
 * slider: a key, not a step index, so loading or removing data (which moves the timeline's start) never moves
 * a pinned pane to another month.
 */
export interface PaneChoice {
  datasetId: string | null;
  /** null = the layer's own field from the style panel. */
  valueField: string | null;
  period: 'follow' | string;
}

interface CompareState {
  mode: CompareMode;
  panes: [PaneChoice, PaneChoice];
  /** Position of the swipe divider, 0–100 % of the map's width from the left. */
  swipePercent: number;
  setMode: (mode: CompareMode, defaults?: [PaneChoice, PaneChoice]) => void;
  setPane: (index: 0 | 1, change: Partial<PaneChoice>) => void;
  setSwipePercent: (percent: number) => void;
}

const EMPTY_PANE: PaneChoice = { datasetId: null, valueField: null, period: 'follow' };

export const useCompareStore = create<CompareState>((set) => ({
  mode: 'single',
  panes: [EMPTY_PANE, EMPTY_PANE],
  swipePercent: 50,

  // Panes never chosen yet start from `defaults` (the mapped layer, and a received one if any).
  setMode: (mode, defaults) => set((s) => ({ mode, panes: defaults && s.panes.every((p) => p.datasetId === null) ? defaults : s.panes })),
  setPane: (index, change) => set((s) => {
    const panes: [PaneChoice, PaneChoice] = [...s.panes];
    // A new layer starts on its own field: a field of the previous layer may not exist on it.
    panes[index] = { ...panes[index], ...(change.datasetId !== undefined && change.valueField === undefined ? { valueField: null } : {}), ...change };
    return { panes };
  }),
  setSwipePercent: (percent) => set({ swipePercent: Math.min(100, Math.max(0, Math.round(percent))) }),
}));

/** True when two classifications would draw and read the same: same breaks, colours and no-data colour. */
export function sameClasses(a: { thresholds: number[]; bins: { color: string }[]; noDataColor: string } | null, b: typeof a): boolean {
  if (!a || !b) return false;
  return a.noDataColor === b.noDataColor
    && a.thresholds.length === b.thresholds.length && a.thresholds.every((t, i) => t === b.thresholds[i])
    && a.bins.length === b.bins.length && a.bins.every((bin, i) => bin.color === b.bins[i].color);
}
