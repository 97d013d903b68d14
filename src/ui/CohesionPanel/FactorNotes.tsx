import type { IndicatorDefinition } from '../../types/cohesion';
import { useT } from '../use-t';
import './cohesion-evidence.css';
import type { MessageKey } from '../../i18n/translate';

/** The guide's factors behind the chosen indicators: what each association is, later evidence, and the caveat. */
export function FactorNotes({ factors, testId }: { factors: IndicatorDefinition[]; testId: string }) {
  const t = useT();
  const unique = factors.filter((f, i) => factors.findIndex((g) => g.id === f.id) === i && !f.custom);
  return (
    <div className="factor-notes small" data-testid={testId}>
      <p className="caveat" data-testid="cohesion-caveat"><strong>{t('cohesion.caveat')}</strong></p>
      {unique.length > 0 && (
        <dl>
          {unique.map((f) => (
            <div key={f.id} data-testid="factor-note" data-factor={f.id}>
              <dt>{t(`cohesionFactor.${f.id}` as MessageKey)}</dt>
              <dd>{t(`cohesionFactor.${f.id}.association` as MessageKey)}</dd>
              {f.laterEvidence && <dd className="muted">{t(`cohesionFactor.${f.id}.laterEvidence` as MessageKey)}</dd>}
            </div>
          ))}
        </dl>
      )}
      {unique.some((f) => f.association && !f.association.quotedFromGuide) && <p className="muted">{t('cohesion.guideSummary')}</p>}
    </div>
  );
}
