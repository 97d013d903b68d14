/**
 * English words for the basemap a council chooses (issue 15, geography to orient by): a local PMTiles file,
 * and XYZ or WMS addresses. Spread into messages-en.ts; messages-basemap-cy.ts must have exactly these keys.
 */
export const basemapMessagesEn = {
  'basemap.addressHelp': 'Leave empty to work offline with no basemap. An XYZ tile address looks like https://…/{z}/{x}/{y}.png; a WMS address is the server’s address with SERVICE=WMS and the layer to draw, e.g. https://maps.council.gov.uk/wms?SERVICE=WMS&LAYERS=basemap.',
  'basemap.invalid.wms-no-layers': 'A WMS address needs the layer to draw: add LAYERS=… (a layer name from the server’s GetCapabilities).',
  'basemap.file': 'Basemap file on this computer (PMTiles, vector or raster)',
  'basemap.fileHelp': 'A .pmtiles file, such as OS Open Zoomstack, is read here in this browser: nothing is uploaded and no map tile is downloaded.',
  'basemap.fileLoading': 'Reading the basemap file…',
  'basemap.fileInUse': 'Basemap: {file} ({kind}, zoom levels {minZoom} to {maxZoom}).',
  'basemap.kind.vector': 'vector tiles, drawn in the app’s quiet style',
  'basemap.kind.raster': 'map images',
  'basemap.fileRemove': 'Remove the basemap file',
  'basemap.fileAwaited': 'This workspace used the basemap file {file}. A browser cannot reopen a file by itself: choose it again under Map and classes → Settings to see it.',
  'basemap.fromFile': 'Basemap from {file} on this computer (nothing is downloaded)',
  'basemap.problem.not-pmtiles': '{file} is not a PMTiles file (it does not start with “PMTiles”). Choose a .pmtiles archive; MBTiles can be converted with “pmtiles convert”.',
  'basemap.problem.unsupported-version': '{file} is a PMTiles version {found} archive; the app reads version 3. Convert it with “pmtiles convert”.',
  'basemap.problem.unsupported-tile-type': '{file} holds tiles of type {found}; a basemap needs vector tiles (MVT) or PNG, JPEG or WebP images.',
  'basemap.problem.unreadable': '{file} could not be read as PMTiles: its header, directory or metadata is damaged or cut short. Choose a fresh copy of the file.',
} as const;
