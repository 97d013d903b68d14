/**
 * Outlines of the areas of open Community Impact Assessments (issue 17), coloured by the assessment's risk
 * level and dotted so they stay distinct from the solid black "assessment required" outline. No text: an
 * assessment's words never reach the map, so presenting shows nothing sensitive.
 */
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { ASSESSMENT_OUTLINE_COLORS } from '../../analysis/overlay-styles';
import type { OutlineLevel } from '../../analysis/cia/assessment-outlines';

/** The outline layer for a dataset's source; no outlines draws nothing. */
export function buildAssessmentOutlineLayer(sourceId: string, outlines: { areaCode: string; level: OutlineLevel }[]): LineLayerSpecification {
  const levels = (['high', 'medium', 'low', 'unscored'] as const).filter((level) => outlines.some((o) => o.level === level));
  const match: unknown[] = ['match', ['get', 'areaCode']];
  for (const level of levels) match.push(outlines.filter((o) => o.level === level).map((o) => o.areaCode), ASSESSMENT_OUTLINE_COLORS[level]);
  match.push(ASSESSMENT_OUTLINE_COLORS.unscored);
  return {
    id: `${sourceId}-assessments`,
    type: 'line',
    source: sourceId,
    filter: ['in', ['get', 'areaCode'], ['literal', outlines.map((o) => o.areaCode)]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': levels.length ? (match as unknown as ExpressionSpecification) : ASSESSMENT_OUTLINE_COLORS.unscored,
      'line-width': 3,
      'line-dasharray': [0.5, 1.5],
      'line-offset': 2,
    },
  };
}
