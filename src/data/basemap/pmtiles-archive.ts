/**
 * Reads what a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) holds, for
 * use as a basemap: tile kind, zooms, extent and vector layer names. Only the header, root directory and
 * metadata are read, through byte ranges, so a 2 GB OS Open Zoomstack file is never loaded whole.
 */
import { PMTiles, TileType, type Source } from 'pmtiles';
import type { BasemapFileResult, LocalBasemap } from '../../types';

/** Reads `length` bytes from `offset` (fewer at the end of the file). */
export type ReadBytes = (offset: number, length: number) => Promise<ArrayBuffer>;

/** A pmtiles Source over a byte-range reader, keyed so several archives can be open at once. */
export function byteRangeSource(key: string, readBytes: ReadBytes): Source {
  return { getKey: () => key, getBytes: async (offset, length) => ({ data: await readBytes(offset, length) }) };
}

const IMAGE_FORMATS: Partial<Record<TileType, LocalBasemap['imageFormat']>> = { [TileType.Png]: 'png', [TileType.Jpeg]: 'jpeg', [TileType.Webp]: 'webp' };

/** The `vector_layers` ids of a TileJSON-like metadata object (strings only; anything else is ignored). */
function vectorLayerIds(metadata: unknown): string[] {
  const layers = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(layers)) return [];
  return layers.flatMap((layer) => (typeof (layer as { id?: unknown })?.id === 'string' ? [(layer as { id: string }).id] : []));
}

/**
 * Describes the PMTiles archive `fileName` for the map, or says why it cannot be a basemap: not a PMTiles file
 * (no "PMTiles" magic), a spec version other than 3, tiles that are neither MVT vector tiles nor PNG/JPEG/WebP
 * images, or a header or metadata that cannot be read.
 */
export async function describePmtilesArchive(fileName: string, readBytes: ReadBytes): Promise<BasemapFileResult> {
  const start = new Uint8Array(await readBytes(0, 8));
  if (String.fromCharCode(...start.subarray(0, 7)) !== 'PMTiles') return { ok: false, problem: { code: 'not-pmtiles', file: fileName } };
  if (start[7] !== 3) return { ok: false, problem: { code: 'unsupported-version', file: fileName, found: String(start[7]) } };
  const archive = new PMTiles(byteRangeSource(fileName, readBytes));
  try {
    const header = await archive.getHeader();
    const vector = header.tileType === TileType.Mvt;
    const imageFormat = IMAGE_FORMATS[header.tileType];
    if (!vector && !imageFormat) return { ok: false, problem: { code: 'unsupported-tile-type', file: fileName, found: TileType[header.tileType] ?? String(header.tileType) } };
    const metadata = await archive.getMetadata();
    const attribution = (metadata as { attribution?: unknown } | null)?.attribution;
    return {
      ok: true,
      value: {
        fileName,
        tileKind: vector ? 'vector' : 'raster',
        ...(imageFormat ? { imageFormat } : {}),
        minZoom: header.minZoom,
        maxZoom: header.maxZoom,
        bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
        vectorLayers: vector ? vectorLayerIds(metadata) : [],
        ...(typeof attribution === 'string' && attribution ? { attribution } : {}),
      },
    };
  } catch {
    // A truncated or corrupt header, directory or metadata: the library's own message is not for the user.
    return { ok: false, problem: { code: 'unreadable', file: fileName } };
  }
}
