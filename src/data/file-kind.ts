/**
 * The file registry: the one place that decides what each dropped or chosen file is (boundaries,
 * incidents, indicator table, tension log, tension reports, postcode lookup, places, share package, workspace), by name first, then by sniffing
 * its content. It parses workbooks and CSV heads, so it runs in the import worker (issue 12): the main
 * thread only routes files to loaders by its answer.
 */
import Papa from 'papaparse';
import type { FileKind, FileKindDecision, FileKindReason, InputFile } from '../types';
import { detectFormat, shapefileGroupKey } from './importers/format-detection';
import { readWorkbookSheets } from './importers/table-spreadsheet';
import { decodeTextFile } from './importers/text-decoding';
import { unzipBounded } from './importers/zip-entries';
import { hasWktColumn } from './importers/csv-wkt';
import { detectIncidentColumns, hasPositionColumns } from './incidents/column-detection';
import { detectTensionColumns } from './tensions/tension-columns';
import { looksLikeSharePackage } from './share-package/format';
import { WORKSPACE_EXTENSION, WORKSPACE_FORMAT } from './workspace-file';
import { isPostcodeLookupHeader } from './postcodes/postcode-lookup';
import { isReportTableHeader } from './reports/report-columns';
import { isPlaceGeojson, isPlaceHeader } from './places/place-kind';

const SNIFF_BYTES = 64 * 1024;
/** Rows of each workbook sheet searched for a tension header (title rows may sit above it). */
const WORKBOOK_HEADER_ROWS = 30;
/** A workspace manifest is a few kilobytes; a bigger one is not inflated to find out. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

type Verdict = { kind: FileKind; reason: FileKindReason };

/** GeoPackage, KML/KMZ, FlatGeobuf and GeoParquet go to the boundary importer (issue 19). */
const BOUNDARY_ONLY_FORMATS: ReadonlySet<string> = new Set(['geopackage', 'kml', 'flatgeobuf', 'geoparquet']);

/** True for a spreadsheet or delimited text file (the kinds of file that hold tables). */
function isTableFileName(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx|ods)$/i.test(name);
}

function hasTensionColumns(header: string[]): boolean {
  const found = detectTensionColumns(header);
  return found.communityType >= 0 && found.current >= 0;
}

/**
 * A workbook is places, a tension log or a report table (the template, a form tool's export) when one of its
 * sheets has such a header near the top; else indicators.
 */
function identifyWorkbook(file: InputFile): Verdict {
  const workbook = readWorkbookSheets(file);
  const hasHeader = (test: (header: string[]) => boolean) => workbook.ok && workbook.sheets.some((sheet) => sheet.rows.slice(0, WORKBOOK_HEADER_ROWS).some((row) =>
    test(row.map((cell) => (cell === null ? '' : String(cell)))),
  ));
  if (hasHeader((header) => isPlaceHeader(header))) return { kind: 'places', reason: 'place-columns' };
  if (hasHeader(hasTensionColumns)) return { kind: 'tensions', reason: 'workbook-tension-sheet' };
  if (hasHeader(isReportTableHeader)) return { kind: 'reports', reason: 'workbook-report-sheet' };
  return { kind: 'indicators', reason: 'workbook' };
}

/**
 * Tension columns (community type and current rating) make a tension log; position columns (longitude and
 * latitude, easting and northing, a police.uk header) make incidents; any other table holds indicators.
 */
function identifyDelimitedTable(file: InputFile): Verdict {
  // Decoded as the importers decode it, so a UTF-16 table (Excel's "Unicode text") is recognised too.
  const head = decodeTextFile({ name: file.name, bytes: file.bytes.slice(0, SNIFF_BYTES) }).text.replace(/^\uFEFF/, '');
  const lines = head.split(/\r\n?|\n/);
  // Drop the last (possibly cut) line so a partial row does not confuse the detection.
  const complete = lines.length > 2 ? lines.slice(0, -1).join('\n') : head;
  const parsed = Papa.parse<string[]>(complete, { preview: 50, skipEmptyLines: true });
  const [columns = [], ...rows] = parsed.data;
  if (columns.length > 0 && hasTensionColumns(columns)) return { kind: 'tensions', reason: 'tension-columns' };
  // Before incidents: the report template has longitude and latitude too (issue 14).
  if (columns.length > 0 && isReportTableHeader(columns)) return { kind: 'reports', reason: 'report-columns' };
  // A file of places has a category column, positions or postcodes, and no dates (issue 16); an ONSPD has no category.
  if (columns.length > 0 && isPlaceHeader(columns, rows)) return { kind: 'places', reason: 'place-columns' };
  // Before incidents: an ONSPD has latitude and longitude too (issue 19).
  if (columns.length > 0 && isPostcodeLookupHeader(columns)) return { kind: 'postcodes', reason: 'postcode-lookup' };
  const detection = columns.length > 0 ? detectIncidentColumns(columns, rows, { positionFromGeometry: false }) : null;
  if (detection && hasPositionColumns(detection.mapping)) return { kind: 'incidents', reason: 'position-columns' };
  // Dated rows with postcodes and no coordinates (a council's own log), placed once a lookup is loaded.
  if (detection?.mapping.postcode && detection.mapping.date) return { kind: 'incidents', reason: 'postcode-column' };
  return { kind: 'indicators', reason: 'table-without-positions' };
}

/** True for a zip whose `manifest.json` names the workspace format (only that entry is inflated). */
function isWorkspaceZip(bytes: ArrayBuffer): boolean {
  const unzipped = unzipBounded(new Uint8Array(bytes), (name) => name === 'manifest.json', MAX_MANIFEST_BYTES);
  const manifest = unzipped.ok ? unzipped.files[0]?.[1] : undefined;
  return !!manifest && new RegExp(`"format"\\s*:\\s*"${WORKSPACE_FORMAT}"`).test(new TextDecoder().decode(manifest));
}

function identifyFile(file: InputFile): Verdict {
  if (file.name.toLowerCase().endsWith(WORKSPACE_EXTENSION)) return { kind: 'workspace', reason: 'workspace-name' };
  if (looksLikeSharePackage(file.name, file.bytes)) {
    return /\.atlas-share\.json$/i.test(file.name) ? { kind: 'share-package', reason: 'share-package-name' } : { kind: 'share-package', reason: 'share-package-content' };
  }
  if (/\.(xlsx|ods)$/i.test(file.name)) return identifyWorkbook(file);
  if (/\.(csv|tsv|txt)$/i.test(file.name) && hasWktColumn(file)) return { kind: 'boundaries', reason: 'wkt-column' };
  if (isTableFileName(file.name)) return identifyDelimitedTable(file);
  const format = detectFormat(file);
  if (format === 'shapefile-part') return { kind: 'boundaries', reason: 'shapefile-part' };
  if (format === 'zip' && isWorkspaceZip(file.bytes)) return { kind: 'workspace', reason: 'workspace-manifest' };
  if (format === 'geojson' && isPlaceGeojson(file)) return { kind: 'places', reason: 'place-points' };
  if (format === 'geojson' || format === 'topojson' || format === 'zip' || BOUNDARY_ONLY_FORMATS.has(format)) return { kind: 'boundaries', reason: 'boundary-format' };
  return { kind: 'unknown', reason: 'unrecognised' };
}

/**
 * What each file is, in input order, with the reason. The parts of a shapefile set (.shp, .dbf, .prj,
 * .cpg, .shx and sidecars with the same name) share one `group`, so they travel to one loader together.
 * GeoJSON of points is 'boundaries' here: the boundary importer hands it on to incidents once parsed.
 */
export function identifyFiles(files: readonly InputFile[]): FileKindDecision[] {
  return files.map((file) => {
    const verdict = identifyFile(file);
    return verdict.reason === 'shapefile-part' ? { name: file.name, ...verdict, group: shapefileGroupKey(file.name) } : { name: file.name, ...verdict };
  });
}
