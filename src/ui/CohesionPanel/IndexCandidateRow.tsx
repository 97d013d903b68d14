import type { IndexCandidate } from '../../state/cohesion-candidates';
import type { IndexItem } from '../../state/cohesion-store';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../use-t';
import { useSourceWords } from './use-source-words';

interface Props {
  candidate: IndexCandidate;
  item: IndexItem | null;
  onRemember: () => void;
  onForget: () => void;
  onToggle: (on: boolean) => void;
  onChange: (change: Partial<IndexItem>) => void;
}

/** One indicator offered to the index: its table and edition, the guide's factor and proxy, direction, weight and reliability. */
export function IndexCandidateRow({ candidate: c, item, onToggle, onChange, onRemember, onForget }: Props) {
  const t = useT();
  const sourceWords = useSourceWords();
  const source = sourceWords(c.source);
  const label = t('tableSource.indicator', { indicator: c.name, source });
  const direction = item ? item.direction : (c.suggestion?.direction ?? null);
  return (
    <tbody className="index-candidate" data-testid="index-candidate" data-indicator={c.name} data-source={source}>
      <tr>
        <td>
          <label><input type="checkbox" checked={!!item} onChange={(e) => onToggle(e.target.checked)} data-testid="index-include" /> {c.name}</label>
          <div className="muted small" data-testid="candidate-source">{source}</div>
        </td>
        <td>
          <select aria-label={t('cohesion.directionOf', { name: label })} disabled={!item} value={direction ?? ''} onChange={(e) => onChange({ direction: e.target.value === 'positive' || e.target.value === 'negative' ? e.target.value : null })}>
            {direction === null && <option value="">{t('cohesion.chooseDirection')}</option>}
            <option value="positive">{t('cohesion.positive')}</option>
            <option value="negative">{t('cohesion.negative')}</option>
          </select>
        </td>
        <td><input type="number" min={0} step={0.5} className="weight" aria-label={t('cohesion.weightOf', { name: label })} disabled={!item} value={item?.weight ?? 1} onChange={(e) => onChange({ weight: Number(e.target.value) })} /></td>
        <td><input type="checkbox" aria-label={t('cohesion.unreliableOf', { name: label })} disabled={!item} checked={item?.unreliable ?? false} onChange={(e) => onChange({ unreliable: e.target.checked })} /></td>
      </tr>
      <tr className="candidate-notes">
        <td colSpan={4}>
          {item && item.direction === null && <p className="warning-text small" data-testid="direction-unsure">{t('cohesion.needsDirection')}</p>}
          {c.suggestion?.indicatorId.startsWith('custom-') ? (
            <p className="small" data-testid="candidate-own-proxy">
              {t(c.suggestion.direction === 'positive' ? 'cohesion.ownProxy.positive' : 'cohesion.ownProxy.negative')}{' '}
              <button type="button" className="link" onClick={onForget}>{t('cohesion.ownProxy.forget')}</button>
            </p>
          ) : c.factor ? (
            <details className="small" data-testid="candidate-factor">
              <summary>{t('cohesion.aboutFactor', { factor: t(`cohesionFactor.${c.factor.id}` as MessageKey) })}</summary>
              <p>{t(`cohesionFactor.${c.factor.id}.association` as MessageKey)}</p>
              {c.factor.laterEvidence && <p className="muted">{t(`cohesionFactor.${c.factor.id}.laterEvidence` as MessageKey)}</p>}
              {c.proxy?.guideWording && <p>{t('cohesion.guideProxy', { wording: c.proxy.guideWording })}</p>}
              {c.suggestion?.measure && <p>{t(`cohesion.measure.${c.suggestion.measure}`)}</p>}
              <p><strong>{t('cohesion.caveat')}</strong></p>
            </details>
          ) : (
            <p className="muted small" data-testid="candidate-no-factor">
              {t('cohesion.notInCatalogue')}{' '}
              {item?.direction && <button type="button" className="link" data-testid="remember-proxy" onClick={onRemember}>{t('cohesion.ownProxy.remember')}</button>}
            </p>
          )}
        </td>
      </tr>
    </tbody>
  );
}
