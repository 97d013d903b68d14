import { useMemo, useState } from 'react';
import { formatDate } from '../format-date';
import { useShallow } from 'zustand/react/shallow';
import { useTensionStore } from '../../state/tension-store';
import { useDataStore } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { TENSION_FIELD, useAreaTension, useTensionDate, useTensionJudgements, useTensionRows } from '../../state/tension-derived';
import { tensionSummaryTable } from '../../analysis/tension/summary-table';
import { ErrorNotice } from '../ErrorNotice';
import { useLocaleTag, useProblemText, useT, useAreaName } from '../use-t';
import { useCommunityTypeName, useTrendWords } from '../use-tension-words';
import type { TensionSummaryRow } from '../../types';
import { LevelDefinitions } from './LevelDefinitions';
import { TensionNotes } from './TensionNotes';
import { JudgementForm } from './JudgementForm';
import { RatingEntry } from './RatingEntry';

/** Tension ratings: what is mapped (current or potential, which community), and the guide's summary form. */
export function TensionPanel() {
  const t = useT();
  const problem = useProblemText();
  const areaName = useAreaName();
  const trendWords = useTrendWords();
  const removeTensions = useTensionStore((s) => s.removeTensions);
  const communityName = useCommunityTypeName();
  const localeTag = useLocaleTag();
  const { datasets, order, errors, measure, community } = useTensionStore(useShallow((s) => ({ datasets: s.datasets, order: s.order, errors: s.errors, measure: s.measure, community: s.community })));
  const { setMeasure, setCommunity, dismissErrors, setExtraCommunityTypes } = useTensionStore(useShallow((s) => ({ setMeasure: s.setMeasure, setCommunity: s.setCommunity, dismissErrors: s.dismissErrors, setExtraCommunityTypes: s.setExtraCommunityTypes })));
  const savedOwnTypes = useTensionStore((s) => s.extraCommunityTypes);
  const [ownTypes, setOwnTypes] = useState(savedOwnTypes.join(', '));
  const boundaries = useDataStore((s) => s.datasets);
  const boundaryOrder = useDataStore((s) => s.order);
  const selected = useViewStore((s) => s.selected);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const setValueField = useLayerStore((s) => s.setValueField);
  const setClassification = useLayerStore((s) => s.setClassification);
  const rows = useTensionRows();
  const judgements = useTensionJudgements();
  const atMs = useTensionDate(rows);
  const communities = useMemo(() => [...new Set([...order.flatMap((id) => datasets[id]?.communityTypes ?? []), ...rows.map((row) => row.communityType)])], [datasets, order, rows]);
  // The layer whose codes the assessments use most.
  const target = useMemo(() => {
    const codes = new Set(rows.map((r) => r.areaCode));
    let best: { id: string; hits: number } | null = null;
    for (const id of boundaryOrder) {
      const hits = boundaries[id]?.areaCodes.filter((c) => codes.has(c)).length ?? 0;
      if (hits > 0 && (!best || hits > best.hits)) best = { id, hits };
    }
    return best ? boundaries[best.id] : boundaries[boundaryOrder[0]];
  }, [rows, boundaries, boundaryOrder]);
  const tension = useAreaTension(target);
  const scope = selected && target && selected.datasetId === target.id ? target.areaCodes[selected.index] : 'district';
  const summary = useMemo(() => (atMs === null ? [] : tensionSummaryTable(rows, atMs, scope, communities, judgements)), [rows, atMs, scope, communities, judgements]);
  if (order.length === 0 && errors.length === 0 && rows.length === 0) return null;
  const agreed = summary.some((row) => row.kind === 'agreed');
  const rowLabel = (row: TensionSummaryRow) => {
    if (row.kind === 'source') return t('tension.sourceRow', { community: communityName(row.label), agency: row.agency ?? '—' });
    if (row.kind === 'agreed') return t('tension.agreedRow', { agency: row.agency ?? '—' });
    if (row.kind === 'overall') return agreed ? t('tension.mostAlarmingRow') : t('tension.overallAssessment');
    return communityName(row.label);
  };
  const scopeName = scope === 'district' ? t('tension.district') : (target ? areaName(target, selected!.index) : scope);
  const ciaAreas = target && tension ? target.areaCodes.flatMap((_code, i) => (tension[i].impactAssessment ? [areaName(target, i)] : [])) : [];
  const scale = datasets[order[0]]?.scale ?? 'eep';
  // Logs on both scales: each rating keeps its own words, and the panel says how they are compared.
  const mixedScales = new Set(order.map((id) => datasets[id]?.scale)).size > 1;

  return (
    <section className="panel" aria-labelledby="tension-heading" data-testid="tension-panel">
      <h2 id="tension-heading">{t('tension.heading')}</h2>
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="tension-error" />
      {order.map((id) => (
        <div key={id}>
          <p className="muted small" data-testid="tension-summary-line">
            {t('tension.loaded', { label: datasets[id].label, kept: datasets[id].report.rowsKept.toLocaleString(localeTag), rejected: (datasets[id].report.rowsRead - datasets[id].report.rowsKept).toLocaleString(localeTag) })}
          </p>
          <button type="button" data-testid="tension-remove" onClick={() => removeTensions(id)} aria-label={t('layers.removeLabel', { name: datasets[id].label })}>{t('layers.remove')}</button>
          {datasets[id].report.rejected.length > 0 && (
            <details className="report" data-testid="tension-report">
              <summary>{t('tension.rejected')}</summary>
              <ul className="small">
                {datasets[id].report.rejected.map((r) => <li key={r.reason} data-reason={r.reason}>{problem.text('tensionRejected', { code: 'rows', params: r.params, notes: r.notes })} ({r.count.toLocaleString(localeTag)}) <span className="row-refs">{r.examples.join(', ')}</span></li>)}
              </ul>
            </details>
          )}
        </div>
      ))}
      <form className="field own-types" onSubmit={(e) => { e.preventDefault(); void setExtraCommunityTypes(ownTypes.split(',')); }}>
        <label>
          <span>{t('tension.ownTypes')}</span>
          <input value={ownTypes} onChange={(e) => setOwnTypes(e.target.value)} data-testid="tension-own-types" placeholder={t('tension.ownTypesExample')} />
        </label>
        <button type="submit" data-testid="tension-own-types-apply">{t('tension.ownTypesApply')}</button>
      </form>
      <fieldset className="inline-options">
        <legend>{t('tension.show')}</legend>
        <label><input type="radio" name="tension-measure" checked={measure === 'current'} onChange={() => setMeasure('current')} /> {t('tension.current')}</label>
        <label><input type="radio" name="tension-measure" checked={measure === 'potential'} onChange={() => setMeasure('potential')} data-testid="tension-potential" /> {t('tension.potential')}</label>
      </fieldset>
      <label className="field">
        <span>{t('cohesion.community')}</span>
        <select value={community} onChange={(e) => setCommunity(e.target.value)} data-testid="tension-community">
          <option value="overall">{t('tension.overallAgreed')}</option>
          {communities.map((c) => <option key={c} value={c}>{communityName(c)}</option>)}
        </select>
      </label>
      {target && (
        <button type="button" data-testid="map-tension" onClick={() => {
          setActiveDataset(target.id);
          setValueField(target.id, TENSION_FIELD);
          setClassification(target.id, { method: 'manual', manualBreaks: scale === 'eep' ? [1.5, 2.5, 3.5, 4.5, 5.5] : [1.5, 2.5, 3.5], paletteId: 'YlOrRd', reversed: true });
        }}>{t('tension.map', { layer: target.label })}</button>
      )}
      {atMs !== null && (
        <div data-testid="tension-summary">
          <h3 className="small-heading">{t('tension.summaryHeading', { scope: scopeName, date: formatDate(atMs, 'day-month-year', t) })}</h3>
          <table className="area-fields tension-table">
            <thead><tr><th scope="col">{t('tension.communityType')}</th><th scope="col">{t('tension.current')}</th><th scope="col">{t('tension.potential')}</th></tr></thead>
            <tbody>
              {summary.map((row) => (
                <tr key={`${row.kind}-${row.label}-${row.agency ?? ''}`} data-testid="tension-row" data-kind={row.kind} className={row.kind === 'overall' || row.kind === 'agreed' ? 'overall' : row.kind === 'source' ? 'source' : ''}>
                  <th scope="row">{rowLabel(row)}</th>
                  {[row.current, row.potential].map((cell, i) => <td key={i}>{cell.text}{cell.rating && row.kind !== 'agreed' && <span className="visually-hidden"> {trendWords(cell.trend)}</span>}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
          {scope !== 'district' && !agreed && <p className="muted small" data-testid="tension-not-agreed">{t('tension.notAgreed')}</p>}
          <p className="muted small">{t('tension.arrows')}</p>
          {mixedScales && <p className="small" data-testid="tension-mixed-scales">{t('tension.mixedScales')}</p>}
          {ciaAreas.length > 0 && <p className="warning-text small" data-testid="cia-list">{t('tension.cia', { count: ciaAreas.length, areas: ciaAreas.join(', ') })}</p>}
          <TensionNotes rows={rows} atMs={atMs} scope={scope} layer={target} />
          {scope !== 'district' ? <JudgementForm key={`${scope}-${atMs}`} rows={rows} areaCode={scope} areaName={scopeName} atMs={atMs} /> : <p className="muted small">{t('tension.pickArea')}</p>}
        </div>
      )}
      <LevelDefinitions />
      <RatingEntry layer={target} ownTypes={savedOwnTypes} />
    </section>
  );
}
