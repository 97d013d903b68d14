/**
 * Saved views ("slides"): a named extent, the visible layers, the mapped layer's classification and the
 * period. Capturing reads the stores; applying writes them back, so stepping through slides is the same as
 * the user making those choices by hand.
 */
import type { PeriodKind } from '../analysis/periods';
import type { TimeWindow } from '../analysis/timeline-window';
import { randomId } from '../data/stable-id';
import { useLayerStore, withLegendTitle, type LayerStyle } from './layer-store';
import { useCameraStore } from './camera-store';
import type { Camera } from '../types/camera';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useTimelineStore } from './timeline-store';
import { useViewStore } from './view-store';
import type { AreaDataset, HotspotRequest } from '../types';
import type { FieldProblem } from '../types/field';
import { fieldProblem, parseFieldId, type FieldContext } from '../analysis/field-registry';
import { buildFieldContext } from './field-context';
import { useTableStore } from './table-store';
import { useTensionStore } from './tension-store';
import { useCohesionStore } from './cohesion-store';
import { useHotspotStore } from './hotspot-store';
import { computeResults } from './cohesion-derived';
import { drawnSources, type DrawnSources } from './view-sources';
import { viewTimelinePeriods, type TimelinePeriods } from './timeline-derived';
import { liveViewScope, type ViewScope } from './view-scope';
import { useCiaStore } from './cia-store';

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
  /**
   * The slider's step and, since issue 12, the period it stood at (`periodKey`, e.g. '2023-07'): a view's
   * timeline is its own data's, so the period key, not the index, says which month it shows.
   */
  timeline: { kind: PeriodKind; step: number | null; periodKey?: string | null; window: TimeWindow; breaks: 'fixed' | 'per-period' };
  incidents: Record<string, { heatmap: boolean; points: boolean }>;
  /** A view of hot spots: the run it showed (its incidents, weights and FDR choice); another run is not this view. */
  hotspot?: { field: string; weights: HotspotRequest['weights'] | null; falseDiscoveryRate: boolean | null; emergingRules?: HotspotRequest['emergingRules'] | null };
  /** A view of tension: current or potential rating, and of which community. */
  tension?: { measure: 'current' | 'potential'; community: string };
  /**
   * Whether it outlines the Community Impact Assessments open at its period (issue 17). Views saved before
   * this was kept outlined them, as every map then did.
   */
  assessments?: boolean;
}

/** The dated data a saved view draws (its field, the hot spots' incidents, the incident layers it shows). */
function savedViewSources(saved: Pick<SavedView, 'style' | 'visible' | 'activeDatasetId' | 'incidents' | 'hotspot'>): DrawnSources {
  const shown = !!saved.activeDatasetId && saved.visible[saved.activeDatasetId] !== false;
  return drawnSources({ field: shown ? saved.style?.valueField ?? null : null, display: saved.incidents, hotspotField: saved.hotspot?.field ?? useHotspotStore.getState().run?.field ?? null });
}

/** The periods of a saved view's own timeline, from the data loaded now. */
function savedViewPeriods(saved: SavedView): TimelinePeriods {
  return viewTimelinePeriods(savedViewSources(saved), saved.timeline.kind, timelineData());
}

function timelineData() {
  return { incidents: useIncidentStore.getState().incidents, tensions: useTensionStore.getState().datasets, tables: useTableStore.getState().tables };
}

/** The current state of the map as a saved view called `name`. */
export function captureView(name: string): SavedView {
  const view = useViewStore.getState();
  const { layers, activeLayerId: active } = useLayerStore.getState();
  const visible = Object.fromEntries(Object.values(layers).map((layer) => [layer.id, layer.visible]));
  const timeline = useTimelineStore.getState();
  const display = useIncidentStore.getState().display;
  const style = active ? layers[active]?.style : undefined;
  const kind = style ? parseFieldId(style.valueField).kind : null;
  const run = useHotspotStore.getState().run;
  const tension = useTensionStore.getState();
  const extras: Pick<SavedView, 'hotspot' | 'tension'> = {
    ...(kind === 'hotspot' && run ? { hotspot: { field: run.field, weights: run.weights ?? null, falseDiscoveryRate: run.falseDiscoveryRate ?? null, emergingRules: run.emergingRules ?? null } } : {}),
    ...(kind === 'tension' ? { tension: { measure: tension.measure, community: tension.community } } : {}),
  };
  const periods = viewTimelinePeriods(savedViewSources({ style: style ?? null, visible, activeDatasetId: active, incidents: display, hotspot: extras.hotspot }), timeline.kind, timelineData());
  return {
    id: randomId('view'),
    name,
    camera: useCameraStore.getState().camera,
    activeDatasetId: active,
    ...(active && useDataStore.getState().datasets[active] ? { layerLabel: useDataStore.getState().datasets[active].label } : {}),
    visible,
    style: style ? withLegendTitle({ valueField: style.valueField, options: { ...style.options } }, style.legendTitle) : null,
    bivariate: view.bivariate,
    timeline: { kind: timeline.kind, step: timeline.step, periodKey: timeline.step === null ? null : periods.keys[timeline.step] ?? null, window: timeline.window, breaks: timeline.breaks },
    incidents: Object.fromEntries(Object.entries(display).map(([id, d]) => [id, { heatmap: d.heatmap, points: d.points }])),
    assessments: useCiaStore.getState().outlinesShown,
    ...extras,
  };
}

/**
 * The step of a saved view on its own timeline: the index of its period key; for a view saved before period
 * keys (its step counted on one timeline over everything loaded), that timeline's period at the step.
 */
export function savedViewStep(saved: SavedView, periods: TimelinePeriods): number | null {
  if (saved.timeline.step === null) return null;
  const key = saved.timeline.periodKey !== undefined
    ? saved.timeline.periodKey
    : viewTimelinePeriods({ incidents: [], tables: [], tension: false }, saved.timeline.kind, timelineData()).keys[saved.timeline.step] ?? null;
  const index = key === null ? -1 : periods.keys.indexOf(key);
  // A period the view's data no longer has: all of its dates, which is true, rather than another month.
  return index < 0 ? null : index;
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
  const layers = useLayerStore.getState();
  // Layers loaded after the view was saved were not on it: hide them.
  for (const id of Object.keys(datasets)) layers.setVisible(id, saved.visible[id] ?? false);
  if (saved.activeDatasetId && datasets[saved.activeDatasetId]) {
    layers.setActiveLayer(saved.activeDatasetId);
    if (saved.style) {
      layers.setValueField(saved.activeDatasetId, saved.style.valueField);
      layers.setClassification(saved.activeDatasetId, saved.style.options);
      layers.setLegendTitle(saved.activeDatasetId, saved.style.legendTitle ?? null);
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
  if (saved.tension) {
    useTensionStore.getState().setMeasure(saved.tension.measure);
    useTensionStore.getState().setCommunity(saved.tension.community);
  }
  useCiaStore.getState().setOutlinesShown(saved.assessments ?? true);
  // The view's own timeline decides the step, not the one on screen before it (which may be shorter).
  const periods = savedViewPeriods(saved);
  useTimelineStore.setState({ periodCount: periods.keys.length, step: savedViewStep(saved, periods) });
  if (saved.camera) useCameraStore.getState().requestJump(saved.camera);
  return { missing };
}

/**
 * A saved view as a view to render (offscreen, for an export): its layers, field, classification, period and
 * modes over the data loaded now, as applying it would set them, without changing the stores. Layers loaded
 * after the view was saved are hidden; incident layers it did not show are off.
 */
export function savedViewScope(saved: SavedView): ViewScope {
  const live = liveViewScope();
  const active = saved.activeDatasetId && live.layers[saved.activeDatasetId] ? saved.activeDatasetId : null;
  const layers = Object.fromEntries(Object.values(live.layers).map((layer) => {
    const mapped = layer.id === active;
    const style = mapped && saved.style ? withLegendTitle({ valueField: saved.style.valueField, options: { ...layer.style.options, ...saved.style.options } }, saved.style.legendTitle) : layer.style;
    return [layer.id, { ...layer, style, visible: mapped || (saved.visible[layer.id] ?? false) }];
  }));
  const display = Object.fromEntries(Object.entries(live.display).map(([id, shown]) => [id, { ...shown, ...(saved.incidents[id] ?? { heatmap: false, points: false }) }]));
  const { kind, window, breaks } = saved.timeline;
  return {
    layers,
    activeLayerId: active,
    bivariate: saved.bivariate,
    communitySymbols: live.communitySymbols,
    timeline: { kind, step: savedViewStep(saved, savedViewPeriods(saved)), window, breaks },
    display,
    tension: saved.tension ?? live.tension,
    camera: saved.camera ?? live.camera,
    assessments: saved.assessments ?? true,
  };
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
    cohesion: boundary ? computeResults(boundary, tables, cohesion, { incidents, joins, tables, populations, tensionRows: tension.order.flatMap((id) => tension.datasets[id]?.rows ?? []) }) : null,
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
  const context = currentFieldContext(dataset);
  const problem = fieldProblem(parseFieldId(saved.style.valueField), context);
  if (problem) return problem;
  // Hot spots of another run (other incidents, weights or FDR choice) are not what this view showed.
  const run = useHotspotStore.getState().run;
  if (saved.hotspot && run && (run.field !== saved.hotspot.field || !sameWeights(run.weights ?? null, saved.hotspot.weights) || (saved.hotspot.falseDiscoveryRate !== null && (run.falseDiscoveryRate ?? null) !== saved.hotspot.falseDiscoveryRate) || (isEmergingView(saved) && differentRules(saved.hotspot.emergingRules ?? null, run.emergingRules ?? null)))) {
    return { code: 'hotspot-changed', params: {} };
  }
  // The 3×3 map needs the cohesion index and a community on this layer.
  if (saved.bivariate && !(context.cohesion?.boundaryId === dataset.id && context.cohesion.measures.includes('score') && context.cohesion.measures.includes('share'))) {
    return { code: 'cohesion-not-run', params: {} };
  }
  return null;
}

function isEmergingView(saved: SavedView): boolean {
  const ref = saved.style ? parseFieldId(saved.style.valueField) : null;
  return ref?.kind === 'hotspot' && ref.variant === 'emerging';
}

/** Emerging categories by other rules are another view; a view saved before the choice was by the atlas rules. */
function differentRules(saved: HotspotRequest['emergingRules'] | null, run: HotspotRequest['emergingRules'] | null): boolean {
  return (saved ?? 'atlas') !== (run ?? 'atlas');
}

function sameWeights(a: HotspotRequest['weights'] | null, b: HotspotRequest['weights'] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
