import { describe, expect, it } from 'vitest';
import { buildAssessmentOutlineLayer } from './assessment-outline-layer';

describe('buildAssessmentOutlineLayer', () => {
  it('colours each outlined area by its assessment’s risk level', () => {
    expect(buildAssessmentOutlineLayer('example-wards', [{ areaCode: 'X05000001', level: 'low' }, { areaCode: 'X05000002', level: 'high' }, { areaCode: 'X05000010', level: 'high' }])).toEqual({
      id: 'example-wards-assessments',
      type: 'line',
      source: 'example-wards',
      filter: ['in', ['get', 'areaCode'], ['literal', ['X05000001', 'X05000002', 'X05000010']]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['match', ['get', 'areaCode'], ['X05000002', 'X05000010'], '#b2182b', ['X05000001'], '#1b7837', '#52606d'],
        'line-width': 3,
        'line-dasharray': [0.5, 1.5],
        'line-offset': 2,
      },
    });
  });

  it('draws nothing without open assessments', () => {
    const layer = buildAssessmentOutlineLayer('example-wards', []);
    expect([layer.filter, layer.paint?.['line-color']]).toEqual([['in', ['get', 'areaCode'], ['literal', []]], '#52606d']);
  });
});
