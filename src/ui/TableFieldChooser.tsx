import { useMemo } from 'react';
import type { AreaDataset } from '../types';
import { useTableStore } from '../state/table-store';
import { parseTableField, tableFieldId, tableFieldsFor, type TableMeasure } from '../state/table-derived';
import { DEFAULT_DIVERGING_PALETTE, DEFAULT_SEQUENTIAL_PALETTE } from '../analysis/palettes';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';
import { columnInWords } from '../i18n/column-words';
import { useLocaleStore } from '../state/locale-store';
import { useLayerStore } from '../state/layer-store';

const MEASURES: TableMeasure[] = ['value', 'diff', 'rank', 'change'];

/** Picks a table indicator, period and measure to map; differences and changes get a diverging palette. */
export function TableFieldChooser({ dataset, valueField }: { dataset: AreaDataset; valueField: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const tables = useTableStore((s) => s.tables);
  const order = useTableStore((s) => s.order);
  const setValueField = useLayerStore((s) => s.setValueField);
  const setClassification = useLayerStore((s) => s.setClassification);
  const refs = useMemo(() => tableFieldsFor(dataset, tables, order), [dataset, tables, order]);
  if (refs.length === 0) return null;
  const current = parseTableField(valueField) ?? refs[0];
  const table = tables[current.tableId];
  const tableIds = [...new Set(refs.map((r) => r.tableId))];
  const apply = (change: Partial<typeof current>) => {
    const next = { ...current, ...change };
    const nextTable = tables[next.tableId];
    next.indicator = Math.min(next.indicator, nextTable.indicators.length - 1);
    next.period = Math.min(next.period, nextTable.periods.length - 1);
    if (next.measure === 'change' && next.period === 0) next.measure = 'value';
    setValueField(dataset.id, tableFieldId(next));
    // Differences and changes are centred on zero: a diverging palette with standard-deviation classes.
    const diverging = next.measure === 'diff' || next.measure === 'change';
    setClassification(dataset.id, diverging ? { method: 'std-dev', classCount: 6, paletteId: DEFAULT_DIVERGING_PALETTE } : { method: 'quantile', paletteId: DEFAULT_SEQUENTIAL_PALETTE });
  };
  return (
    <fieldset className="table-field" data-testid="table-field-chooser">
      <legend>{t('tables.mapIndicator')}</legend>
      <label className="field">
        <span>{t('tables.table')}</span>
        <select data-testid="tf-table" value={current.tableId} onChange={(e) => apply({ tableId: e.target.value, indicator: 0, period: tables[e.target.value].periods.length - 1 })}>
          {tableIds.map((id) => <option key={id} value={id}>{tables[id].label}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('tables.indicator')}</span>
        <select data-testid="tf-indicator" value={current.indicator} onChange={(e) => apply({ indicator: Number(e.target.value) })}>
          {table.indicators.map((ind, i) => <option key={ind.name} value={i}>{columnInWords(locale, ind.name)}</option>)}
        </select>
      </label>
      {table.periods.length > 1 && (
        <label className="field">
          <span>{t('tables.period')}</span>
          <select data-testid="tf-period" value={current.period} onChange={(e) => apply({ period: Number(e.target.value) })}>
            {table.periods.map((p, i) => <option key={p} value={i}>{p}</option>)}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('tables.measure')}</span>
        <select data-testid="tf-measure" value={current.measure} onChange={(e) => apply({ measure: e.target.value as TableMeasure })}>
          {MEASURES.filter((m) => m !== 'change' || current.period > 0).map((m) => <option key={m} value={m}>{t(`tables.measureName.${m}` as MessageKey)}</option>)}
        </select>
      </label>
      {!parseTableField(valueField) && <button type="button" data-testid="tf-apply" onClick={() => apply({})}>{t('tables.mapThis')}</button>}
    </fieldset>
  );
}
