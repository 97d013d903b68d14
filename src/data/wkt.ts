/**
 * Well-Known Text geometry (OGC Simple Features 1.2.1 §7), as QGIS, GDAL (`GEOMETRY=AS_WKT`) and
 * PostGIS write it in CSV: Point…MultiPolygon and GeometryCollection, with Z/M/ZM ordinates (dropped),
 * EMPTY, and PostGIS's `SRID=27700;` prefix. Throws `WktError` naming what was expected where.
 */
import type { Geometry, Position } from 'geojson';

/** Malformed WKT: what was expected, at which character. */
export class WktError extends Error {}

const TYPES: Record<string, Geometry['type']> = {
  POINT: 'Point', LINESTRING: 'LineString', POLYGON: 'Polygon', MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString', MULTIPOLYGON: 'MultiPolygon', GEOMETRYCOLLECTION: 'GeometryCollection',
};

/** The WKT geometry types, for recognising a geometry column by its first value. */
export const WKT_START = /^\s*(SRID=\d+;\s*)?(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\b/i;

class Reader {
  at = 0;
  constructor(private readonly text: string) {}
  skip(): void { while (/\s/.test(this.text[this.at] ?? '')) this.at += 1; }
  peek(): string { this.skip(); return this.text[this.at] ?? ''; }
  expect(char: string): void {
    if (this.peek() !== char) throw new WktError(`expected "${char}" at character ${this.at + 1}`);
    this.at += 1;
  }
  word(): string {
    this.skip();
    const match = /^[A-Za-z]+/.exec(this.text.slice(this.at));
    if (!match) throw new WktError(`expected a word at character ${this.at + 1}`);
    this.at += match[0].length;
    return match[0].toUpperCase();
  }
  /** True (and consumed) when the next word is EMPTY. */
  empty(): boolean {
    this.skip();
    if (/^EMPTY\b/i.test(this.text.slice(this.at))) { this.at += 5; return true; }
    return false;
  }
  position(): Position {
    this.skip();
    const match = /^[-+\d.eE]+(\s+[-+\d.eE]+)+/.exec(this.text.slice(this.at));
    const numbers = match ? match[0].trim().split(/\s+/).map(Number) : [];
    if (!match || numbers.some((n) => !Number.isFinite(n))) throw new WktError(`expected coordinates at character ${this.at + 1}`);
    this.at += match[0].length;
    return numbers.slice(0, 2);
  }
  list<T>(item: () => T): T[] {
    if (this.empty()) return [];
    this.expect('(');
    const items = [item()];
    while (this.peek() === ',') { this.at += 1; items.push(item()); }
    this.expect(')');
    return items;
  }
  /** A MULTIPOINT member: `(1 2)` or, as some writers put it, `1 2`. */
  pointMember(): Position {
    if (this.peek() !== '(') return this.position();
    this.expect('(');
    const position = this.position();
    this.expect(')');
    return position;
  }
  geometry(): Geometry {
    const type = TYPES[this.word()];
    if (!type) throw new WktError(`unknown geometry type at character ${this.at}`);
    if (/^(ZM|Z|M)\b/i.test(this.text.slice(this.at).trimStart())) this.word();
    switch (type) {
      case 'Point': {
        const [position] = this.list(() => this.position());
        return position ? { type, coordinates: position } : { type: 'MultiPoint', coordinates: [] };
      }
      case 'LineString': return { type, coordinates: this.list(() => this.position()) };
      case 'Polygon': return { type, coordinates: this.list(() => this.list(() => this.position())) };
      case 'MultiPoint': return { type, coordinates: this.list(() => this.pointMember()) };
      case 'MultiLineString': return { type, coordinates: this.list(() => this.list(() => this.position())) };
      case 'MultiPolygon': return { type, coordinates: this.list(() => this.list(() => this.list(() => this.position()))) };
      case 'GeometryCollection': return { type, geometries: this.list(() => this.geometry()) };
    }
  }
}

/** Parses one WKT or EWKT geometry; `srid` is the EWKT prefix's code, null when absent. */
export function parseWkt(text: string): { geometry: Geometry; srid: number | null } {
  const prefix = /^\s*SRID=(\d+);/i.exec(text);
  const body = prefix ? text.slice(prefix[0].length) : text;
  const reader = new Reader(body);
  const geometry = reader.geometry();
  if (reader.peek() !== '') throw new WktError(`unexpected text at character ${reader.at + 1}`);
  return { geometry, srid: prefix ? Number(prefix[1]) : null };
}
