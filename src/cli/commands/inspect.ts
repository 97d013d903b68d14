/**
 * `atlas inspect FILE... [--json]`: reports what each boundary, point or table file holds (format, kind,
 * count, CRS, WGS84 extent, code and name columns, warnings, errors). Exit code 1 when any dataset has errors.
 */
import { inspectFiles, type InspectedDataset } from '../../data/inspect';
import { describeImportError, describeImportWarning, describeRejectedRows, formatRejectedRows, type PrintedRejection } from '../problem-words';
import { parseCommandLine } from '../arguments';
import type { CommandOutput } from '../command-output';
import { INSPECT_USAGE } from '../command-usage';
import { countedWord } from '../counted-words';
import { EXIT } from '../exit-codes';
import { readInputPaths } from '../input-paths';

/** A dataset as `inspect` prints it: its problems worded in English (the CLI reads English). */
export type PrintedDataset = Omit<InspectedDataset, 'warnings' | 'errors' | 'rejectedRows'> & { warnings: string[]; errors: string[]; rejectedRows?: PrintedRejection[] };

function printed(dataset: InspectedDataset): PrintedDataset {
  const { rejectedRows, ...rest } = dataset;
  return {
    ...rest,
    warnings: dataset.warnings.map(describeImportWarning),
    errors: dataset.errors.map(describeImportError),
    ...(rejectedRows && { rejectedRows: describeRejectedRows(rejectedRows) }),
  };
}

/** A path that could not be read, reported as a dataset with one error (so `--json` lists it too). */
function unreadableDataset(path: string, problem: string): PrintedDataset {
  return { file: path, format: 'unknown', kind: 'unknown', features: 0, crs: null, bboxWgs84: null, codeField: null, nameField: null, warnings: [], errors: [problem] };
}

function formatBbox(bbox: InspectedDataset['bboxWgs84']): string {
  if (!bbox) return '—';
  const [minLng, minLat, maxLng, maxLat] = bbox.map((value) => value.toFixed(4));
  return `lng ${minLng} to ${maxLng}, lat ${minLat} to ${maxLat}`;
}

const NOUNS: Record<InspectedDataset['kind'], [string, string]> = { areas: ['area', 'areas'], points: ['point', 'points'], table: ['row', 'rows'], unknown: ['feature', 'features'] };

/** The human-readable report for one dataset. */
export function formatInspectedDataset(dataset: PrintedDataset): string {
  const lines = [
    `${dataset.file}`,
    `  format       ${dataset.format}, ${dataset.kind === 'unknown' ? 'not readable' : countedWord(dataset.features, ...NOUNS[dataset.kind])}`,
  ];
  if (dataset.kind !== 'table' && dataset.kind !== 'unknown') {
    lines.push(`  crs          ${dataset.crs ?? '—'}`, `  extent       ${formatBbox(dataset.bboxWgs84)}`);
  }
  if (dataset.kind !== 'unknown') {
    lines.push(`  code field   ${dataset.codeField ?? '(none detected)'}`, `  name field   ${dataset.nameField ?? '(none detected)'}`);
  }
  for (const rows of dataset.rejectedRows ?? []) lines.push(`  rejected     ${formatRejectedRows(rows)}`);
  for (const warning of dataset.warnings) lines.push(`  warning      ${warning}`);
  for (const error of dataset.errors) lines.push(`  ERROR        ${error}`);
  return lines.join('\n');
}

/** Runs `inspect` with its arguments (after the command name); returns the process exit code. */
export async function runInspect(args: string[], output: CommandOutput): Promise<number> {
  const parsed = parseCommandLine(args, { json: { type: 'boolean' } }, { allowPositionals: true });
  if (!parsed.ok || parsed.positionals.length === 0) {
    output.stderr(parsed.ok ? INSPECT_USAGE : `atlas inspect: ${parsed.problem}\n\n${INSPECT_USAGE}`);
    return EXIT.usage;
  }
  // Zips are left to inspectFiles, which reports each dataset inside them.
  const { files, unreadable } = readInputPaths(parsed.positionals, { names: 'path', expandZips: false });
  const { datasets } = await inspectFiles(files);
  const all = [...datasets.map(printed), ...unreadable.map(({ path, problem }) => unreadableDataset(path, problem))];
  if (parsed.values.json) {
    output.stdout(`${JSON.stringify({ datasets: all })}\n`);
  } else {
    const withErrors = all.filter((dataset) => dataset.errors.length > 0).length;
    output.stdout(`${all.map(formatInspectedDataset).join('\n\n')}\n\n${countedWord(all.length, 'dataset', 'datasets')}, ${withErrors} with errors\n`);
  }
  return all.some((dataset) => dataset.errors.length > 0) ? EXIT.dataProblem : EXIT.ok;
}
