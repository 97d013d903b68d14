/**
 * English words for issue 19's second round: the emerging hot spot rule sets and OSTN15 datum grids.
 * Spread into messages-en.ts; messages-formats2-cy.ts must have exactly these keys.
 */
export const formats2MessagesEn = {
  'hotspot.rules': 'Emerging hot spot rules',
  'hotspot.rules.arcgis-pro': 'ArcGIS Pro (standard)',
  'hotspot.rules.atlas': 'Atlas rules',
  'hotspot.rules.arcgis-pro.note': 'As ArcGIS Pro publishes them: sporadic, new and consecutive need a hot spot in the last month; an area that flared earlier but is quiet now has no pattern. A cold spot in the past makes a hot spot oscillating.',
  'hotspot.rulesUsed': 'Categories by: {rules}',
  'hotspot.rules.atlas.note': 'The atlas’s earlier rules: an area hot now and then but not in the last month is still called sporadic, so past flare-ups stay visible; results differ from ArcGIS Pro.',
  'importWarning.reprojected-from-bng.ostn15': '{file}: reprojected from British National Grid (EPSG:27700) to WGS84 through the OSTN15 grid you supplied ({grid}), accurate to about 0.1 m.',
  'importWarning.reprojected-from-bng.columns-ostn15': '"{easting}"/"{northing}" were read as British National Grid (EPSG:27700) metres and reprojected to WGS84 through the OSTN15 grid you supplied ({grid}), accurate to about 0.1 m.',
  'layers.crs.bngGrid': 'reprojected from British National Grid through OSTN15 (to about 0.1 m)',
  'datumGrid.heading': 'British National Grid accuracy',
  'datumGrid.helmert': 'British National Grid is converted with the standard 7-parameter datum shift, accurate to about 5 m. For about 0.1 m, choose Ordnance Survey’s OSTN15 grid file (OSTN15_NTv2_OSGBtoETRS.gsb, free from the OS website); it is used for files loaded after it.',
  'datumGrid.choose': 'Choose the OSTN15 grid file…',
  'datumGrid.using': 'Using the OSTN15 grid {file} (to about 0.1 m) for British National Grid files loaded from now on.',
  'datumGrid.remove': 'Stop using the grid',
  'datumGrid.problem.not-ntv2': '{file} is not an NTv2 grid file (.gsb); choose OSTN15_NTv2_OSGBtoETRS.gsb from Ordnance Survey.',
  'datumGrid.problem.truncated': '{file} ends before the grid does: the download may be incomplete; download it again.',
  'datumGrid.problem.not-osgb36-to-etrs89': '{file} is an NTv2 grid, but not from OSGB36 to ETRS89; choose OSTN15_NTv2_OSGBtoETRS.gsb.',
};
