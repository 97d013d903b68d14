import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUndoStore } from '../state/undo-store';
import { useT } from './use-t';

/** Where the browser's own undo belongs: typing in a field undoes the typing, not a map change. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target.tagName === 'INPUT' && /^(text|search|number|email|url|tel|password)$/i.test((target as HTMLInputElement).type);
}

/** Undo and Redo of styling, classification and layer changes, also by Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y; ⌘ on a Mac). */
export function UndoButtons() {
  const t = useT();
  const { canUndo, canRedo, undo, redo } = useUndoStore(useShallow((s) => ({ canUndo: s.past.length > 0, canRedo: s.future.length > 0, undo: s.undo, redo: s.redo })));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
  return (
    <div className="undo-buttons" role="group" aria-label={t('undo.group')}>
      <button type="button" data-testid="undo" disabled={!canUndo} aria-keyshortcuts="Control+Z" onClick={undo}>{t('undo.undo')}</button>
      <button type="button" data-testid="redo" disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" onClick={redo}>{t('undo.redo')}</button>
    </div>
  );
}
