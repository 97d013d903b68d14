import { useMemo } from 'react';
import type { Layer as DeckLayer, PickingInfo } from '@deck.gl/core';
import { useShallow } from 'zustand/react/shallow';
import { useIncidentStore } from '../state/incident-store';
import { keptIncidents } from '../state/incident-derived';
import { filterForStep, useStepDateRange } from '../state/timeline-derived';
import { NO_FILTER } from '../analysis/incident-filter';
import { buildHeatmapLayer } from './layers/heatmap-layer';
import { buildPointsLayer } from './layers/points-layer';
import { usePresentationStore } from '../state/presentation-store';
import { useScopedDisplay } from '../state/view-scope';

/** deck.gl layers for every incident dataset shown as heatmap and/or points, following its filters. */
export function useIncidentLayers(onHoverPoint: (incidentId: string, info: PickingInfo<number>) => void, pinnedStep?: number | 'follow'): DeckLayer[] {
  const { incidents, order, filters } = useIncidentStore(
    useShallow((s) => ({ incidents: s.incidents, order: s.order, filters: s.filters })),
  );
  const display = useScopedDisplay();
  const range = useStepDateRange(pinnedStep);
  // A projected map of individual incidents can identify people: presenting hides points unless asked.
  const pointsAllowed = usePresentationStore((s) => !s.presenting || s.showPoints);
  return useMemo(() => {
    const layers: DeckLayer[] = [];
    for (const id of order) {
      const dataset = incidents[id];
      const show = display[id];
      if (!dataset || !show) continue;
      const kept = keptIncidents(dataset, filterForStep(filters[id] ?? NO_FILTER, range));
      if (show.heatmap && kept.indexes.length > 0) {
        layers.push(buildHeatmapLayer({ id: `${id}-heatmap`, incidents: dataset, indexes: kept.indexes, radiusPx: show.radiusPx, intensity: show.intensity, weighted: show.weighted }));
      }
      if (show.points && pointsAllowed) {
        const points = buildPointsLayer({ id: `${id}-points`, incidents: dataset, indexes: kept.indexes });
        layers.push(points.clone({ onHover: (info: PickingInfo<number>) => onHoverPoint(id, info) }));
      }
    }
    return layers;
  }, [incidents, order, filters, display, onHoverPoint, range, pointsAllowed]);
}
