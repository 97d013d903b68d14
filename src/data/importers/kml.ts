/**
 * KML and KMZ importer (OGC 07-147r2): Placemarks streamed with saxes (already a dependency, so no
 * @tmcw/togeojson and its DOM parser, which workers lack). Points, LineStrings, Polygons with holes and
 * MultiGeometry become GeoJSON geometry; name, description, ExtendedData Data and SchemaData become
 * properties. KML is WGS84 longitude/latitude by definition. A KMZ is a zip whose first .kml is read.
 */
import { SaxesParser } from 'saxes';
import type { Geometry, Position } from 'geojson';
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { decodeText } from './json-text';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { rawSetResult, readerFailure } from './raw-set';
import { unzipInputFile } from './zip';

/** KML's coordinates are WGS84 by the standard; this is what the load report says declared it. */
const KML_CRS = { source: 'wgs84' as const, detectedBy: 'file-header' as const, declared: 'KML (WGS84 by definition)' };

interface PlacemarkState {
  properties: Record<string, string>;
  geometries: Geometry[];
}

/** "lng,lat[,alt] lng,lat…" → positions (altitude dropped); malformed tuples are left out. */
function readCoordinates(text: string): Position[] {
  return text.trim().split(/\s+/).filter(Boolean).map((tuple) => tuple.split(',').slice(0, 2).map(Number)).filter((p) => p.length === 2 && p.every(Number.isFinite));
}

/** One geometry from the parts of a MultiGeometry: all points, all lines or all polygons merge; else a collection. */
function combine(geometries: Geometry[]): Geometry | null {
  if (geometries.length <= 1) return geometries[0] ?? null;
  const types = new Set(geometries.map((g) => g.type));
  if (types.size === 1 && types.has('Polygon')) return { type: 'MultiPolygon', coordinates: geometries.map((g) => (g as { coordinates: Position[][] }).coordinates) };
  if (types.size === 1 && types.has('Point')) return { type: 'MultiPoint', coordinates: geometries.map((g) => (g as { coordinates: Position }).coordinates) };
  if (types.size === 1 && types.has('LineString')) return { type: 'MultiLineString', coordinates: geometries.map((g) => (g as { coordinates: Position[] }).coordinates) };
  return { type: 'GeometryCollection', geometries };
}

/** The Placemarks of a KML document as raw features. Throws the parser's error on malformed XML. */
export function readKmlPlacemarks(xml: string): RawFeature[] {
  const parser = new SaxesParser({ position: false });
  const features: RawFeature[] = [];
  let placemark: PlacemarkState | null = null;
  let rings: { outer: Position[] | null; holes: Position[][] } | null = null;
  let inInner = false;
  let text = '';
  let dataName: string | null = null;
  let geometryTag = '';
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => {
    text = '';
    const name = local(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (name === 'Point' || name === 'LineString' || name === 'LinearRing') geometryTag = name;
    if (name === 'Placemark') placemark = { properties: {}, geometries: [] };
    else if (name === 'Polygon') rings = { outer: null, holes: [] };
    else if (name === 'innerBoundaryIs') inInner = true;
    else if (name === 'Data' || name === 'SimpleData') dataName = attributes.name ?? null;
  });
  parser.on('text', (chunk) => { text += chunk; });
  parser.on('cdata', (chunk) => { text += chunk; });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    const current = placemark as PlacemarkState | null;
    if (!current) return;
    if (name === 'coordinates') {
      const positions = readCoordinates(text);
      if (rings) {
        if (inInner) rings.holes.push(positions);
        else rings.outer = positions;
      } else if (positions.length > 0) {
        current.geometries.push(geometryTag === 'Point' ? { type: 'Point', coordinates: positions[0] } : { type: 'LineString', coordinates: positions });
      }
    } else if (name === 'innerBoundaryIs') {
      inInner = false;
    } else if (name === 'Polygon' && rings) {
      if (rings.outer) current.geometries.push({ type: 'Polygon', coordinates: [rings.outer, ...rings.holes] });
      rings = null;
    } else if ((name === 'value' || name === 'SimpleData') && dataName !== null) {
      current.properties[dataName] = text.trim();
      if (name === 'SimpleData') dataName = null;
    } else if (name === 'Data') {
      dataName = null;
    } else if ((name === 'name' || name === 'description') && current.geometries.length === 0 && !(name in current.properties)) {
      current.properties[name] = text.trim();
    } else if (name === 'Placemark') {
      features.push({ geometry: combine(current.geometries), properties: current.properties });
      placemark = null;
    }
  });
  parser.write(xml).close();
  return features;
}

/** Reads a .kml (or the first .kml inside a .kmz) as raw WGS84 features. */
export function readKmlFeatures(file: InputFile): ImportResult<RawFeatureSet> {
  let xmlFile = file;
  if (/\.kmz$/i.test(file.name)) {
    const unzipped = unzipInputFile(file);
    if (!unzipped.ok) return unzipped;
    const inner = unzipped.value.find((entry) => /\.kml$/i.test(entry.name));
    if (!inner) return readerFailure(file.name, 'not-kml');
    xmlFile = inner;
  }
  const xml = decodeText(xmlFile.bytes);
  if (!/<kml[\s>]/i.test(xml.slice(0, 4096))) return readerFailure(file.name, 'not-kml');
  try {
    return rawSetResult({ format: 'kml', file: file.name, declared: KML_CRS, features: readKmlPlacemarks(xml) });
  } catch (caught) {
    return readerFailure(file.name, 'damaged-file', caught);
  }
}

/** Parses KML or KMZ Placemarks into WGS84 areas. */
export function parseKmlAreas(file: InputFile): ImportResult<ParsedAreas> {
  const raw = readKmlFeatures(file);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
