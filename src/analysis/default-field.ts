/** Picks the field a newly loaded boundary layer is coloured by, when no preset says otherwise. */
import type { FieldSummary } from '../types';
import { AREA_KM2_FIELD } from './area-size';

/** Columns that are numeric but meaningless to map: identifiers, coordinates, geometry bookkeeping. */
const NOT_A_MEASURE = /^(objectid|fid|ogc_fid|gid|id|.*_id|.*id$|globalid|bng_[en]|long|lat|lng|lon|x|y|easting|northing|shape_?(area|len|length|leng)|st_area.*|st_length.*|.*cd[o]?|.*code)$/i;

/** The first numeric field that is a real measure, else the computed area (always available). */
export function chooseDefaultField(fields: ReadonlyArray<FieldSummary>, codeField: string | null): string {
  const measure = fields.find((f) => f.kind === 'numeric' && f.name !== codeField && !NOT_A_MEASURE.test(f.name));
  return measure?.name ?? AREA_KM2_FIELD;
}

/** Fields offered in the "value to map" list: numeric ones (not the code), then the computed area. */
export function mappableFields(fields: ReadonlyArray<FieldSummary>, codeField: string | null): string[] {
  return [...fields.filter((f) => f.kind === 'numeric' && f.name !== codeField).map((f) => f.name), AREA_KM2_FIELD];
}
