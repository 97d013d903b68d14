/** A basemap read from a PMTiles file on this computer (issue 15): what the map needs to draw it. */
import type { BBox } from './geo';

/** What a chosen PMTiles archive holds, read from its header and metadata. Plain data, no file handle. */
export interface LocalBasemap {
  /** The file's name, as the user chose it; also how a restored workspace asks for it again. */
  fileName: string;
  tileKind: 'vector' | 'raster';
  /** Raster archives: the image format of the tiles. */
  imageFormat?: 'png' | 'jpeg' | 'webp';
  minZoom: number;
  maxZoom: number;
  /** WGS84 extent the archive covers. */
  bounds: BBox;
  /** Vector archives: the layer names in the tiles (from the `vector_layers` metadata), for the style. */
  vectorLayers: string[];
  /** The archive's own attribution, when its metadata has one. */
  attribution?: string;
}

/** Why a chosen file cannot be a basemap. */
export type BasemapFileProblemCode = 'not-pmtiles' | 'unsupported-version' | 'unsupported-tile-type' | 'unreadable';

/** A refused basemap file: the code, the file named, and what was found (a version, a tile type). */
export interface BasemapFileProblem {
  code: BasemapFileProblemCode;
  file: string;
  found?: string;
}

export type BasemapFileResult = { ok: true; value: LocalBasemap } | { ok: false; problem: BasemapFileProblem };
