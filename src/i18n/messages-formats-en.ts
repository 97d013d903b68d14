/**
 * English words for file formats in and out (issue 19): coordinate systems named in the layer list, and the
 * geometry export (GeoJSON, GeoPackage). Spread into messages-en.ts; messages-formats-cy.ts has the same keys.
 */
export const formatMessagesEn = {
  'formats.layerCrs.projected': 'reprojected from {name}',
  'formats.layerCrs.projectedAccuracy': 'reprojected from {name} (to about {accuracyM} m)',
  'formats.export.title': 'Download for QGIS or ArcGIS',
  'formats.export.help': 'The areas with their own columns, the mapped value and class, incident counts joined into this layer and the cohesion index where set up.',
  'formats.export.format': 'File format',
  'formats.export.geopackage': 'GeoPackage (.gpkg)',
  'formats.export.geojson': 'GeoJSON (.geojson)',
  'formats.export.crs': 'Coordinates',
  'formats.export.bng': 'British National Grid (EPSG:27700), metres',
  'formats.export.wgs84': 'WGS84 (EPSG:4326), longitude/latitude',
  'formats.export.download': 'Download areas',
  'formats.export.working': 'Preparing…',
  'formats.export.failed': 'The file could not be written. Try again, or choose GeoJSON.',
  'formats.column.class': 'class',
  'formats.column.count': '{name} count',
  'formats.column.cohesionScore': 'cohesion score',
  'formats.column.cohesionRank': 'cohesion rank',
} as const;
