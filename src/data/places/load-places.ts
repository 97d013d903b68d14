/**
 * Importing places and assets without dates (issue 16) from CSV, .xlsx/.ods or GeoJSON points. Every row
 * or feature is kept as a place or rejected with its file, row, field and reason; a file that cannot be
 * read, or has no category column or no position, is refused whole.
 */
import type { ImportError, ImportResult, InputFile } from '../../types';
import { readTableRows, HEADER_SEARCH_ROWS } from '../importers/table-rows';
import type { PostcodeIndex } from '../postcodes/locate-by-postcode';
import { detectPlaceColumns, hasPlaceCategoryColumn, hasPlacePosition, type PlaceColumns } from './place-columns';
import { readPlaceCategoryCell, readPlacePosition, type PlaceFieldNames, type PlaceImport } from './place-rows';
import { readPlaceFeatures } from './place-geojson';

const isHeader = (row: readonly string[]) => hasPlaceCategoryColumn(row) && hasPlacePosition(detectPlaceColumns(row));

function columnError(file: string, header: readonly string[], columns: PlaceColumns): ImportError {
  const found = header.map((cell) => `"${cell}"`).join(', ');
  if (columns.category === -1) return { code: 'mapping-column-missing', detail: 'place-category', file, params: { file, header: found } };
  return { code: 'no-position-columns', detail: 'places', file, params: { file, header: found } };
}

function readTableFile(file: InputFile, postcodes: PostcodeIndex | null, into: PlaceImport): ImportError | null {
  const read = readTableRows(file, isHeader, 'place-table');
  if (!read.ok) return read.error;
  let headerIndex = read.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
  const firstFilled = read.rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) {
    const header = read.rows[firstFilled] ?? [];
    return columnError(file.name, header, detectPlaceColumns(header));
  }
  const header = read.rows[headerIndex];
  const columns = detectPlaceColumns(header);
  const name = (index: number) => (index === -1 ? '' : header[index]);
  const fields: PlaceFieldNames = { lng: name(columns.lng), lat: name(columns.lat), easting: name(columns.easting), northing: name(columns.northing), postcode: name(columns.postcode) };
  const counts = { name: file.name, rowsRead: 0, rowsKept: 0 };
  for (let index = headerIndex + 1; index < read.rows.length; index++) {
    const cells = read.rows[index];
    if (cells.every((cell) => cell.trim() === '')) continue;
    counts.rowsRead += 1;
    const row = read.lines[index];
    const cell = (at: number) => (at === -1 ? undefined : (cells[at] ?? ''));
    const category = readPlaceCategoryCell(cell(columns.category) ?? '', header[columns.category]);
    if (!category.ok) {
      into.report.rejected.push({ file: file.name, row, field: category.field, reason: category.reason, value: category.value });
      continue;
    }
    const position = readPlacePosition({ lng: cell(columns.lng), lat: cell(columns.lat), easting: cell(columns.easting), northing: cell(columns.northing), postcode: cell(columns.postcode) }, fields, postcodes);
    if (!position.ok) {
      into.report.rejected.push({ file: file.name, row, field: position.field, reason: position.reason, value: position.value });
      continue;
    }
    counts.rowsKept += 1;
    into.places.push({ name: (cell(columns.name) ?? '').trim(), category: category.category, position: position.position, ...(position.postcode && { postcode: position.postcode }), row: `${file.name}:${row}` });
  }
  into.report.files.push(counts);
  return null;
}

/**
 * Reads place files (each CSV/TSV, workbook or GeoJSON of points). `postcodes` places rows that have a
 * postcode and no coordinates; without it such rows are rejected as `no-postcode-lookup`.
 * Errors: the table readers' errors, `mapping-column-missing`/`place-category` (no category column),
 * `no-position-columns`/`places` (neither coordinates nor a postcode), and the GeoJSON reader's.
 */
export function loadPlaceFiles(files: readonly InputFile[], postcodes: PostcodeIndex | null): ImportResult<PlaceImport> {
  const into: PlaceImport = { places: [], report: { files: [], rejected: [] } };
  for (const file of files) {
    const error = /\.(geo)?json$/i.test(file.name) ? readPlaceFeatures(file, into) : readTableFile(file, postcodes, into);
    if (error) return { ok: false, error };
  }
  return { ok: true, value: into, warnings: [] };
}
