/**
 * Welsh words for the basemap a council chooses (issue 15), see messages-basemap-en.ts. Spread into
 * messages-cy.ts; all our own Welsh, listed for review there.
 */
import type { basemapMessagesEn } from './messages-basemap-en';

export const basemapMessagesCy: Record<keyof typeof basemapMessagesEn, string> = {
  'basemap.addressHelp': 'Gadewch yn wag i weithio all-lein heb fap sylfaen. Mae cyfeiriad teils XYZ yn edrych fel https://…/{z}/{x}/{y}.png; cyfeiriad WMS yw cyfeiriad y gweinydd gyda SERVICE=WMS a’r haen i’w thynnu, e.e. https://maps.council.gov.uk/wms?SERVICE=WMS&LAYERS=basemap.',
  'basemap.invalid.wms-no-layers': 'Mae angen yr haen i’w thynnu ar gyfeiriad WMS: ychwanegwch LAYERS=… (enw haen o GetCapabilities y gweinydd).',
  'basemap.file': 'Ffeil map sylfaen ar y cyfrifiadur hwn (PMTiles, fector neu raster)',
  'basemap.fileHelp': 'Caiff ffeil .pmtiles, fel OS Open Zoomstack, ei darllen yma yn y porwr hwn: nid oes dim yn cael ei lanlwytho ac nid oes teilsen map yn cael ei lawrlwytho.',
  'basemap.fileLoading': 'Yn darllen y ffeil map sylfaen…',
  'basemap.fileInUse': 'Map sylfaen: {file} ({kind}, lefelau chwyddo {minZoom} i {maxZoom}).',
  'basemap.kind.vector': 'teils fector, wedi’u tynnu yn arddull dawel yr ap',
  'basemap.kind.raster': 'delweddau map',
  'basemap.fileRemove': 'Tynnu’r ffeil map sylfaen',
  'basemap.fileAwaited': 'Roedd y gweithle hwn yn defnyddio’r ffeil map sylfaen {file}. Ni all porwr ailagor ffeil ar ei ben ei hun: dewiswch hi eto o dan Map a dosbarthiadau → Gosodiadau i’w gweld.',
  'basemap.fromFile': 'Map sylfaen o {file} ar y cyfrifiadur hwn (nid oes dim yn cael ei lawrlwytho)',
  'basemap.problem.not-pmtiles': 'Nid ffeil PMTiles yw {file} (nid yw’n dechrau â “PMTiles”). Dewiswch archif .pmtiles; gellir trosi MBTiles gyda “pmtiles convert”.',
  'basemap.problem.unsupported-version': 'Mae {file} yn archif PMTiles fersiwn {found}; mae’r ap yn darllen fersiwn 3. Troswch hi gyda “pmtiles convert”.',
  'basemap.problem.unsupported-tile-type': 'Mae {file} yn dal teils o’r math {found}; mae angen teils fector (MVT) neu ddelweddau PNG, JPEG neu WebP ar fap sylfaen.',
  'basemap.problem.unreadable': 'Nid oedd modd darllen {file} fel PMTiles: mae ei bennawd, ei gyfeiriadur neu ei fetadata wedi’i ddifrodi neu’n anghyflawn. Dewiswch gopi newydd o’r ffeil.',
};
