/**
 * The national figure beside the district average (issue 16; the guide benchmarks an area against its
 * district and against Wales or England). It is computed from the loaded table itself: the mean over every
 * area the table covers, not only the district's, population-weighted where populations are given for them.
 * The nation is read from the codes of the areas with data (ONS GSS: E… England, W… Wales).
 */
import { districtAverage } from './benchmark';
import { hasValue } from './statistics';

/** What the table's areas with data cover: Wales, England, both, or something else (the table's own areas). */
export type BenchmarkCoverage = 'wales' | 'england' | 'england-and-wales' | 'table';

/** A table-wide average: its value, how many areas it is over, what they cover, and whether it is weighted. */
export interface NationalBenchmark {
  average: number;
  areaCount: number;
  coverage: BenchmarkCoverage;
  weighted: boolean;
}

/** The nation(s) of the codes (those with a value): 'wales', 'england', 'england-and-wales', else 'table'. */
export function codeCoverage(codes: readonly string[], values: ArrayLike<number>): BenchmarkCoverage {
  let english = false;
  let welsh = false;
  for (let i = 0; i < codes.length; i++) {
    if (!hasValue(values[i])) continue;
    const nation = codes[i].charAt(0).toUpperCase();
    if (nation === 'E') english = true;
    else if (nation === 'W') welsh = true;
    else return 'table';
  }
  if (english && welsh) return 'england-and-wales';
  return english ? 'england' : welsh ? 'wales' : 'table';
}

/**
 * The average of `values` over every area of a table (`codes` parallel to them). With `populations`
 * (parallel, NaN unknown) it is population-weighted, unless they are unknown for more than 1 in 20 of the
 * areas with data: a weighted mean over a biased part of the nation would mislead, so the plain mean is given.
 */
export function nationalBenchmark(codes: readonly string[], values: ArrayLike<number>, populations?: ArrayLike<number>): NationalBenchmark {
  const coverage = codeCoverage(codes, values);
  if (populations) {
    let withData = 0;
    let weighted = 0;
    for (let i = 0; i < values.length; i++) {
      if (!hasValue(values[i])) continue;
      withData += 1;
      if (hasValue(populations[i]) && populations[i] >= 0) weighted += 1;
    }
    if (withData > 0 && weighted >= 0.95 * withData) return { ...districtAverage(values, populations), coverage, weighted: true };
  }
  return { ...districtAverage(values), coverage, weighted: false };
}
