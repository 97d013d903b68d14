/**
 * Editions of an indicator as one time series: tables loaded separately (WIMD 2011, 2019, 2025; IMD 2004 to
 * 2019) become one table whose periods are the editions.
 */
import type { ImportError, ImportErrorDetail, ImportResult, ProblemParams, ImportWarning, IndicatorTable } from '../../types';
import { combineTableParts, type CombinedTableIdentity } from './combine-tables';
import { periodFromFileName, sortPeriods } from './period-labels';

function failure(file: string, code: ImportError['code'], detail: ImportErrorDetail | undefined, params: ProblemParams): { ok: false; error: ImportError } {
  return { ok: false, error: { code, ...(detail && { detail }), file, params: { file, ...params } } };
}

/** The `missing-codes` warning when some areas have rows in only some editions (codes changed between them). */
function partialAreasWarning(table: IndicatorTable): ImportWarning[] {
  const periodCount = table.periods.length;
  const partial: string[] = [];
  table.areaCodes.forEach((code, codeAt) => {
    for (let periodAt = 0; periodAt < periodCount; periodAt += 1) {
      const cell = codeAt * periodCount + periodAt;
      if (table.indicators.every((indicator) => Number.isNaN(indicator.values[cell]))) return void partial.push(code);
    }
  });
  if (partial.length === 0) return [];
  const params = { count: partial.length, periods: table.periods.join(', '), codes: partial.slice(0, 5).join(', ') };
  return [{ code: 'missing-codes', detail: 'periods', file: table.files[0], params, count: partial.length, examples: partial.slice(0, 5) }];
}

/**
 * Merges single-period tables into one table with a period per table. Labels come from `periods` (one per
 * table) or from the file names (`imd2019_…` → '2019'). Indicators are matched by name; an indicator
 * missing from an edition is NaN there. Errors: `no-period-label` (no year in a file name),
 * `duplicate-periods`, `different-layouts` (a table already has several periods, or levels differ).
 */
export function mergeTablesAsPeriods(tables: readonly IndicatorTable[], periods?: readonly string[], identity?: CombinedTableIdentity): ImportResult<IndicatorTable> {
  if (tables.length === 0) throw new Error('mergeTablesAsPeriods: no tables given');
  if (periods !== undefined && periods.length !== tables.length) throw new Error(`mergeTablesAsPeriods: ${periods.length} period labels for ${tables.length} tables`);
  const labels: string[] = [];
  for (const [index, table] of tables.entries()) {
    const file = table.files[0];
    const label = periods?.[index]?.trim() ?? periodFromFileName(file);
    if (!label) return failure(file, 'no-period-label', undefined, {});
    if (table.periods.length !== 1) {
      return failure(file, 'different-layouts', 'several-periods', { count: table.periods.length, periods: table.periods.join(', ') });
    }
    if (labels.includes(label)) return failure(file, 'duplicate-periods', undefined, { period: label, first: tables[labels.indexOf(label)].files[0] });
    if (table.level !== tables[0].level) {
      return failure(file, 'different-layouts', 'level', { level: table.level, first: tables[0].files[0], firstLevel: tables[0].level });
    }
    labels.push(label);
  }
  const parts = tables.map((table, index) => ({ table, periodLabels: [labels[index]] }));
  const { periodColumn: _ignored, ...value } = combineTableParts(parts, identity ?? { id: tables[0].id, label: `${tables[0].label} (${sortPeriods(labels).join(', ')})` });
  return { ok: true, value, warnings: partialAreasWarning(value) };
}
