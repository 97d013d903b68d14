import { useShallow } from 'zustand/react/shallow';
import { useDataStore } from '../state/data-store';
import { useLocaleTag, useProblemText, useT } from './use-t';
import { ErrorNotice } from './ErrorNotice';

/** Progress of the current load, its errors (the previous map stays), and TopoJSON object choices. */
export function LoadStatus() {
  const t = useT();
  const problem = useProblemText();
  const localeTag = useLocaleTag();
  const { status, errors, pendingChoices } = useDataStore(useShallow((s) => ({ status: s.status, errors: s.errors, pendingChoices: s.pendingChoices })));
  const dismissErrors = useDataStore((s) => s.dismissErrors);
  const chooseTopojsonObject = useDataStore((s) => s.chooseTopojsonObject);

  return (
    <div className="load-status" aria-live="polite">
      {status.kind === 'loading' && (
        <div data-testid="load-progress" className="progress">
          <p>{t('load.loading', { files: status.files.join(', ') })}</p>
          <progress max={1} value={status.progress} aria-label={t('load.loading', { files: status.files.join(', ') })} />
          {status.step && <p className="muted">{t('load.progress', { percent: Math.round(status.progress * 100), message: problem.text('progress', status.step) })}</p>}
        </div>
      )}
      {status.kind === 'ready' && status.loaded.length > 0 && errors.length === 0 && (
        <p data-testid="load-done" className="success">
          {status.loaded.map((d) => t('load.loaded', { name: d.label, count: d.count.toLocaleString(localeTag) })).join(' ')}
        </p>
      )}
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="error-notice" />
      {pendingChoices.map((choice) => (
        <div key={choice.file.name} className="choice" data-testid="topojson-choice" role="group" aria-label={t('load.topojsonChoice', { file: choice.file.name })}>
          <p>{t('load.topojsonChoice', { file: choice.file.name })}</p>
          {choice.choices.map((object) => (
            <button key={object} type="button" onClick={() => chooseTopojsonObject(choice.file.name, object)}>
              {t('load.topojsonLoad', { object })}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
