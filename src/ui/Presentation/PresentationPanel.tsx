import { usePresentationStore } from '../../state/presentation-store';
import { useT } from '../use-t';
import { MarkingField } from './MarkingField';
import { SavedViews } from './SavedViews';

/** Sidebar panel: start presenting, the sensitivity marking, and the saved views to step through. */
export function PresentationPanel() {
  const t = useT();
  const enter = usePresentationStore((s) => s.enter);
  return (
    <details className="panel presentation-panel" data-testid="presentation-panel">
      <summary>{t('present.heading')}</summary>
      <p className="muted small">{t('present.startHint')}</p>
      <button type="button" className="primary" onClick={enter} data-testid="present-start">{t('present.start')}</button>
      <MarkingField />
      <SavedViews />
    </details>
  );
}
