import { useShallow } from 'zustand/react/shallow';
import { useLocalBasemapStore } from '../state/local-basemap-store';
import { useT } from './use-t';

/** Choose a PMTiles file on this computer as the basemap: read in place, never uploaded. */
export function BasemapFileSetting() {
  const t = useT();
  const { basemap, status, problem, awaitedFile, chooseFile, clear } = useLocalBasemapStore(useShallow((s) => ({
    basemap: s.basemap, status: s.status, problem: s.problem, awaitedFile: s.awaitedFile, chooseFile: s.chooseFile, clear: s.clear,
  })));
  return (
    <div className="basemap-file" data-testid="basemap-file">
      <label className="field">
        <span>{t('basemap.file')}</span>
        <input
          type="file"
          accept=".pmtiles"
          aria-describedby="basemap-file-help"
          data-testid="basemap-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void chooseFile(file);
          }}
        />
      </label>
      <p id="basemap-file-help" className="muted small">{t('basemap.fileHelp')}</p>
      {status === 'loading' && <p className="small" role="status">{t('basemap.fileLoading')}</p>}
      {problem && <p role="alert" className="error-text" data-testid="basemap-file-problem">{t(`basemap.problem.${problem.code}`, { file: problem.file, found: problem.found ?? '' })}</p>}
      {awaitedFile && <p className="small" role="status" data-testid="basemap-file-awaited">{t('basemap.fileAwaited', { file: awaitedFile })}</p>}
      {basemap && (
        <p className="small" data-testid="basemap-file-in-use">
          {t('basemap.fileInUse', { file: basemap.fileName, kind: t(`basemap.kind.${basemap.tileKind}`), minZoom: basemap.minZoom, maxZoom: basemap.maxZoom })}
          {' '}
          <button type="button" onClick={clear}>{t('basemap.fileRemove')}</button>
        </p>
      )}
    </div>
  );
}
