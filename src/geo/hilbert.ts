/**
 * Hilbert-curve ordering of points. Visiting points in Hilbert order keeps consecutive queries in the same
 * few polygons, so the polygon coordinates they test stay in the CPU cache (issue 3: the fast join).
 */

/** Side of the integer grid the curve is laid on: 2^16 cells per axis, so a code fits in 32 bits. */
const HILBERT_GRID_SIZE = 65536;

/**
 * Position of the integer cell (x, y), both in [0, 65535], along a 2^16 × 2^16 Hilbert curve: an unsigned
 * 32-bit code. Uses the branch-free bit-interleaving method of "Fast Hilbert curve generation" (rawrunprotected).
 */
export function hilbertCode(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);

  let A = a | (b >> 1);
  let B = (a >> 1) ^ a;
  let C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
  let D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

  a = A; b = B; c = C; d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2));
  B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2));
  D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

  a = A; b = B; c = C; d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4));
  B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4));
  D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

  a = A; b = B; c = C; d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8));
  D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

  a = C ^ (C >> 1);
  b = D ^ (D >> 1);

  let i0 = x ^ y;
  let i1 = b | (0xffff ^ (i0 | a));

  i0 = (i0 | (i0 << 8)) & 0x00ff00ff;
  i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;

  i1 = (i1 | (i1 << 8)) & 0x00ff00ff;
  i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;

  return ((i1 << 1) | i0) >>> 0;
}

/** Point indexes ordered by key, with the keys and coordinates in that order. */
export interface KeyOrder {
  order: Uint32Array;
  sortedKeys: Uint32Array;
  sortedLng: Float64Array;
  sortedLat: Float64Array;
}

/**
 * Point indexes 0..keys.length-1 ordered by ascending unsigned 32-bit key, ties kept in index order, with
 * the coordinates carried along: a two-pass LSD radix sort (16 bits per pass), linear time, no comparator
 * calls and no random reads (moving the coordinates with the keys beats gathering them afterwards).
 * The inputs are not modified.
 */
export function sortByKey(keys: Uint32Array, lng: Float64Array, lat: Float64Array): KeyOrder {
  const n = keys.length;
  const counts = new Uint32Array(65537);
  let order = new Uint32Array(n);
  let sortedKeys = new Uint32Array(n);
  let sortedLng = new Float64Array(n);
  let sortedLat = new Float64Array(n);
  for (let i = 0; i < n; i++) counts[(keys[i] & 0xffff) + 1]++;
  for (let bucket = 1; bucket <= 65536; bucket++) counts[bucket] += counts[bucket - 1];
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    const target = counts[key & 0xffff]++;
    order[target] = i;
    sortedKeys[target] = key;
    sortedLng[target] = lng[i];
    sortedLat[target] = lat[i];
  }
  const nextOrder = new Uint32Array(n);
  const nextKeys = new Uint32Array(n);
  const nextLng = new Float64Array(n);
  const nextLat = new Float64Array(n);
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(sortedKeys[i] >>> 16) + 1]++;
  for (let bucket = 1; bucket <= 65536; bucket++) counts[bucket] += counts[bucket - 1];
  for (let i = 0; i < n; i++) {
    const key = sortedKeys[i];
    const target = counts[key >>> 16]++;
    nextOrder[target] = order[i];
    nextKeys[target] = key;
    nextLng[target] = sortedLng[i];
    nextLat[target] = sortedLat[i];
  }
  order = nextOrder;
  sortedKeys = nextKeys;
  sortedLng = nextLng;
  sortedLat = nextLat;
  return { order, sortedKeys, sortedLng, sortedLat };
}

/**
 * The Hilbert code of every point on a 2^16 × 2^16 grid laid over `bbox` (points outside it are clamped to
 * its edge; a NaN coordinate counts as that axis's minimum). Equal points always get equal codes.
 */
export function hilbertCodes(lng: Float64Array, lat: Float64Array, bbox: readonly [number, number, number, number]): Uint32Array {
  const [minX, minY, maxX, maxY] = bbox;
  const scaleX = maxX > minX ? (HILBERT_GRID_SIZE - 1) / (maxX - minX) : 0;
  const scaleY = maxY > minY ? (HILBERT_GRID_SIZE - 1) / (maxY - minY) : 0;
  const keys = new Uint32Array(lng.length);
  for (let i = 0; i < keys.length; i++) {
    // Clamped before truncating: `!(x >= 0)` also catches NaN, and `| 0` alone would wrap huge values.
    let x = (lng[i] - minX) * scaleX;
    let y = (lat[i] - minY) * scaleY;
    x = !(x >= 0) ? 0 : x > 0xffff ? 0xffff : x;
    y = !(y >= 0) ? 0 : y > 0xffff ? 0xffff : y;
    keys[i] = hilbertCode(x | 0, y | 0);
  }
  return keys;
}
