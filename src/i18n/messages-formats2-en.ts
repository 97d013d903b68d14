/**
 * English words for issue 19's second round: the emerging hot spot rule sets and OSTN15 datum grids.
 * Spread into messages-en.ts; messages-formats2-cy.ts must have exactly these keys.
 */
export const formats2MessagesEn = {
  'hotspot.rules': 'Emerging hot spot rules',
  'hotspot.rules.arcgis-pro': 'ArcGIS Pro (standard)',
  'hotspot.rules.atlas': 'Atlas rules',
  'hotspot.rules.arcgis-pro.note': 'As ArcGIS Pro publishes them: sporadic, new and consecutive need a hot spot in the last month; an area that flared earlier but is quiet now has no pattern. A cold spot in the past makes a hot spot oscillating.',
  'hotspot.rules.atlas.note': 'The atlas’s earlier rules: an area hot now and then but not in the last month is still called sporadic, so past flare-ups stay visible; results differ from ArcGIS Pro.',
};
