/**
 * Colours of what the map draws over the classes: flagged-area outlines, the boundary band's two sides
 * and the incident heatmap. The map layers draw with them and the legends (on screen and exported)
 * show the same swatches, so the two cannot drift apart.
 */

/** Outlines of flagged areas: dashed purple for rapid change, solid black for a Community Impact Assessment. */
export const FLAGGED_STYLES = {
  'rapid-change': { color: '#6a00a8', dashed: true },
  'impact-assessment': { color: '#000000', dashed: false },
} as const;

/** Boundary band side colours, matching the band table's column headers. */
export const BAND_COLORS = { sideA: '#d95f02', sideB: '#1b7fbd' } as const;

/**
 * The heatmap's colours, low to high density: cyan through violet to magenta, a ramp no choropleth palette
 * uses (every colour is at least 45 RGB units from every class colour of every palette), so a density
 * surface is never read as a class of the choropleth under it (issue 15).
 */
export const HEATMAP_RAMP = ['#8ef6ff', '#00e5ff', '#2f7bff', '#8a2bff', '#e100ff', '#ff3ec8'] as const;

/** Outlines of open Community Impact Assessments by risk level (issue 17): green, amber, red; grey before any risk is scored. */
export const ASSESSMENT_OUTLINE_COLORS = { low: '#1b7837', medium: '#d97706', high: '#b2182b', unscored: '#52606d' } as const;
