/**
 * The work behind `atlas join`, without any I/O: join incidents to the areas of one or more boundary
 * datasets, count per area, period and category, compare with the incidents' own area codes, and shape
 * the result as the JSON report and the per-area CSV.
 */
import { countIncidents } from '../../analysis/incident-counts';
import { ratePer1000 } from '../../analysis/incident-filter';
import { compareWithFileCodes, type JoinAgreement } from '../../analysis/join-agreement';
import { assignPeriods, type PeriodKind } from '../../analysis/periods';
import { detectPopulationField } from '../../analysis/population-field';
import { toCsv, type CsvCell } from '../../analysis/csv-export';
import { protectAreaCounts, unprotectedAreaCounts, type AreaCountRow, type ProtectedAreaCounts } from '../../analysis/area-count-protection';
import { SUPPRESSED_COUNT, SUPPRESSED_DERIVED } from '../../analysis/small-number-suppression';
import { assignPostcodeAreas } from '../../analysis/postcode-areas';
import { numericFieldValues } from '../../data/area-dataset';
import { buildPolygonIndex } from '../../geo/polygon-index';
import { locatePoints } from '../../geo/polygon-index-locate';
import type { AreaDataset, IncidentDataset } from '../../types';
import { describeImportWarning, describeRejectedRows, type PrintedRejection } from '../problem-words';

/** One area's line of the report. `rate` (per 1,000 residents) only with a population column or file. */
export interface JoinedArea {
  areaCode: string;
  areaName: string;
  count: number;
  rate?: number | null;
  byPeriod: Record<string, number>;
  byCategory: Record<string, number>;
}

/** A disagreement with the file's own code, by row reference ("file.csv:17"). */
export interface ReportedDisagreement {
  row: string;
  fileAreaCode: string;
  joinedAreaCode: string;
  fileCodeLoaded: boolean;
  distanceM: number;
}

/** What `atlas join --json` prints. */
export interface JoinReport {
  areas: JoinedArea[];
  periods: string[];
  points: number;
  matched: number;
  outside: number;
  rejected: number;
  /** Rejected rows by reason, with what was found and the first rows (`file:line`), as the app lists them. */
  rejectedRows: PrintedRejection[];
  /** The import's warnings in English (encoding, CRS, defaults): nothing assumed silently. */
  warnings: string[];
  populationField: string | null;
  agreement: (Omit<JoinAgreement, 'disagreements'> & { disagreements: ReportedDisagreement[] }) | null;
}

/** Residents per area code from a population file (`--population`), and the column they came from. */
export interface PopulationByCode {
  field: string;
  byCode: ReadonlyMap<string, number>;
}

/**
 * All areas of the datasets in order, as one list; population from the population file when given, else
 * from each dataset's detected column.
 */
function combineAreas(datasets: ReadonlyArray<AreaDataset>, given: PopulationByCode | null) {
  const populationFields = datasets.map((dataset) => detectPopulationField(dataset.fields));
  const areaCodes = datasets.flatMap((dataset) => dataset.areaCodes);
  const common = {
    geometries: datasets.flatMap((dataset) => dataset.features.map((feature) => feature.geometry)),
    areaCodes,
    areaNames: datasets.flatMap((dataset) => dataset.areaNames),
  };
  if (given) return { ...common, populationField: given.field, population: areaCodes.map((code) => given.byCode.get(code) ?? null) };
  return {
    ...common,
    populationField: populationFields.find((field) => field !== null) ?? null,
    population: datasets.flatMap((dataset, k) => {
      const field = populationFields[k];
      return field === null ? dataset.features.map(() => null) : numericFieldValues(dataset, field);
    }),
  };
}

function rowReference(incidents: IncidentDataset, incident: number): string {
  const file = incidents.files[incidents.sourceFile[incident]] ?? '';
  return `${file.replace(/^.*[\\/]/, '')}:${incidents.sourceLine[incident]}`;
}

/**
 * Joins the incidents to every area of the datasets (areas of later datasets come after earlier ones, so
 * where datasets overlap the earlier one wins) and builds the report; `by` picks months or ISO weeks, and
 * `population` (residents per area code) gives each area a rate per 1,000 in place of a boundary column.
 */
export function buildJoinReport(datasets: ReadonlyArray<AreaDataset>, incidents: IncidentDataset, by: PeriodKind, population: PopulationByCode | null = null): JoinReport {
  const areas = combineAreas(datasets, population);
  const polygonIndex = buildPolygonIndex(areas.geometries);
  const areaIndex = assignPostcodeAreas(locatePoints(polygonIndex, incidents.lng, incidents.lat), incidents.postcodePlacement, areas.areaCodes);
  const periods = assignPeriods(incidents.timeMs, by);
  const shape = { areaCount: areas.areaCodes.length, categoryCount: incidents.categories.length, periodCount: periods.keys.length };
  const counts = countIncidents({ areaIndex, categoryIndex: incidents.categoryIndex, timeMs: incidents.timeMs, periodIndex: periods.periodIndex }, shape);
  const rates = areas.populationField === null ? null : ratePer1000(counts.byArea, areas.population);
  const agreement = compareWithFileCodes(incidents, areaIndex, areas.areaCodes, polygonIndex);
  return {
    areas: areas.areaCodes.map((areaCode, area) => ({
      areaCode,
      areaName: areas.areaNames[area],
      count: counts.byArea[area],
      ...(rates === null ? {} : { rate: rates[area] }),
      byPeriod: Object.fromEntries(periods.keys.map((key, period) => [key, counts.byAreaPeriod[area * shape.periodCount + period]])),
      byCategory: Object.fromEntries(incidents.categories.map((category, c) => [category, counts.byAreaCategory[area * shape.categoryCount + c]])),
    })),
    periods: periods.keys,
    points: counts.points,
    matched: counts.matched,
    outside: counts.outside,
    rejected: incidents.report.rejected.reduce((sum, rejected) => sum + rejected.count, 0),
    rejectedRows: describeRejectedRows(incidents.report.rejected),
    warnings: incidents.report.warnings.map(describeImportWarning),
    populationField: areas.populationField,
    agreement: agreement && {
      ...agreement,
      disagreements: agreement.disagreements.map(({ incident, fileAreaCode, joinedAreaCode, fileCodeLoaded, distanceM }) => ({
        row: rowReference(incidents, incident),
        fileAreaCode,
        joinedAreaCode,
        fileCodeLoaded,
        distanceM: Math.round(distanceM * 10) / 10,
      })),
    },
  };
}

/** The cells of the report after suppression (or unchanged), and the areas' categories in column order. */
export interface ProtectedJoinCells extends ProtectedAreaCounts {
  categories: string[];
}

/**
 * One protection for every output of a join (the CSV of --out and the JSON of --json), over each area's
 * total, periods and categories together, so that no output gives back what another withholds. Counts of
 * 1–4 are "<5"; cells that would give one back by subtraction (from the area's total or the total of all
 * areas) are "[c]". Without `suppress`, every count is as it is.
 */
export function protectJoinCells(report: JoinReport, suppress = true): ProtectedJoinCells {
  const categories = Object.keys(report.areas[0]?.byCategory ?? {});
  const rows: AreaCountRow[] = report.areas.map((area) => ({
    total: area.count,
    byPeriod: report.periods.map((period) => area.byPeriod[period]),
    byCategory: categories.map((category) => area.byCategory[category]),
  }));
  return { ...(suppress ? protectAreaCounts(rows) : unprotectedAreaCounts(rows)), categories };
}

/** An area's rate, withheld ("[c]") when its count is. */
const rateCell = (area: JoinedArea, cells: ProtectedJoinCells, a: number): CsvCell =>
  (cells.totalWithheld[a] && area.rate !== null && area.rate !== undefined ? SUPPRESSED_DERIVED : area.rate ?? null);

/**
 * The per-area CSV: code, name, count, rate per 1,000 residents (when known), then one column per period.
 * `withheld` counts the withheld cells the CSV itself holds.
 */
export function joinReportCsv(report: JoinReport, suppress = true): { text: string; withheld: number; unprotected: number } {
  const withRate = report.populationField !== null;
  const header = ['areaCode', 'areaName', 'count', ...(withRate ? ['ratePer1000'] : []), ...report.periods];
  const cells = protectJoinCells(report, suppress);
  const rows = report.areas.map((area, a): CsvCell[] => [
    area.areaCode,
    area.areaName,
    cells.total[a],
    ...(withRate ? [rateCell(area, cells, a)] : []),
    ...cells.byPeriod[a],
  ]);
  const isWithheld = (cell: CsvCell) => cell === SUPPRESSED_COUNT || cell === SUPPRESSED_DERIVED;
  const withheld = suppress ? rows.reduce((sum, row) => sum + [row[2], ...row.slice(withRate ? 4 : 3)].filter(isWithheld).length, 0) : 0;
  return { text: toCsv(header, rows), withheld, unprotected: cells.unprotected };
}

/** How the counts of `atlas join --json` were written: suppressed by the rule, or as they are (not to be shared). */
export type JoinSuppressionNote =
  | { applied: true; rule: string; withheld: number; unprotected: number }
  | { applied: false; rule: string };

/** What `atlas join --json` prints: the report with its counts suppressed as the CSV's are, and how. */
export interface PrintedJoinReport extends Omit<JoinReport, 'areas'> {
  areas: { areaCode: string; areaName: string; count: CsvCell; rate?: CsvCell; byPeriod: Record<string, CsvCell>; byCategory: Record<string, CsvCell> }[];
  suppression: JoinSuppressionNote;
}

/**
 * The JSON report with small-number suppression, as every output of counts (issue 13): per-area counts,
 * periods and categories withheld as in the CSV, and a note saying so; with `suppress` false the note says
 * that nothing was withheld and the output must not be shared.
 */
export function printedJoinReport(report: JoinReport, suppress = true): PrintedJoinReport {
  const cells = protectJoinCells(report, suppress);
  const withheld = cells.withheld + cells.totalWithheld.filter((w, a) => w && report.areas[a].rate !== null && report.areas[a].rate !== undefined).length;
  return {
    ...report,
    areas: report.areas.map((area, a) => ({
      areaCode: area.areaCode,
      areaName: area.areaName,
      count: cells.total[a],
      ...(area.rate === undefined ? {} : { rate: rateCell(area, cells, a) }),
      byPeriod: Object.fromEntries(report.periods.map((period, p) => [period, cells.byPeriod[a][p]])),
      byCategory: Object.fromEntries(cells.categories.map((category, c) => [category, cells.byCategory[a][c]])),
    })),
    suppression: suppress
      ? { applied: true, rule: 'counts of 1 to 4 as "<5"; counts that would give one back by subtraction, and rates from withheld counts, as "[c]" (see SUPPRESSION.md)', withheld, unprotected: cells.unprotected }
      : { applied: false, rule: 'none (--no-suppression): every count is as it is; do not share this output' },
  };
}
