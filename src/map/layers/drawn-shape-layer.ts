/**
 * Shapes drawn on the map as assessments' geographies (issue 17): an open assessment's shape outlined in its
 * risk level's colour (the areas it covers are outlined too, dotted), and the shape being drawn, its corners
 * as dots joined by a line. No text: an assessment's words never reach the map.
 */
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { LngLat } from '../../types';
import { ASSESSMENT_OUTLINE_COLORS } from '../../analysis/overlay-styles';
import type { OutlineLevel } from '../../analysis/cia/assessment-outlines';

/** '#rrggbb' as deck.gl's [r, g, b, a]. */
function rgba(hex: string, alpha = 255): [number, number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), alpha];
}

export interface DrawnShape {
  id: string;
  ring: LngLat[];
  level: OutlineLevel;
}

/** The closed outline of each open assessment's drawn shape, in its level's colour. */
export function buildDrawnShapesLayer(id: string, shapes: readonly DrawnShape[]): PathLayer<DrawnShape> {
  return new PathLayer<DrawnShape>({
    id,
    data: shapes as DrawnShape[],
    getPath: (shape: DrawnShape) => [...shape.ring, shape.ring[0]],
    getColor: (shape: DrawnShape) => rgba(ASSESSMENT_OUTLINE_COLORS[shape.level]),
    getWidth: 3,
    widthUnits: 'pixels',
    jointRounded: true,
    capRounded: true,
    updateTriggers: { getColor: [shapes] },
  });
}

/** The shape being drawn: the line through its corners (back to the first once there are three), and the corners. */
export function buildDrawingLayers(id: string, corners: readonly LngLat[]): [PathLayer<LngLat[]>, ScatterplotLayer<LngLat>] {
  const path = corners.length >= 3 ? [...corners, corners[0]] : [...corners];
  return [
    new PathLayer<LngLat[]>({
      id: `${id}-line`,
      data: path.length >= 2 ? [path] : [],
      getPath: (line: LngLat[]) => line,
      getColor: [0, 0, 0, 255],
      getWidth: 2,
      widthUnits: 'pixels',
    }),
    new ScatterplotLayer<LngLat>({
      id: `${id}-corners`,
      data: corners as LngLat[],
      getPosition: (corner: LngLat) => corner,
      getFillColor: [255, 255, 255, 255],
      getLineColor: [0, 0, 0, 255],
      stroked: true,
      lineWidthMinPixels: 2,
      radiusUnits: 'pixels',
      getRadius: 5,
    }),
  ];
}
