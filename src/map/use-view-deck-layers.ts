import { useMemo } from 'react';
import type { Layer as DeckLayer, PickingInfo } from '@deck.gl/core';
import type { AreaDataset } from '../types';
import { useLocaleStore } from '../state/locale-store';
import { useCohesionResults } from '../state/cohesion-derived';
import { TENSION_FIELD, useAreaTension } from '../state/tension-derived';
import { useScopedLayers, useScopedModes } from '../state/view-scope';
import { areaLabels, placedAreaLabels } from './layers/boundary-source';
import { buildProportionalSymbolLayer } from './layers/symbols-layer';
import { buildTensionArrowLayer } from './layers/tension-arrows-layer';
import { AREA_LABEL_SIZE_PX, buildAreaLabelLayer, labelMinZoom } from './layers/labels-layer';
import { useIncidentLayers } from './use-incident-layers';
import { useReportLayers } from './use-report-layers';
import { usePlaceLayers } from './use-place-layers';
import type { ChoroplethView } from '../state/choropleth';
import { useDrawnFootprints } from '../state/cia-outlines';
import { useCiaStore } from '../state/cia-store';
import { buildDrawingLayers, buildDrawnShapesLayer } from './layers/drawn-shape-layer';

export interface DeckLayerInputs {
  /** The boundary layers drawn, in order. */
  shown: AreaDataset[];
  /** The layer the arrows and labels follow (a comparison pane's, else the mapped layer). */
  labelled: AreaDataset | undefined;
  zoom: number;
  /** A comparison pane's field and pinned period. */
  pane?: ChoroplethView;
  onHoverPoint: (incidentId: string, info: PickingInfo<number>) => void;
}

/**
 * The deck.gl layers over the map of the view being drawn: community symbols, places, incidents, tension reports and
 * events, tension trend arrows and area labels. The live map and an offscreen export both build them here, from the same builders.
 */
export function useViewDeckLayers({ shown, labelled, zoom, pane, onHoverPoint }: DeckLayerInputs): DeckLayer[] {
  const locale = useLocaleStore((s) => s.locale);
  const { layers } = useScopedLayers();
  const symbolsOn = useScopedModes().communitySymbols;
  const incidentLayers = useIncidentLayers(onHoverPoint, pane?.step);
  const reportLayers = useReportLayers(labelled);
  const placeLayers = usePlaceLayers();
  const cohesion = useCohesionResults();
  const activeTension = useAreaTension(labelled, pane?.step);
  const activeField = pane?.valueField ?? (labelled ? layers[labelled.id]?.style.valueField : undefined);
  const showArrows = !!labelled && activeField === TENSION_FIELD && (pane ? true : !!layers[labelled.id]?.visible);
  const drawnShapes = useDrawnFootprints(shown.map((dataset) => dataset.id));
  // The shape being drawn belongs to the live map only (not a pane, not an export).
  const drawing = useCiaStore((s) => s.drawing);
  const drawingCorners = !pane && drawing ? drawing.corners : null;

  return useMemo(() => {
    const built: DeckLayer[] = [];
    const analysed = cohesion && symbolsOn && cohesion.community && shown.includes(cohesion.boundary) ? cohesion : null;
    if (analysed?.community) {
      built.push(buildProportionalSymbolLayer({ id: `${analysed.boundary.id}-community-symbols`, anchors: areaLabels(analysed.boundary), counts: analysed.community.counts }));
    }
    if (drawnShapes.length > 0) built.push(buildDrawnShapesLayer('assessment-shapes', drawnShapes));
    built.push(...placeLayers, ...incidentLayers, ...reportLayers);
    if (showArrows && labelled && activeTension) {
      built.push(buildTensionArrowLayer({ id: `${labelled.id}-tension-arrows`, anchors: areaLabels(labelled), trends: activeTension.map((a) => a.trend) }));
    }
    for (const dataset of shown) {
      if (dataset.features.length > 3000) continue; // a label per area would be unreadable
      const visible = zoom >= labelMinZoom(dataset.features.length, dataset.level);
      built.push(buildAreaLabelLayer({
        id: `${dataset.id}-labels`,
        // Placed so that no name covers another; worked out only while the labels are shown.
        labels: visible ? placedAreaLabels(dataset, locale, zoom, AREA_LABEL_SIZE_PX) : [],
        visible,
      }));
    }
    if (drawingCorners) built.push(...buildDrawingLayers('assessment-drawing', drawingCorners));
    return built;
  }, [shown, zoom, placeLayers, incidentLayers, reportLayers, cohesion, symbolsOn, showArrows, labelled, activeTension, locale, drawnShapes, drawingCorners]);
}
