import { useState } from 'react';
import { useViewStore } from '../state/view-store';
import { useT } from './use-t';
import { IncidentYearsSetting } from './IncidentYearsSetting';
import { DatumGridSetting } from './DatumGridSetting';

/** Optional basemap: off by default so the tool works offline and nothing is requested from outside. */
export function SettingsPanel() {
  const t = useT();
  const basemapUrl = useViewStore((s) => s.basemapUrl);
  const setBasemapUrl = useViewStore((s) => s.setBasemapUrl);
  const [draft, setDraft] = useState(basemapUrl);
  const [invalid, setInvalid] = useState(false);
  return (
    <details className="panel settings">
      <summary>{t('settings.heading')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const ok = draft.trim() === '' || /^https?:\/\//i.test(draft.trim());
          setInvalid(!ok);
          if (ok) setBasemapUrl(draft);
        }}
      >
        <label className="field">
          <span>{t('settings.basemap')}</span>
          <input value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={invalid} aria-describedby="basemap-help" />
        </label>
        <p id="basemap-help" className="muted small">{t('settings.basemapHelp')} {t('settings.basemapWarning')}</p>
        {invalid && <p role="alert" className="error-text">{t('settings.basemapInvalid')}</p>}
        <button type="submit">{t('settings.basemapApply')}</button>
        {basemapUrl && <button type="button" onClick={() => { setDraft(''); setBasemapUrl(''); }}>{t('settings.basemapClear')}</button>}
      </form>
      <IncidentYearsSetting />
      <DatumGridSetting />
    </details>
  );
}
