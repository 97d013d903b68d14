/**
 * Finding the columns of a tension table by their header text ("Area code", "Ward", "Community type",
 * "Assessment date", "Current rating", "Potential", "Notes", "Agency"), ignoring case, punctuation and spacing.
 */
import type { TensionColumns } from '../../types';

/** Column indexes of the fields found (-1 when absent), and the header texts behind them. */
export interface TensionColumnIndexes {
  areaCode: number;
  areaName: number;
  communityType: number;
  date: number;
  current: number;
  potential: number;
  notes: number;
  /** Who rated the row (agency or contributor). */
  agency: number;
}

type Field = keyof TensionColumnIndexes;

/** Accepted headers per field, most specific first; `ONS_CODE`/`ONS_NAME` cover ONS lookups (WD23CD, LSOA21NM). */
const HEADERS: Record<Field, readonly string[]> = {
  areaCode: ['area code', 'ward code', 'lsoa code', 'gss code', 'ons code', 'code'],
  areaName: ['area name', 'ward name', 'lsoa name', 'area', 'ward', 'lsoa', 'name'],
  communityType: ['community type', 'type of community', 'community group', 'community'],
  date: ['assessment date', 'date of assessment', 'date assessed', 'date'],
  current: ['current rating', 'current tension rating', 'current tension', 'current level', 'current assessment', 'current'],
  potential: ['potential rating', 'potential tension rating', 'potential tension', 'potential level', 'potential assessment', 'potential'],
  notes: ['notes', 'note', 'comments', 'comment', 'narrative'],
  agency: ['agency', 'source', 'source agency', 'organisation', 'organization', 'partner', 'rated by', 'assessed by', 'contributor', 'recorded by', 'reported by'],
};

const ONS_CODE = /^[a-z]{2,5}\d{2}cd$/;
const ONS_NAME = /^[a-z]{2,5}\d{2}nm$/;

function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Finds each field's column: for every field, the first header matching its most specific name. */
export function detectTensionColumns(header: readonly string[]): TensionColumnIndexes {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const find = (field: Field, pattern?: RegExp): number => {
    for (const name of HEADERS[field]) {
      const index = keys.findIndex((key, at) => !taken.has(at) && key === name);
      if (index !== -1) return index;
    }
    return pattern ? keys.findIndex((key, at) => !taken.has(at) && pattern.test(key.replace(/ /g, ''))) : -1;
  };
  const fields: Field[] = ['areaCode', 'communityType', 'date', 'current', 'potential', 'notes', 'agency', 'areaName'];
  const found = {} as TensionColumnIndexes;
  for (const field of fields) {
    const index = find(field, field === 'areaCode' ? ONS_CODE : field === 'areaName' ? ONS_NAME : undefined);
    found[field] = index;
    if (index !== -1) taken.add(index);
  }
  return found;
}

/** The header texts of the fields found (for the dataset and messages); only call once the required ones are. */
export function describeTensionColumns(header: readonly string[], indexes: TensionColumnIndexes): TensionColumns {
  return {
    ...(indexes.areaCode !== -1 && { areaCode: header[indexes.areaCode] }),
    ...(indexes.areaName !== -1 && { areaName: header[indexes.areaName] }),
    communityType: header[indexes.communityType],
    date: header[indexes.date],
    current: header[indexes.current],
    potential: header[indexes.potential],
    ...(indexes.notes !== -1 && { notes: header[indexes.notes] }),
    ...(indexes.agency !== -1 && { agency: header[indexes.agency] }),
  };
}
