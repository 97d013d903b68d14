/**
 * English words for file formats in and out (issue 19): coordinate systems named in the layer list, and the
 * geometry export (GeoJSON, GeoPackage). Spread into messages-en.ts; messages-formats-cy.ts has the same keys.
 */
export const formatMessagesEn = {
  'formats.layerCrs.projected': 'reprojected from {name}',
} as const;
