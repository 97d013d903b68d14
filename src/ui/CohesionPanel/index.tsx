import { useMemo } from 'react';
import { useTableStore } from '../../state/table-store';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { useCohesionStore, type IndexItem } from '../../state/cohesion-store';
import { exportCustomProxies, indexCandidates } from '../../state/cohesion-candidates';
import { downloadText } from '../download';
import { useT } from '../use-t';
import { IndexResults } from './IndexResults';
import { RapidChange } from './RapidChange';
import { CommunityOverlapPanel } from './CommunityOverlapPanel';
import { IndexCandidateRow } from './IndexCandidateRow';
import { FactorNotes } from './FactorNotes';
import { SourceItems } from './SourceItems';
import { useIncidentStore } from '../../state/incident-store';

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

  /** Indicators of tables that match the analysed layer, with their source and the catalogue's factor and direction. */
  const customProxies = useCohesionStore((s) => s.customProxies);
  const rememberProxy = useCohesionStore((s) => s.rememberProxy);
  const forgetProxy = useCohesionStore((s) => s.forgetProxy);
  const candidates = useMemo(() => (boundary ? indexCandidates(boundary, tables, order, customProxies) : []), [boundary, tables, order, customProxies]);
  const periods = useMemo(() => [...new Set(candidates.flatMap((c) => tables[c.tableId].periods))].filter(Boolean).sort(), [candidates, tables]);

  const hasJoins = useIncidentStore((s) => Object.keys(s.joins).length > 0);
  if ((order.length === 0 && !hasJoins) || !activeBoundary) return null;
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
    // Nothing defaults to "less cohesion": without the catalogue's direction the user must choose one.
    else setItems([...items, { tableId: c.tableId, indicator: c.indicator, direction: c.suggestion?.direction ?? null, weight: 1, unreliable: false } satisfies IndexItem]);
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
          {candidates.map((c) => {
            const k = itemIndex(c);
            const item = k >= 0 ? items[k] : null;
            const remember = () => item?.direction && rememberProxy({ columnName: c.name, label: c.name, direction: item.direction });
            return <IndexCandidateRow key={`${c.tableId}:${c.indicator}`} candidate={c} item={item} onToggle={(on) => toggle(c, on)} onChange={(change) => updateItem(k, change)} onRemember={remember} onForget={() => forgetProxy(c.name)} />;
          })}
        </table>
        {customProxies.length > 0 && (
          <p className="small">
            <button type="button" data-testid="export-proxies" onClick={() => downloadText('cohesion-proxies.json', exportCustomProxies(customProxies), 'application/json')}>{t('cohesion.ownProxy.export', { count: customProxies.length })}</button>
          </p>
        )}
        <SourceItems boundary={boundary} />
        <FactorNotes testId="index-factors" factors={candidates.flatMap((c) => (c.factor && items.some((i) => i.tableId === c.tableId && i.indicator === c.indicator) ? [c.factor] : []))} />
        <IndexResults candidates={candidates} />
      </details>
      <RapidChange candidates={candidates.filter((c) => tables[c.tableId].periods.length > 1)} />
      <CommunityOverlapPanel candidates={candidates} />
    </section>
  );
}
