/**
 * Natural breaks on a national layer (issue 19): exact Fisher–Jenks thresholds of 35,672 values, once on
 * whole numbers with many ties (LSOA populations, or a seeded stand-in) and once on continuous values
 * (seeded rates, every value distinct). When the `simple-statistics` package can be loaded (it is not a
 * dependency; see `loadCkmeans`), its `ckmeans` runs on the same values as the
 * baseline and the class sizes of both are compared.
 */
import { jenksThresholds } from '../../analysis/classify-jenks';
import { createRandom } from '../example/random';

export interface BreaksCaseResult {
  values: number;
  distinctValues: number;
  classCount: number;
  medianMs: number;
  /** simple-statistics `ckmeans` on the same values, or null when the package is absent. */
  ckmeansMedianMs: number | null;
  /** Whether ckmeans put the same number of values in each class (null when absent). */
  sameClassSizes: boolean | null;
}

type Ckmeans = (values: number[], classCount: number) => number[][];

/**
 * simple-statistics' ckmeans when it can be loaded: from the file SIMPLE_STATISTICS_MODULE names (e.g. its
 * dist/simple-statistics.mjs installed elsewhere), else by package name. The name is not a literal, so
 * nothing ever bundles it.
 */
export async function loadCkmeans(): Promise<Ckmeans | null> {
  const name = process.env.SIMPLE_STATISTICS_MODULE ?? ['simple', 'statistics'].join('-');
  try {
    const module = (await import(/* @vite-ignore */ name)) as { ckmeans?: Ckmeans };
    return module.ckmeans ?? null;
  } catch {
    return null;
  }
}

/** Seeded stand-ins of national size: skewed whole numbers (ties) and continuous rates (no ties). */
export function generateBreaksValues(kind: 'whole' | 'continuous', count = 35_672): number[] {
  const random = createRandom(kind === 'whole' ? 19 : 23);
  return Array.from({ length: count }, () => {
    const skewed = 1000 + 3000 * random() ** 3;
    return kind === 'whole' ? Math.round(skewed) : skewed / 7.31;
  });
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 100) / 100;
}

function classSizes(sorted: readonly number[], thresholds: readonly number[]): number[] {
  const sizes = new Array<number>(thresholds.length + 1).fill(0);
  let c = 0;
  for (const v of sorted) {
    while (c < thresholds.length && v >= thresholds[c]) c++;
    sizes[c]++;
  }
  return sizes;
}

/** Median times of `repetitions` runs of ours (from sorted values, as `classify` calls it) and of ckmeans. */
export function runBreaksCase(values: readonly number[], classCount: number, repetitions: number, ckmeans: Ckmeans | null): BreaksCaseResult {
  const sorted = [...values].sort((a, b) => a - b);
  const ours: number[] = [];
  let thresholds: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const t0 = performance.now();
    thresholds = jenksThresholds(sorted, classCount);
    ours.push(performance.now() - t0);
  }
  let ckmeansMedianMs: number | null = null;
  let sameClassSizes: boolean | null = null;
  if (ckmeans) {
    const theirs: number[] = [];
    let clusters: number[][] = [];
    for (let r = 0; r < repetitions; r++) {
      const input = [...values];
      const t0 = performance.now();
      clusters = ckmeans(input, classCount);
      theirs.push(performance.now() - t0);
    }
    ckmeansMedianMs = median(theirs);
    sameClassSizes = JSON.stringify(clusters.map((cluster) => cluster.length)) === JSON.stringify(classSizes(sorted, thresholds));
  }
  return { values: values.length, distinctValues: new Set(values).size, classCount, medianMs: median(ours), ckmeansMedianMs, sameClassSizes };
}
