/** Trend arrows of the tension map (▲ raised, ▼ falling, ► static), drawn at each area's label point. */
import { TextLayer } from '@deck.gl/layers';
import type { TensionTrend } from '../../types';
import type { AreaLabel } from './boundary-source';

const ARROWS: Record<TensionTrend, { text: string; color: [number, number, number, number] }> = {
  raised: { text: '▲', color: [165, 0, 38, 255] },
  falling: { text: '▼', color: [26, 120, 60, 255] },
  static: { text: '►', color: [60, 60, 60, 255] },
};

export interface ArrowInputs {
  id: string;
  anchors: AreaLabel[];
  trends: ReadonlyArray<TensionTrend | null>;
}

/** A TextLayer with one arrow per area that has a trend (a first assessment has none). */
export function buildTensionArrowLayer(inputs: ArrowInputs): TextLayer<number> {
  const indexes = inputs.trends.flatMap((trend, i) => (trend ? [i] : []));
  return new TextLayer<number>({
    id: inputs.id,
    data: indexes,
    getPosition: (i: number) => inputs.anchors[i].position,
    getText: (i: number) => ARROWS[inputs.trends[i]!].text,
    getColor: (i: number) => ARROWS[inputs.trends[i]!].color,
    getSize: 22,
    characterSet: ['▲', '▼', '►'],
    fontFamily: '"DejaVu Sans", "Liberation Sans", Arial, sans-serif',
    fontSettings: { sdf: true, fontSize: 64, buffer: 8 },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 240],
    getPixelOffset: [0, -14],
    updateTriggers: { getText: [inputs.trends], getColor: [inputs.trends] },
  });
}
