import { useDataStore } from '../../state/data-store';
import { useT } from '../use-t';
import { LayerRow } from './LayerRow';
import { MergeLayers } from './MergeLayers';

/** Every loaded boundary dataset: show/hide, which one is mapped, rename, remove, warnings. */
export function LayerList() {
  const t = useT();
  const order = useDataStore((s) => s.order);
  return (
    <section className="panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading">{t('layers.heading')}</h2>
      <MergeLayers />
      {order.length === 0 ? (
        <p className="muted">{t('layers.empty')}</p>
      ) : (
        <ul className="layer-list" data-testid="layer-list">
          {[...order].reverse().map((id) => <LayerRow key={id} datasetId={id} />)}
        </ul>
      )}
    </section>
  );
}
