/**
 * Batch export: a generic runner over "frames". Each frame puts the app into some state (a value field,
 * a timeline step, later a saved view); the runner waits for the map to draw it, renders the page and
 * names the file, then restores what the user had. Rendering and waiting are passed in (they need the map).
 */
import { zipSync, type Zippable } from 'fflate';
import { fileStem, uniqueStems } from '../analysis/export/file-names';
import { useLayerStore } from './layer-store';
import { useTimelineStore } from './timeline-store';
import { usePresentationStore } from './presentation-store';
import { applyView, captureView, savedViewProblem } from './saved-views';
import type { FieldProblem } from '../types/field';
import { throwIfCancelled } from './export-store';

export interface ExportFrame {
  /** Readable name; becomes the file name. */
  name: string;
  /** Puts the app into this frame's state with store actions. */
  apply: () => void;
  /** Why this frame cannot be drawn (a saved view whose field or layer is gone); it is then skipped, not drawn. */
  refusal?: () => FieldProblem | null;
}

export interface FrameRunnerDeps {
  /** Aborted when the user cancels: no further frame is applied or rendered. */
  signal?: AbortSignal;
  /** Resolves when the applied state is on the map (React committed, MapLibre idle, deck.gl drawn). */
  settle: () => Promise<void>;
  /** Renders the page as it is now. */
  render: () => Promise<Uint8Array>;
  onProgress?: (done: number, total: number) => void;
  /** Told of each frame that was refused instead of drawn. */
  onRefused?: (frame: ExportFrame, problem: FieldProblem) => void;
  /** Why the map, as drawn once settled, cannot be put on a page (its field refused); null when it can. */
  refusedNow?: () => FieldProblem | null;
}

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Applies, settles and renders each frame in turn; returns one file per drawn frame with unique names. A
 * frame that is refused is reported to `onRefused` and skipped: nothing else is drawn in its place.
 */
export async function runExportFrames(frames: ReadonlyArray<ExportFrame>, extension: string, deps: FrameRunnerDeps): Promise<ExportedFile[]> {
  const names = uniqueStems(frames.map((f) => fileStem(f.name)));
  const files: ExportedFile[] = [];
  deps.onProgress?.(0, frames.length);
  for (const [i, frame] of frames.entries()) {
    throwIfCancelled(deps.signal);
    const problem = frame.refusal?.() ?? null;
    if (problem) {
      deps.onRefused?.(frame, problem);
      deps.onProgress?.(i + 1, frames.length);
      continue;
    }
    frame.apply();
    await deps.settle();
    throwIfCancelled(deps.signal);
    // What the map draws once settled can still be refused (no ratings on this layer, a measure with no values).
    const drawn = deps.refusedNow?.() ?? null;
    if (drawn) {
      deps.onRefused?.(frame, drawn);
      deps.onProgress?.(i + 1, frames.length);
      continue;
    }
    files.push({ name: `${String(i + 1).padStart(2, '0')}-${names[i]}.${extension}`, bytes: await deps.render() });
    deps.onProgress?.(i + 1, frames.length);
  }
  return files;
}

/** The files as a zip (stored, not compressed again: PNG and PDF data already are). */
export function zipExportedFiles(files: ReadonlyArray<ExportedFile>): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [file.bytes, { level: 0 }];
  return zipSync(entries);
}

/** One frame per value field of a layer; the classification method, classes and palette stay as they are. */
export function indicatorFrames(datasetId: string, fields: ReadonlyArray<{ field: string; label: string }>): ExportFrame[] {
  return fields.map(({ field, label }) => ({ name: label, apply: () => useLayerStore.getState().setValueField(datasetId, field) }));
}

/**
 * One frame per timeline step, with the timeline's fixed breaks (classes from every period) so a
 * colour means the same in every image.
 */
export function periodFrames(steps: ReadonlyArray<{ step: number; label: string }>): ExportFrame[] {
  return steps.map(({ step, label }) => ({
    name: label,
    apply: () => {
      const timeline = useTimelineStore.getState();
      timeline.pause();
      timeline.setBreaks('fixed');
      timeline.setStep(step);
    },
  }));
}

/** Remembers the state batch frames change (the layer's field, the timeline) and returns its restorer. */
export function captureFrameState(datasetId: string | null): () => void {
  const style = datasetId ? useLayerStore.getState().layers[datasetId]?.style : undefined;
  const { step, breaks } = useTimelineStore.getState();
  return () => {
    if (datasetId && style) useLayerStore.getState().setValueField(datasetId, style.valueField);
    useTimelineStore.getState().setBreaks(breaks);
    useTimelineStore.getState().setStep(step);
  };
}

/**
 * One frame per saved view (extent, layers, classification and period as saved), in the presenter's
 * order. The view's name is the file name and the page title; a view that cannot be drawn now is refused.
 */
export function savedViewFrames(indexes: ReadonlyArray<number>): ExportFrame[] {
  const views = usePresentationStore.getState().views;
  return indexes.filter((i) => views[i]).map((i) => ({ name: views[i].name, apply: () => usePresentationStore.getState().goTo(i), refusal: () => savedViewProblem(views[i]) }));
}

/** Remembers the whole map (as a saved view would) and returns its restorer, for batches of saved views. */
export function captureWholeView(): () => void {
  const before = captureView('');
  const current = usePresentationStore.getState().current;
  return () => {
    applyView(before);
    usePresentationStore.setState({ current });
  };
}
