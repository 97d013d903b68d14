import { useState } from 'react';
import { useT } from './use-t';

/** A dataset's name with a Rename button that turns it into a field (Enter saves, Escape cancels). */
export function NameEditor({ name, onRename, testId }: { name: string; onRename: (label: string) => void; testId: string }) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <>
        <strong className="layer-label" data-testid={testId}>{name}</strong>
        <button type="button" data-testid={`${testId}-rename`} onClick={() => setDraft(name)}>{t('layers.rename')}</button>
      </>
    );
  }
  return (
    <form className="rename" onSubmit={(e) => { e.preventDefault(); onRename(draft); setDraft(null); }}>
      <input
        autoFocus
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') setDraft(null); }}
        aria-label={t('layers.renameLabel', { name })}
      />
      <button type="submit">{t('layers.renameSave')}</button>
      <button type="button" onClick={() => setDraft(null)}>{t('layers.renameCancel')}</button>
    </form>
  );
}
