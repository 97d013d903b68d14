/**
 * A small PMTiles v3 writer for tests (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): one
 * uncompressed root directory, no leaf directories, identical tiles stored once. Enough for the few hundred
 * tiles a test archive has; real basemaps come from tools such as planetiler or `pmtiles convert`.
 */
import { zxyToTileId } from 'pmtiles';

export interface WrittenTile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

export interface ArchiveOptions {
  /** PMTiles tile type: 1 MVT, 2 PNG, 3 JPEG, 4 WebP. */
  tileType: 1 | 2 | 3 | 4;
  /** WGS84 [minLng, minLat, maxLng, maxLat] the tiles cover. */
  bounds: [number, number, number, number];
  metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;
/** The spec keeps the header and root directory within the first 16 KiB, which readers fetch at once. */
const ROOT_LIMIT_BYTES = 16_384 - HEADER_BYTES;
const NONE = 1;

function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** A directory as the spec lays it out: count, then id deltas, run lengths, lengths, offsets (0 = contiguous). */
function serialiseDirectory(entries: DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(out, entry.runLength);
  for (const entry of entries) writeVarint(out, entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    writeVarint(out, i > 0 && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(out);
}

/** Writes tiles (any order, no duplicates) into a PMTiles v3 archive. */
export function writePmtiles(tiles: WrittenTile[], options: ArchiveOptions): Uint8Array<ArrayBuffer> {
  if (!tiles.length) throw new Error('writePmtiles: no tiles');
  const sorted = tiles.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
  const contents: Uint8Array[] = [];
  const offsets = new Map<string, number>();
  let dataLength = 0;
  const entries: DirectoryEntry[] = [];
  for (const tile of sorted) {
    const key = Buffer.from(tile.bytes).toString('base64');
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = dataLength;
      offsets.set(key, offset);
      contents.push(tile.bytes);
      dataLength += tile.bytes.length;
    }
    const last = entries[entries.length - 1];
    // A run: the next tile id with the same bytes extends the previous entry.
    if (last && last.offset === offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset, length: tile.bytes.length, runLength: 1 });
  }
  const root = serialiseDirectory(entries);
  if (root.length > ROOT_LIMIT_BYTES) throw new Error(`writePmtiles: root directory of ${root.length} bytes needs leaf directories`);
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const zooms = sorted.map((tile) => tile.z);
  const [minLng, minLat, maxLng, maxLat] = options.bounds;

  const bytes = new Uint8Array(dataOffset + dataLength);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset);
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, contents.length);
  view.setUint8(96, 1); // clustered: tile data is in tile-id order
  view.setUint8(97, NONE);
  view.setUint8(98, NONE);
  view.setUint8(99, options.tileType);
  view.setUint8(100, Math.min(...zooms));
  view.setUint8(101, Math.max(...zooms));
  const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, minLng);
  e7(106, minLat);
  e7(110, maxLng);
  e7(114, maxLat);
  view.setUint8(118, Math.min(...zooms));
  e7(119, (minLng + maxLng) / 2);
  e7(123, (minLat + maxLat) / 2);
  bytes.set(root, rootOffset);
  bytes.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const content of contents) {
    bytes.set(content, at);
    at += content.length;
  }
  return bytes;
}
