import { useBasemapConsentStore } from '../state/basemap-consent-store';
import { useT } from './use-t';

/** Asks before a basemap address read from a workspace is used: until then no tile is requested from it. */
export function BasemapConsent() {
  const t = useT();
  const pendingUrl = useBasemapConsentStore((s) => s.pendingUrl);
  const accept = useBasemapConsentStore((s) => s.accept);
  const decline = useBasemapConsentStore((s) => s.decline);
  if (!pendingUrl) return null;
  let host = pendingUrl;
  try {
    host = new URL(pendingUrl.replace(/[{}]/g, '')).host;
  } catch {
    // Not a URL: the address is shown as it is.
  }
  return (
    <section className="panel notice" aria-labelledby="basemap-consent-heading" aria-describedby="basemap-consent-body" data-testid="basemap-consent">
      <h2 id="basemap-consent-heading">{t('promises.basemap.heading')}</h2>
      <p id="basemap-consent-body" className="small">{t('promises.basemap.body', { host, url: pendingUrl })}</p>
      <button type="button" onClick={accept} data-testid="basemap-consent-accept">{t('promises.basemap.accept')}</button>
      <button type="button" onClick={decline} data-testid="basemap-consent-decline">{t('promises.basemap.decline')}</button>
    </section>
  );
}
