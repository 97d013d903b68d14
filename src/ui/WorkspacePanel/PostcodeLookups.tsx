import { useShallow } from 'zustand/react/shallow';
import { usePostcodeStore } from '../../state/postcode-store';
import { useLocaleTag, useProblemText, useT } from '../use-t';

/** The postcode lookups kept in the workspace (issue 19), what each holds, and their load problems. */
export function PostcodeLookups() {
  const t = useT();
  const problem = useProblemText();
  const localeTag = useLocaleTag();
  const { lookups, order, errors, removePostcodes, dismissErrors } = usePostcodeStore(useShallow((s) => ({
    lookups: s.lookups, order: s.order, errors: s.errors, removePostcodes: s.removePostcodes, dismissErrors: s.dismissErrors,
  })));
  return (
    <div className="postcode-lookups" data-testid="postcode-lookups">
      <h3>{t('postcodes.heading')}</h3>
      {order.length === 0 && <p className="muted small">{t('postcodes.help')}</p>}
      <ul>
        {order.map((id) => {
          const lookup = lookups[id];
          return (
            <li key={id} data-testid="postcode-lookup">
              <span>{t('postcodes.item', { label: lookup.label, count: lookup.count.toLocaleString(localeTag) })}</span>
              {!lookup.hasAreaCodes && <span className="muted small"> ({t('postcodes.noAreaCodes')})</span>}{' '}
              <button type="button" aria-label={t('postcodes.remove', { label: lookup.label })} onClick={() => removePostcodes(id)}>{t('postcodes.removeButton')}</button>
            </li>
          );
        })}
      </ul>
      {errors.length > 0 && (
        <div role="alert" className="error-notice" data-testid="postcode-problem">
          {errors.map((error, i) => <p key={i}>{problem.text('importError', error)} {problem.hint('importError', error) ?? ''}</p>)}
          <button type="button" onClick={dismissErrors}>{t('workspace.dismiss')}</button>
        </div>
      )}
    </div>
  );
}
