/**
 * The dated data a view draws: the incident datasets, tables and tension log behind the mapped field (for hot
 * spots, the incidents they were computed from) and the incident layers shown as heatmap or points. The
 * timeline spans these, and a page's period is theirs, not every dataset loaded.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fieldSources, parseFieldId } from '../analysis/field-registry';
import { useHotspotStore } from './hotspot-store';
import { useCompareStore } from './compare-store';
import { useScopedLayers, useScopedDisplay, useIsScoped } from './view-scope';

export interface DrawnSources {
  incidents: string[];
  tables: string[];
  tension: boolean;
}

export interface DrawnSourcesInput {
  /** The mapped layer's field, or null when no layer is mapped or it is hidden. */
  field: string | null;
  /** Incident layers and whether they are drawn. */
  display: Record<string, { heatmap: boolean; points: boolean }>;
  /** The incident field the last hot spot run was computed from. */
  hotspotField: string | null;
  /** Fields of the comparison panes, when two maps are shown (their periods are on the same timeline). */
  paneFields?: ReadonlyArray<string>;
}

/** The incident datasets, tables and tension log a view draws (each id once). */
export function drawnSources({ field, display, hotspotField, paneFields = [] }: DrawnSourcesInput): DrawnSources {
  const fromFields = [...new Set([...(field ? [field] : []), ...paneFields])].map((id) => {
    const ref = parseFieldId(id);
    const behind = ref.kind === 'hotspot' && hotspotField ? parseFieldId(hotspotField) : ref;
    return fieldSources(behind);
  });
  const shown = Object.entries(display).filter(([, d]) => d.heatmap || d.points).map(([id]) => id);
  return {
    incidents: [...new Set([...fromFields.flatMap((f) => f.incidents), ...shown])],
    tables: [...new Set(fromFields.flatMap((f) => f.tables))],
    tension: fromFields.some((f) => f.tension),
  };
}

/** True when the view draws nothing dated: no period belongs on its page. */
export function drawsNothingDated(sources: DrawnSources): boolean {
  return sources.incidents.length === 0 && sources.tables.length === 0 && !sources.tension;
}

/** The dated data the map draws now. */
export function useDrawnSources(): DrawnSources {
  const { layers, activeLayerId } = useScopedLayers();
  const active = activeLayerId ? layers[activeLayerId] : undefined;
  const field = active?.visible ? active.style.valueField : null;
  const display = useScopedDisplay();
  const hotspotField = useHotspotStore((s) => s.run?.field ?? null);
  // A view rendered offscreen is one map: the comparison panes on screen are not part of it.
  const scoped = useIsScoped();
  const { mode, panes } = useCompareStore(useShallow((s) => ({ mode: s.mode, panes: s.panes })));
  return useMemo(() => {
    const paneFields = mode === 'single' || scoped ? [] : panes.flatMap((p) => (p.datasetId ? [p.valueField ?? layers[p.datasetId]?.style.valueField].filter((f): f is string => !!f) : []));
    return drawnSources({ field, display, hotspotField, paneFields });
  }, [field, display, hotspotField, mode, panes, layers, scoped]);
}
