import { Layer, Source } from 'react-map-gl/maplibre';
import type { AreaDataset } from '../types';
import { useChoropleth } from '../state/choropleth';
import { buildBoundaryLineLayer, buildChoroplethLayer, buildSelectionLayer } from './layers/choropleth-layer';
import { boundarySourceData } from './layers/boundary-source';

interface Props {
  dataset: AreaDataset;
  opacity: number;
  selectedIndex: number | null;
}

/** One boundary layer: its GeoJSON source (same reference all session), choropleth fill, lines, selection. */
export function BoundaryLayers({ dataset, opacity, selectedIndex }: Props) {
  const choropleth = useChoropleth(dataset.id);
  if (!choropleth) return null;
  const coarse = dataset.level === 'ward' || dataset.level === 'local-authority';
  return (
    <Source id={dataset.id} type="geojson" data={boundarySourceData(dataset)}>
      <Layer {...buildChoroplethLayer({ sourceId: dataset.id, areaCodes: dataset.areaCodes, classIndexes: choropleth.classIndexes, classification: choropleth.classification, opacity })} />
      <Layer {...buildBoundaryLineLayer(dataset.id, coarse ? 'coarse' : 'fine')} />
      <Layer {...buildSelectionLayer(dataset.id, selectedIndex === null ? null : dataset.areaCodes[selectedIndex] ?? null)} />
    </Source>
  );
}
