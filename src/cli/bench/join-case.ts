/**
 * One benchmark case: our polygon index and join against the turf baseline on the same generated points,
 * with the timings, their ratio and an exact comparison of the two joins' counts.
 */
import { loadavg } from 'node:os';
import { countIncidents } from '../../analysis/incident-counts';
import { assignPeriods } from '../../analysis/periods';
import { buildPolygonIndex } from '../../geo/polygon-index';
import { locatePointsCounted } from '../../geo/polygon-index-locate';
import type { AreaGeometry, BBox } from '../../types';
import { createRandom } from '../example/random';
import { buildBaselineIndex, locateWithBaseline } from './baseline';
import { generateBenchPoints } from './points';

/** How to run a case. */
export interface JoinCaseOptions {
  points: number;
  repetitions: number;
  baselineRepetitions: number;
  seed: number;
  log: (message: string) => void;
}

/** What one case prints (times in ms, medians over the repetitions). */
export interface JoinCaseResult {
  points: number;
  areas: number;
  vertices: number;
  distinctLocations: number;
  buildMs: number;
  joinMs: number;
  totalMs: number;
  bestTotalMs: number;
  pointsPerSec: number;
  baselineMs: number;
  ratio: number;
  /** The same measured in process CPU time, which other programs on a busy machine disturb less. */
  cpuTotalMs: number;
  baselineCpuMs: number;
  cpuRatio: number;
  /** One-minute load average when the case finished: above the core count, wall times stretch. */
  loadAverage: number;
  countsAgree: boolean;
  pointsDiffering: number;
  matched: number;
  outside: number;
  outsidePlaced: number;
  /** Bucketing the points' times into months, once per dataset. */
  periodsMs: number;
  /** Re-counting per area, area × category and area × month after a filter change (median of 9). */
  recountMs: number;
  peakRssMb: number;
  repetitions: number;
  baselineRepetitions: number;
  note: string;
}

const NOTE = 'Times exclude reading the boundary file and a warm-up on 20,000 points. buildMs+joinMs = totalMs, medians of the repetitions; baselineMs (tree build + join) is the median of its own. '
  + 'pointsPerSec = points / joinMs; ratio = baselineMs / totalMs; cpu* are process CPU times (all threads, so the concurrent garbage collector counts too). Both joins give overlaps to the lowest area index; '
  + 'ours puts a point exactly on an edge in the area on its +lng (+lat) side, turf in every area touching it, '
  + 'so counts could differ only for points exactly on an edge, which these random points are not.';

/** Points located by each join before timing starts. */
const WARM_UP_POINTS = 20_000;

/** CPU time used by this process so far (all its threads, GC included), in ms. */
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function countPerArea(areaIndex: Int32Array, areaCount: number): Uint32Array {
  const counts = new Uint32Array(areaCount + 1);
  for (let i = 0; i < areaIndex.length; i++) counts[areaIndex[i] + 1]++;
  return counts;
}

/**
 * Times what a filter change costs after the join: 14 categories and 34 months of random incident data
 * on the joined points, filtered to 10 categories and a 12-month window.
 */
function timeRecount(areaIndex: Int32Array, areaCount: number, seed: number): { periodsMs: number; recountMs: number } {
  const random = createRandom(seed);
  const categoryIndex = Uint16Array.from(areaIndex, () => Math.floor(random() * 14));
  const timeMs = Float64Array.from(areaIndex, () => Date.UTC(2020, Math.floor(random() * 34), 1));
  const started = performance.now();
  const periods = assignPeriods(timeMs, 'month');
  const periodsMs = performance.now() - started;
  const shape = { areaCount, categoryCount: 14, periodCount: periods.keys.length };
  const filter = { categories: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], fromMs: Date.UTC(2021, 0, 1), toMs: Date.UTC(2022, 0, 1) };
  const times = Array.from({ length: 9 }, () => {
    const start = performance.now();
    countIncidents({ areaIndex, categoryIndex, timeMs, periodIndex: periods.periodIndex }, shape, filter);
    return performance.now() - start;
  });
  return { periodsMs, recountMs: median(times) };
}

/** Runs our join and the baseline, each its number of repetitions, on the same seeded points. */
export function runJoinCase(geometries: AreaGeometry[], bbox: BBox, options: JoinCaseOptions): JoinCaseResult {
  options.log(`generating ${options.points.toLocaleString('en-GB')} points in ${geometries.length.toLocaleString('en-GB')} areas`);
  const points = generateBenchPoints(geometries, bbox, { count: options.points, seed: options.seed, locationsPerPoint: 0.25, outsideShare: 0.02 });
  const buildTimes: number[] = [];
  const joinTimes: number[] = [];
  let ours: Int32Array = new Int32Array(0);
  let lookups = 0;
  let vertices = 0;
  // One untimed run first so both joins are timed with optimised (JIT-compiled) code.
  locatePointsCounted(buildPolygonIndex(geometries), points.lng.subarray(0, WARM_UP_POINTS), points.lat.subarray(0, WARM_UP_POINTS));
  const cpuTimes: number[] = [];
  for (let run = 0; run < options.repetitions; run++) {
    const cpuStarted = cpuMs();
    const started = performance.now();
    const index = buildPolygonIndex(geometries);
    const built = performance.now();
    const located = locatePointsCounted(index, points.lng, points.lat);
    const finished = performance.now();
    cpuTimes.push(cpuMs() - cpuStarted);
    buildTimes.push(built - started);
    joinTimes.push(finished - built);
    ours = located.areaIndex;
    lookups = located.lookups;
    vertices = index.coords.length / 2;
    options.log(`run ${run + 1}: build ${round(built - started)} ms, join ${round(finished - built)} ms`);
  }
  options.log('baseline: flatbush + turf booleanPointInPolygon');
  locateWithBaseline(buildBaselineIndex(geometries), points.lng.subarray(0, WARM_UP_POINTS), points.lat.subarray(0, WARM_UP_POINTS));
  const baselineTimes: number[] = [];
  const baselineCpuTimes: number[] = [];
  let baseline: Int32Array = new Int32Array(0);
  for (let run = 0; run < options.baselineRepetitions; run++) {
    const cpuStarted = cpuMs();
    const started = performance.now();
    baseline = locateWithBaseline(buildBaselineIndex(geometries), points.lng, points.lat);
    baselineTimes.push(performance.now() - started);
    baselineCpuTimes.push(cpuMs() - cpuStarted);
    options.log(`baseline run ${run + 1}: ${round(performance.now() - started)} ms`);
  }
  let pointsDiffering = 0;
  for (let i = 0; i < ours.length; i++) if (ours[i] !== baseline[i]) pointsDiffering += 1;
  const ourCounts = countPerArea(ours, geometries.length);
  const baselineCounts = countPerArea(baseline, geometries.length);
  const buildMs = median(buildTimes);
  const joinMs = median(joinTimes);
  const totalMs = buildMs + joinMs;
  const baselineMs = median(baselineTimes);
  const recount = timeRecount(ours, geometries.length, options.seed);
  return {
    points: options.points,
    areas: geometries.length,
    vertices,
    distinctLocations: lookups,
    buildMs: round(buildMs),
    joinMs: round(joinMs),
    totalMs: round(totalMs),
    bestTotalMs: round(Math.min(...buildTimes.map((time, run) => time + joinTimes[run]))),
    pointsPerSec: Math.round(options.points / (joinMs / 1000)),
    baselineMs: round(baselineMs),
    ratio: round(baselineMs / totalMs, 2),
    cpuTotalMs: round(median(cpuTimes)),
    baselineCpuMs: round(median(baselineCpuTimes)),
    cpuRatio: round(median(baselineCpuTimes) / median(cpuTimes), 2),
    loadAverage: round(loadavg()[0], 2),
    countsAgree: ourCounts.every((count, slot) => count === baselineCounts[slot]),
    pointsDiffering,
    matched: options.points - ourCounts[0],
    outside: ourCounts[0],
    outsidePlaced: points.outsideCount,
    periodsMs: round(recount.periodsMs),
    recountMs: round(recount.recountMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    repetitions: options.repetitions,
    baselineRepetitions: options.baselineRepetitions,
    note: NOTE,
  };
}
