/**
 * A layer as GeoJSON for desktop GIS. WGS84 is plain RFC 7946; British National Grid carries the 2008
 * `crs` member (urn:ogc:def:crs:EPSG::27700), which QGIS, GDAL and this app's own importer read.
 */
import { EXPORT_EPSG, exportedAreas, type LayerExport } from './layer-export';

/** The layer as a GeoJSON FeatureCollection text (no feature ids: they would come back as a column). */
export function writeGeoJsonLayer(layer: LayerExport): string {
  const features = exportedAreas(layer).map((area) => ({ type: 'Feature', properties: area.properties, geometry: area.geometry }));
  const crs = layer.crs === 'bng' ? { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${EXPORT_EPSG.bng}` } } } : {};
  return JSON.stringify({ type: 'FeatureCollection', name: layer.name, ...crs, features });
}
