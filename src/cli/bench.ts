/**
 * `npm run bench`: the point → area join benchmark of issue 3, the time-slider step of issue 5 and the
 * natural breaks of a national layer and the CLI's `--help` (issue 19). Prints one JSON line per case on stdout
 * (progress goes to stderr): our index build and join times, the turf + flatbush baseline on the same
 * points in the same run, their ratio, and whether both give exactly the same counts per area.
 * Real boundaries come from ../shared/data; when a file is absent a generated tessellation of the same
 * size stands in (the JSON says which; `--generated` forces it). Never run by the unit tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { buildAreaDataset } from '../data/area-dataset';
import { importBoundaryFiles } from '../data/importers';
import type { AreaGeometry, BBox } from '../types';
import { generateBreaksValues, loadCkmeans, runBreaksCase } from './bench/breaks-case';
import { runJoinCase, type JoinCaseResult } from './bench/join-case';
import { runSliderCase } from './bench/slider-case';
import { runHelpCase } from './bench/help-case';
import { BROWSER_CASES, runBrowserCases } from './bench/browser-cases';
import { generateTessellation } from './bench/tessellation';
import { describeImportError } from './problem-words';

const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');

interface BenchAreas {
  source: string;
  geometries: AreaGeometry[];
  bbox: BBox;
}

interface BenchCase {
  name: string;
  points: number;
  /** Timed repetitions of our build + join and of the baseline (medians are reported). */
  repetitions: number;
  baselineRepetitions: number;
  sharedFile: string;
  /** Size and extent of the generated stand-in. */
  fallback: { count: number; bbox: BBox };
}

const CASES: BenchCase[] = [
  {
    name: 'join-100k-x-2.7k',
    points: 100_000,
    repetitions: 15,
    baselineRepetitions: 3,
    sharedFile: 'boundaries/wales/lsoa21_wales_and_border.geojson',
    fallback: { count: 2696, bbox: [-5.67, 51.34, -2.24, 53.43] },
  },
  {
    name: 'join-1M-x-35k',
    points: 1_000_000,
    repetitions: 7,
    baselineRepetitions: 3,
    sharedFile: 'national/lsoa11_england_wales.topojson',
    fallback: { count: 34_753, bbox: [-6.42, 49.86, 1.76, 55.81] },
  },
];

async function loadAreas(benchCase: BenchCase, generated: boolean): Promise<BenchAreas> {
  const path = join(sharedData, benchCase.sharedFile);
  if (generated || !existsSync(path)) {
    const { geometries, bbox } = generateTessellation({ count: benchCase.fallback.count, seed: 7, bbox: benchCase.fallback.bbox });
    return { source: `generated tessellation (${generated ? '--generated' : `${benchCase.sharedFile} absent`})`, geometries, bbox };
  }
  const buffer = readFileSync(path);
  const file = { name: benchCase.sharedFile.split('/').pop() as string, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
  const [parsed] = await importBoundaryFiles([file]);
  if (!parsed.ok) throw new Error(`${file.name}: ${describeImportError(parsed.error)}`);
  const dataset = buildAreaDataset(parsed.value, { id: benchCase.name, label: file.name });
  if (!dataset.ok) throw new Error(`${file.name}: ${describeImportError(dataset.error)}`);
  return { source: benchCase.sharedFile, geometries: dataset.value.features.map((feature) => feature.geometry), bbox: dataset.value.bbox };
}

const POPULATIONS_FILE = 'indicators/census2021-ts001-lsoa.csv';

/** The 35,672 LSOA populations of Census 2021 TS001, or a seeded stand-in of the same size. */
function loadPopulations(generated: boolean): { source: string; values: number[] } {
  const path = join(sharedData, POPULATIONS_FILE);
  if (generated || !existsSync(path)) return { source: 'generated whole numbers', values: generateBreaksValues('whole') };
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
  return { source: POPULATIONS_FILE, values: rows.map((row) => Number(row['Residence type: Total; measures: Value'])) };
}

/** `npm run bench -- [CASE...] [--generated]`: the named cases (default all); generated areas on request. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const generated = args.includes('--generated');
  const only = args.filter((arg) => !arg.startsWith('--'));
  for (const benchCase of CASES.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
    process.stderr.write(`bench: ${benchCase.name}: loading ${generated ? 'generated areas' : benchCase.sharedFile}\n`);
    const areas = await loadAreas(benchCase, generated);
    const result: JoinCaseResult = runJoinCase(areas.geometries, areas.bbox, {
      points: benchCase.points,
      repetitions: benchCase.repetitions,
      baselineRepetitions: benchCase.baselineRepetitions,
      seed: 1,
      log: (message) => process.stderr.write(`bench: ${benchCase.name}: ${message}\n`),
    });
    process.stdout.write(`${JSON.stringify({ case: benchCase.name, areasSource: areas.source, ...result })}\n`);
  }
  if (only.length === 0 || only.includes('slider-step-35k')) {
    for (const window of [{ kind: 'single' }, { kind: 'rolling', size: 3 }, { kind: 'cumulative' }] as const) {
      const result = runSliderCase(35_000, 34, window);
      process.stdout.write(`${JSON.stringify({ case: 'slider-step-35k', ...result, goalMs: 5, meetsGoal: result.stepMedianMs < 5 })}\n`);
    }
  }
  if (only.length === 0 || only.includes('cli-help')) {
    for (const result of runHelpCase()) process.stdout.write(`${JSON.stringify({ case: 'cli-help', ...result })}\n`);
  }
  const browserCases = BROWSER_CASES.filter((name) => only.length === 0 || only.includes(name));
  if (browserCases.length > 0) {
    await runBrowserCases(browserCases, sharedData, (result) => process.stdout.write(`${JSON.stringify(result)}\n`), (message) => process.stderr.write(`bench: ${message}\n`));
  }
  if (only.length === 0 || only.includes('breaks-35k')) {
    const ckmeans = await loadCkmeans();
    const populations = loadPopulations(generated);
    const inputs = [populations, { source: 'generated continuous values', values: generateBreaksValues('continuous') }];
    for (const input of inputs) {
      for (const classCount of [5, 7]) {
        const result = runBreaksCase(input.values, classCount, 9, ckmeans);
        process.stdout.write(`${JSON.stringify({ case: 'breaks-35k', valuesSource: input.source, ...result })}\n`);
      }
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
