import { useState } from 'react';
import { useDataStore } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import type { MessageKey } from '../../i18n/translate';
import type { CrsInfo } from '../../types';
import { useLocaleTag, useProblemText, useT } from '../use-t';
import { LayerAuthorities } from './LayerAuthorities';
import { formatDate } from '../format-date';

/** How the layer's coordinates were read, with the datum shift's accuracy when there was one (issue 19). */
function crsSummary(crs: CrsInfo, t: ReturnType<typeof useT>): string {
  if (crs.source === 'bng') return t(crs.datumGrid ? 'layers.crs.bngGrid' : 'layers.crs.bng');
  if (crs.source !== 'projected') return t('layers.crs.wgs84');
  const name = crs.name ?? '';
  return crs.shiftAccuracyM ? t('formats.layerCrs.projectedAccuracy', { name, accuracyM: crs.shiftAccuracyM }) : t('formats.layerCrs.projected', { name });
}

export function LayerRow({ datasetId }: { datasetId: string }) {
  const t = useT();
  const problem = useProblemText();
  const localeTag = useLocaleTag();
  const dataset = useDataStore((s) => s.datasets[datasetId]);
  const warnings = useDataStore((s) => s.warnings[datasetId]);
  const renameDataset = useDataStore((s) => s.renameDataset);
  const removeDataset = useDataStore((s) => s.removeDataset);
  const visible = useLayerStore((s) => !!s.layers[datasetId]?.visible);
  const active = useLayerStore((s) => s.activeLayerId === datasetId);
  const setVisible = useLayerStore((s) => s.setVisible);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const requestFit = useViewStore((s) => s.requestFit);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  if (!dataset) return null;

  const summary = t('layers.summary', {
    count: dataset.features.length.toLocaleString(localeTag),
    level: t(`layers.level.${dataset.level}` as MessageKey),
    crs: crsSummary(dataset.crs, t),
  });

  return (
    <li className={active ? 'layer-row active' : 'layer-row'} data-testid="layer-row" data-dataset-id={datasetId}>
      <div className="layer-main">
        <input
          type="checkbox"
          id={`show-${datasetId}`}
          checked={visible}
          onChange={(e) => setVisible(datasetId, e.target.checked)}
          aria-label={t('layers.show', { name: dataset.label })}
        />
        {editing ? (
          <form
            className="rename"
            onSubmit={(e) => { e.preventDefault(); renameDataset(datasetId, draft); setEditing(false); }}
          >
            <input
              autoFocus
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Escape') setEditing(false); }}
              aria-label={t('layers.renameLabel', { name: dataset.label })}
            />
            <button type="submit">{t('layers.renameSave')}</button>
            <button type="button" onClick={() => setEditing(false)}>{t('layers.renameCancel')}</button>
          </form>
        ) : (
          <label htmlFor={`show-${datasetId}`} className="layer-label" data-testid="layer-label">{dataset.label}</label>
        )}
        {dataset.isExample && <span className="badge" data-testid="example-badge">{t('layers.exampleTag')}</span>}
        {dataset.origin && <span className="badge origin-badge" data-testid="origin-badge">{t('layers.fromAuthority', { name: dataset.origin.authority.name })}</span>}
      </div>
      <p className="muted small" data-testid="layer-summary">{summary}</p>
      <LayerAuthorities datasetId={datasetId} />
      {dataset.origin && (
        <p className="muted small" data-testid="layer-origin">
          {t('layers.origin', {
            name: dataset.origin.authority.name,
            date: formatDate(Date.parse(dataset.origin.producedAt), 'day-month-year', t, 'local'),
            marking: dataset.origin.marking || '—',
            sources: dataset.origin.sources.join('; ') || '—',
          })}
        </p>
      )}
      <div className="layer-actions">
        <label className="active-choice">
          <input
            type="radio"
            name="active-layer"
            checked={active}
            onChange={() => setActiveDataset(datasetId)}
            aria-label={t('layers.active', { name: dataset.label })}
            data-testid="layer-active"
          />
          <span aria-hidden="true">{t('layers.activeNow')}</span>
        </label>
        <button type="button" onClick={() => requestFit(dataset.bbox)}>{t('map.fit')}</button>
        <button type="button" onClick={() => { setDraft(dataset.label); setEditing(true); }}>{t('layers.rename')}</button>
        <button type="button" onClick={() => removeDataset(datasetId)} aria-label={t('layers.removeLabel', { name: dataset.label })}>
          {t('layers.remove')}
        </button>
      </div>
      {warnings && warnings.length > 0 && (
        <details className="warnings" data-testid="layer-warnings">
          <summary>{t('layers.warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-code={w.code}>{problem.text('importWarning', w)}{w.examples?.length ? ` (${w.examples.join(', ')})` : ''}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
