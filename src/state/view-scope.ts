/**
 * The view a renderer draws: the layers (each with its field, classification, visibility and opacity), the
 * mapped layer, the map modes, the timeline position, the incident layers shown and the tension measure.
 * The live map draws the stores' view; an export draws another view (a saved view, one value of a batch, one
 * period) offscreen through the same components and layer builders by providing it as the scope, so the live
 * stores are never changed to make a page. Hooks that derive what is drawn read the view through the scoped
 * hooks here, never from the stores directly.
 */
import { createContext, useContext } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PeriodKind } from '../analysis/periods';
import type { TimeWindow } from '../analysis/timeline-window';
import { useLayerStore, type LayerModel } from './layer-store';
import { useViewStore } from './view-store';
import { useTimelineStore } from './timeline-store';
import { useIncidentStore, type IncidentDisplay } from './incident-store';
import { useTensionStore } from './tension-store';
import { useCameraStore } from './camera-store';
import type { Camera } from '../types/camera';
import { useCiaStore } from './cia-store';

export interface ViewTimeline {
  kind: PeriodKind;
  /** The period shown, on the view's own timeline; null for all dates. */
  step: number | null;
  window: TimeWindow;
  breaks: 'fixed' | 'per-period';
}

export interface ViewScope {
  layers: Record<string, LayerModel>;
  activeLayerId: string | null;
  /** The 3×3 community share × cohesion map instead of the mapped layer's choropleth. */
  bivariate: boolean;
  communitySymbols: boolean;
  timeline: ViewTimeline;
  /** How each incident dataset is shown (heatmap, points). */
  display: Record<string, IncidentDisplay>;
  tension: { measure: 'current' | 'potential'; community: string };
  /** Where the map looks; null before the map has settled anywhere. */
  camera: Camera | null;
  /** Whether open Community Impact Assessments are outlined (those open at the view's period when it has one). */
  assessments: boolean;
}

/** The view being rendered offscreen; null (the default) means the live stores' view. */
export const ViewScopeContext = createContext<ViewScope | null>(null);

/** The live stores' view as a value, for an export to start from. */
export function liveViewScope(): ViewScope {
  const { layers, activeLayerId } = useLayerStore.getState();
  const { bivariate, communitySymbols } = useViewStore.getState();
  const { kind, step, window, breaks } = useTimelineStore.getState();
  const { measure, community } = useTensionStore.getState();
  return { layers, activeLayerId, bivariate, communitySymbols, timeline: { kind, step, window, breaks }, display: useIncidentStore.getState().display, tension: { measure, community }, camera: useCameraStore.getState().camera, assessments: useCiaStore.getState().outlinesShown };
}

/** The scope with one layer drawing another field (one page per value of a batch). */
export function scopeWithField(scope: ViewScope, layerId: string, field: string): ViewScope {
  const layer = scope.layers[layerId];
  return layer ? { ...scope, layers: { ...scope.layers, [layerId]: { ...layer, style: { ...layer.style, valueField: field } } } } : scope;
}

/** The scope at one period, with breaks fixed over every period so a colour means the same on every page. */
export function scopeAtStep(scope: ViewScope, step: number): ViewScope {
  return { ...scope, timeline: { ...scope.timeline, step, breaks: 'fixed' } };
}

/** True inside an offscreen render of a view (not the live map). */
export function useIsScoped(): boolean {
  return useContext(ViewScopeContext) !== null;
}

/** The layers and the mapped layer of the view being drawn. */
export function useScopedLayers(): Pick<ViewScope, 'layers' | 'activeLayerId'> {
  const scope = useContext(ViewScopeContext);
  const live = useLayerStore(useShallow((s) => ({ layers: s.layers, activeLayerId: s.activeLayerId })));
  return scope ?? live;
}

/** The map modes (3×3 map, community symbols) of the view being drawn. */
export function useScopedModes(): Pick<ViewScope, 'bivariate' | 'communitySymbols'> {
  const scope = useContext(ViewScopeContext);
  const live = useViewStore(useShallow((s) => ({ bivariate: s.bivariate, communitySymbols: s.communitySymbols })));
  return scope ?? live;
}

/** The timeline position of the view being drawn. */
export function useScopedTimeline(): ViewTimeline {
  const scope = useContext(ViewScopeContext);
  const live = useTimelineStore(useShallow((s) => ({ kind: s.kind, step: s.step, window: s.window, breaks: s.breaks })));
  return scope?.timeline ?? live;
}

/** How each incident dataset is shown in the view being drawn. */
export function useScopedDisplay(): Record<string, IncidentDisplay> {
  const scope = useContext(ViewScopeContext);
  const live = useIncidentStore((s) => s.display);
  return scope?.display ?? live;
}

/** The tension measure and community of the view being drawn. */
export function useScopedTension(): ViewScope['tension'] {
  const scope = useContext(ViewScopeContext);
  const live = useTensionStore(useShallow((s) => ({ measure: s.measure, community: s.community })));
  return scope?.tension ?? live;
}

/** Whether the view being drawn outlines open assessments. */
export function useScopedAssessments(): boolean {
  const scope = useContext(ViewScopeContext);
  const live = useCiaStore((s) => s.outlinesShown);
  return scope?.assessments ?? live;
}
