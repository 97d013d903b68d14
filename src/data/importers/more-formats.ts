/**
 * The one-file boundary formats added in issue 19 (GeoPackage, KML/KMZ, CSV with WKT, FlatGeobuf,
 * GeoParquet), behind one reader so the registry, the importer index and `inspect` each add one case.
 */
import type { ImportResult, InputFile } from '../../types';
import { readCsvWktFeatures } from './csv-wkt';
import type { RawFeatureSet } from './feature-set';
import { readFlatGeobufFeatures } from './flatgeobuf';
import { readGeoPackageFeatures } from './geopackage';
import { readGeoParquetFeatures } from './geoparquet';
import { readKmlFeatures } from './kml';

/** The formats read here. */
export type MoreFormat = 'geopackage' | 'kml' | 'csv-wkt' | 'flatgeobuf' | 'geoparquet';

/** Reads a file of one of these formats as raw features in its own coordinates. */
export async function readMoreFormat(format: MoreFormat, file: InputFile): Promise<ImportResult<RawFeatureSet>> {
  switch (format) {
    case 'geopackage': return readGeoPackageFeatures(file);
    case 'kml': return readKmlFeatures(file);
    case 'csv-wkt': return readCsvWktFeatures(file);
    case 'flatgeobuf': return readFlatGeobufFeatures(file);
    case 'geoparquet': return readGeoParquetFeatures(file);
  }
}
