/**
 * Tension reports and planned events on the map (issue 14): a report at its point (or its area's label point
 * when it names only an area), coloured by the status of the information; a planned event as a diamond.
 */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { InformationStatus, LngLat } from '../../types';

/**
 * Colours by status, away from the yellow–red of tension and deprivation maps so a report reads on any fill:
 * experienced dark blue, evidenced teal, potential purple (also told apart by lightness).
 */
export const REPORT_STATUS_RGB: Readonly<Record<InformationStatus, [number, number, number]>> = {
  experienced: [25, 45, 130],
  evidenced: [0, 135, 140],
  potential: [150, 80, 200],
};

export interface ReportMarker {
  id: string;
  position: LngLat;
  status: InformationStatus;
}

/** One pickable circle per report, outlined so it reads on any fill. */
export function buildReportsLayer(id: string, markers: readonly ReportMarker[]): ScatterplotLayer<ReportMarker> {
  return new ScatterplotLayer<ReportMarker>({
    id,
    data: markers as ReportMarker[],
    getPosition: (marker: ReportMarker) => marker.position,
    getFillColor: (marker: ReportMarker) => [...REPORT_STATUS_RGB[marker.status], 235],
    getLineColor: [255, 255, 255, 255],
    lineWidthMinPixels: 2,
    stroked: true,
    radiusUnits: 'pixels',
    getRadius: 7,
    pickable: true,
    updateTriggers: { getFillColor: [markers] },
  });
}

/** One diamond per planned event. */
export function buildEventsLayer(id: string, positions: readonly LngLat[]): TextLayer<LngLat> {
  return new TextLayer<LngLat>({
    id,
    data: positions as LngLat[],
    getPosition: (position: LngLat) => position,
    getText: () => '◆',
    getColor: [20, 20, 20, 255],
    getSize: 22,
    characterSet: ['◆'],
    fontFamily: '"DejaVu Sans", "Liberation Sans", Arial, sans-serif',
    fontSettings: { sdf: true, fontSize: 64, buffer: 8 },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 240],
  });
}
