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
  'hotspot.rules.atlas.note': "Rheolau cynharach yr atlas: gelwir ardal sy'n boeth bob hyn a hyn ond nid yn y mis olaf yn achlysurol o hyd, fel bod fflachiadau'r gorffennol yn dal i'w gweld; mae'r canlyniadau'n wahanol i ArcGIS Pro.",
};
