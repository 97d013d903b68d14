/**
 * `atlas join --boundaries FILE... --incidents FILE... [--population FILE[:COLUMN]] [--by month|week]
 * [--years FROM-TO] [--out FILE.csv] [--no-suppression] [--json]`: joins incident points to boundary areas by point-in-polygon and reports counts
 * (and rates per 1,000 residents) per area, period and category, points outside the loaded areas, rejected
 * rows and agreement with the file's own area codes.
 */
import { writeFileSync } from 'node:fs';
import { buildAreaDataset } from '../../data/area-dataset';
import { importBoundaryFiles } from '../../data/importers';
import { loadIncidentFiles } from '../../data/load-incidents';
import type { AreaDataset, IncidentDateRange, InputFile, PostcodeLookup } from '../../types';
import { buildJoinReport, joinReportCsv, printedJoinReport, protectJoinCells, type JoinReport } from './join-report';
import { populationFromTable, splitPopulationArgument, type TablePopulation } from './join-population';
import { loadTableFiles } from '../../data/load-tables';
import { loadPostcodeFiles } from '../../data/load-postcodes';
import { describeImportError, formatRejectedRows } from '../problem-words';
import { missingOption, parseCommandLine } from '../arguments';
import type { CommandOutput } from '../command-output';
import { JOIN_USAGE } from '../command-usage';
import { countedWord } from '../counted-words';
import { EXIT } from '../exit-codes';
import { readInputPaths, type ReadPathsOptions } from '../input-paths';
import { EMERGING_RULES, isEmergingRules } from '../../analysis/hotspots/emerging-series';
import { formatJoinHotspots, hotspotsOfJoin } from './join-hotspots';

const OPTIONS = {
  boundaries: { type: 'string', list: true },
  incidents: { type: 'string', list: true },
  postcodes: { type: 'string', list: true },
  population: { type: 'string' },
  by: { type: 'string', choices: ['month', 'week'] },
  years: { type: 'string' },
  out: { type: 'string' },
  'no-suppression': { type: 'boolean' },
  hotspots: { type: 'boolean' },
  'emerging-rules': { type: 'string', choices: EMERGING_RULES },
  fdr: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** "2015-2023" as a year range; null when malformed or backwards. */
export function parseYears(value: string): IncidentDateRange | null {
  const match = /^(\d{4})-(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [fromYear, toYear] = [Number(match[1]), Number(match[2])];
  return fromYear <= toYear ? { fromYear, toYear } : null;
}

/** Reads the files the paths stand for, named by their base name (importers detect formats from it); a string is the problem. */
function readFiles(paths: string[], expandZips: ReadPathsOptions['expandZips'], output?: CommandOutput): InputFile[] | string {
  const { files, unreadable, ignoredInZips } = readInputPaths(paths, { names: 'base', expandZips });
  if (ignoredInZips.length > 0) output?.stderr(`atlas join: not data, passed over: ${ignoredInZips.join(', ')}\n`);
  return unreadable.length > 0 ? unreadable.map((path) => path.problem).join('\n') : files;
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
  const files = readFiles([path], true);
  if (typeof files === 'string') return files;
  const table = await loadTableFiles(files, { id: 'population' });
  if (!table.ok) return describeImportError(table.error);
  return populationFromTable(table.value, column, files[0].name);
}

/** Reads the `--postcodes` lookups; a string is the error to print. */
function loadPostcodes(paths: string[], output: CommandOutput): PostcodeLookup[] | string {
  if (paths.length === 0) return [];
  const files = readFiles(paths, true, output);
  if (typeof files === 'string') return files;
  const lookups = loadPostcodeFiles(files);
  if (!lookups.ok) return describeImportError(lookups.error);
  for (const lookup of lookups.value) {
    const left = lookup.skipped.noPosition + lookup.skipped.badPostcode;
    output.stderr(`postcode lookup ${lookup.files[0]}: ${formatCount(lookup.postcodes.length)} postcodes${left > 0 ? `, ${countedWord(left, 'row', 'rows')} without a grid reference or postcode left out` : ''}\n`);
  }
  return lookups.value;
}

function formatCount(value: number): string {
  return value.toLocaleString('en-GB');
}

/**
 * The readable summary: totals, agreement and the ten areas with most incidents, their counts suppressed
 * as in every output (issue 13) unless `suppress` is false, which the summary then says.
 */
export function formatJoinReport(report: JoinReport, suppress = true): string {
  const lines = [
    `${countedWord(report.points, 'incident', 'incidents')}: ${formatCount(report.matched)} in ${formatCount(report.areas.filter((area) => area.count > 0).length)} of ${countedWord(report.areas.length, 'area', 'areas')}, ${formatCount(report.outside)} outside the loaded areas; ${countedWord(report.rejected, 'row', 'rows')} rejected on import`,
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
  const shown = protectJoinCells(report, suppress).total;
  // Ranked by the counts shown: an area whose count is withheld is left out, so its place gives nothing away.
  const ranked = report.areas.map((area, a) => ({ area, shown: shown[a] })).filter(({ area }) => area.count > 0);
  const top = ranked.filter(({ shown: count }) => typeof count === 'number').sort((a, b) => b.area.count - a.area.count).slice(0, 10);
  if (top.length > 0) lines.push('most incidents:', ...top.map(({ area, shown: count }) => `  ${area.areaCode.padEnd(10)} ${String(count).padStart(7)}  ${area.areaName}`));
  const withheld = ranked.length - ranked.filter(({ shown: count }) => typeof count === 'number').length;
  if (withheld > 0) lines.push(`${countedWord(withheld, 'area', 'areas')} with incidents not ranked: their counts are withheld (small numbers)`);
  if (!suppress) lines.push('counts as they are (--no-suppression): do not share this output');
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
  const parsed = parseCommandLine(args, OPTIONS);
  const missing = parsed.ok && (parsed.values.boundaries.length === 0 ? '--boundaries FILE...' : parsed.values.incidents.length === 0 ? '--incidents FILE...' : null);
  if (!parsed.ok || missing) {
    output.stderr(`atlas join: ${parsed.ok ? missingOption(missing as string) : parsed.problem}\n\n${JOIN_USAGE}`);
    return EXIT.usage;
  }
  const options = parsed.values;
  const years = options.years === undefined ? null : parseYears(options.years);
  if (options.years !== undefined && !years) {
    output.stderr(`atlas join: --years must be FROM-TO with FROM no later than TO, e.g. 2015-2023, not "${options.years}"\n\n${JOIN_USAGE}`);
    return EXIT.usage;
  }
  // Boundary zips are expanded by the boundary importer (which reports what it ignored in them).
  const boundaryFiles = readFiles(options.boundaries, false);
  const incidentFiles = readFiles(options.incidents, true, output);
  const areas = typeof boundaryFiles === 'string' ? boundaryFiles : await loadAreas(boundaryFiles);
  if (typeof areas === 'string' || typeof incidentFiles === 'string') {
    output.stderr(`atlas join: ${typeof areas === 'string' ? areas : incidentFiles}\n`);
    return EXIT.dataProblem;
  }
  const postcodeLookups = loadPostcodes(options.postcodes, output);
  if (typeof postcodeLookups === 'string') {
    output.stderr(`atlas join: ${postcodeLookups}\n`);
    return EXIT.dataProblem;
  }
  const incidents = await loadIncidentFiles(incidentFiles, { id: 'incidents', postcodeLookups, ...(years ? { dateRange: years } : {}) });
  if (!incidents.ok) {
    output.stderr(`atlas join: ${describeImportError(incidents.error)}\n`);
    return EXIT.dataProblem;
  }
  const population = options.population === undefined ? null : await loadPopulation(options.population);
  if (typeof population === 'string') {
    output.stderr(`atlas join: ${population}\n`);
    return EXIT.dataProblem;
  }
  const report = buildJoinReport(areas, incidents.value, options.by === 'week' ? 'week' : 'month', population);
  const suppress = options['no-suppression'] !== true;
  if (options.out !== undefined) {
    const csv = joinReportCsv(report, suppress);
    writeFileSync(options.out, csv.text);
    output.stderr(`${describeSuppression(options.out, suppress, csv)}\n`);
  }
  const hotspots = options.hotspots ? hotspotsOfJoin(report, areas, { emergingRules: isEmergingRules(options['emerging-rules']) ? options['emerging-rules'] : 'arcgis-pro', falseDiscoveryRate: options.fdr === true }) : null;
  if (options.json) {
    const printed = printedJoinReport(report, suppress);
    output.stdout(`${JSON.stringify(hotspots ? { ...printed, hotspots } : printed)}\n`);
  } else output.stdout(formatJoinReport(report, suppress) + (hotspots ? formatJoinHotspots(hotspots) : ''));
  return EXIT.ok;
}
