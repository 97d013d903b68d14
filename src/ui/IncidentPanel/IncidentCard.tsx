import { useIncidentStore } from '../../state/incident-store';
import { useKeptIncidents } from '../../state/incident-derived';
import { useLocaleTag, useT } from '../use-t';
import { CategoryFilter } from './CategoryFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { JoinSection } from './JoinSection';
import { ImportReport } from './ImportReport';
import { ColumnMappingForm } from './ColumnMappingForm';
import { NameEditor } from '../NameEditor';

/** One incident dataset: what is shown, how it is filtered, where it is joined, and how it was read. */
export function IncidentCard({ incidentId }: { incidentId: string }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const dataset = useIncidentStore((s) => s.incidents[incidentId]);
  const display = useIncidentStore((s) => s.display[incidentId]);
  const setDisplay = useIncidentStore((s) => s.setDisplay);
  const removeIncidents = useIncidentStore((s) => s.removeIncidents);
  const renameIncidents = useIncidentStore((s) => s.renameIncidents);
  const kept = useKeptIncidents(incidentId);
  if (!dataset || !display || !kept) return null;
  const n = (value: number) => value.toLocaleString(localeTag);

  return (
    <article className="incident-card" data-testid="incident-card" data-incident-id={incidentId}>
      <div className="layer-main">
        <NameEditor name={dataset.label} onRename={(label) => renameIncidents(incidentId, label)} testId="incident-label" />
        <button type="button" onClick={() => removeIncidents(incidentId)} aria-label={t('layers.removeLabel', { name: dataset.label })}>{t('layers.remove')}</button>
      </div>
      <p className="muted small" data-testid="incident-summary">
        {t('incidents.summary', { kept: n(kept.indexes.length), total: n(dataset.count), rejected: n(dataset.report.rowsRead - dataset.report.rowsKept), count: dataset.report.rowsRead - dataset.report.rowsKept })}
      </p>
      {dataset.detection.recognisedAs && <p className="muted small">{t('incidents.recognised', { format: dataset.detection.recognisedAs })}</p>}
      <fieldset className="inline-options">
        <legend>{t('incidents.show')}</legend>
        <label><input type="checkbox" data-testid="show-heatmap" checked={display.heatmap} onChange={(e) => setDisplay(incidentId, { heatmap: e.target.checked })} /> {t('incidents.heatmap')}</label>
        <label><input type="checkbox" data-testid="show-points" checked={display.points} onChange={(e) => setDisplay(incidentId, { points: e.target.checked })} /> {t('incidents.points')}</label>
      </fieldset>
      {display.heatmap && (
        <div className="heatmap-settings">
          <p className="muted small">{t('incidents.heatmapMeaning')}</p>
          <label className="field">
            <span>{t('incidents.radius', { value: display.radiusPx })}</span>
            <input type="range" min={5} max={100} step={1} value={display.radiusPx} data-testid="heatmap-radius" onChange={(e) => setDisplay(incidentId, { radiusPx: Number(e.target.value) })} />
          </label>
          <label className="field">
            <span>{t('incidents.intensity', { value: display.intensity.toLocaleString(localeTag) })}</span>
            <input type="range" min={0.2} max={5} step={0.1} value={display.intensity} data-testid="heatmap-intensity" onChange={(e) => setDisplay(incidentId, { intensity: Number(e.target.value) })} />
          </label>
          {dataset.weight && (
            <label className="check">
              <input type="checkbox" checked={display.weighted} onChange={(e) => setDisplay(incidentId, { weighted: e.target.checked })} />
              <span>{t('incidents.weighted', { column: dataset.detection.mapping.weight ?? '' })}</span>
            </label>
          )}
        </div>
      )}
      <CategoryFilter incidentId={incidentId} />
      <DateRangeFilter incidentId={incidentId} />
      <JoinSection incidentId={incidentId} />
      <ImportReport incidentId={incidentId} />
      <ColumnMappingForm incidentId={incidentId} />
    </article>
  );
}
