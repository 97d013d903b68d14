/**
 * MapLibre reads a local PMTiles basemap through the `pmtiles://` protocol (registered once with
 * addProtocol): each tile request becomes a byte-range read of the chosen File, in this browser. Nothing is
 * fetched from a network, so the Content-Security-Policy needs no new source for it.
 */
import { addProtocol } from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';
import type { LocalBasemap } from '../types';
import { basemapFile } from '../state/local-basemap-store';
import type { LocalBasemapSource } from './map-style';

let protocol: Protocol | null = null;

/** The tile address MapLibre asks the protocol for, for an archive key. */
export function localTilesUrl(archiveKey: string): string {
  return `pmtiles://${archiveKey}/{z}/{x}/{y}`;
}

/**
 * Makes the archive `archiveKey` readable by MapLibre and returns its source for the style; null when its
 * file is no longer held (cleared, or another chosen). Keyed by the archive key, not the file name, so two
 * files of the same name are never confused.
 */
export function openLocalBasemap(basemap: LocalBasemap | null, archiveKey: string | null): LocalBasemapSource | null {
  if (!basemap || !archiveKey) return null;
  const file = basemapFile(archiveKey);
  if (!file) return null;
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  if (!protocol.get(archiveKey)) {
    const source = new FileSource(file);
    protocol.add(new PMTiles({ getKey: () => archiveKey, getBytes: (offset, length) => source.getBytes(offset, length) }));
  }
  return { basemap, tilesUrl: localTilesUrl(archiveKey) };
}
