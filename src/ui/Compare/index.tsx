import { useDataStore } from '../../state/data-store';
import { useLayerStore } from '../../state/layer-store';
import { useCompareStore, type CompareMode, type PaneChoice } from '../../state/compare-store';
import { useT } from '../use-t';

const MODES: CompareMode[] = ['single', 'side-by-side', 'swipe'];

/** Sidebar switch between one map, two linked maps side by side, and a swipe view. */
export function ComparePanel() {
  const t = useT();
  const mode = useCompareStore((s) => s.mode);
  const setMode = useCompareStore((s) => s.setMode);
  const order = useDataStore((s) => s.order);
  const datasets = useDataStore((s) => s.datasets);
  const activeDatasetId = useLayerStore((s) => s.activeLayerId);
  if (order.length === 0) return null;
  // First time: the mapped layer on the left, a layer received from a neighbour (if any) on the right.
  const received = [...order].reverse().find((id) => datasets[id]?.origin);
  const left = activeDatasetId ?? order[0];
  const defaults: [PaneChoice, PaneChoice] = [
    { datasetId: left, valueField: null, period: 'follow' },
    { datasetId: received ?? left, valueField: null, period: 'follow' },
  ];
  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.heading')}</h2>
      <fieldset className="inline-options" data-testid="compare-mode">
        <legend>{t('compare.mode')}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="compare-mode" value={m} checked={mode === m} onChange={() => setMode(m, defaults)} />
            {t(`compare.mode.${m}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
