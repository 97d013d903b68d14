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
import { protectAreaCounts, unprotectedAreaCounts, type AreaCountRow } from '../../analysis/area-count-protection';
import { SUPPRESSED_DERIVED } from '../../analysis/small-number-suppression';
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

/**
 * The per-area CSV: code, name, count, rate per 1,000 residents (when known), then one column per period.
 * With `suppress` (the default) counts of 1–4 are "<5" and the cells that would give them back by
 * subtraction (from the area's count or the total of all areas) are "[c]", as are rates from withheld counts.
 */
export function joinReportCsv(report: JoinReport, suppress = true): { text: string; withheld: number; unprotected: number } {
  const withRate = report.populationField !== null;
  const header = ['areaCode', 'areaName', 'count', ...(withRate ? ['ratePer1000'] : []), ...report.periods];
  const counts: AreaCountRow[] = report.areas.map((area) => ({ total: area.count, byPeriod: report.periods.map((period) => area.byPeriod[period]), byCategory: [] }));
  const cells = suppress ? protectAreaCounts(counts) : unprotectedAreaCounts(counts);
  const rows = report.areas.map((area, a): CsvCell[] => [
    area.areaCode,
    area.areaName,
    cells.total[a],
    ...(withRate ? [cells.totalWithheld[a] && area.rate !== null && area.rate !== undefined ? SUPPRESSED_DERIVED : area.rate ?? null] : []),
    ...cells.byPeriod[a],
  ]);
  return { text: toCsv(header, rows), withheld: cells.withheld, unprotected: cells.unprotected };
}
