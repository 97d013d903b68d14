import { useEffect, useId, useRef } from 'react';
import { useStartChoiceStore } from '../state/start-choice';
import { chooseStart } from '../state/workspace/workspace-store';
import { useDataStore } from '../state/data-store';
import { useT } from './use-t';

/**
 * The first-start question (issue 15): explore the example borough or start with an empty map. A modal dialog,
 * so focus starts on its first choice and stays inside it; Escape closes it on the empty map without remembering.
 */
export function StartChoiceDialog() {
  const t = useT();
  const headingId = useId();
  const introId = useId();
  const asking = useStartChoiceStore((s) => s.asking);
  const settle = useStartChoiceStore((s) => s.settle);
  const empty = useDataStore((s) => s.order.length === 0);
  const open = asking && empty;
  const dialog = useRef<HTMLDialogElement>(null);
  // Data opened another way (a workspace file, a share package) answers the question.
  useEffect(() => {
    if (asking && !empty) settle();
  }, [asking, empty, settle]);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  if (!open) return null;
  return (
    <dialog ref={dialog} className="start-choice panel" data-testid="start-choice" aria-labelledby={headingId} aria-describedby={introId} onCancel={settle}>
      <h2 id={headingId}>{t('words.start.heading')}</h2>
      <p id={introId}>{t('words.start.intro')}</p>
      <div className="start-options">
        <div className="start-option">
          <button type="button" autoFocus data-testid="start-example" onClick={() => void chooseStart('example')}>{t('words.start.example')}</button>
          <p className="muted small">{t('words.start.exampleHelp')}</p>
        </div>
        <div className="start-option">
          <button type="button" data-testid="start-empty" onClick={() => void chooseStart('empty')}>{t('words.start.empty')}</button>
          <p className="muted small">{t('words.start.emptyHelp')}</p>
        </div>
      </div>
    </dialog>
  );
}
