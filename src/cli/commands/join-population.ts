/**
 * `atlas join --population FILE[:COLUMN]`: residents per area from a table file (e.g. Census 2021 TS001),
 * its column named by the user or detected on its header (analysis/population-columns).
 */
import { existsSync } from 'node:fs';
import { rankPopulationColumns, type PopulationReason } from '../../analysis/population-columns';
import type { IndicatorTable } from '../../types';

/** Residents per area code from the population table, the column they came from and why it was taken. */
export interface TablePopulation {
  field: string;
  reason: PopulationReason | 'named';
  byCode: Map<string, number>;
}

/**
 * Splits "FILE[:COLUMN]". Column headers hold colons themselves ("Residence type: Total; measures: Value"),
 * so the file is the shortest prefix before a colon that exists on disk; the whole argument when it exists.
 */
export function splitPopulationArgument(argument: string, exists: (path: string) => boolean = existsSync): { path: string; column: string | null } {
  if (exists(argument)) return { path: argument, column: null };
  for (let at = argument.indexOf(':'); at > 0; at = argument.indexOf(':', at + 1)) {
    if (exists(argument.slice(0, at))) return { path: argument.slice(0, at), column: argument.slice(at + 1).trim() || null };
  }
  return { path: argument, column: null };
}

/** The population column of the table (the named one, else the surest detected one), or the error to print. */
export function populationFromTable(table: IndicatorTable, column: string | null, file: string): TablePopulation | string {
  const names = table.indicators.map((indicator) => indicator.name);
  let index: number;
  let reason: TablePopulation['reason'];
  if (column !== null) {
    index = names.findIndex((name) => name.trim().toLowerCase() === column.toLowerCase());
    reason = 'named';
    if (index < 0) return `${file} has no column "${column}": expected one of ${names.map((name) => `"${name}"`).join(', ')}.`;
  } else {
    const [best] = rankPopulationColumns(table.indicators);
    if (!best) return `${file} has no column that looks like a resident population: name one as ${file}:COLUMN (columns: ${names.map((name) => `"${name}"`).join(', ')}).`;
    index = names.indexOf(best.name);
    reason = best.reason;
  }
  const values = table.indicators[index].values;
  const periods = table.periods.length;
  const byCode = new Map<string, number>();
  // The latest period of a table with several editions.
  table.areaCodes.forEach((code, row) => {
    const value = values[row * periods + periods - 1];
    if (Number.isFinite(value)) byCode.set(code, value);
  });
  return { field: names[index], reason, byCode };
}
