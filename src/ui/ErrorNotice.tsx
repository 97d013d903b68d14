import type { ImportError } from '../types';
import { useProblemText, useT } from './use-t';

interface Props {
  errors: ImportError[];
  onDismiss: () => void;
  testId: string;
}

function Hint({ hint }: { hint: string | undefined }) {
  const t = useT();
  return hint ? <p>{t('load.hint', { hint })}</p> : null;
}

/** Files that could not be used: which file, what went wrong, what to do; what was loaded before stays. */
export function ErrorNotice({ errors, onDismiss, testId }: Props) {
  const t = useT();
  const problem = useProblemText();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error-notice" data-testid={testId}>
      {errors.map((error, i) => (
        <div key={`${error.file}-${i}`} className="error-item" data-testid="error-item" data-code={error.code}>
          <strong>{t('load.failed', { file: error.file })}</strong>
          <p>{problem.text('importError', error)}</p>
          <Hint hint={problem.hint('importError', error)} />
        </div>
      ))}
      <p className="muted">{t('load.keptPrevious')}</p>
      <button type="button" onClick={onDismiss}>{t('load.dismiss')}</button>
    </div>
  );
}
