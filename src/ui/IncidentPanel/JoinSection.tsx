import { useId, useMemo, useState } from 'react';
import { useIncidentStore } from '../../state/incident-store';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { incidentFieldId, joinCoverage, joinedCounts, populationForBoundary, useKeptIncidents } from '../../state/incident-derived';
import { useTableStore } from '../../state/table-store';
import { NO_FILTER } from '../../analysis/incident-filter';
import type { PeriodKind } from '../../analysis/periods';
import { useLocaleTag, useT } from '../use-t';
import { downloadJoinedTable } from './download-table';
import { JoinAgreement } from './JoinAgreement';
import { PopulationPicker } from '../PopulationPicker';
import { ExportNotice } from '../ExportNotice';

const OUTSIDE_LISTED = 20;

/** Which boundary layer the points are counted into, the outcome, and the per-area table. */
export function JoinSection({ incidentId }: { incidentId: string }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const dataset = useIncidentStore((s) => s.incidents[incidentId]);
  const join = useIncidentStore((s) => s.joins[incidentId]);
  const joinIncidents = useIncidentStore((s) => s.joinIncidents);
  const boundaryOrder = useDataStore((s) => s.order);
  const boundaryDatasets = useDataStore((s) => s.datasets);
  const boundaries = boundaryOrder.map((id) => ({ id, label: boundaryDatasets[id]?.label ?? id }));
  const boundary = useDataStore((s) => (join ? s.datasets[join.boundaryId] : undefined));
  const setValueField = useLayerStore((s) => s.setValueField);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const kept = useKeptIncidents(incidentId);
  const tables = useTableStore((s) => s.tables);
  const chosenPopulation = useIncidentStore((s) => (join ? s.populations[join.boundaryId] : undefined));
  const [showOutside, setShowOutside] = useState(false);
  const [periodKind, setPeriodKind] = useState<PeriodKind>('month');
  const [suppress, setSuppress] = useState(true);
  const [exported, setExported] = useState<string | null>(null);
  const suppressId = useId();
  const filter = useIncidentStore((s) => s.filters[incidentId] ?? NO_FILTER);
  const counts = useMemo(() => (join && kept && boundary ? joinedCounts(join, kept, boundary.features.length) : null), [join, kept, boundary]);
  if (!dataset) return null;
  const n = (v: number) => v.toLocaleString(localeTag);
  const hasPopulation = boundary ? populationForBoundary(boundary, tables, chosenPopulation) !== null : false;
  const coverage = join && boundary ? joinCoverage(join, boundary) : null;
  const authorityNames = (covered: boolean) => (coverage?.authorities ?? []).filter((a) => a.covered === covered)
    .map((a) => boundary?.authorities?.[a.authority]?.name ?? t('neighbours.authorityUnknown')).join(', ');
  const outsideRows = () => {
    if (!join || !kept) return [];
    const rows: string[] = [];
    for (let k = 0; k < kept.indexes.length && rows.length < OUTSIDE_LISTED; k++) {
      const i = kept.indexes[k];
      if (join.areaIndex[i] < 0) rows.push(`${dataset.files[dataset.sourceFile[i]]}:${dataset.sourceLine[i]}`);
    }
    return rows;
  };
  const mapField = (measure: 'count' | 'rate') => {
    if (!join) return;
    setActiveDataset(join.boundaryId);
    setValueField(join.boundaryId, incidentFieldId(incidentId, measure));
  };

  return (
    <div className="join" data-testid="join-section">
      <label className="field">
        <span>{t('incidents.joinInto')}</span>
        <select data-testid="join-target" value={join?.boundaryId ?? ''} onChange={(e) => e.target.value && joinIncidents(incidentId, e.target.value)}>
          <option value="" disabled>{t('incidents.chooseLayer')}</option>
          {boundaries.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
        </select>
      </label>
      {join && counts && boundary && (
        <>
          <p className="small" data-testid="join-outcome">
            {t('incidents.joinOutcome', { matched: n(counts.matched), outside: n(counts.outside), layer: boundary.label })}
          </p>
          {coverage && coverage.uncoveredAreas > 0 && (
            <p className="small" data-testid="join-coverage">
              {t('incidents.coverage', { uncovered: authorityNames(false), covered: authorityNames(true), count: n(coverage.authorities.reduce((sum, a) => sum + (a.covered ? 0 : a.points), 0)) })}
            </p>
          )}
          <p className="muted small">{t('incidents.edgeRule')}</p>
          <JoinAgreement join={join} dataset={dataset} />
          <PopulationPicker boundary={boundary} />
          {counts.outside > 0 && (
            <details open={showOutside} onToggle={(e) => setShowOutside((e.target as HTMLDetailsElement).open)}>
              <summary>{t('incidents.outsideList', { count: Math.min(OUTSIDE_LISTED, counts.outside) })}</summary>
              {showOutside && <ul className="row-refs" data-testid="outside-rows">{outsideRows().map((r) => <li key={r}>{r}</li>)}</ul>}
            </details>
          )}
          <div className="filter-actions">
            <button type="button" data-testid="map-counts" onClick={() => mapField('count')}>{t('incidents.mapCounts')}</button>
            {hasPopulation && <button type="button" data-testid="map-rates" onClick={() => mapField('rate')}>{t('incidents.mapRates')}</button>}
            <label className="inline-select">
              <span>{t('incidents.periodsIn')}</span>
              <select data-testid="export-periods" value={periodKind} onChange={(e) => setPeriodKind(e.target.value as PeriodKind)}>
                <option value="month">{t('incidents.byMonth')}</option>
                <option value="week">{t('incidents.byWeek')}</option>
              </select>
            </label>
            <button type="button" data-testid="export-table" onClick={() => setExported(downloadJoinedTable(boundary, dataset, join, filter, periodKind, populationForBoundary(boundary, tables, chosenPopulation), suppress))}>{t('incidents.exportTable')}</button>
          </div>
          <p className="small">
            <input type="checkbox" id={suppressId} checked={suppress} onChange={(e) => setSuppress(e.target.checked)} aria-describedby={`${suppressId}-rule`} data-testid="export-table-suppress" />
            <label htmlFor={suppressId}>{t('promises.suppress')}</label>
          </p>
          <p className="muted small" id={`${suppressId}-rule`}>{t('promises.suppressRule')}</p>
          <ExportNotice fileName={exported} />
        </>
      )}
    </div>
  );
}
