/**
 * `atlas join --boundaries FILE... --incidents FILE... [--population FILE[:COLUMN]] [--by month|week]
 * [--out FILE.csv] [--json]`: joins incident points to boundary areas by point-in-polygon and reports counts
 * (and rates per 1,000 residents) per area, period and category, points outside the loaded areas, rejected
 * rows and agreement with the file's own area codes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PeriodKind } from '../../analysis/periods';
import { buildAreaDataset } from '../../data/area-dataset';
import { importBoundaryFiles } from '../../data/importers';
import { loadIncidentFiles } from '../../data/load-incidents';
import type { AreaDataset, IncidentDateRange, InputFile } from '../../types';
import type { CommandOutput } from './inspect';
import { buildJoinReport, joinReportCsv, type JoinReport } from './join-report';
import { populationFromTable, splitPopulationArgument, type TablePopulation } from './join-population';
import { loadTableFiles } from '../../data/load-tables';
import { describeImportError, formatRejectedRows } from '../problem-words';

const USAGE = `Usage: atlas join --boundaries FILE... --incidents FILE... [--population FILE[:COLUMN]]
                  [--by month|week] [--years FROM-TO] [--out FILE.csv] [--no-suppression] [--json]

Joins incident points (police.uk CSVs, other CSVs, GeoJSON points) to the areas of the boundary files
by point-in-polygon, then counts incidents per area, per period and per category.

  --boundaries FILE...  boundary files (GeoJSON, TopoJSON, shapefile parts, .zip); all areas are used
  --incidents FILE...   incident files, read as one dataset
  --population FILE[:COLUMN]
                        residents per area code from a table (e.g. Census 2021 TS001), for rates per
                        1,000; the column is found on its header ("…: Total; measures: Value", "All
                        usual residents", "Population"…) unless named after a colon. Without it, a
                        population column of the boundaries is used when there is one
  --by month|week       periods: calendar months (default) or ISO weeks starting on Monday
  --years FROM-TO       years an incident may be dated in, e.g. 2015-2023; rows dated outside are
                        rejected as such (default 1990 to next year)
  --out FILE.csv        write areaCode, areaName, count, rate per 1,000 (with a population column)
                        and one column per period. Small numbers are suppressed: counts of 1 to 4
                        are written "<5", and the cells that would give them back by subtraction
                        (from the area's count or the total of all areas), and rates from withheld
                        counts, "[c]"
  --no-suppression      write every count as it is (for your own use only: never share that file)
  --json                print one JSON object and nothing else on stdout
`;

interface JoinArguments {
  boundaries: string[];
  incidents: string[];
  by: PeriodKind;
  out: string | null;
  population: string | null;
  json: boolean;
  suppress: boolean;
  years: IncidentDateRange | null;
}

/** "2015-2023" as a year range; null when malformed or backwards. */
export function parseYears(value: string): IncidentDateRange | null {
  const match = /^(\d{4})-(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [fromYear, toYear] = [Number(match[1]), Number(match[2])];
  return fromYear <= toYear ? { fromYear, toYear } : null;
}

/** Parses the arguments after `join`; a string is the usage error to print. */
function parseArguments(args: string[]): JoinArguments | string {
  const parsed: JoinArguments = { boundaries: [], incidents: [], by: 'month', out: null, population: null, json: false, suppress: true, years: null };
  let list: string[] | null = null;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg === '--boundaries') list = parsed.boundaries;
    else if (arg === '--incidents') list = parsed.incidents;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--no-suppression') parsed.suppress = false;
    else if (arg === '--by' || arg === '--out' || arg === '--population' || arg === '--years') {
      const value = args[k + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--out') parsed.out = value;
      else if (arg === '--population') parsed.population = value;
      else if (arg === '--years') {
        const years = parseYears(value);
        if (!years) return `--years must be FROM-TO with FROM no later than TO, e.g. 2015-2023, not "${value}"`;
        parsed.years = years;
      }
      else if (value === 'month' || value === 'week') parsed.by = value;
      else return `--by must be month or week, not "${value}"`;
      k += 1;
      list = null;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (list === null) return `"${arg}" is not after --boundaries or --incidents`;
    else list.push(arg);
  }
  if (parsed.boundaries.length === 0 || parsed.incidents.length === 0) return 'give at least one --boundaries file and one --incidents file';
  return parsed;
}

/** Reads the files by path, named by their base name (importers detect formats from it). */
function readFiles(paths: string[]): InputFile[] | string {
  const files: InputFile[] = [];
  for (const path of paths) {
    try {
      const buffer = readFileSync(path);
      files.push({ name: basename(path), bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer });
    } catch (caught) {
      return `${path} cannot be read (${(caught as NodeJS.ErrnoException).code ?? String(caught)}): expected a path to a file.`;
    }
  }
  return files;
}


async function loadAreas(files: InputFile[]): Promise<AreaDataset[] | string> {
  const datasets: AreaDataset[] = [];
  for (const [index, parsed] of (await importBoundaryFiles(files)).entries()) {
    if (!parsed.ok) return describeImportError(parsed.error);
    const built = buildAreaDataset(parsed.value, { id: `boundaries-${index + 1}`, label: parsed.value.files[0] ?? 'boundaries' });
    if (!built.ok) return describeImportError(built.error);
    datasets.push(built.value);
  }
  return datasets;
}

/** Reads the `--population` table and picks its column; a string is the error to print. */
async function loadPopulation(argument: string): Promise<TablePopulation | string> {
  const { path, column } = splitPopulationArgument(argument);
  const files = readFiles([path]);
  if (typeof files === 'string') return files;
  const table = await loadTableFiles(files, { id: 'population' });
  if (!table.ok) return describeImportError(table.error);
  return populationFromTable(table.value, column, files[0].name);
}

const formatCount = (value: number) => value.toLocaleString('en-GB');

/** The readable summary: totals, agreement and the ten areas with most incidents. */
export function formatJoinReport(report: JoinReport): string {
  const lines = [
    `${formatCount(report.points)} incidents: ${formatCount(report.matched)} in ${formatCount(report.areas.filter((area) => area.count > 0).length)} of ${formatCount(report.areas.length)} areas, ${formatCount(report.outside)} outside the loaded areas; ${formatCount(report.rejected)} rows rejected on import`,
    `periods: ${report.periods.length === 0 ? 'none' : `${report.periods[0]} to ${report.periods[report.periods.length - 1]} (${report.periods.length})`}`,
  ];
  for (const rows of report.rejectedRows) lines.push(`rejected ${formatRejectedRows(rows)}`);
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  const agreement = report.agreement;
  if (agreement) {
    const share = agreement.agreeShare === null ? '—' : `${(agreement.agreeShare * 100).toFixed(1)}%`;
    lines.push(`agreement with "${agreement.field}": ${share} (${formatCount(agreement.agree)} agree, ${formatCount(agreement.disagree)} name another loaded area, ${formatCount(agreement.fileCodeNotLoaded)} name an area not loaded, ${formatCount(agreement.noFileCode)} without a code)`);
  }
  if (report.populationField !== null) {
    const known = report.areas.filter((area) => area.rate !== null && area.rate !== undefined).length;
    lines.push(`rates per 1,000 residents from "${report.populationField}": ${formatCount(known)} of ${formatCount(report.areas.length)} areas`);
  }
  const top = [...report.areas].sort((a, b) => b.count - a.count).slice(0, 10).filter((area) => area.count > 0);
  if (top.length > 0) lines.push('most incidents:', ...top.map((area) => `  ${area.areaCode.padEnd(10)} ${String(area.count).padStart(7)}  ${area.areaName}`));
  return `${lines.join('\n')}\n`;
}

/** What the CSV written with --out withholds, said on stderr so that --json stays one object on stdout. */
function describeSuppression(path: string, suppress: boolean, csv: { withheld: number; unprotected: number }): string {
  if (!suppress) return `${path}: written without small-number suppression (--no-suppression); do not share it`;
  const exposed = csv.unprotected ? `; ${formatCount(csv.unprotected)} of them can still be worked out from totals shown elsewhere` : '';
  return `${path}: ${formatCount(csv.withheld)} cells withheld (counts of 1 to 4 as "<5", cells that would give them back as "[c]")${exposed}`;
}

/** Runs `join` with its arguments (after the command name); returns the process exit code. */
export async function runJoin(args: string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.stdout(USAGE);
    return 0;
  }
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    output.stderr(`atlas join: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const boundaryFiles = readFiles(parsed.boundaries);
  const incidentFiles = readFiles(parsed.incidents);
  const areas = typeof boundaryFiles === 'string' ? boundaryFiles : await loadAreas(boundaryFiles);
  if (typeof areas === 'string' || typeof incidentFiles === 'string') {
    output.stderr(`atlas join: ${typeof areas === 'string' ? areas : incidentFiles}\n`);
    return 1;
  }
  const incidents = await loadIncidentFiles(incidentFiles, { id: 'incidents', ...(parsed.years ? { dateRange: parsed.years } : {}) });
  if (!incidents.ok) {
    output.stderr(`atlas join: ${describeImportError(incidents.error)}\n`);
    return 1;
  }
  const population = parsed.population === null ? null : await loadPopulation(parsed.population);
  if (typeof population === 'string') {
    output.stderr(`atlas join: ${population}\n`);
    return 1;
  }
  const report = buildJoinReport(areas, incidents.value, parsed.by, population);
  if (parsed.out !== null) {
    const csv = joinReportCsv(report, parsed.suppress);
    writeFileSync(parsed.out, csv.text);
    output.stderr(`${describeSuppression(parsed.out, parsed.suppress, csv)}\n`);
  }
  output.stdout(parsed.json ? `${JSON.stringify(report)}\n` : formatJoinReport(report));
  return 0;
}

/** The `join` subcommand as `atlas.ts` registers it. */
export const joinCommand = {
  name: 'join',
  summary: 'join incident points to boundary areas and count them per area, period and category',
  run: runJoin,
};
