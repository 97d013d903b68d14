/**
 * Saved views ("slides"): a named extent, the visible layers, the mapped layer's classification and the
 * period. Capturing reads the stores; applying writes them back, so stepping through slides is the same as
 * the user making those choices by hand.
 */
import type { PeriodKind } from '../analysis/periods';
import type { TimeWindow } from '../analysis/timeline-window';
import { randomId } from '../data/stable-id';
import { useAnalysisStore, type LayerStyle } from './analysis-store';
import { useCameraStore } from './camera-store';
import type { Camera } from '../types/camera';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useTimelineStore } from './timeline-store';
import { useViewStore } from './view-store';
import type { AreaDataset } from '../types';
import type { FieldProblem } from '../types/field';
import { fieldProblem, parseFieldId, type FieldContext } from '../analysis/field-registry';
import { buildFieldContext } from './field-context';
import { useTableStore } from './table-store';
import { useTensionStore } from './tension-store';
import { useCohesionStore } from './cohesion-store';
import { useHotspotStore } from './hotspot-store';
import { computeResults } from './cohesion-derived';

export interface SavedView {
  id: string;
  name: string;
  /** The mapped layer's name when the view was saved, to name it when it is gone. */
  layerLabel?: string;
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
    ...(active && useDataStore.getState().datasets[active] ? { layerLabel: useDataStore.getState().datasets[active].label } : {}),
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

/** The registry's context for a layer from the stores as they are now (the cohesion results computed if set up). */
export function currentFieldContext(dataset: AreaDataset): FieldContext {
  const { incidents, joins, populations } = useIncidentStore.getState();
  const tables = useTableStore.getState().tables;
  const tension = useTensionStore.getState();
  const cohesion = useCohesionStore.getState();
  const boundary = cohesion.boundaryId ? useDataStore.getState().datasets[cohesion.boundaryId] : undefined;
  return buildFieldContext(dataset, {
    incidents,
    joins,
    tables,
    populations,
    hotspot: useHotspotStore.getState().run,
    tensionRowCount: tension.order.reduce((n, id) => n + (tension.datasets[id]?.rows.length ?? 0), 0),
    cohesion: boundary ? computeResults(boundary, tables, cohesion) : null,
  });
}

/**
 * Why a saved view cannot be shown now (its layer is gone, or its field cannot be drawn: an analysis to run
 * again, a dataset removed or merged), or null when it can. Presenting and exporting refuse such a view by
 * name; nothing else is drawn in its place.
 */
export function savedViewProblem(saved: SavedView): FieldProblem | null {
  if (!saved.activeDatasetId || !saved.style) return null;
  const dataset = useDataStore.getState().datasets[saved.activeDatasetId];
  if (!dataset) return { code: 'layer-missing', params: { name: saved.layerLabel ?? saved.activeDatasetId } };
  return fieldProblem(parseFieldId(saved.style.valueField), currentFieldContext(dataset));
}
