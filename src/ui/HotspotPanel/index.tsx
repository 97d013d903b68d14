import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useHotspotStore } from '../../state/hotspot-store';
import { useIncidentStore } from '../../state/incident-store';
import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { EMERGING_FIELD, HOTSPOT_FIELD } from '../../state/hotspot-derived';
import { runHotspots } from '../../state/hotspot-actions';
import { incidentFieldId } from '../../state/incident-derived';
import type { MessageKey } from '../../i18n/translate';
import { useT, useAreaName } from '../use-t';
import { PopulationPicker } from '../PopulationPicker';
import { EMERGING_RULES } from '../../analysis/hotspots/emerging-series';

const EMERGING_SHOWN = ['new-hot', 'intensifying-hot', 'persistent-hot', 'diminishing-hot', 'consecutive-hot', 'sporadic-hot'];

/** Getis-Ord Gi* hot and cold spots of the joined incidents, and how hot spots emerge over the months. */
export function HotspotPanel() {
  const t = useT();
  const areaName = useAreaName();
  const activeId = useLayerStore((s) => s.activeLayerId);
  const boundary = useDataStore((s) => (activeId ? s.datasets[activeId] : undefined));
  const { joins, incidents } = useIncidentStore(useShallow((s) => ({ joins: s.joins, incidents: s.incidents })));
  const { weights, falseDiscoveryRate, emergingRules, running, error, run } = useHotspotStore(useShallow((s) => ({ weights: s.weights, falseDiscoveryRate: s.falseDiscoveryRate, emergingRules: s.emergingRules, running: s.running, error: s.error, run: s.run })));
  const { setWeights, setFalseDiscoveryRate, setEmergingRules } = useHotspotStore(useShallow((s) => ({ setWeights: s.setWeights, setFalseDiscoveryRate: s.setFalseDiscoveryRate, setEmergingRules: s.setEmergingRules })));
  const setValueField = useLayerStore((s) => s.setValueField);
  const [measure, setMeasure] = useState<'count' | 'rate'>('count');
  const [problem, setProblem] = useState(false);
  const join = boundary ? Object.values(joins).find((j) => j.boundaryId === boundary.id) : undefined;
  if (!boundary || !join || !incidents[join.incidentId]) return null;
  const result = run?.boundaryId === boundary.id ? run.result : null;
  const counts = result ? [3, 2, 1, 0, -1, -2, -3].map((bin) => result.bins.filter((b) => b === bin).length) : null;
  const start = async () => {
    const problem = await runHotspots({ boundaryId: boundary.id, field: incidentFieldId(join.incidentId, measure) });
    setProblem(problem === 'no-population');
    if (!problem) setValueField(boundary.id, HOTSPOT_FIELD);
  };
  return (
    <section className="panel" aria-labelledby="hotspot-heading" data-testid="hotspot-panel">
      <h2 id="hotspot-heading">{t('hotspot.heading')}</h2>
      <p className="muted small">{t('hotspot.help')}</p>
      <fieldset className="inline-options">
        <legend>{t('hotspot.of')}</legend>
        <label><input type="radio" name="hotspot-measure" checked={measure === 'count'} onChange={() => setMeasure('count')} /> {t('hotspot.counts')}</label>
        <label><input type="radio" name="hotspot-measure" checked={measure === 'rate'} onChange={() => setMeasure('rate')} /> {t('hotspot.rates')}</label>
      </fieldset>
      {measure === 'rate' && <PopulationPicker boundary={boundary} />}
      <fieldset className="inline-options">
        <legend>{t('hotspot.neighbours')}</legend>
        <label><input type="radio" name="hotspot-weights" checked={weights.kind === 'queen'} onChange={() => setWeights({ kind: 'queen' })} /> {t('hotspot.queen')}</label>
        <label><input type="radio" name="hotspot-weights" checked={weights.kind === 'distance'} onChange={() => setWeights({ kind: 'distance', distanceM: 1500 })} data-testid="hotspot-distance" /> {t('hotspot.distance')}</label>
        {weights.kind === 'distance' && (
          <input type="number" min={100} step={100} value={weights.distanceM} aria-label={t('hotspot.distanceM')} onChange={(e) => setWeights({ kind: 'distance', distanceM: Math.max(100, Number(e.target.value)) })} />
        )}
      </fieldset>
      <label className="check"><input type="checkbox" checked={falseDiscoveryRate} onChange={(e) => setFalseDiscoveryRate(e.target.checked)} data-testid="hotspot-fdr" /> {t('hotspot.fdr')}</label>
      <fieldset className="inline-options" data-testid="hotspot-rules">
        <legend>{t('hotspot.rules')}</legend>
        {EMERGING_RULES.map((rules) => (
          <label key={rules}><input type="radio" name="hotspot-rules" value={rules} checked={emergingRules === rules} onChange={() => setEmergingRules(rules)} /> {t(`hotspot.rules.${rules}`)}</label>
        ))}
        <p className="muted small">{t(`hotspot.rules.${emergingRules}.note`)}</p>
      </fieldset>
      <button type="button" onClick={start} disabled={running} data-testid="hotspot-run">{running ? t('hotspot.running') : t('hotspot.run')}</button>
      {problem && <p role="alert" className="error-text">{t('hotspot.noPopulation')}</p>}
      {error && <p role="alert" className="error-text">{error}</p>}
      {result && counts && (
        <div data-testid="hotspot-results">
          <p className="small" data-testid="hotspot-summary">{t('hotspot.summary', { hot: counts[0] + counts[1] + counts[2], cold: counts[4] + counts[5] + counts[6], compared: result.areasWithData })}</p>
          {result.neighbourless > 0 && <p className="small warning-text">{t('hotspot.neighbourless', { count: result.neighbourless })}</p>}
          {result.emerging && (
            <details data-testid="emerging">
              <summary>{t('hotspot.emerging')}</summary>
              <ul className="small" data-testid="emerging-list">
                {EMERGING_SHOWN.map((category) => {
                  const areas = result.emerging!.flatMap((c, i) => (c === category ? [areaName(boundary, i)] : []));
                  return areas.length ? <li key={category}>{t(`hotspot.emerging.${category}` as MessageKey, { count: areas.length })}: {areas.slice(0, 12).join(', ')}{areas.length > 12 ? ' …' : ''}</li> : null;
                })}
              </ul>
              <p className="muted small">{t('hotspot.emergingRule')}</p>
              <p className="small" data-testid="emerging-rules-used">{t('hotspot.rulesUsed', { rules: t(`hotspot.rules.${run?.emergingRules ?? 'atlas'}`) })}</p>
              <button type="button" data-testid="map-emerging" onClick={() => setValueField(boundary.id, EMERGING_FIELD)}>{t('hotspot.mapEmerging')}</button>
              <button type="button" onClick={() => setValueField(boundary.id, HOTSPOT_FIELD)}>{t('hotspot.mapGi')}</button>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
