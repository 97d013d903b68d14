import { useMemo } from 'react';
import { useTableStore } from '../../state/table-store';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { useCohesionStore, type IndexItem } from '../../state/cohesion-store';
import { suggestIndicatorForColumn, tableRowsForAreas } from '../../state/table-derived';
import { useT } from '../use-t';
import { IndexResults } from './IndexResults';
import { RapidChange } from './RapidChange';
import { CommunityOverlapPanel } from './CommunityOverlapPanel';

/** Cohesion analysis of the mapped layer: composite index, rapid change, and communities in low-cohesion areas. */
export function CohesionPanel() {
  const t = useT();
  const tables = useTableStore((s) => s.tables);
  const order = useTableStore((s) => s.order);
  const activeId = useLayerStore((s) => s.activeLayerId);
  const boundaryId = useCohesionStore((s) => s.boundaryId);
  const setBoundary = useCohesionStore((s) => s.setBoundary);
  const boundary = useDataStore((s) => (boundaryId ? s.datasets[boundaryId] : undefined));
  const activeBoundary = useDataStore((s) => (activeId ? s.datasets[activeId] : undefined));
  const items = useCohesionStore((s) => s.items);
  const setItems = useCohesionStore((s) => s.setItems);
  const updateItem = useCohesionStore((s) => s.updateItem);
  const periodLabel = useCohesionStore((s) => s.periodLabel);
  const setPeriodLabel = useCohesionStore((s) => s.setPeriodLabel);

  /** Indicators of tables that match the analysed layer, with the catalogue's suggested direction. */
  const candidates = useMemo(() => {
    if (!boundary) return [];
    return order.flatMap((tableId) => {
      const table = tables[tableId];
      if (!table || !tableRowsForAreas(table, boundary).some((r) => r >= 0)) return [];
      return table.indicators.map((indicator, i) => ({ tableId, indicator: i, name: indicator.name, table: table.label, suggestion: suggestIndicatorForColumn(indicator.name) }));
    });
  }, [boundary, tables, order]);
  const periods = useMemo(() => [...new Set(candidates.flatMap((c) => tables[c.tableId].periods))].filter(Boolean).sort(), [candidates, tables]);

  if (order.length === 0 || !activeBoundary) return null;
  if (!boundary) {
    return (
      <section className="panel" aria-labelledby="cohesion-heading" data-testid="cohesion-panel">
        <h2 id="cohesion-heading">{t('cohesion.heading')}</h2>
        <button type="button" data-testid="cohesion-start" onClick={() => setBoundary(activeBoundary.id)}>{t('cohesion.analyse', { layer: activeBoundary.label })}</button>
      </section>
    );
  }
  const itemIndex = (c: { tableId: string; indicator: number }) => items.findIndex((i) => i.tableId === c.tableId && i.indicator === c.indicator);
  const toggle = (c: (typeof candidates)[number], on: boolean) => {
    if (!on) setItems(items.filter((i) => !(i.tableId === c.tableId && i.indicator === c.indicator)));
    else setItems([...items, { tableId: c.tableId, indicator: c.indicator, direction: c.suggestion?.direction ?? 'negative', weight: 1, unreliable: false } satisfies IndexItem]);
  };

  return (
    <section className="panel" aria-labelledby="cohesion-heading" data-testid="cohesion-panel">
      <h2 id="cohesion-heading">{t('cohesion.heading')}</h2>
      <p className="muted small">{t('cohesion.on', { layer: boundary.label })} {activeBoundary.id !== boundary.id && <button type="button" data-testid="cohesion-start" onClick={() => setBoundary(activeBoundary.id)}>{t('cohesion.analyse', { layer: activeBoundary.label })}</button>}</p>
      <details open className="index-builder">
        <summary>{t('cohesion.indexHeading')}</summary>
        <p className="muted small">{t('cohesion.indexHelp')}</p>
        {periods.length > 1 && (
          <label className="field">
            <span>{t('tables.period')}</span>
            <select data-testid="index-period" value={periodLabel ?? ''} onChange={(e) => setPeriodLabel(e.target.value || null)}>
              <option value="">{t('cohesion.latest')}</option>
              {periods.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
        )}
        <table className="index-items">
          <thead><tr><th scope="col">{t('tables.indicator')}</th><th scope="col">{t('cohesion.direction')}</th><th scope="col">{t('cohesion.weight')}</th><th scope="col">{t('cohesion.unreliable')}</th></tr></thead>
          <tbody>
            {candidates.map((c) => {
              const k = itemIndex(c);
              const item = k >= 0 ? items[k] : null;
              return (
                <tr key={`${c.tableId}:${c.indicator}`} data-testid="index-candidate" data-indicator={c.name}>
                  <td><label><input type="checkbox" checked={!!item} onChange={(e) => toggle(c, e.target.checked)} data-testid="index-include" /> {c.name}</label></td>
                  <td>
                    <select aria-label={t('cohesion.directionOf', { name: c.name })} disabled={!item} value={item?.direction ?? c.suggestion?.direction ?? 'negative'} onChange={(e) => updateItem(k, { direction: e.target.value as IndexItem['direction'] })}>
                      <option value="positive">{t('cohesion.positive')}</option>
                      <option value="negative">{t('cohesion.negative')}</option>
                    </select>
                    {item && !c.suggestion?.direction && <span className="warning-text small" data-testid="direction-unsure"> {t('cohesion.checkDirection')}</span>}
                  </td>
                  <td><input type="number" min={0} step={0.5} className="weight" aria-label={t('cohesion.weightOf', { name: c.name })} disabled={!item} value={item?.weight ?? 1} onChange={(e) => updateItem(k, { weight: Number(e.target.value) })} /></td>
                  <td><input type="checkbox" aria-label={t('cohesion.unreliableOf', { name: c.name })} disabled={!item} checked={item?.unreliable ?? false} onChange={(e) => updateItem(k, { unreliable: e.target.checked })} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <IndexResults />
      </details>
      <RapidChange candidates={candidates.filter((c) => tables[c.tableId].periods.length > 1)} />
      <CommunityOverlapPanel candidates={candidates} />
    </section>
  );
}
