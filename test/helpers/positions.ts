/** Comparing imported geometry with the WGS84 squares the fixtures were made from (test/fixtures/crs). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { InputFile } from '../../src/types';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A file under test/fixtures as an importer input, named by its base name. */
export function fixtureFile(path: string): InputFile {
  const buffer = readFileSync(join(FIXTURES, path));
  return { name: path.split('/').pop()!, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
}

/** A JSON file under test/fixtures. */
export function fixtureJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as T;
}

/** The WGS84 squares ('belfast', 'cardiff') every CRS and format fixture was made from. */
export const sourceSquares = (place: 'belfast' | 'cardiff'): FeatureCollection => fixtureJson<Record<string, FeatureCollection>>('crs/wgs84-source.geojson')[place];

/** Every position of a collection's (Multi)Polygons, flattened. */
export function positionsOf(collection: { features: ReadonlyArray<{ geometry: unknown }> }): Position[] {
  return collection.features.flatMap((feature) => {
    const geometry = feature.geometry as Polygon | { type: 'MultiPolygon'; coordinates: Position[][][] };
    return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
  });
}

/**
 * The largest distance in metres from a found position to the nearest expected one (equirectangular, fine
 * at these sizes); nearest, because writers may turn rings the other way round or start them elsewhere.
 */
export function largestGapM(found: Position[], expected: Position[]): number {
  expect(found.length).toBe(expected.length);
  const distanceM = ([lng, lat]: Position, [otherLng, otherLat]: Position) => Math.hypot((lng - otherLng) * Math.cos((lat * Math.PI) / 180) * 111_320, (lat - otherLat) * 110_574);
  return Math.max(...found.map((position) => Math.min(...expected.map((other) => distanceM(position, other)))));
}

/** The bytes of an input cut to a fraction of its length, as a download that stopped early. */
export function truncated(file: InputFile, fraction = 0.5): InputFile {
  return { name: file.name, bytes: file.bytes.slice(0, Math.floor(file.bytes.byteLength * fraction)) };
}
