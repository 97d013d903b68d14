/**
 * Any coordinate system proj4 can read (WKT1, WKT2, PROJJSON, a proj string, or an EPSG code from
 * crs-registry.ts) turned into a converter to WGS84 `[lng, lat]`. ESRI WKT leaves the datum shift out; for
 * the datums of crs-registry.ts it is put back, else the shift is reported as unknown (null accuracy).
 */
import proj4 from 'proj4';
import type { LngLat } from '../types';
import { datumShiftByName, knownCrsByCode } from './crs-registry';

/** A coordinate system proj4 reads: a name for the load report, the text proj4 reads, its datum-shift accuracy. */
export interface ReadableCrs {
  name: string;
  /** What proj4 is given: the WKT or PROJJSON as found, or a proj string for a bare EPSG code. */
  definition: string;
  code: number | null;
  /** Metres the datum shift to WGS84 may be off, when known (a shift given in the file has no stated accuracy). */
  shiftAccuracyM: number | null;
  /** True when the datum is not WGS84 and neither the file nor crs-registry.ts gives a shift: metres to 100s of metres off. */
  shiftMissing: boolean;
  geographic: boolean;
}

type Definition = Record<string, unknown> & { projName?: string; name?: string; datumCode?: string; datum_params?: number[]; ellps?: string };

const PARSE_KEY = 'ATLAS:PARSE';
const WGS84_DATUMS = new Set(['wgs84', 'dwgs1984', 'wgs1984', 'worldgeodeticsystem1984']);
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The trailing EPSG authority of a WKT (`AUTHORITY["EPSG","29903"]` or `ID["EPSG",29903]`), or of a PROJJSON `id`. */
export function epsgCodeOf(text: string): number | null {
  const wkt = /(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]?\s*$/i.exec(text.trim());
  if (wkt) return Number(wkt[1]);
  const json = /"id"\s*:\s*\{\s*"authority"\s*:\s*"EPSG"\s*,\s*"code"\s*:\s*(\d+)\s*\}\s*\}\s*$/.exec(text.trim());
  if (json) return Number(json[1]);
  const name = /^\s*(?:urn:ogc:def:crs:)?EPSG:{1,2}(\d+)\s*$/i.exec(text);
  return name ? Number(name[1]) : null;
}

function parseDefinition(text: string): Definition | null {
  try {
    const registered = proj4.defs(text) as unknown as Definition | undefined;
    if (registered && typeof registered.projName === 'string') return registered;
    proj4.defs(PARSE_KEY, text.trim().startsWith('{') ? JSON.parse(text) : text);
    const parsed = proj4.defs(PARSE_KEY) as unknown as Definition | undefined;
    return parsed && typeof parsed.projName === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/** The parsed definition with the datum shift filled in where the text left it out and we know it. */
function withDatumShift(parsed: Definition): { definition: Definition; shiftAccuracyM: number | null; shiftMissing: boolean } {
  const datum = squash(String(parsed.datumCode ?? ''));
  if (Array.isArray(parsed.datum_params) && parsed.datum_params.length > 0) return { definition: parsed, shiftAccuracyM: null, shiftMissing: false };
  if (WGS84_DATUMS.has(datum) || squash(String(parsed.ellps ?? '')) === 'wgs84') return { definition: parsed, shiftAccuracyM: 0, shiftMissing: false };
  const known = datumShiftByName(datum);
  return known
    ? { definition: { ...parsed, datum_params: known.towgs84 }, shiftAccuracyM: known.shiftAccuracyM, shiftMissing: false }
    : { definition: parsed, shiftAccuracyM: null, shiftMissing: true };
}

/**
 * Reads a coordinate system from WKT, PROJJSON or an EPSG name. A code in crs-registry.ts (also as the
 * WKT's trailing authority) uses the registry's definition; other text must parse in proj4. Null when
 * proj4 cannot read it: that, and only that, is refused.
 */
export function readCrs(text: string, fallbackName = text.trim().slice(0, 80)): ReadableCrs | null {
  const code = epsgCodeOf(text);
  const known = code === null ? null : knownCrsByCode(code);
  const parsed = parseDefinition(known ? known.definition : text);
  if (!parsed) return null;
  const ownName = text.trim().startsWith('{') || /^[A-Z_]+\s*\[/i.test(text.trim()) ? parseDefinition(text)?.name : undefined;
  const name = (typeof ownName === 'string' && ownName) || known?.name || (typeof parsed.name === 'string' && parsed.name) || fallbackName;
  const geographic = parsed.projName === 'longlat';
  if (known) return { name, definition: known.definition, code, shiftAccuracyM: known.shiftAccuracyM, shiftMissing: false, geographic };
  const { shiftAccuracyM, shiftMissing } = withDatumShift(parsed);
  return { name, definition: text, code, shiftAccuracyM, shiftMissing, geographic };
}

const converters = new Map<string, (x: number, y: number) => LngLat>();

/** A function from the coordinate system's `[x, y]` to WGS84 `[lng, lat]` (cached per definition). */
export function converterToWgs84(definition: string): (x: number, y: number) => LngLat {
  const cached = converters.get(definition);
  if (cached) return cached;
  const parsed = parseDefinition(definition);
  if (!parsed) throw new Error(`converterToWgs84: proj4 cannot read ${definition.slice(0, 80)}`);
  const converter = proj4(withDatumShift(parsed).definition as unknown as string, 'EPSG:4326');
  const convert = (x: number, y: number): LngLat => {
    const [lng, lat] = converter.forward([x, y]);
    return [lng, lat];
  };
  converters.set(definition, convert);
  return convert;
}
