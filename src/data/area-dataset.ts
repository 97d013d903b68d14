/**
 * From parsed areas to a boundary dataset: choose the code and name columns (detected unless the user
 * picked them), check the codes, and derive the geographic level.
 */
import type { AreaDataset, AreaLevel, FieldValue, ImportResult, ImportWarning, ParsedAreas } from '../types';
import { GSS_CODE_PATTERN, detectAreaFields, detectWelshNameField, parseNumericValue } from './field-detection';
import { detectAuthorities } from './authorities/detect-authorities';
import { detectVintage } from './authorities/detect-vintage';
import { listFirst } from './importers/messages';

/** How to build a dataset; `codeField`/`nameField` override detection (null = "none", undefined = detect). */
export interface BuildAreaDatasetOptions {
  id: string;
  label: string;
  isExample?: boolean;
  codeField?: string | null;
  nameField?: string | null;
}

const LEVEL_BY_PREFIX: Record<string, AreaLevel> = {
  E01: 'lsoa', W01: 'lsoa', X01: 'lsoa',
  E05: 'ward', W05: 'ward', X05: 'ward',
  E06: 'local-authority', E07: 'local-authority', E08: 'local-authority', E09: 'local-authority',
  W06: 'local-authority', X06: 'local-authority',
};

/**
 * The level most codes belong to (E01/W01/X01 LSOA, E05/W05/X05 ward, E06–E09/W06/X06 local authority);
 * 'other' when no level covers more than half of the non-empty codes.
 */
export function levelFromCodes(codes: ReadonlyArray<string>): AreaLevel {
  const votes = new Map<AreaLevel, number>();
  let nonEmpty = 0;
  for (const code of codes) {
    if (code === '') continue;
    nonEmpty += 1;
    const level = GSS_CODE_PATTERN.test(code) ? LEVEL_BY_PREFIX[code.slice(0, 3)] : undefined;
    if (level) votes.set(level, (votes.get(level) ?? 0) + 1);
  }
  for (const [level, count] of votes) if (count * 2 > nonEmpty) return level;
  return 'other';
}

function asText(value: FieldValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function findDuplicates(codes: ReadonlyArray<string>): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const code of codes) {
    if (code === '') continue;
    if (seen.has(code)) duplicates.add(code);
    seen.add(code);
  }
  return [...duplicates];
}

/**
 * Builds an `AreaDataset`. `areaCodes[i]` is the trimmed code of feature i ('' when it has none; the
 * 1-based feature number when there is no code column at all); `areaNames[i]` is '' when unnamed.
 * Returns only the warnings raised here (the caller adds the importer's). Duplicate codes are an error.
 */
export function buildAreaDataset(parsed: ParsedAreas, options: BuildAreaDatasetOptions): ImportResult<AreaDataset> {
  const detection = detectAreaFields(parsed.features, parsed.fields);
  const codeField = options.codeField === undefined ? detection.codeField : options.codeField;
  const nameField = options.nameField === undefined ? detection.nameField : options.nameField;
  const file = parsed.files[0] ?? options.label;
  const warnings: ImportWarning[] = [];

  let areaCodes: string[];
  if (codeField === null) {
    areaCodes = parsed.features.map((_feature, index) => String(index + 1));
    warnings.push({
      code: 'no-code-field',
      file,
      params: { file, count: areaCodes.length },
    });
  } else {
    areaCodes = parsed.features.map((feature) => asText(feature.properties[codeField]));
    const duplicates = findDuplicates(areaCodes);
    if (duplicates.length > 0) {
      const others = detection.codeCandidates.filter((name) => name !== codeField);
      return {
        ok: false,
        error: {
          code: 'duplicate-codes',
          ...(others.length > 0 && { detail: 'other-columns' as const }),
          file,
          params: { file, column: codeField, count: duplicates.length, codes: listFirst(duplicates), columns: others.join(', ') },
          ...(others.length > 0 ? { choices: others } : {}),
        },
      };
    }
    const missing = areaCodes.flatMap((code, index) => (code === '' ? [index + 1] : []));
    if (missing.length > 0) {
      warnings.push({
        code: 'missing-codes',
        file,
        count: missing.length,
        examples: missing.slice(0, 5).map(String),
        params: { file, column: codeField, count: missing.length, features: listFirst(missing) },
      });
    }
    const nonGss = areaCodes.filter((code) => code !== '' && !GSS_CODE_PATTERN.test(code));
    if (nonGss.length > 0) {
      warnings.push({
        code: 'non-gss-codes',
        file,
        count: nonGss.length,
        examples: nonGss.slice(0, 5),
        params: { file, column: codeField, count: nonGss.length, codes: nonGss.slice(0, 3).join(', ') },
      });
    }
  }
  const areaNames = nameField === null ? parsed.features.map(() => '') : parsed.features.map((feature) => asText(feature.properties[nameField]));
  const welshNameField = detectWelshNameField(parsed.fields, nameField);
  const { format, files, crs, features, fields, bbox, topojsonObject, topojsonObjects } = parsed;
  const level = codeField === null ? 'other' : levelFromCodes(areaCodes);
  const authority = detectAuthorities({ features, areaCodes, areaNames, level, files });
  const dataset: AreaDataset = {
    format, files, crs, features, fields, bbox,
    ...(topojsonObject !== undefined ? { topojsonObject } : {}),
    ...(topojsonObjects !== undefined ? { topojsonObjects } : {}),
    codeField,
    nameField,
    codeCandidates: detection.codeCandidates,
    nameCandidates: detection.nameCandidates,
    id: options.id,
    label: options.label,
    areaCodes,
    areaNames,
    ...(welshNameField ? { welshNameField, areaNamesWelsh: parsed.features.map((feature) => asText(feature.properties[welshNameField])) } : {}),
    level,
    isExample: options.isExample ?? false,
    authorities: authority.authorities,
    areaAuthorities: authority.areaAuthorities,
    vintage: codeField === null ? null : detectVintage(codeField, areaCodes),
  };
  return { ok: true, value: dataset, warnings };
}

/** The numeric value of `field` for every area (parallel to features); empty or non-numeric → null. */
export function numericFieldValues(dataset: Pick<AreaDataset, 'features'>, field: string): (number | null)[] {
  return dataset.features.map((feature) => parseNumericValue(feature.properties[field]));
}
