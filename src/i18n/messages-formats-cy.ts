/**
 * Welsh words for file formats in and out (issue 19); the same keys as messages-formats-en.ts.
 */
import type { formatMessagesEn } from './messages-formats-en';

export const formatMessagesCy: Record<keyof typeof formatMessagesEn, string> = {
  'formats.layerCrs.projected': "wedi'i ail-daflunio o {name}",
  'formats.layerCrs.projectedAccuracy': "wedi'i ail-daflunio o {name} (i tua {accuracyM} m)",
  'formats.export.title': 'Lawrlwytho ar gyfer QGIS neu ArcGIS',
  'formats.export.help': "Yr ardaloedd gyda'u colofnau eu hunain, y gwerth a fapiwyd a'i ddosbarth, cyfrifon digwyddiadau a gysylltwyd â'r haen hon a'r mynegai cydlyniant lle mae wedi'i osod.",
  'formats.export.format': 'Fformat y ffeil',
  'formats.export.geopackage': 'GeoPackage (.gpkg)',
  'formats.export.geojson': 'GeoJSON (.geojson)',
  'formats.export.crs': 'Cyfesurynnau',
  'formats.export.bng': 'Grid Cenedlaethol Prydain (EPSG:27700), metrau',
  'formats.export.wgs84': 'WGS84 (EPSG:4326), hydred/lledred',
  'formats.export.download': 'Lawrlwytho ardaloedd',
  'formats.export.working': 'Wrthi’n paratoi…',
  'formats.export.failed': "Nid oedd modd ysgrifennu'r ffeil. Rhowch gynnig arall arni, neu dewiswch GeoJSON.",
  'formats.column.class': 'dosbarth',
  'formats.column.count': 'cyfrif {name}',
  'formats.column.cohesionScore': 'sgôr cydlyniant',
  'formats.column.cohesionRank': 'safle cydlyniant',
};

/** Keys of this file whose Welsh is our own wording and still needs review by a Welsh speaker. */
export const formatWelshReviewNeeded: ReadonlyArray<keyof typeof formatMessagesEn> = ['formats.export.help', 'formats.column.count'];
