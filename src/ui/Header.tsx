import { useLocaleStore } from '../state/locale-store';
import type { Locale } from '../i18n/translate';
import { useT } from './use-t';
import { usePresentationStore } from '../state/presentation-store';

export function Header() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const present = usePresentationStore((s) => s.enter);
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-actions">
      <button type="button" className="present-button" onClick={present} data-testid="present-button" aria-keyshortcuts="P">{t('present.start')}</button>
      <label className="language">
        <span>{t('app.language')}</span>
        <select data-testid="language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          <option value="en">{t('app.language.en')}</option>
          <option value="cy">{t('app.language.cy')}</option>
        </select>
      </label>
      </div>
    </header>
  );
}
