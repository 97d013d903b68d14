import { useState } from 'react';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import { useNeighbourStore } from '../../state/neighbour-store';
import { useT } from '../use-t';
import { BandTable } from './BandTable';
import { useBandDistanceText } from '../use-band-distance';

const DISTANCES_M = [0, 250, 500, 1000, 2000, 5000];

/** The boundary band: pick two authorities of the mapped layer and a distance; the band is outlined on the map. */
export function BoundaryBandPanel() {
  const t = useT();
  const datasetId = useLayerStore((s) => s.activeLayerId);
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const band = useNeighbourStore((s) => s.band);
  const showBand = useNeighbourStore((s) => s.showBand);
  const clearBand = useNeighbourStore((s) => s.clearBand);
  const [choice, setChoice] = useState({ a: 0, b: 1, distanceM: 0 });
  const distanceLabel = useBandDistanceText();
  const authorities = dataset?.authorities ?? [];
  if (!dataset || authorities.length < 2) return null;
  const a = Math.min(choice.a, authorities.length - 1);
  const b = Math.min(choice.b, authorities.length - 1);
  const shown = band.kind !== 'idle' && band.request.datasetId === dataset.id ? band : null;
  const authoritySelect = (id: string, label: string, value: number, onChange: (v: number) => void) => (
    <label className="field">
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={id}>
        {authorities.map((authority, i) => <option key={i} value={i}>{authority.name}</option>)}
      </select>
    </label>
  );
  return (
    <section className="panel" aria-labelledby="band-heading" data-testid="band-panel">
      <h2 id="band-heading">{t('neighbours.band.heading')}</h2>
      <p className="muted small">{t('neighbours.band.help')}</p>
      {authoritySelect('band-side-a', t('neighbours.band.sideA'), a, (v) => setChoice({ ...choice, a: v }))}
      {authoritySelect('band-side-b', t('neighbours.band.sideB'), b, (v) => setChoice({ ...choice, b: v }))}
      <label className="field">
        <span>{t('neighbours.band.distance')}</span>
        <select value={choice.distanceM} onChange={(e) => setChoice({ ...choice, distanceM: Number(e.target.value) })} data-testid="band-distance">
          {DISTANCES_M.map((m) => <option key={m} value={m}>{distanceLabel(m)}</option>)}
        </select>
      </label>
      {a === b && <p className="warning-text small" role="alert">{t('neighbours.band.sameAuthority')}</p>}
      <div className="button-row">
        <button type="button" disabled={a === b || band.kind === 'running'} onClick={() => void showBand({ datasetId: dataset.id, a, b, distanceM: choice.distanceM })} data-testid="band-show">{t('neighbours.band.show')}</button>
        {shown && <button type="button" onClick={clearBand}>{t('neighbours.band.clear')}</button>}
      </div>
      {shown?.kind === 'running' && <p className="muted small" role="status" data-testid="band-running">{t('neighbours.band.running')}</p>}
      {shown?.kind === 'error' && <p className="error-text" role="alert">{shown.message}</p>}
      {shown?.kind === 'ready' && <BandTable dataset={dataset} request={shown.request} band={shown.band} distanceText={distanceLabel(shown.request.distanceM)} />}
    </section>
  );
}
