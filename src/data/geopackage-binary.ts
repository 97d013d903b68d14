/**
 * GeoPackage geometry blobs (OGC 12-128r18 §2.1.3): the "GP" header (version, flags, srs_id, optional
 * envelope) followed by standard WKB. Read for the GeoPackage importer, written by the exporter.
 */
import type { Geometry } from 'geojson';
import { readWkb, WkbError, writeWkb, type WritableGeometry } from './wkb';

/** Bytes of each envelope kind (flags bits 1-3): none, xy, xyz, xym, xyzm. */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** The geometry of a GeoPackage blob, or null for an empty geometry. Throws `WkbError` when damaged. */
export function readGeoPackageGeometry(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new WkbError('not a GeoPackage geometry (no "GP" header)');
  const flags = blob[3];
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0x07];
  if (envelope === undefined) throw new WkbError(`unknown envelope kind ${(flags >> 1) & 0x07}`);
  if (flags & 0x10) return null;
  return readWkb(blob, 8 + envelope);
}

/** The bounding box [minX, minY, maxX, maxY] of a writable geometry's positions. */
function envelopeOf(geometry: WritableGeometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const positions = geometry.type === 'Point' ? [geometry.coordinates]
    : geometry.type === 'MultiPoint' ? geometry.coordinates
      : geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
  for (const [x, y] of positions) {
    box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
  }
  return box;
}

/** A GeoPackage blob: little-endian header with an xy envelope, then WKB. */
export function writeGeoPackageGeometry(geometry: WritableGeometry, srsId: number): Uint8Array {
  const wkb = writeWkb(geometry);
  const blob = new Uint8Array(8 + 32 + wkb.length);
  const view = new DataView(blob.buffer);
  blob.set([0x47, 0x50, 0, 0b0000_0011]);
  view.setInt32(4, srsId, true);
  const [minX, minY, maxX, maxY] = envelopeOf(geometry);
  [minX, maxX, minY, maxY].forEach((value, index) => view.setFloat64(8 + index * 8, value, true));
  blob.set(wkb, 40);
  return blob;
}
