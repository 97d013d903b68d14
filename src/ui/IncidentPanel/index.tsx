import { useShallow } from 'zustand/react/shallow';
import { useIncidentStore } from '../../state/incident-store';
import { useProblemText, useT } from '../use-t';
import { IncidentCard } from './IncidentCard';
import { ErrorNotice } from '../ErrorNotice';

/** Loaded incident datasets with their display, filters, join and import report; plus load status. */
export function IncidentPanel() {
  const t = useT();
  const problem = useProblemText();
  const { order, status, joining, errors } = useIncidentStore(useShallow((s) => ({ order: s.order, status: s.status, joining: s.joining, errors: s.errors })));
  const dismissErrors = useIncidentStore((s) => s.dismissErrors);
  if (order.length === 0 && status.kind === 'idle' && errors.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="incidents-heading" data-testid="incident-panel">
      <h2 id="incidents-heading">{t('incidents.heading')}</h2>
      <div aria-live="polite">
        {status.kind === 'loading' && (
          <div data-testid="incident-progress" className="progress">
            <p>{t('load.loading', { files: status.files.length > 3 ? t('incidents.fileCount', { count: status.files.length }) : status.files.join(', ') })}</p>
            <progress max={1} value={status.progress} aria-label={t('incidents.loadingLabel')} />
            {status.step && <p className="muted small">{t('load.progress', { percent: Math.round(status.progress * 100), message: problem.text('progress', status.step) })}</p>}
          </div>
        )}
        {joining && <p data-testid="incident-joining" className="muted">{t('incidents.joining')}</p>}
      </div>
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="incident-error" />
      {order.map((id) => <IncidentCard key={id} incidentId={id} />)}
    </section>
  );
}
