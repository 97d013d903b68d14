/** The functions the import worker exposes (wired with comlink). workers/client.ts codes against this. */
import type { PostcodeLocation, PostcodeLookupSummary } from './postcode';
import type { ReportImportReport, TensionReport } from './tension-report';
import type { AreaDataset } from './area';
import type { FileKindDecision, ImportProgress, ImportResult, InputFile } from './import';
import type { DatumGridCheck } from './geo';
import type { ColumnMapping, IncidentDataset, IncidentDateRange } from './incident';
import type { IndicatorTable } from './table';
import type { JoinAgreement } from './join';
import type { TensionDataset } from './tension';
import type { BandWorkerRequest, BoundaryBand } from './authority';
import type { PlaceDataset } from './place';

export interface BoundaryLoadRequest {
  files: InputFile[];
  /** Ids for the datasets in result order (the example; a workspace restore); the rest are `<idPrefix>-<n>`. */
  ids?: string[];
  idPrefix: string;
  labels?: string[];
  topojsonObject?: string;
  isExample?: boolean;
}

export interface IncidentLoadRequest {
  id: string;
  label?: string;
  /** The user's corrected column mapping; detection is used when absent. */
  mapping?: ColumnMapping;
  /** Years a date may fall in (default 1990 to next year). */
  dateRange?: IncidentDateRange;
}

export interface TableLoadRequest {
  id: string;
  label?: string;
  sheet?: string;
  codeColumn?: string;
}

export interface TensionLoadRequest {
  id: string;
  label?: string;
  extraCommunityTypes?: string[];
}

/**
 * A tension report import (issue 14): when it happens (every report's first revision) and the areas rows may
 * name (the report layer's codes and names, parallel); null accepts any area code.
 */
export interface ReportLoadRequest {
  importedMs: number;
  areas: { areaCodes: string[]; areaNames: string[] } | null;
}

/** The reports read from partners' files and what happened to every row. */
export interface ReportLoadResult {
  reports: TensionReport[];
  report: ReportImportReport;
}

/** Per-area × per-period counts of one joined incident dataset over the timeline's period bounds. */
export interface PeriodCountRequest {
  incidentId: string;
  boundaryId: string;
  /** Category indexes kept; null keeps all. */
  categories: number[] | null;
  /** Period start times in UTC ms, plus the end of the last period. */
  boundsMs: number[];
}

/** Counts row-major by area: `counts[area * periodCount + period]`. */
export interface PeriodCounts {
  areaCount: number;
  periodCount: number;
  counts: Uint32Array;
}

/** Gi* hot spot analysis of one value per area (counts or rates), optionally over periods for emerging hot spots. */
export interface HotspotRequest {
  boundaryId: string;
  weights: { kind: 'queen' } | { kind: 'distance'; distanceM: number };
  falseDiscoveryRate: boolean;
  /** The emerging hot spot rule set: ArcGIS Pro's published rules or the atlas's own (analysis/hotspots/emerging-*.ts). */
  emergingRules: 'arcgis-pro' | 'atlas';
  values: Float64Array;
  /** Per-area × per-period values (area-major), for the emerging hot spot categories. */
  periods: { values: Float64Array; periodCount: number } | null;
}

export interface HotspotResult {
  zScores: Float64Array;
  pValues: Float64Array;
  /** +3…−3 hot to cold spot (99/95/90% confidence), 0 not significant, −128 no result. */
  bins: Int8Array;
  areasWithData: number;
  /** Emerging hot spot category per area (e.g. 'new-hot', 'persistent-hot', 'no-pattern'), or null. */
  emerging: string[] | null;
  neighbourless: number;
}

/** Which area each incident fell in: index into the boundary dataset's features, -1 outside all. */
export interface JoinResult {
  incidentId: string;
  boundaryId: string;
  areaIndex: Int32Array;
  buildMs: number;
  joinMs: number;
  agreement: JoinAgreement | null;
}


/**
 * Boundary datasets as read, with each one's map source already encoded as UTF-8 JSON by the worker
 * (issue 20: transferred, then drawn from a URL, never walked on the main thread), by dataset id.
 */
export interface LoadedBoundaries {
  results: ImportResult<AreaDataset>[];
  mapSources: Record<string, ArrayBuffer>;
}

export interface ImportWorkerApi {
  /** The file registry's answer for each file (issue 12): what it is, and why. */
  identifyFiles(files: InputFile[]): FileKindDecision[] | Promise<FileKindDecision[]>;
  loadBoundaryDatasets(request: BoundaryLoadRequest, onProgress?: ImportProgress): Promise<LoadedBoundaries>;
  loadIncidents(files: InputFile[], request: IncidentLoadRequest, onProgress?: ImportProgress): Promise<ImportResult<IncidentDataset>>;
  loadTables(files: InputFile[], request: TableLoadRequest, onProgress?: ImportProgress): Promise<ImportResult<IndicatorTable>>;
  loadTensions(files: InputFile[], request: TensionLoadRequest): Promise<ImportResult<TensionDataset>>;
  /** Issue 14: tension report tables (template, form export), placing rows given by postcode by the held lookups. */
  loadReports(files: InputFile[], request: ReportLoadRequest, onProgress?: ImportProgress): Promise<ImportResult<ReportLoadResult>>;
  /** Issue 14: where the held postcode lookups put a postcode (a report typed in the form); null when none is held. */
  locatePostcode(text: string): PostcodeLocation | null | Promise<PostcodeLocation | null>;
  /** Issue 19: a postcode lookup, held by the worker for later incident loads (forgotten by `forgetDataset`). */
  loadPostcodes(files: InputFile[], request: { id: string; label: string }): Promise<ImportResult<PostcodeLookupSummary>>;
  /** Issue 16: places without dates (CSV, workbook, GeoJSON points), rows with only a postcode placed by the held lookups. */
  loadPlaces(files: InputFile[], request: { id: string; label: string }): Promise<ImportResult<PlaceDataset>>;
  periodCounts(request: PeriodCountRequest): PeriodCounts | Promise<PeriodCounts>;
  hotspots(request: HotspotRequest): HotspotResult | Promise<HotspotResult>;
  joinIncidents(incidentId: string, boundaryId: string): JoinResult | Promise<JoinResult>;
  forgetDataset(id: string): void | Promise<void>;
  /**
   * Issue 7: merge held boundary datasets into one under `id` (the main thread merges its copies alike).
   * `received` are layers the worker never read (a share package is restored on the main thread): held first.
   */
  mergeBoundaries(ids: string[], id: string, label: string, received?: AreaDataset[]): void | Promise<void>;
  /** Holds boundary datasets restored on the main thread (share packages), so incidents can be joined to them. */
  adoptBoundaries(datasets: AreaDataset[]): void | Promise<void>;
  /** Installs the OSTN15 grid the user supplied for later BNG reads (null: back to the Helmert shift). */
  applyDatumGrid(file: InputFile | null): DatumGridCheck | null | Promise<DatumGridCheck | null>;
  boundaryBand(request: BandWorkerRequest): BoundaryBand | Promise<BoundaryBand>;
}
