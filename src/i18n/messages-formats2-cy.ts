/**
 * Welsh words for issue 19's second round, see messages-formats2-en.ts. Spread into messages-cy.ts, where every
 * key is listed as still to be checked by a Welsh speaker.
 */
import type { formats2MessagesEn } from './messages-formats2-en';

export const formats2MessagesCy: Record<keyof typeof formats2MessagesEn, string> = {
  'hotspot.rules': "Rheolau mannau poeth sy'n dod i'r amlwg",
  'hotspot.rules.arcgis-pro': 'ArcGIS Pro (safonol)',
  'hotspot.rules.atlas': "Rheolau'r atlas",
  'hotspot.rules.arcgis-pro.note': "Fel y mae ArcGIS Pro yn eu cyhoeddi: mae angen man poeth yn y mis olaf ar gyfer achlysurol, newydd ac olynol; nid oes patrwm i ardal a fu'n boeth yn gynharach ond sy'n dawel nawr. Mae man oer yn y gorffennol yn gwneud man poeth yn osgiliadol.",
  'hotspot.rulesUsed': 'Categorïau yn ôl: {rules}',
  'hotspot.rules.atlas.note': "Rheolau cynharach yr atlas: gelwir ardal sy'n boeth bob hyn a hyn ond nid yn y mis olaf yn achlysurol o hyd, fel bod fflachiadau'r gorffennol yn dal i'w gweld; mae'r canlyniadau'n wahanol i ArcGIS Pro.",
  'importWarning.reprojected-from-bng.ostn15': "{file}: ail-daflunio o Grid Cenedlaethol Prydain (EPSG:27700) i WGS84 drwy'r grid OSTN15 a roesoch ({grid}), yn gywir i tua 0.1 m.",
  'importWarning.reprojected-from-bng.columns-ostn15': "Darllenwyd \"{easting}\"/\"{northing}\" fel metrau Grid Cenedlaethol Prydain (EPSG:27700) a'u hail-daflunio i WGS84 drwy'r grid OSTN15 a roesoch ({grid}), yn gywir i tua 0.1 m.",
  'layers.crs.bngGrid': "wedi'i ail-daflunio o Grid Cenedlaethol Prydain drwy OSTN15 (i tua 0.1 m)",
  'datumGrid.heading': 'Cywirdeb Grid Cenedlaethol Prydain',
  'datumGrid.helmert': "Caiff Grid Cenedlaethol Prydain ei drosi gyda'r newid datwm safonol 7 paramedr, yn gywir i tua 5 m. I gael tua 0.1 m, dewiswch ffeil grid OSTN15 yr Arolwg Ordnans (OSTN15_NTv2_OSGBtoETRS.gsb, am ddim o wefan yr AO); fe'i defnyddir ar gyfer ffeiliau a lwythir ar ei hôl.",
  'datumGrid.choose': 'Dewis ffeil grid OSTN15…',
  'datumGrid.using': "Yn defnyddio'r grid OSTN15 {file} (i tua 0.1 m) ar gyfer ffeiliau Grid Cenedlaethol Prydain a lwythir o hyn ymlaen.",
  'datumGrid.remove': "Peidio â defnyddio'r grid",
  'datumGrid.problem.not-ntv2': "Nid yw {file} yn ffeil grid NTv2 (.gsb); dewiswch OSTN15_NTv2_OSGBtoETRS.gsb gan yr Arolwg Ordnans.",
  'datumGrid.problem.truncated': "Mae {file} yn dod i ben cyn i'r grid wneud: efallai nad yw'r lawrlwythiad yn gyflawn; lawrlwythwch ef eto.",
  'datumGrid.problem.not-osgb36-to-etrs89': "Mae {file} yn grid NTv2, ond nid o OSGB36 i ETRS89; dewiswch OSTN15_NTv2_OSGBtoETRS.gsb.",
};
