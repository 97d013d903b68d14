import { useWorkspaceStore } from '../../state/workspace/workspace-store';
import { useT } from '../use-t';

/** Says that another tab owns the workspace and this one saves nothing. */
export function ReadOnlyNotice() {
  const t = useT();
  const readOnly = useWorkspaceStore((s) => s.readOnly);
  if (!readOnly) return null;
  return <p className="panel notice" role="status" data-testid="workspace-read-only">{t('promises.readOnly')}</p>;
}
