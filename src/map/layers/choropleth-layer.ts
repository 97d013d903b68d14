/**
 * Choropleth fill and boundary line layers for one boundary dataset. The fill colour is a `match`
 * expression on the feature's areaCode, grouped by class, built from the one Classification object.
 */
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { Classification } from '../../types';
import { groupCodesByClass } from '../../analysis/class-groups';
import { FLAGGED_STYLES } from '../../analysis/overlay-styles';

export interface ChoroplethInputs {
  sourceId: string;
  areaCodes: ReadonlyArray<string>;
  /** Class index of each area, parallel to areaCodes; -1 = no data. */
  classIndexes: ArrayLike<number>;
  classification: Classification;
  opacity: number;
}

/** The fill colour: areas grouped by class into one `match` branch per non-empty class. */
export function buildFillColor(inputs: Omit<ChoroplethInputs, 'sourceId' | 'opacity'>): ExpressionSpecification | string {
  const groups = groupCodesByClass(inputs.areaCodes, inputs.classIndexes, inputs.classification.bins.length);
  const branches: unknown[] = [];
  groups.forEach((codes, classIndex) => {
    if (codes.length) branches.push(codes, inputs.classification.bins[classIndex].color);
  });
  if (!branches.length) return inputs.classification.noDataColor;
  return ['match', ['get', 'areaCode'], ...branches, inputs.classification.noDataColor] as unknown as ExpressionSpecification;
}

/** Fill layer id for a dataset's source (used for hit testing too). */
export function fillLayerId(sourceId: string): string {
  return `${sourceId}-fill`;
}

/** The choropleth fill layer. */
export function buildChoroplethLayer(inputs: ChoroplethInputs): FillLayerSpecification {
  return {
    id: fillLayerId(inputs.sourceId),
    type: 'fill',
    source: inputs.sourceId,
    paint: {
      'fill-color': buildFillColor(inputs),
      'fill-opacity': inputs.opacity,
      // Outlines are drawn by the line layer: crisp at every zoom, unlike fill-outline-color.
      'fill-antialias': false,
    },
  };
}

/**
 * Boundary lines: thin and dark, widening with zoom; the selected area gets a heavy outline. The
 * high-contrast form (presentation mode) is black, opaque and heavier, to survive a washed-out projector.
 */
export function buildBoundaryLineLayer(sourceId: string, level: 'fine' | 'coarse', highContrast = false): LineLayerSpecification {
  const base = (level === 'coarse' ? 1.1 : 0.4) * (highContrast ? 1.8 : 1);
  return {
    id: `${sourceId}-line`,
    type: 'line',
    source: sourceId,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': highContrast ? '#000000' : level === 'coarse' ? '#1f2933' : '#3e4c59',
      'line-width': ['interpolate', ['linear'], ['zoom'], 8, base, 12, base * 1.6, 16, base * 2.6],
      // Fine boundaries (LSOAs) fade out at national zooms, where thousands of outlines would hide the fill.
      'line-opacity': highContrast || level === 'coarse' ? (highContrast ? 1 : 0.9) : ['interpolate', ['linear'], ['zoom'], 6, 0.15, 9, 0.5, 11, 0.9],
    },
  };
}

/** Outline of the selected area (filter on areaCode). */
export function buildSelectionLayer(sourceId: string, areaCode: string | null): LineLayerSpecification {
  return {
    id: `${sourceId}-selected`,
    type: 'line',
    source: sourceId,
    filter: ['==', ['get', 'areaCode'], areaCode ?? '\u0000none'],
    paint: { 'line-color': '#000000', 'line-width': 3.5 },
  };
}

/**
 * Heavy outline of flagged areas (filter on areaCode; none = draws nothing): dashed purple for rapid
 * change, solid black-and-red for a Community Impact Assessment required.
 */
export function buildFlaggedLayer(sourceId: string, areaCodes: string[], kind: 'rapid-change' | 'impact-assessment' = 'rapid-change'): LineLayerSpecification {
  return {
    id: `${sourceId}-${kind}`,
    type: 'line',
    source: sourceId,
    filter: ['in', ['get', 'areaCode'], ['literal', areaCodes]],
    paint: kind === 'rapid-change'
      ? { 'line-color': FLAGGED_STYLES['rapid-change'].color, 'line-width': 3, 'line-dasharray': [2, 1] }
      : { 'line-color': FLAGGED_STYLES['impact-assessment'].color, 'line-width': 4 },
  };
}
