import { useStorageStore } from '../../state/storage-store';
import { useT } from '../use-t';

/** Whether the browser keeps this workspace (navigator.storage.persist), and a way to ask again. */
export function StoragePersistence() {
  const t = useT();
  const persistence = useStorageStore((s) => s.persistence);
  const requestPersistence = useStorageStore((s) => s.requestPersistence);
  return (
    <p className={persistence === 'persisted' ? 'muted small' : 'warning-text small'} data-testid="storage-persistence" data-state={persistence} role="status">
      {t(`workspace.persist.${persistence}`)}{' '}
      {persistence === 'not-persisted' && (
        <button type="button" className="link-button" data-testid="storage-persist-ask" onClick={() => void requestPersistence()}>{t('workspace.persist.ask')}</button>
      )}
    </p>
  );
}
