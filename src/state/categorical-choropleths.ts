/**
 * Choropleths that are not numeric classes of a value: a refused field (no data everywhere, with the reason),
 * tension levels and yes/no fields as named categories, and the test for a timeline window that lies outside
 * an incident dataset's own months.
 */
import type { AreaDataset, ClassificationOptions, IncidentDataset, TensionScale } from '../types';
import type { FieldProblem } from '../types/field';
import { classifyCategorical, YES_NO_DOMAIN } from '../analysis/classify-categorical';
import { classColors, NO_DATA_COLOR } from '../analysis/palettes';
import { eepEquivalent, hasMixedScales } from '../analysis/tension/scale-correspondence';
import { windowRange, type TimeWindow } from '../analysis/timeline-window';
import type { Choropleth } from './choropleth-model';
import type { AreaTension } from './tension-derived';
import { incidentTimeRange, type TimelinePeriods } from './timeline-derived';

const nullCache = new WeakMap<AreaDataset, ReadonlyArray<null>>();

/** No value for any area of the layer (one array per layer, so derived caches hold). */
export function noValues(dataset: AreaDataset): ReadonlyArray<null> {
  let values = nullCache.get(dataset);
  if (!values) nullCache.set(dataset, (values = new Array<null>(dataset.features.length).fill(null)));
  return values;
}

/** A field that cannot be drawn: every area is no data, the classification has no classes, the reason is kept. */
export function refusedChoropleth(dataset: AreaDataset, field: string, refusal: FieldProblem): Choropleth {
  return {
    datasetId: dataset.id,
    field,
    refusal,
    values: noValues(dataset),
    classIndexes: new Array<number>(dataset.features.length).fill(-1),
    classification: { method: 'categorical', categories: [], paletteId: '', thresholds: [], bins: [], noDataColor: NO_DATA_COLOR, noDataCount: dataset.features.length, min: 0, max: 0 },
  };
}

const LEVEL_COUNT: Record<TensionScale, number> = { eep: 6, 'four-level': 4 };

/**
 * Tension levels as categories: every level of the scale in order (1 the most alarming), coloured from the
 * layer's palette, named by the catalogue (`tension.level.<scale>.<level>`). The scale is the ratings' own;
 * when areas are rated on both scales, the map is drawn on the EEP categories through the scales'
 * correspondence (scale-correspondence.ts) and the legend says so, so no area is left out.
 */
export function tensionChoropleth(dataset: AreaDataset, field: string, tension: ReadonlyArray<AreaTension>, options: ClassificationOptions): Choropleth {
  const ratings = tension.flatMap((a) => (a.rating ? [a.rating] : []));
  const mixed = hasMixedScales(ratings);
  const scale: TensionScale = mixed ? 'eep' : (ratings[0]?.scale ?? 'eep');
  const levels = LEVEL_COUNT[scale];
  // Level 1 takes the palette's first colour: the tension map's style reverses YlOrRd so it is the darkest red.
  const colors = classColors(options.paletteId, levels, options.reversed);
  const domain = Array.from({ length: levels }, (_, i) => ({ value: i + 1, color: colors[i], label: { key: `tension.level.${scale}.${i + 1}` } }));
  const values = tension.map((a) => (!a.rating ? null : mixed ? eepEquivalent(a.rating) : a.rating.level));
  const { classification, classIndexes } = classifyCategorical(values, domain, options.paletteId);
  return { datasetId: dataset.id, field, values, classIndexes, classification, ...(mixed ? { note: { key: 'tension.mixedScalesLegend' } } : {}) };
}

/** A field of 0s and 1s as "Yes" and "No", never as the numeric classes "0.0 – 0.5 / 0.5 – 1.0". */
export function yesNoChoropleth(dataset: AreaDataset, field: string, values: ReadonlyArray<number | null>): Choropleth {
  const { classification, classIndexes } = classifyCategorical(values, YES_NO_DOMAIN, 'yes-no');
  return { datasetId: dataset.id, field, values, classIndexes, classification };
}

/** True when the timeline window ending at `step` shares at least one moment with the dataset's own dates. */
export function windowOverlapsData(periods: TimelinePeriods, window: TimeWindow, step: number, dataset: IncidentDataset): boolean {
  const [from, to] = windowRange(window, step);
  const [min, max] = incidentTimeRange(dataset);
  return min < periods.boundsMs[to + 1] && max >= periods.boundsMs[from];
}
