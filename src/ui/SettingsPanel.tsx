import { useState } from 'react';
import { useViewStore } from '../state/view-store';
import { useLocalBasemapStore } from '../state/local-basemap-store';
import { readBasemapAddress } from '../analysis/basemap-address';
import { useT } from './use-t';
import { IncidentYearsSetting } from './IncidentYearsSetting';
import { DatumGridSetting } from './DatumGridSetting';
import { BasemapFileSetting } from './BasemapFileSetting';

/** Optional basemap: off by default so the tool works offline and nothing is requested from outside. */
export function SettingsPanel() {
  const t = useT();
  const basemapUrl = useViewStore((s) => s.basemapUrl);
  const setBasemapUrl = useViewStore((s) => s.setBasemapUrl);
  const clearLocalBasemap = useLocalBasemapStore((s) => s.clear);
  const [draft, setDraft] = useState(basemapUrl);
  const [invalid, setInvalid] = useState<'not-http' | 'wms-no-layers' | null>(null);
  return (
    <details className="panel settings">
      <summary>{t('settings.heading')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const address = readBasemapAddress(draft);
          setInvalid(address.kind === 'invalid' ? address.reason : null);
          if (address.kind === 'invalid') return;
          // One basemap at a time: a typed address replaces a chosen file.
          if (address.kind !== 'none') clearLocalBasemap();
          setBasemapUrl(draft);
        }}
      >
        <label className="field">
          <span>{t('settings.basemap')}</span>
          <input value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={invalid !== null} aria-describedby="basemap-help" />
        </label>
        <p id="basemap-help" className="muted small">{t('basemap.addressHelp')} {t('settings.basemapWarning')}</p>
        {invalid && <p role="alert" className="error-text">{t(invalid === 'wms-no-layers' ? 'basemap.invalid.wms-no-layers' : 'settings.basemapInvalid')}</p>}
        <button type="submit">{t('settings.basemapApply')}</button>
        {basemapUrl && <button type="button" onClick={() => { setDraft(''); setBasemapUrl(''); }}>{t('settings.basemapClear')}</button>}
      </form>
      <BasemapFileSetting />
      <IncidentYearsSetting />
      <DatumGridSetting />
    </details>
  );
}
