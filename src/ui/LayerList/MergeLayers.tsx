import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataStore } from '../../state/data-store';
import { useNeighbourStore } from '../../state/neighbour-store';
import { mergeCandidates } from '../../state/neighbour-derived';
import type { MessageKey } from '../../i18n/translate';
import { useT, useVintageText } from '../use-t';

/** Offers to show several layers of one level (e.g. four councils' wards) as one map; warns first about mixed years. */
export function MergeLayers() {
  const t = useT();
  const vintageText = useVintageText();
  const datasets = useDataStore(useShallow((s) => s.order.map((id) => s.datasets[id])));
  const mergeLayers = useNeighbourStore((s) => s.mergeLayers);
  const failure = useNeighbourStore((s) => s.mergeFailure);
  const [confirming, setConfirming] = useState<string | null>(null);
  const groups = mergeCandidates(datasets);
  if (!groups.length) return null;
  return (
    <div className="merge-layers" data-testid="merge-layers">
      {groups.map((group) => {
        const level = t(`layers.level.${group.level}` as MessageKey);
        const label = t('neighbours.mergedLabel', { level, names: group.names.join(', ') });
        const merge = () => { setConfirming(null); void mergeLayers(group.ids, label); };
        const mixed = group.mixedVintages;
        return (
          <div key={group.key}>
            <button type="button" data-testid="merge-button" onClick={() => (mixed ? setConfirming(group.key) : merge())}>
              {t('neighbours.merge', { count: group.ids.length, level })}
            </button>
            <p className="muted small">{t('neighbours.mergeHelp')}</p>
            {failure && failure.ids.join() === group.ids.join() && (
              <p role="alert" className="error-text" data-testid="merge-failed">{t('neighbours.mergeFailed', { detail: failure.detail })}</p>
            )}
            {mixed && confirming === group.key && (
              <div role="alert" className="warning-text" data-testid="merge-vintage-warning">
                <p>{t('neighbours.mixedVintages', { years: vintageText(group.vintageYears) })}</p>
                <button type="button" onClick={merge}>{t('neighbours.mergeAnyway')}</button>
                <button type="button" onClick={() => setConfirming(null)}>{t('neighbours.cancel')}</button>
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
