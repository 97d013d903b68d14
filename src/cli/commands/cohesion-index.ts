/**
 * `atlas index --boundaries FILE... [--table FILE...] [--indicators a,b,c] [--direction col=negative]
 * [--weight col=2] [--period P] [--min-weight-share S] [--json]`: the composite cohesion index per area.
 * Indicator columns come from the boundary file's numeric fields and from indicator tables joined on area
 * code; each column's direction comes from the catalogue when its name matches a factor, else --direction.
 */
import type { AreaDataset, IndicatorTable, InputFile } from '../../types';
import type { CohesionDirection } from '../../types/cohesion';
import { computeCohesionIndex, type IndexIndicatorInput } from '../../analysis/cohesion/composite-index';
import { numericFieldValues } from '../../data/area-dataset';
import { chooseDefaultColumns, suggestIndicatorForColumn } from '../../data/indicator-catalogue';
import { tableContext } from '../../data/deprivation-measure';
import { loadBoundaryDatasets } from '../../data/load-boundaries';
import { loadTableFiles, matchTableToAreas } from '../../data/load-tables';
import { describeImportError, describeImportWarning, describeVintageNote } from '../problem-words';
import { missingOption, parseCommandLine } from '../arguments';
import type { CommandOutput } from '../command-output';
import { INDEX_USAGE } from '../command-usage';
import { EXIT } from '../exit-codes';
import { readInputPaths } from '../input-paths';

/** Thrown for bad arguments or unusable files; the message is printed and the command exits with `code`. */
class CommandFailure {
  constructor(readonly message: string, readonly code: number) {}
}

const OPTIONS = {
  boundaries: { type: 'string', list: true },
  table: { type: 'string', list: true },
  indicators: { type: 'string', list: true },
  direction: { type: 'string', list: true },
  weight: { type: 'string', list: true },
  period: { type: 'string' },
  'min-weight-share': { type: 'string' },
  json: { type: 'boolean' },
} as const;

interface IndexArguments {
  boundaries: string[];
  tables: string[];
  indicators: string[];
  directions: string[];
  weights: string[];
  period?: string;
  minWeightShare?: number;
  json: boolean;
}

function parseArguments(args: string[]): IndexArguments {
  const parsed = parseCommandLine(args, OPTIONS);
  if (!parsed.ok) throw new CommandFailure(`atlas index: ${parsed.problem}\n\n${INDEX_USAGE}`, EXIT.usage);
  const values = parsed.values;
  if (values.boundaries.length === 0) throw new CommandFailure(`atlas index: ${missingOption('--boundaries')}\n\n${INDEX_USAGE}`, EXIT.usage);
  const share = values['min-weight-share'];
  return {
    boundaries: values.boundaries,
    tables: values.table,
    indicators: values.indicators,
    directions: values.direction,
    weights: values.weight,
    period: values.period,
    minWeightShare: share === undefined ? undefined : Number(share),
    json: values.json,
  };
}

/** Boundary zips are left to the boundary importer; tables take loose files, so their zips are expanded here. */
function readInputFiles(paths: string[], expandZips: boolean): InputFile[] {
  const { files, unreadable } = readInputPaths(paths, { names: 'path', expandZips });
  if (unreadable.length > 0) throw new CommandFailure(`atlas index: ${unreadable.map((path) => path.problem).join('\n')}\n`, EXIT.dataProblem);
  return files;
}

/** A numeric column offered to the index: where it comes from and its values per area (NaN = no data). */
interface SourceColumn {
  name: string;
  source: string;
  /** The table's label, sheet and file names: they say whether bare WIMD domain columns hold ranks or scores. */
  context: string[];
  values: () => Float64Array;
}

function boundaryColumns(dataset: AreaDataset): SourceColumn[] {
  return dataset.fields
    .filter((field) => field.kind === 'numeric' && field.name !== dataset.codeField)
    .map((field) => ({ name: field.name, source: dataset.label, context: [], values: () => Float64Array.from(numericFieldValues(dataset, field.name), (value) => value ?? NaN) }));
}

function tableColumns(table: IndicatorTable, areaCodes: readonly string[], period: string | undefined): SourceColumn[] {
  const periodIndex = period === undefined ? table.periods.length - 1 : table.periods.indexOf(period);
  if (periodIndex < 0) throw new CommandFailure(`atlas index: ${table.label} has no period "${period}"; its periods are ${table.periods.join(', ')}.\n`, EXIT.usage);
  const rowOf = new Map(table.areaCodes.map((code, row) => [code.trim().toUpperCase(), row]));
  const rows = areaCodes.map((code) => rowOf.get(code.trim().toUpperCase()) ?? -1);
  return table.indicators.map((indicator) => ({
    name: indicator.name,
    source: table.label,
    context: tableContext(table),
    values: () => Float64Array.from(rows, (row) => (row < 0 ? NaN : indicator.values[row * table.periods.length + periodIndex])),
  }));
}

/** Splits "a,b,Education, Skills and Training Score" on commas, re-joining pieces that form a known column name. */
function splitColumnList(text: string, known: ReadonlySet<string>, isComplete: (piece: string) => boolean = (piece) => known.has(piece)): string[] {
  const pieces = text.split(',');
  const names: string[] = [];
  for (let start = 0; start < pieces.length; ) {
    let end = pieces.length;
    while (end > start + 1 && !isComplete(pieces.slice(start, end).join(',').trim())) end -= 1;
    names.push(pieces.slice(start, end).join(',').trim());
    start = end;
  }
  return names.filter((name) => name !== '');
}

function parseAssignments(texts: string[], known: ReadonlySet<string>, what: string, parse: (value: string) => string | number | null): Map<string, string | number> {
  const assignments = new Map<string, string | number>();
  const complete = (piece: string) => known.has(piece.slice(0, piece.lastIndexOf('=')).trim());
  for (const piece of texts.flatMap((text) => splitColumnList(text, known, complete))) {
    const at = piece.lastIndexOf('=');
    const value = at > 0 ? parse(piece.slice(at + 1).trim()) : null;
    if (value === null) throw new CommandFailure(`atlas index: --${what} expects column=${what === 'direction' ? 'positive|negative' : 'number above 0'}, got "${piece}".\n`, EXIT.usage);
    assignments.set(piece.slice(0, at).trim(), value);
  }
  return assignments;
}

function findColumn(columns: readonly SourceColumn[], name: string): SourceColumn {
  const exact = columns.filter((column) => column.name === name);
  const found = exact.length > 0 ? exact : columns.filter((column) => column.name.toLowerCase() === name.toLowerCase());
  if (found.length === 1) return found[0];
  if (found.length > 1) throw new CommandFailure(`atlas index: column "${name}" is in more than one file (${found.map((column) => column.source).join(', ')}); give only one of them.\n`, EXIT.usage);
  throw new CommandFailure(`atlas index: no numeric column "${name}". Numeric columns: ${columns.map((column) => column.name).join(', ') || '(none)'}.\n`, EXIT.usage);
}

interface ChosenIndicator {
  column: SourceColumn;
  direction: CohesionDirection;
  weight: number;
}

function chooseIndicators(columns: readonly SourceColumn[], options: IndexArguments): ChosenIndicator[] {
  const known = new Set(columns.map((column) => column.name));
  const directions = parseAssignments(options.directions, known, 'direction', (value) => (value === 'positive' || value === 'negative' ? value : null));
  const weights = parseAssignments(options.weights, known, 'weight', (value) => (Number(value) > 0 && Number.isFinite(Number(value)) ? Number(value) : null));
  const names = options.indicators.length > 0 ? options.indicators.flatMap((text) => splitColumnList(text, known)) : chooseDefaultColumns(columns.map((column) => column.name), undefined, (name) => columns.find((column) => column.name === name)?.context ?? []).map((choice) => choice.column);
  if (names.length === 0) throw new CommandFailure('atlas index: no column matches a cohesion factor of the catalogue; choose columns with --indicators and give their --direction.\n', EXIT.usage);
  return names.map((name) => {
    const column = findColumn(columns, name);
    const suggestion = suggestIndicatorForColumn(column.name, undefined, column.context);
    const direction = (directions.get(column.name) as CohesionDirection | undefined) ?? suggestion?.direction ?? null;
    if (direction === null) {
      const why = suggestion ? `its name suggests "${suggestion.indicatorId}" but ${suggestion.note}` : 'it matches no cohesion factor of the catalogue';
      throw new CommandFailure(`atlas index: no direction for column "${column.name}": ${why}. Give --direction "${column.name}=positive" or "=negative".\n`, EXIT.usage);
    }
    return { column, direction, weight: (weights.get(column.name) as number | undefined) ?? 1 };
  });
}

async function loadAreas(paths: string[], output: CommandOutput): Promise<AreaDataset> {
  const results = await loadBoundaryDatasets({ files: readInputFiles(paths, false), idPrefix: 'boundaries' });
  const failed = results.find((result) => !result.ok);
  if (failed && !failed.ok) throw new CommandFailure(`atlas index: ${describeImportError(failed.error)}\n`, EXIT.dataProblem);
  if (results.length !== 1) throw new CommandFailure(`atlas index: --boundaries must be one dataset, but the files hold ${results.length}.\n`, EXIT.usage);
  const result = results[0];
  if (!result.ok) throw new CommandFailure(`atlas index: ${describeImportError(result.error)}\n`, EXIT.dataProblem);
  for (const warning of result.warnings) output.stderr(`warning: ${describeImportWarning(warning)}\n`);
  return result.value;
}

async function loadTables(paths: string[], dataset: AreaDataset, output: CommandOutput): Promise<IndicatorTable[]> {
  const tables: IndicatorTable[] = [];
  for (const [index, file] of readInputFiles(paths, true).entries()) {
    const result = await loadTableFiles([file], { id: `table-${index + 1}` });
    if (!result.ok) throw new CommandFailure(`atlas index: ${describeImportError(result.error)}\n`, EXIT.dataProblem);
    for (const warning of result.warnings) output.stderr(`warning: ${describeImportWarning(warning)}\n`);
    const match = matchTableToAreas(result.value, dataset.areaCodes);
    output.stderr(`${result.value.label}: ${match.matched} of ${dataset.areaCodes.length} areas have a row${match.vintage ? ` (${describeVintageNote(match.vintage)})` : ''}\n`);
    tables.push(result.value);
  }
  return tables;
}

/** One area of the result, as `--json` prints it. */
export interface IndexedArea {
  areaCode: string;
  score: number;
  rank: number;
  quintile: number;
}

function formatText(dataset: AreaDataset, areas: IndexedArea[], chosen: ChosenIndicator[], excluded: number): string {
  const nameOf = new Map(dataset.areaCodes.map((code, index) => [code, dataset.areaNames[index]]));
  const header = `Cohesion index for ${areas.length} of ${dataset.areaCodes.length} areas of ${dataset.label} (${excluded} not scored: too little data)`;
  const indicators = chosen.map((indicator) => `  ${indicator.column.name} (${indicator.column.source}): ${indicator.direction}, weight ${indicator.weight}`);
  const rows = [...areas].sort((a, b) => a.rank - b.rank || a.areaCode.localeCompare(b.areaCode)).map((area) => `${String(area.rank).padStart(5)}  ${String(area.quintile).padStart(8)}  ${area.score.toFixed(3).padStart(7)}  ${area.areaCode.padEnd(10)} ${nameOf.get(area.areaCode) ?? ''}`.trimEnd());
  return `${header}\nIndicators (higher = more cohesive after signing by direction):\n${indicators.join('\n')}\n\n rank  quintile    score  area\n${rows.join('\n')}\n`;
}

/** Runs `index` with its arguments (after the command name); returns the process exit code. */
export async function runCohesionIndex(args: string[], output: CommandOutput): Promise<number> {
  try {
    const options = parseArguments(args);
    if (options.minWeightShare !== undefined && !(options.minWeightShare > 0 && options.minWeightShare <= 1)) throw new CommandFailure('atlas index: --min-weight-share must be a number above 0 and at most 1.\n', EXIT.usage);
    const dataset = await loadAreas(options.boundaries, output);
    const tables = await loadTables(options.tables, dataset, output);
    const columns = [...boundaryColumns(dataset), ...tables.flatMap((table) => tableColumns(table, dataset.areaCodes, options.period))];
    const chosen = chooseIndicators(columns, options);
    const inputs: IndexIndicatorInput[] = chosen.map((indicator) => ({ id: indicator.column.name, values: indicator.column.values(), direction: indicator.direction, weight: indicator.weight }));
    const index = computeCohesionIndex(inputs, options.minWeightShare === undefined ? {} : { minWeightShare: options.minWeightShare });
    for (const left of index.excluded) output.stderr(`warning: ${left.id} is left out of the index (${left.reason === 'no-variation' ? 'every area has the same value' : left.reason === 'too-few-areas' ? 'fewer than 2 areas have a value' : 'marked unreliable'}).\n`);
    if (index.components.length === 0) throw new CommandFailure('atlas index: no indicator is left to build the index from (see the warnings above).\n', EXIT.dataProblem);
    const used = chosen.filter((indicator) => index.components.some((component) => component.id === indicator.column.name));
    const areas = dataset.areaCodes.flatMap((areaCode, i) => (Number.isNaN(index.scores[i]) ? [] : [{ areaCode, score: index.scores[i], rank: index.ranks[i], quintile: index.quintiles[i] }]));
    const excluded = dataset.areaCodes.length - areas.length;
    if (options.json) {
      output.stdout(`${JSON.stringify({ areas, indicators: used.map((indicator) => ({ name: indicator.column.name, direction: indicator.direction, weight: indicator.weight })), excluded })}\n`);
    } else {
      output.stdout(formatText(dataset, areas, used, excluded));
    }
    return EXIT.ok;
  } catch (caught) {
    if (!(caught instanceof CommandFailure)) throw caught;
    output.stderr(caught.message);
    return caught.code;
  }
}
