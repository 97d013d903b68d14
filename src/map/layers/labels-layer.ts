/**
 * Area name labels drawn by deck.gl's TextLayer (MapLibre symbol layers would need remote glyphs; deck
 * renders text from the browser's own fonts, so labels work offline and appear in exports).
 */
import { TextLayer } from '@deck.gl/layers';
import type { AreaLabel } from './boundary-source';

export interface LabelLayerInputs {
  id: string;
  labels: AreaLabel[];
  visible: boolean;
  sizePx?: number;
}

/** Height of area names in pixels, also what their placement reserves room for. */
export const AREA_LABEL_SIZE_PX = 13;

/** A TextLayer of area names with a white halo, for the zooms at which they fit. */
export function buildAreaLabelLayer(inputs: LabelLayerInputs): TextLayer<AreaLabel> {
  return new TextLayer<AreaLabel>({
    id: inputs.id,
    data: inputs.labels,
    visible: inputs.visible,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: inputs.sizePx ?? AREA_LABEL_SIZE_PX,
    getColor: [20, 24, 30, 255],
    fontFamily: '"Liberation Sans", Arial, Helvetica, sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    parameters: { depthCompare: 'always' },
  });
}

/** Labels show from this zoom: ward-sized areas earlier than LSOA-sized ones. */
export function labelMinZoom(areaCount: number, level: string): number {
  if (level === 'local-authority') return 7;
  if (level === 'ward' || areaCount <= 60) return 11;
  return 13.5;
}
