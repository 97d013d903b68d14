/**
 * Outline of the boundary band (issue 7): the band's areas on one side in orange, on the other in blue,
 * drawn over the choropleth so both sides of the authority boundary stand out.
 */
import type { LineLayerSpecification } from 'maplibre-gl';
import { BAND_COLORS } from '../../analysis/overlay-styles';

/** The band outline layer for a dataset's source; no codes draws nothing. */
export function buildBandLayer(sourceId: string, codes: { sideA: string[]; sideB: string[] } | null): LineLayerSpecification {
  const sideA = codes?.sideA ?? [];
  const sideB = codes?.sideB ?? [];
  return {
    id: `${sourceId}-band`,
    type: 'line',
    source: sourceId,
    filter: ['in', ['get', 'areaCode'], ['literal', [...sideA, ...sideB]]],
    paint: {
      'line-color': sideA.length ? ['match', ['get', 'areaCode'], sideA, BAND_COLORS.sideA, BAND_COLORS.sideB] : BAND_COLORS.sideB,
      'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 12, 4, 16, 6],
    },
  };
}
