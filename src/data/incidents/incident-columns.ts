/**
 * The growing column store behind an incident import: typed arrays that double when full, category and
 * area-code dictionaries, and the bounding box, so a row costs a few array writes and no objects.
 */
import type { BBox, ColumnDetection, IncidentDataset, IncidentFormat, IncidentImportReport } from '../../types';
import { DATE_PRECISIONS, type DatePrecisionLevel } from './date-parsing';

/** Category indices are stored as Uint16, so a dataset can hold at most this many categories. */
export const MAX_CATEGORIES = 65_536;

/** Incident rows collected so far. Category indices are first-seen until `finishIncidentDataset` sorts them. */
export interface IncidentColumns {
  count: number;
  lng: Float64Array;
  lat: Float64Array;
  timeMs: Float64Array;
  categoryIndex: Uint16Array;
  weight: Float32Array | null;
  fileAreaCodeIndex: Int32Array | null;
  sourceFile: Uint16Array;
  sourceLine: Int32Array;
  categoryIds: Map<string, number>;
  categoryNames: string[];
  categoryCounts: number[];
  /** Set when a row brought category number 65,537; the import must then stop with an error. */
  categoryOverflow: boolean;
  areaCodeIds: Map<string, number>;
  areaCodes: string[];
  lastAreaCode: string;
  lastAreaCodeId: number;
  extraNames: string[];
  extraValues: string[][];
  precision: DatePrecisionLevel;
  bbox: BBox;
}

/** An empty store sized for about `capacity` rows, with weight/area-code columns only when mapped. */
export function createIncidentColumns(options: { capacity: number; hasWeight: boolean; hasAreaCode: boolean; extraNames: string[] }): IncidentColumns {
  const capacity = Math.max(16, Math.ceil(options.capacity));
  return {
    count: 0,
    lng: new Float64Array(capacity),
    lat: new Float64Array(capacity),
    timeMs: new Float64Array(capacity),
    categoryIndex: new Uint16Array(capacity),
    weight: options.hasWeight ? new Float32Array(capacity) : null,
    fileAreaCodeIndex: options.hasAreaCode ? new Int32Array(capacity) : null,
    sourceFile: new Uint16Array(capacity),
    sourceLine: new Int32Array(capacity),
    categoryIds: new Map(),
    categoryNames: [],
    categoryCounts: [],
    categoryOverflow: false,
    areaCodeIds: new Map(),
    areaCodes: [],
    lastAreaCode: '',
    lastAreaCodeId: -1,
    extraNames: [...options.extraNames],
    extraValues: options.extraNames.map(() => []),
    precision: 0,
    bbox: [Infinity, Infinity, -Infinity, -Infinity],
  };
}

function grown<A extends Float64Array | Float32Array | Uint16Array | Int32Array>(array: A, capacity: number): A {
  const next = new (array.constructor as new (length: number) => A)(capacity);
  next.set(array);
  return next;
}

function ensureCapacity(columns: IncidentColumns): void {
  if (columns.count < columns.lng.length) return;
  const capacity = columns.lng.length * 2;
  columns.lng = grown(columns.lng, capacity);
  columns.lat = grown(columns.lat, capacity);
  columns.timeMs = grown(columns.timeMs, capacity);
  columns.categoryIndex = grown(columns.categoryIndex, capacity);
  if (columns.weight) columns.weight = grown(columns.weight, capacity);
  if (columns.fileAreaCodeIndex) columns.fileAreaCodeIndex = grown(columns.fileAreaCodeIndex, capacity);
  columns.sourceFile = grown(columns.sourceFile, capacity);
  columns.sourceLine = grown(columns.sourceLine, capacity);
}

function categoryId(columns: IncidentColumns, category: string): number {
  let id = columns.categoryIds.get(category);
  if (id === undefined) {
    if (columns.categoryNames.length >= MAX_CATEGORIES) {
      columns.categoryOverflow = true;
      return 0;
    }
    id = columns.categoryNames.length;
    columns.categoryIds.set(category, id);
    columns.categoryNames.push(category);
    columns.categoryCounts.push(0);
  }
  columns.categoryCounts[id] += 1;
  return id;
}

function areaCodeId(columns: IncidentColumns, areaCode: string): number {
  if (areaCode === '') return -1;
  // police.uk rows come sorted by LSOA: most rows repeat the previous row's code.
  if (areaCode === columns.lastAreaCode) return columns.lastAreaCodeId;
  let id = columns.areaCodeIds.get(areaCode);
  if (id === undefined) {
    id = columns.areaCodes.length;
    columns.areaCodeIds.set(areaCode, id);
    columns.areaCodes.push(areaCode);
  }
  columns.lastAreaCode = areaCode;
  columns.lastAreaCodeId = id;
  return id;
}

/**
 * Appends one kept incident (WGS84 position, UTC ms). `category` '' means no category; `weight` is used
 * only when a weight column is mapped, `areaCode` ('' for none) only when an area-code column is.
 * Extra column values are pushed by the caller onto `extraValues`, one per extra column per row.
 */
export function appendIncident(
  columns: IncidentColumns,
  lng: number,
  lat: number,
  timeMs: number,
  precision: DatePrecisionLevel,
  category: string,
  weight: number,
  areaCode: string,
  fileIndex: number,
  line: number,
): void {
  ensureCapacity(columns);
  const i = columns.count;
  columns.lng[i] = lng;
  columns.lat[i] = lat;
  columns.timeMs[i] = timeMs;
  columns.categoryIndex[i] = categoryId(columns, category);
  if (columns.weight) columns.weight[i] = weight;
  if (columns.fileAreaCodeIndex) columns.fileAreaCodeIndex[i] = areaCodeId(columns, areaCode.trim());
  columns.sourceFile[i] = fileIndex;
  columns.sourceLine[i] = line;
  if (precision > columns.precision) columns.precision = precision;
  const bbox = columns.bbox;
  if (lng < bbox[0]) bbox[0] = lng;
  if (lat < bbox[1]) bbox[1] = lat;
  if (lng > bbox[2]) bbox[2] = lng;
  if (lat > bbox[3]) bbox[3] = lat;
  columns.count = i + 1;
}

/** Category order for the dataset: descending count, ties in code-point order of the name. */
function categoryOrder(columns: IncidentColumns): number[] {
  const ids = columns.categoryNames.map((_, id) => id);
  const names = columns.categoryNames;
  return ids.sort((a, b) => columns.categoryCounts[b] - columns.categoryCounts[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
}

/** What the dataset needs besides the columns. */
export interface IncidentDatasetMeta {
  id: string;
  label: string;
  format: IncidentFormat;
  files: string[];
  detection: ColumnDetection;
  report: IncidentImportReport;
}

/** Trims the arrays to `count`, sorts categories by descending count and returns the dataset. */
export function finishIncidentDataset(columns: IncidentColumns, meta: IncidentDatasetMeta): IncidentDataset {
  const count = columns.count;
  const order = categoryOrder(columns);
  const newIndex = new Uint16Array(order.length);
  order.forEach((oldId, position) => (newIndex[oldId] = position));
  const categoryIndex = new Uint16Array(count);
  for (let i = 0; i < count; i += 1) categoryIndex[i] = newIndex[columns.categoryIndex[i]];
  return {
    id: meta.id,
    label: meta.label,
    format: meta.format,
    files: meta.files,
    count,
    detection: meta.detection,
    lng: columns.lng.slice(0, count),
    lat: columns.lat.slice(0, count),
    timeMs: columns.timeMs.slice(0, count),
    datePrecision: DATE_PRECISIONS[columns.precision],
    categoryIndex,
    categories: order.map((id) => columns.categoryNames[id]),
    weight: columns.weight ? columns.weight.slice(0, count) : null,
    fileAreaCodeIndex: columns.fileAreaCodeIndex ? columns.fileAreaCodeIndex.slice(0, count) : null,
    fileAreaCodes: columns.areaCodes,
    sourceFile: columns.sourceFile.slice(0, count),
    sourceLine: columns.sourceLine.slice(0, count),
    extraColumns: columns.extraNames.map((name, k) => ({ name, values: columns.extraValues[k] })),
    bbox: [...columns.bbox] as BBox,
    report: meta.report,
  };
}
