import { useMemo } from 'react';
import type { Layer as DeckLayer } from '@deck.gl/core';
import type { AreaDataset, LngLat, ReportPlace } from '../types';
import { useReportStore } from '../state/report-store';
import { usePresentationStore } from '../state/presentation-store';
import { isReportShown } from '../analysis/reports/report-filter';
import { areaLabels } from './layers/boundary-source';
import { buildEventsLayer, buildReportsLayer, type ReportMarker } from './layers/reports-layer';

/** Where a place is drawn: its point, else the label point of its area on the layer, else nowhere. */
function placePosition(place: ReportPlace, layer: AreaDataset | undefined): LngLat | null {
  if (place.position) return place.position;
  const index = layer && place.areaCode ? layer.areaCodes.indexOf(place.areaCode) : -1;
  return layer && index !== -1 ? areaLabels(layer)[index].position : null;
}

/**
 * deck.gl layers of the tension reports the filter keeps and of planned events. Reports are hidden while
 * presenting until points are shown on purpose (as incidents are); events, which name no one, stay.
 */
export function useReportLayers(layer: AreaDataset | undefined): DeckLayer[] {
  const reports = useReportStore((s) => s.reports);
  const events = useReportStore((s) => s.events);
  const filter = useReportStore((s) => s.filter);
  const allowed = usePresentationStore((s) => !s.presenting || s.showPoints);
  return useMemo(() => {
    const layers: DeckLayer[] = [];
    const markers = reports.flatMap((report): ReportMarker[] => {
      if (report.withdrawn || !isReportShown(report, filter)) return [];
      const position = placePosition(report.place, layer);
      return position ? [{ id: report.id, position, status: report.status }] : [];
    });
    if (allowed && markers.length > 0) layers.push(buildReportsLayer('tension-reports', markers));
    const eventPositions = events.flatMap((event) => {
      const position = placePosition(event.place, layer);
      return position ? [position] : [];
    });
    if (eventPositions.length > 0) layers.push(buildEventsLayer('planned-events', eventPositions));
    return layers;
  }, [reports, events, filter, allowed, layer]);
}
