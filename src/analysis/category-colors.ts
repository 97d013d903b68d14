/**
 * Colours for incident categories: the Okabe–Ito set (distinguishable with the common colour-vision
 * deficiencies), then Tableau 10 for categories beyond the eighth. Points also differ in the tooltip text,
 * so colour is never the only cue.
 */
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
const TABLEAU_10 = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];
const ALL = [...OKABE_ITO, ...TABLEAU_10];

/** Hex colour of the category at `index` (cycles after 18 categories). */
export function categoryColor(index: number): string {
  return ALL[((index % ALL.length) + ALL.length) % ALL.length];
}

/** The same colour as [r, g, b] for deck.gl. */
export function categoryRgb(index: number): [number, number, number] {
  const hex = categoryColor(index).slice(1);
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}
