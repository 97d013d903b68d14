import { useRef, useState } from 'react';
import { startFresh } from '../../state/workspace/workspace-store';
import { useT } from '../use-t';

/** "Start fresh" and its confirmation: deletes the saved workspace and reloads. Also offered when a part fails. */
export function StartFresh({ disabled = false }: { disabled?: boolean }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => button.current?.focus());
  };
  return (
    <>
      <button ref={button} type="button" data-testid="workspace-start-fresh" disabled={disabled || confirming} onClick={() => setConfirming(true)}>{t('workspace.startFresh')}</button>
      {confirming && (
        <div role="alertdialog" aria-labelledby="workspace-confirm" className="workspace-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p id="workspace-confirm">{t('workspace.confirmFresh')}</p>
          <button type="button" data-testid="workspace-confirm-fresh" autoFocus onClick={() => void startFresh(() => window.location.reload())}>{t('workspace.confirmYes')}</button>
          <button type="button" onClick={cancel}>{t('workspace.cancel')}</button>
        </div>
      )}
    </>
  );
}
