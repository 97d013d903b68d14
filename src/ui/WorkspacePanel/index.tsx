import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { openWorkspaceFile, useWorkspaceStore, workspaceFileBytes } from '../../state/workspace/workspace-store';
import { WORKSPACE_VERSION } from '../../state/workspace/capture';
import { useProblemText, useT } from '../use-t';
import { SaveStatus } from './SaveStatus';
import { StartFresh } from './StartFresh';
import { StoragePersistence } from './StoragePersistence';
import { PostcodeLookups } from './PostcodeLookups';
import { formatSavedTime } from './saved-time';
import type { RestoreProblem } from '../../state/workspace/replay-sources';
import { promises2MessagesEn } from '../../i18n/messages-promises2-en';
import type { MessageKey } from '../../i18n/translate';

const EXTENSION = '.cohesion-atlas';

function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const LISTS = new Set(Object.keys(promises2MessagesEn).filter((key) => key.startsWith('promises2.list.')).map((key) => key.slice('promises2.list.'.length)));

/** One restore problem in words: a file by name, a part by key, or how many records of a list were left out. */
function restoreProblemText(p: RestoreProblem, t: ReturnType<typeof useT>): string {
  switch (p.code) {
    case 'part-failed':
      return t('workspace.problem.part-failed', { part: p.part });
    case 'records-dropped':
      return t('promises2.recordsDropped', { count: p.count, list: LISTS.has(p.list) ? t(`promises2.list.${p.list}` as MessageKey) : `${p.part} (${p.list})` });
    default:
      return t(`workspace.problem.${p.code}`, { file: p.file });
  }
}

/** The saved workspace: restored notice with "Start fresh", save and open a workspace file, storage problems. */
export function WorkspacePanel() {
  const t = useT();
  const problem = useProblemText();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { phase, restored, problems, fileProblem, dismissRestored, dismissFileProblem } = useWorkspaceStore(useShallow((s) => ({
    phase: s.phase, restored: s.restored, problems: s.restoreProblems, fileProblem: s.fileProblem, dismissRestored: s.dismissRestored, dismissFileProblem: s.dismissFileProblem,
  })));
  const time = (iso: string) => formatSavedTime(iso, t);

  const save = async () => {
    setBusy(true);
    try {
      const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
      downloadBytes(`workspace-${stamp}${EXTENSION}`, await workspaceFileBytes());
    } finally {
      setBusy(false);
    }
  };
  const open = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      await openWorkspaceFile({ name: file.name, bytes: await file.arrayBuffer() });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="panel workspace" data-testid="workspace-panel" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">{t('workspace.heading')}</h2>
      {phase === 'restoring' && <p role="status" data-testid="workspace-restoring">{t('workspace.restoring')}</p>}
      {restored && (
        <div role="status" className="workspace-notice" data-testid="workspace-restored">
          <p>{restored.from === 'file' ? t('workspace.openedFile', { file: restored.fileName ?? '', time: time(restored.savedAt) }) : t('workspace.restored', { time: time(restored.savedAt) })}</p>
          {problems.map((p, i) => (
            <p key={i} className="warning-text" data-testid="workspace-restore-problem">
              {restoreProblemText(p, t)}
            </p>
          ))}
          <button type="button" onClick={dismissRestored}>{t('workspace.dismiss')}</button>
        </div>
      )}
      {fileProblem && (
        <div role="alert" className="error-notice" data-testid="workspace-file-problem" data-code={fileProblem.code}>
          <p>{t(`workspace.fileProblem.${fileProblem.code}`, { file: fileProblem.file, version: String(fileProblem.version ?? ''), current: String(WORKSPACE_VERSION), detail: fileProblem.damage ? problem.text('workspaceDamage', fileProblem.damage) : (fileProblem.missingFile ?? '') })}</p>
          <button type="button" onClick={dismissFileProblem}>{t('workspace.dismiss')}</button>
        </div>
      )}
      <SaveStatus />
      <StoragePersistence />
      <div className="workspace-actions">
        <button type="button" data-testid="workspace-save" disabled={busy || phase !== 'ready'} onClick={() => void save()}>{t('workspace.save')}</button>
        <button type="button" data-testid="workspace-open" disabled={busy || phase !== 'ready'} onClick={() => input.current?.click()}>{t('workspace.open')}</button>
        <input ref={input} type="file" accept={EXTENSION} hidden data-testid="workspace-file-input" aria-label={t('workspace.openLabel')} onChange={(e) => void open(e.target.files)} />
        <StartFresh disabled={busy} />
      </div>
      <p className="muted small">{t('workspace.where')} {t('workspace.fileHelp')}</p>
      <PostcodeLookups />
    </section>
  );
}
