/** Summary of one side of a boundary band: how many of its areas have a value, and their mean. */

/** Count of areas with a finite value and their mean (null when none has one). */
export interface BandSideSummary {
  areas: number;
  withData: number;
  mean: number | null;
}

/** Summarises `values` (parallel to the dataset's areas) over the band areas of one side. */
export function bandSideSummary(side: ReadonlyArray<{ index: number }>, values: ReadonlyArray<number | null>): BandSideSummary {
  let sum = 0;
  let withData = 0;
  for (const { index } of side) {
    const value = values[index];
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    sum += value;
    withData += 1;
  }
  return { areas: side.length, withData, mean: withData ? sum / withData : null };
}
