/**
 * Saved views ("slides"): a named extent, the visible layers, the mapped layer's classification and the
 * period. Capturing reads the stores; applying writes them back, so stepping through slides is the same as
 * the user making those choices by hand.
 */
import type { PeriodKind } from '../analysis/periods';
import type { TimeWindow } from '../analysis/timeline-window';
import { randomId } from '../data/stable-id';
import { useAnalysisStore, type LayerStyle } from './analysis-store';
import { useCameraStore, type Camera } from './camera-store';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useTimelineStore } from './timeline-store';
import { useViewStore } from './view-store';

export interface SavedView {
  id: string;
  name: string;
  camera: Camera | null;
  activeDatasetId: string | null;
  visible: Record<string, boolean>;
  /** The mapped layer's field and classification. */
  style: LayerStyle | null;
  bivariate: boolean;
  timeline: { kind: PeriodKind; step: number | null; window: TimeWindow; breaks: 'fixed' | 'per-period' };
  incidents: Record<string, { heatmap: boolean; points: boolean }>;
}

/** The current state of the map as a saved view called `name`. */
export function captureView(name: string): SavedView {
  const view = useViewStore.getState();
  const timeline = useTimelineStore.getState();
  const display = useIncidentStore.getState().display;
  const active = view.activeDatasetId;
  const style = active ? useAnalysisStore.getState().styles[active] : undefined;
  return {
    id: randomId('view'),
    name,
    camera: useCameraStore.getState().camera,
    activeDatasetId: active,
    visible: { ...view.visible },
    style: style ? { valueField: style.valueField, options: { ...style.options } } : null,
    bivariate: view.bivariate,
    timeline: { kind: timeline.kind, step: timeline.step, window: timeline.window, breaks: timeline.breaks },
    incidents: Object.fromEntries(Object.entries(display).map(([id, d]) => [id, { heatmap: d.heatmap, points: d.points }])),
  };
}

/**
 * Puts the map back as the view was saved. Layers removed since are skipped (reported by the return value
 * so the presenter knows the view is incomplete); playback is stopped so the view shows its own period.
 */
export function applyView(saved: SavedView): { missing: string[] } {
  const datasets = useDataStore.getState().datasets;
  const incidents = useIncidentStore.getState().incidents;
  const missing: string[] = [];
  const view = useViewStore.getState();
  // Layers loaded after the view was saved were not on it: hide them.
  for (const id of Object.keys(datasets)) view.setVisible(id, saved.visible[id] ?? false);
  if (saved.activeDatasetId && datasets[saved.activeDatasetId]) {
    view.setActiveDataset(saved.activeDatasetId);
    if (saved.style) {
      const analysis = useAnalysisStore.getState();
      analysis.setValueField(saved.activeDatasetId, saved.style.valueField);
      analysis.setClassification(saved.activeDatasetId, saved.style.options);
    }
  } else if (saved.activeDatasetId) {
    missing.push(saved.activeDatasetId);
  }
  view.setBivariate(saved.bivariate);
  const incidentStore = useIncidentStore.getState();
  for (const id of Object.keys(incidents)) incidentStore.setDisplay(id, saved.incidents[id] ?? { heatmap: false, points: false });
  for (const id of Object.keys(saved.incidents)) if (!incidents[id]) missing.push(id);
  const timeline = useTimelineStore.getState();
  timeline.pause();
  if (timeline.kind !== saved.timeline.kind) timeline.setKind(saved.timeline.kind);
  timeline.setWindow(saved.timeline.window);
  timeline.setBreaks(saved.timeline.breaks);
  useTimelineStore.getState().setStep(saved.timeline.step);
  if (saved.camera) useCameraStore.getState().requestJump(saved.camera);
  return { missing };
}
