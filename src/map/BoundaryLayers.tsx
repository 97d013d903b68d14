import { Layer, Source } from 'react-map-gl/maplibre';
import type { AreaDataset } from '../types';
import { useChoropleth, type ChoroplethView } from '../state/choropleth';
import { buildBoundaryLineLayer, buildChoroplethLayer, buildFlaggedLayer, buildSelectionLayer } from './layers/choropleth-layer';
import { bivariateAsClassification } from './layers/bivariate';
import { bivariateFor, useCohesionResults } from '../state/cohesion-derived';
import { TENSION_FIELD, useAreaTension } from '../state/tension-derived';
import { boundarySourceUrl } from './layers/boundary-source';
import { usePresentationStore } from '../state/presentation-store';
import { buildBandLayer } from './layers/band-layer';
import { useBandCodes } from '../state/neighbour-store';
import { useScopedModes } from '../state/view-scope';
import { buildAssessmentOutlineLayer } from './layers/assessment-outline-layer';
import { useAssessmentOutlines } from '../state/cia-outlines';

interface Props {
  dataset: AreaDataset;
  opacity: number;
  selectedIndex: number | null;
  /** A comparison pane's field and period (absent: the layer's style and the slider). */
  view?: ChoroplethView;
}

/** One boundary layer: its GeoJSON source (same URL all session), choropleth fill, lines, selection. */
export function BoundaryLayers({ dataset, opacity, selectedIndex, view }: Props) {
  const choropleth = useChoropleth(dataset.id, view);
  const cohesion = useCohesionResults();
  const bivariateOn = useScopedModes().bivariate;
  const tension = useAreaTension(dataset, view?.step);
  // Presenting: opaque fills and black outlines, so classes stay apart on a projector.
  const presenting = usePresentationStore((s) => s.presenting);
  const band = useBandCodes(dataset.id);
  const assessments = useAssessmentOutlines(dataset);
  if (!choropleth) return null;
  const coarse = dataset.level === 'ward' || dataset.level === 'local-authority';
  const analysed = cohesion?.boundary.id === dataset.id ? cohesion : null;
  const bivariate = analysed && bivariateOn ? bivariateFor(analysed) : null;
  const fill = bivariate
    ? { classIndexes: bivariate.classIndexes, classification: bivariateAsClassification(bivariate) }
    : { classIndexes: choropleth.classIndexes, classification: choropleth.classification };
  const flaggedCodes = analysed?.rapid?.flagged.map((f) => dataset.areaCodes[f.areaIndex]) ?? [];
  const impactCodes = choropleth.field === TENSION_FIELD && tension ? dataset.areaCodes.filter((_, i) => tension[i].impactAssessment) : [];
  return (
    <Source id={dataset.id} type="geojson" data={boundarySourceUrl(dataset)}>
      <Layer {...buildChoroplethLayer({ sourceId: dataset.id, areaCodes: dataset.areaCodes, ...fill, opacity: presenting ? 1 : opacity })} />
      <Layer {...buildBoundaryLineLayer(dataset.id, coarse ? 'coarse' : 'fine', presenting)} />
      <Layer {...buildFlaggedLayer(dataset.id, flaggedCodes)} />
      <Layer {...buildFlaggedLayer(dataset.id, impactCodes, 'impact-assessment')} />
      <Layer {...buildBandLayer(dataset.id, band)} />
      <Layer {...buildAssessmentOutlineLayer(dataset.id, assessments)} />
      <Layer {...buildSelectionLayer(dataset.id, selectedIndex === null ? null : dataset.areaCodes[selectedIndex] ?? null)} />
    </Source>
  );
}
