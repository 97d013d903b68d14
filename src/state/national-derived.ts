/**
 * The national figure of a table indicator (issue 16): its average over every area the loaded table covers,
 * weighted by a population table's residents matched by area code when the user weights averages by one.
 * Memoised per table, so the profile can ask for it on every render.
 */
import type { IndicatorTable } from '../types';
import { nationalBenchmark, type NationalBenchmark } from '../analysis/cohesion/national-benchmark';
import { createMemo } from '../analysis/memo';

const memo = createMemo<IndicatorTable, string, NationalBenchmark>();
const populationMemo = createMemo<IndicatorTable, IndicatorTable, Map<string, number>>();

/** Residents by area code from one indicator of a population table (its latest period). */
function residentsByCode(population: { table: IndicatorTable; indicator: number }, forTable: IndicatorTable): Map<string, number> {
  return populationMemo.get(population.table, forTable, () => {
    const { table, indicator } = population;
    const periods = table.periods.length;
    const values = table.indicators[indicator].values;
    return new Map(table.areaCodes.map((code, row) => [code, values[row * periods + periods - 1]]));
  });
}

/**
 * The indicator's national figure in `period`; `population` (a table and its indicator) weights it by
 * residents where that table covers the indicator table's areas (see `nationalBenchmark`).
 */
export function tableNationalBenchmark(table: IndicatorTable, indicator: number, period: number, population: { table: IndicatorTable; indicator: number } | null): NationalBenchmark {
  const key = `${indicator}:${period}:${population ? `${population.table.id}:${population.indicator}` : ''}`;
  return memo.get(table, key, () => {
    const periods = table.periods.length;
    const source = table.indicators[indicator].values;
    const values = Float64Array.from(table.areaCodes, (_code, row) => source[row * periods + period]);
    if (!population) return nationalBenchmark(table.areaCodes, values);
    const residents = residentsByCode(population, table);
    return nationalBenchmark(table.areaCodes, values, Float64Array.from(table.areaCodes, (code) => residents.get(code) ?? Number.NaN));
  });
}
