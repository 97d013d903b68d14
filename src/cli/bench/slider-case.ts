/**
 * The data work of one time-slider step (issue 5): the window's value per area from per-period counts
 * computed once, each area's class under fixed breaks, and the codes grouped by class for the paint
 * expression. Synthetic: 35,000 areas × 34 monthly periods of seeded counts.
 */
import { classify, classIndexOf } from '../../analysis/classify';
import { groupCodesByClass } from '../../analysis/class-groups';
import { pooledWindowValues, windowValues, type TimeWindow } from '../../analysis/timeline-window';
import { createRandom } from '../example/random';

export interface SliderCaseResult {
  areas: number;
  periods: number;
  window: TimeWindow['kind'];
  classifyAllMs: number;
  stepMedianMs: number;
  stepMaxMs: number;
  steps: number;
}

/** Times every step of a playback through all periods; the one-off fixed classification is reported apart. */
export function runSliderCase(areaCount = 35_000, periodCount = 34, window: TimeWindow = { kind: 'single' }): SliderCaseResult {
  const random = createRandom(11);
  const counts = new Float64Array(areaCount * periodCount);
  for (let i = 0; i < counts.length; i++) counts[i] = Math.floor(-Math.log(1 - random()) * 4);
  const table = { areaCount, periodCount, counts };
  const codes = Array.from({ length: areaCount }, (_, i) => `E01${String(i).padStart(6, '0')}`);
  const started = performance.now();
  const classification = classify(Array.from(pooledWindowValues(table, window)), { method: 'quantile', classCount: 5, paletteId: 'YlOrRd' });
  const classifyAllMs = performance.now() - started;
  const values = new Float64Array(areaCount);
  const classes = new Int8Array(areaCount);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (let step = 0; step < periodCount; step++) {
      const t0 = performance.now();
      windowValues(table, window, step, values);
      for (let i = 0; i < areaCount; i++) classes[i] = classIndexOf(classification, values[i]);
      groupCodesByClass(codes, classes, classification.bins.length);
      if (round > 0) times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return { areas: areaCount, periods: periodCount, window: window.kind, classifyAllMs: round2(classifyAllMs), stepMedianMs: round2(times[Math.floor(times.length / 2)]), stepMaxMs: round2(times[times.length - 1]), steps: times.length };
}
