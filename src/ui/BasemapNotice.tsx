import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store';
import { useLocalBasemapStore } from '../state/local-basemap-store';
import { useT } from './use-t';

/** The server a typed basemap address names, for saying where map tiles come from ("tiles.council.gov.uk"). */
function serverOf(url: string): string {
  try {
    return new URL(url.replace(/\{[a-z0-9-]+\}/gi, '0')).host;
  } catch {
    return url;
  }
}

/**
 * On the map, while a basemap is in use: the file on this computer it comes from, or the server map tiles
 * (XYZ or WMS) come from (the user's data never goes there); or that a restored workspace's basemap file
 * has to be chosen again.
 */
export function BasemapNotice() {
  const t = useT();
  const basemapUrl = useViewStore((s) => s.basemapUrl);
  const { fileName, awaitedFile } = useLocalBasemapStore(useShallow((s) => ({ fileName: s.basemap?.fileName, awaitedFile: s.awaitedFile })));
  const text = fileName ? t('basemap.fromFile', { file: fileName })
    : basemapUrl ? t('basemap.tilesFrom', { server: serverOf(basemapUrl) })
      : awaitedFile ? t('basemap.fileAwaited', { file: awaitedFile })
        : null;
  if (!text) return null;
  return <p className="basemap-notice" data-map-overlay="" data-testid="basemap-notice">{text}</p>;
}
