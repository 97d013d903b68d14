/**
 * Undo and redo of styling, classification and layer changes (issue 19): each change to the layer models
 * (field, classification, palette, visibility, opacity) or the layer mapped is a step; changes
 * closer together than `MERGE_MS` (dragging the opacity slider) make one step. Undo puts back the
 * snapshot before the step. Loading and removing data is not undone (the workspace keeps files).
 */
import { create } from 'zustand';
import { useLayerStore, type LayerModel } from './layer-store';

/** What one step changes: the layer models (field, classification, visibility, opacity) and the mapped layer. */
export interface StyleSnapshot {
  layers: Record<string, LayerModel>;
  activeLayerId: string | null;
}

/** Changes within this many milliseconds of the previous one join its step. */
export const MERGE_MS = 600;
const MAX_STEPS = 100;

interface UndoState {
  past: StyleSnapshot[];
  future: StyleSnapshot[];
  undo: () => void;
  redo: () => void;
}

function snapshot(): StyleSnapshot {
  const { layers, activeLayerId } = useLayerStore.getState();
  return { layers, activeLayerId };
}

const sameSnapshot = (a: StyleSnapshot, b: StyleSnapshot) => a.layers === b.layers && a.activeLayerId === b.activeLayerId;

let applying = false;

/** Layers loaded since the snapshot keep their model; layers removed since stay removed. */
function apply(target: StyleSnapshot): void {
  const now = snapshot();
  const layers = Object.fromEntries(Object.entries(now.layers).map(([id, layer]) => [id, target.layers[id] ?? layer]));
  applying = true;
  try {
    useLayerStore.setState({ layers, activeLayerId: target.activeLayerId !== null && target.activeLayerId in now.layers ? target.activeLayerId : now.activeLayerId });
  } finally {
    applying = false;
  }
}

export const useUndoStore = create<UndoState>((set, get) => ({
  past: [],
  future: [],
  undo: () => {
    const { past, future } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    const now = snapshot();
    set({ past: past.slice(0, -1), future: [...future, now] });
    apply(previous);
  },
  redo: () => {
    const { past, future } = get();
    const next = future[future.length - 1];
    if (!next) return;
    const now = snapshot();
    set({ past: [...past, now], future: future.slice(0, -1) });
    apply(next);
  },
}));

/**
 * Starts recording steps from the stores' current state; `now` gives milliseconds (a clock, for tests).
 * Returns a function that stops recording.
 */
export function startUndoHistory(now: () => number = () => Date.now()): () => void {
  let last = snapshot();
  let lastChangeMs = -Infinity;
  const onChange = () => {
    const current = snapshot();
    if (sameSnapshot(current, last)) return;
    // A layer loaded or removed is not a step (loading is not undone), only what was done to the layers.
    const layersChanged = Object.keys(current.layers).join('\n') !== Object.keys(last.layers).join('\n');
    if (!applying && !layersChanged) {
      const time = now();
      if (time - lastChangeMs > MERGE_MS) useUndoStore.setState((s) => ({ past: [...s.past, last].slice(-MAX_STEPS), future: [] }));
      else useUndoStore.setState({ future: [] });
      lastChangeMs = time;
    }
    last = current;
  };
  return useLayerStore.subscribe(onChange);
}
