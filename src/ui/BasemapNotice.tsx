import { useViewStore } from '../state/view-store';
import { useT } from './use-t';

/** The server a typed basemap address names, for saying where map tiles come from ("tiles.council.gov.uk"). */
function serverOf(url: string): string {
  try {
    return new URL(url.replace(/\{[a-z]\}/gi, '0')).host;
  } catch {
    return url;
  }
}

/** On the map, while a basemap address is set: map tiles come from that server (the user's data never goes there). */
export function BasemapNotice() {
  const t = useT();
  const basemapUrl = useViewStore((s) => s.basemapUrl);
  if (!basemapUrl) return null;
  return <p className="basemap-notice" data-map-overlay="" data-testid="basemap-notice">{t('basemap.tilesFrom', { server: serverOf(basemapUrl) })}</p>;
}
