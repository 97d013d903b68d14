/**
 * Batch export: a generic runner over "frames". Each frame is a view to draw (a value field, a timeline step,
 * a saved view), rendered offscreen from that view: the live map and the stores are never changed to make a
 * page, so nothing has to be put back afterwards. Rendering is passed in (it needs the map).
 */
import { zipSync, type Zippable } from 'fflate';
import { fileStem, uniqueStems } from '../analysis/export/file-names';
import { usePresentationStore } from './presentation-store';
import { savedViewProblem, savedViewScope } from './saved-views';
import type { FieldProblem } from '../types/field';
import { throwIfCancelled } from './export-store';
import { liveViewScope, scopeAtStep, scopeWithField, type ViewScope } from './view-scope';

export interface ExportFrame {
  /** Readable name; becomes the file name. */
  name: string;
  /** The view this frame draws (made when the frame is drawn, from the data loaded then). */
  view: () => ViewScope;
  /** A saved view's name: its page is titled with it. */
  savedView?: string;
  /** Why this frame cannot be drawn (a saved view whose field or layer is gone); it is then skipped, not drawn. */
  refusal?: () => FieldProblem | null;
}

/** A drawn page, or why the frame's map cannot be put on a page (its field refused once derived). */
export type FrameResult = { bytes: Uint8Array } | { refused: FieldProblem };

export interface FrameRunnerDeps {
  /** Aborted when the user cancels: no further frame is rendered. */
  signal?: AbortSignal;
  /** Renders the frame's view offscreen onto a page. */
  render: (frame: ExportFrame) => Promise<FrameResult>;
  onProgress?: (done: number, total: number) => void;
  /** Told of each frame that was refused instead of drawn. */
  onRefused?: (frame: ExportFrame, problem: FieldProblem) => void;
}

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Renders each frame in turn; returns one file per drawn frame with unique names. A frame that is refused is
 * reported to `onRefused` and skipped: nothing else is drawn in its place.
 */
export async function runExportFrames(frames: ReadonlyArray<ExportFrame>, extension: string, deps: FrameRunnerDeps): Promise<ExportedFile[]> {
  const names = uniqueStems(frames.map((f) => fileStem(f.name)));
  const files: ExportedFile[] = [];
  deps.onProgress?.(0, frames.length);
  for (const [i, frame] of frames.entries()) {
    throwIfCancelled(deps.signal);
    const problem = frame.refusal?.() ?? null;
    const result = problem ? { refused: problem } : await deps.render(frame);
    throwIfCancelled(deps.signal);
    if ('refused' in result) deps.onRefused?.(frame, result.refused);
    else files.push({ name: `${String(i + 1).padStart(2, '0')}-${names[i]}.${extension}`, bytes: result.bytes });
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
  return fields.map(({ field, label }) => ({ name: label, view: () => scopeWithField(liveViewScope(), datasetId, field) }));
}

/**
 * One frame per timeline step, with the timeline's fixed breaks (classes from every period) so a
 * colour means the same in every image.
 */
export function periodFrames(steps: ReadonlyArray<{ step: number; label: string }>): ExportFrame[] {
  return steps.map(({ step, label }) => ({ name: label, view: () => scopeAtStep(liveViewScope(), step) }));
}

/**
 * One frame per saved view (extent, layers, classification and period as saved), in the presenter's
 * order. The view's name is the file name and the page title; a view that cannot be drawn now is refused.
 */
export function savedViewFrames(indexes: ReadonlyArray<number>): ExportFrame[] {
  const views = usePresentationStore.getState().views;
  return indexes.filter((i) => views[i]).map((i) => ({ name: views[i].name, savedView: views[i].name, view: () => savedViewScope(views[i]), refusal: () => savedViewProblem(views[i]) }));
}
