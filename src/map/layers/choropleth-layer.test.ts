import { describe, expect, it } from 'vitest';
import type { Classification } from '../../types';
import { buildChoroplethLayer, buildFillColor } from './choropleth-layer';
import { deepFreeze } from '../../../test/helpers/freeze';

const classification: Classification = deepFreeze({
  method: 'quantile', paletteId: 'Blues', thresholds: [10, 20], noDataColor: '#d9d9d9', noDataCount: 1, min: 1, max: 30,
  bins: [
    { lower: 1, upper: 10, color: '#aaaaaa', count: 2 },
    { lower: 10, upper: 20, color: '#bbbbbb', count: 0 },
    { lower: 20, upper: 30, color: '#cccccc', count: 1 },
  ],
});

describe('choropleth layer builder', () => {
  it('groups area codes by class, skipping empty classes, with the no-data colour as fallback', () => {
    const color = buildFillColor({ areaCodes: ['A', 'B', 'C', 'D'], classIndexes: [0, 2, -1, 0], classification });
    expect(color).toEqual(['match', ['get', 'areaCode'], ['A', 'D'], '#aaaaaa', ['B'], '#cccccc', '#d9d9d9']);
  });

  it('paints everything no-data when no area has a value', () => {
    expect(buildFillColor({ areaCodes: ['A'], classIndexes: [-1], classification })).toBe('#d9d9d9');
  });

  it('builds a fill layer on the dataset source with the given opacity', () => {
    const layer = buildChoroplethLayer({ sourceId: 'ds', areaCodes: ['A'], classIndexes: [0], classification, opacity: 0.7 });
    expect(layer).toEqual({
      id: 'ds-fill', type: 'fill', source: 'ds',
      paint: { 'fill-color': ['match', ['get', 'areaCode'], ['A'], '#aaaaaa', '#d9d9d9'], 'fill-opacity': 0.7, 'fill-antialias': false },
    });
  });
});
