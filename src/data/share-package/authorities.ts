/**
 * The authorities a boundary layer's areas belong to, from a local-authority code column in the file
 * (e.g. LAD22CD / LAD_CODE with LAD22NM / LAD_NAME), so a package can hold one authority's areas only.
 */
import type { AreaDataset } from '../../types';

/** One authority present in the layer, with the indexes of its areas. */
export interface AuthorityGroup {
  code: string;
  name: string;
  areaIndexes: number[];
}

const CODE_COLUMN = /^(lad\d*cd|lad_?code|la_?code|lacd)$/i;
const NAME_COLUMN = /^(lad\d*nm|lad_?name|la_?name|lanm)$/i;

/**
 * Authorities found in the layer's own columns, in first-seen order; without such a column, the authorities
 * recorded on the layer (a merged layer knows each area's authority from its source files) that have a code.
 * Empty when neither is known.
 */
export function authorityGroups(dataset: Pick<AreaDataset, 'features' | 'fields' | 'authorities' | 'areaAuthorities'>): AuthorityGroup[] {
  const codeField = dataset.fields.find((f) => CODE_COLUMN.test(f.name))?.name;
  if (!codeField) return recordedGroups(dataset);
  const nameField = dataset.fields.find((f) => NAME_COLUMN.test(f.name))?.name;
  const groups = new Map<string, AuthorityGroup>();
  dataset.features.forEach((feature, i) => {
    const code = String(feature.properties[codeField] ?? '').trim();
    if (!code) return;
    let group = groups.get(code);
    if (!group) groups.set(code, (group = { code, name: String((nameField && feature.properties[nameField]) || code).trim(), areaIndexes: [] }));
    group.areaIndexes.push(i);
  });
  return [...groups.values()];
}

/** Groups from the layer's recorded authorities (issue 7), in authority order; those without a code are left out. */
function recordedGroups({ authorities = [], areaAuthorities = [] }: Pick<AreaDataset, 'authorities' | 'areaAuthorities'>): AuthorityGroup[] {
  const groups = authorities.map((a): AuthorityGroup => ({ code: a.code, name: a.name, areaIndexes: [] }));
  areaAuthorities.forEach((authority, i) => groups[authority]?.areaIndexes.push(i));
  return groups.filter((g) => g.code && g.areaIndexes.length);
}
