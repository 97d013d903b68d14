/**
 * Undo and redo of styling, classification and layer changes (issue 19): each change to the layers'
 * styles (field, classification, palette), visibility, opacity or the layer mapped is a step; changes
 * closer together than `MERGE_MS` (dragging the opacity slider) make one step. Undo puts back the
 * snapshot before the step. Loading and removing data is not undone (the workspace keeps files).
 */
import { create } from 'zustand';
import { useAnalysisStore, type LayerStyle } from './analysis-store';
import { useViewStore } from './view-store';

/** What one step changes: plain data copied from the analysis and view stores. */
export interface StyleSnapshot {
  styles: Record<string, LayerStyle>;
  visible: Record<string, boolean>;
  opacity: Record<string, number>;
  activeDatasetId: string | null;
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
  const { visible, opacity, activeDatasetId } = useViewStore.getState();
  return { styles: useAnalysisStore.getState().styles, visible, opacity, activeDatasetId };
}

const sameSnapshot = (a: StyleSnapshot, b: StyleSnapshot) => a.styles === b.styles && a.visible === b.visible && a.opacity === b.opacity && a.activeDatasetId === b.activeDatasetId;

let applying = false;

/** Layers loaded since the snapshot keep their style and visibility; layers removed since stay removed. */
function apply(target: StyleSnapshot): void {
  const now = snapshot();
  const kept = <T>(values: Record<string, T>, current: Record<string, T>) =>
    Object.fromEntries(Object.keys(now.styles).flatMap((id) => {
      const from = id in target.styles ? values : current;
      return id in from ? [[id, from[id]]] : [];
    }));
  applying = true;
  try {
    useAnalysisStore.setState({ styles: kept(target.styles, now.styles) });
    useViewStore.setState({ visible: kept(target.visible, now.visible), opacity: kept(target.opacity, now.opacity), activeDatasetId: target.activeDatasetId !== null && target.activeDatasetId in now.styles ? target.activeDatasetId : now.activeDatasetId });
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
    const layersChanged = Object.keys(current.styles).join('\n') !== Object.keys(last.styles).join('\n');
    if (!applying && !layersChanged) {
      const time = now();
      if (time - lastChangeMs > MERGE_MS) useUndoStore.setState((s) => ({ past: [...s.past, last].slice(-MAX_STEPS), future: [] }));
      else useUndoStore.setState({ future: [] });
      lastChangeMs = time;
    }
    last = current;
  };
  const stops = [useAnalysisStore.subscribe(onChange), useViewStore.subscribe(onChange)];
  return () => stops.forEach((stop) => stop());
}
