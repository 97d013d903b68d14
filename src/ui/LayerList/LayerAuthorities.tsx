import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataStore } from '../../state/data-store';
import { useNeighbourStore } from '../../state/neighbour-store';
import { useLocaleStore } from '../../state/locale-store';
import { authorityName } from '../../state/dataset-names';
import type { MessageKey } from '../../i18n/translate';
import { useLocaleTag, useT, useVintageText } from '../use-t';

/** A layer's authorities (and where each came from), its boundary year, and a way to set the authority. */
export function LayerAuthorities({ datasetId }: { datasetId: string }) {
  const t = useT();
  const vintageText = useVintageText();
  const localeTag = useLocaleTag();
  const locale = useLocaleStore((s) => s.locale);
  const dataset = useDataStore((s) => s.datasets[datasetId]);
  const note = useNeighbourStore((s) => s.mergeNotes[datasetId]);
  const setDatasetAuthority = useNeighbourStore((s) => s.setDatasetAuthority);
  const setAuthoritiesFromLayer = useNeighbourStore((s) => s.setAuthoritiesFromLayer);
  const fromLayer = useNeighbourStore((s) => { const choice = s.userAuthorities[datasetId]; return !!choice && 'layer' in choice; });
  // Loaded layers of authority boundaries (LAD13…) this layer's areas can take their authority from.
  const authorityLayerIds = useDataStore(useShallow((s) => s.order.filter((id) => id !== datasetId && s.datasets[id]?.level === 'local-authority')));
  const datasets = useDataStore((s) => s.datasets);
  const authorityLayers = authorityLayerIds.map((id) => ({ id, label: datasets[id]?.label ?? id }));
  const [layerChoice, setLayerChoice] = useState('');
  const selectId = useId();
  const [editing, setEditing] = useState(false);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  if (!dataset) return null;
  const authorities = dataset.authorities ?? [];
  const shown = authorities.slice(0, 6).map((a) => t(a.code ? 'neighbours.authorityEntry' : 'neighbours.authorityEntryNoCode', { name: authorityName(a, locale), code: a.code, source: t(`neighbours.authoritySource.${a.source}` as MessageKey) }));
  const list = authorities.length > 6 ? `${shown.join('; ')}; … (${authorities.length})` : shown.join('; ');
  // Counted whenever the authorities came from a layer, also when no area fell inside it at all.
  const outside = fromLayer ? (dataset.areaAuthorities ?? []).filter((a) => a < 0).length : 0;
  // Offered where it can help: real (not example) areas whose authority is not known for all, or came from a layer before.
  const offerLayers = dataset.level !== 'local-authority' && !dataset.isExample && authorityLayers.length > 0
    && (authorities.length === 0 || fromLayer || (dataset.areaAuthorities ?? []).some((a) => a < 0));
  const chosenLayer = authorityLayers.some((l) => l.id === layerChoice) ? layerChoice : authorityLayers[0]?.id ?? '';
  const years = note?.mixedVintages ? vintageText(note.vintageYears) : null;
  return (
    <div className="layer-authorities small" data-testid="layer-authorities">
      <p className="muted" data-testid="layer-authority-list">{authorities.length ? t('neighbours.authorities', { list }) : t('neighbours.authorityUnknown')}</p>
      <p className="muted" data-testid="layer-vintage">{dataset.vintage ? t('neighbours.vintage', { year: vintageText([dataset.vintage]) }) : years ? t('neighbours.vintage', { year: years }) : t('neighbours.vintageUnknown')}</p>
      {years && <p className="warning-text" role="note" data-testid="layer-vintage-warning">{t('neighbours.mixedVintages', { years })}</p>}
      {editing ? (
        <form className="authority-form" onSubmit={(e) => { e.preventDefault(); setDatasetAuthority(datasetId, code, name); setEditing(false); }} onKeyDown={(e) => { if (e.key === 'Escape') setEditing(false); }}>
          <label>{t('neighbours.authorityCode')} <input autoFocus value={code} onChange={(e) => setCode(e.target.value)} /></label>
          <label>{t('neighbours.authorityName')} <input value={name} onChange={(e) => setName(e.target.value)} /></label>
          <button type="submit">{t('neighbours.save')}</button>
          <button type="button" onClick={() => setEditing(false)}>{t('neighbours.cancel')}</button>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => { setCode(authorities.length === 1 ? authorities[0].code : ''); setName(authorities.length === 1 ? authorities[0].name : ''); setEditing(true); }} aria-label={t('neighbours.setAuthorityLabel', { name: dataset.label })}>
          {t('neighbours.setAuthority')}
        </button>
      )}
      {offerLayers && (
        <div className="authority-from-layer" data-testid="authority-from-layer">
          <label htmlFor={selectId}>{t('neighbours.fromLayer')}</label>
          <select id={selectId} value={chosenLayer} onChange={(e) => setLayerChoice(e.target.value)} data-testid="authority-layer">
            {authorityLayers.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
          </select>
          <button type="button" onClick={() => setAuthoritiesFromLayer(datasetId, chosenLayer)} data-testid="authority-layer-use">{t('neighbours.fromLayerUse')}</button>
          {outside > 0 && <p className="warning-text" role="note" data-testid="authority-layer-outside">{t('neighbours.fromLayerOutside', { count: outside.toLocaleString(localeTag) })}</p>}
        </div>
      )}
    </div>
  );
}
