/**
 * `atlas inspect FILE... [--json]`: reports what each boundary, point or table file holds (format, kind,
 * count, CRS, WGS84 extent, code and name columns, warnings, errors). Exit code 1 when any dataset has errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../../types';
import { inspectFiles, type InspectedDataset } from '../../data/inspect';
import { describeImportError, describeImportWarning, describeRejectedRows, formatRejectedRows, type PrintedRejection } from '../problem-words';

/** Where a command writes: stdout carries the result (and nothing else with --json), stderr the rest. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage: atlas inspect FILE... [--json]

Reports format, kind (areas, points, table), feature or row count, CRS, WGS84 extent and the detected
area code and name columns of each dataset. Shapefile parts given separately (x.shp x.dbf x.prj) are
read as one dataset; a directory stands for the files in it; .zip files are expanded.

  --json   print one JSON object {"datasets":[...]} and nothing else on stdout
`;

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

function readInputs(paths: string[]): { files: InputFile[]; unreadable: PrintedDataset[] } {
  const files: InputFile[] = [];
  const unreadable: PrintedDataset[] = [];
  const expanded = paths.flatMap((path) => {
    try {
      if (!statSync(path).isDirectory()) return [path];
      return readdirSync(path).filter((name) => !name.startsWith('.')).sort().map((name) => join(path, name));
    } catch {
      return [path];
    }
  });
  for (const path of expanded) {
    try {
      const buffer = readFileSync(path);
      files.push({ name: path, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer });
    } catch (caught) {
      const reason = (caught as NodeJS.ErrnoException).code ?? String(caught);
      unreadable.push({
        file: path, format: 'unknown', kind: 'unknown', features: 0, crs: null, bboxWgs84: null, codeField: null, nameField: null,
        warnings: [], errors: [`${path} cannot be read (${reason}): expected a path to a file or directory.`],
      });
    }
  }
  return { files, unreadable };
}

function formatBbox(bbox: InspectedDataset['bboxWgs84']): string {
  if (!bbox) return '—';
  const [minLng, minLat, maxLng, maxLat] = bbox.map((value) => value.toFixed(4));
  return `lng ${minLng} to ${maxLng}, lat ${minLat} to ${maxLat}`;
}

const NOUNS: Record<InspectedDataset['kind'], string> = { areas: 'areas', points: 'points', table: 'rows', unknown: 'features' };

/** The human-readable report for one dataset. */
export function formatInspectedDataset(dataset: PrintedDataset): string {
  const lines = [
    `${dataset.file}`,
    `  format       ${dataset.format}, ${dataset.kind === 'unknown' ? 'not readable' : `${dataset.features.toLocaleString('en-GB')} ${NOUNS[dataset.kind]}`}`,
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
  const json = args.includes('--json');
  const unknownOption = args.find((arg) => arg.startsWith('-') && arg !== '--json');
  const paths = args.filter((arg) => !arg.startsWith('-'));
  if (args.includes('--help') || args.includes('-h')) {
    output.stdout(USAGE);
    return 0;
  }
  if (unknownOption !== undefined || paths.length === 0) {
    output.stderr(unknownOption !== undefined ? `atlas inspect: unknown option ${unknownOption}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const { files, unreadable } = readInputs(paths);
  const { datasets } = await inspectFiles(files);
  const all = [...datasets.map(printed), ...unreadable];
  if (json) {
    output.stdout(`${JSON.stringify({ datasets: all })}\n`);
  } else {
    const withErrors = all.filter((dataset) => dataset.errors.length > 0).length;
    output.stdout(`${all.map(formatInspectedDataset).join('\n\n')}\n\n${all.length} dataset${all.length === 1 ? '' : 's'}, ${withErrors} with errors\n`);
  }
  return all.some((dataset) => dataset.errors.length > 0) ? 1 : 0;
}

/** The `inspect` subcommand as `atlas.ts` registers it. */
export const inspectCommand = {
  name: 'inspect',
  summary: 'report format, count, CRS, extent and code/name columns of boundary, point and table files',
  run: runInspect,
};
