/** Matching an indicator table to loaded boundaries by area code (never by name), both ways. */
import type { IndicatorTable, TableAreaMatch } from '../../types';
import { levelFromCodes } from '../area-dataset';
import { describeCodeMismatch } from './vintage';

/** Codes compare trimmed and upper-cased ("w01000001 " joins W01000001). */
function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * How the table's codes meet the loaded areas' codes: how many areas have a row, the table codes with no
 * area and the area codes with no row (first-seen order, as given), and a plain-words note when the gap
 * looks like an LSOA vintage change, a ward boundary review, a level mismatch or no overlap at all.
 */
export function matchTableToAreas(table: Pick<IndicatorTable, 'areaCodes'>, areaCodes: readonly string[]): TableAreaMatch {
  const tableKeys = new Set(table.areaCodes.map(codeKey));
  const areaKeys = new Set<string>();
  const areasOnly: string[] = [];
  let matched = 0;
  for (const code of areaCodes) {
    const key = codeKey(code);
    if (key === '' || areaKeys.has(key)) continue;
    areaKeys.add(key);
    if (tableKeys.has(key)) matched += 1;
    else areasOnly.push(code);
  }
  const tableOnly = table.areaCodes.filter((code) => !areaKeys.has(codeKey(code)));
  const vintage = describeCodeMismatch({
    tableCodes: table.areaCodes,
    areaCodes: [...areaKeys],
    tableLevel: levelFromCodes(table.areaCodes),
    areasLevel: levelFromCodes([...areaKeys]),
    matched,
    tableOnly,
    areasOnly,
  });
  return { matched, tableOnly, areasOnly, vintage };
}
