import { useWorkspaceStore } from '../../state/workspace/workspace-store';
import { useT } from '../use-t';
import { formatSavedTime } from './saved-time';

/** When the workspace was last saved in the browser, and exactly what the browser did not store. */
export function SaveStatus() {
  const t = useT();
  const report = useWorkspaceStore((s) => s.lastSave);
  const unexplained = useWorkspaceStore((s) => s.unexplained);
  const failed = !!report && (report.filesNotSaved.length > 0 || report.settingsNotSaved);
  return (
    <>
      {report?.savedAt && !failed && (
        <p className="muted small" data-testid="workspace-saved">{t('workspace.savedAt', { time: formatSavedTime(report.savedAt, t) })}</p>
      )}
      {failed && (
        <div role="alert" className="error-notice" data-testid="workspace-not-saved">
          {report.full && <p>{t('workspace.storageFull')}</p>}
          {report.filesNotSaved.length > 0 && <p data-testid="workspace-files-not-saved">{t('workspace.notSaved', { files: report.filesNotSaved.join(', ') })}</p>}
          {report.settingsNotSaved && <p>{t('workspace.settingsNotSaved')}</p>}
        </div>
      )}
      {unexplained.length > 0 && <p className="warning-text">{t('workspace.unexplained', { items: unexplained.join(', ') })}</p>}
    </>
  );
}
