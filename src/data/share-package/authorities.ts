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

/** Authorities found in the layer's own columns, in first-seen order; empty when it has no such column. */
export function authorityGroups(dataset: Pick<AreaDataset, 'features' | 'fields'>): AuthorityGroup[] {
  const codeField = dataset.fields.find((f) => CODE_COLUMN.test(f.name))?.name;
  if (!codeField) return [];
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
