import type { ImportError } from '../types';
import { useT } from './use-t';

interface Props {
  errors: ImportError[];
  onDismiss: () => void;
  testId: string;
}

/** Files that could not be used: which file, what went wrong, what to do; what was loaded before stays. */
export function ErrorNotice({ errors, onDismiss, testId }: Props) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error-notice" data-testid={testId}>
      {errors.map((error, i) => (
        <div key={`${error.file}-${i}`} className="error-item" data-testid="error-item" data-code={error.code}>
          <strong>{t('load.failed', { file: error.file })}</strong>
          <p>{error.message}</p>
          {error.hint && <p>{t('load.hint', { hint: error.hint })}</p>}
        </div>
      ))}
      <p className="muted">{t('load.keptPrevious')}</p>
      <button type="button" onClick={onDismiss}>{t('load.dismiss')}</button>
    </div>
  );
}
