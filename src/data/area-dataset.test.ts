import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../test/helpers/freeze';
import { squareRing } from '../../test/fixtures/boundaries/areas';
import type { AreaFeature, FieldValue, ParsedAreas } from '../types';
import { buildAreaDataset, levelFromCodes, numericFieldValues } from './area-dataset';
import { summariseFields } from './field-detection';

function parsedAreas(properties: Record<string, FieldValue>[]): ParsedAreas {
  const features: AreaFeature[] = properties.map((props, index) => ({
    type: 'Feature',
    id: index,
    geometry: { type: 'Polygon', coordinates: [squareRing(-3.2 + index * 0.01, 51.48, 0.01)] },
    properties: props,
  }));
  return deepFreeze({
    format: 'geojson',
    files: ['areas.geojson'],
    crs: { source: 'wgs84', detectedBy: 'assumed' },
    features,
    fields: summariseFields(features),
    bbox: [-3.2, 51.48, -3.2 + properties.length * 0.01, 51.49],
  });
}

describe('buildAreaDataset', () => {
  it('builds a dataset with detected code and name fields', () => {
    const parsed = parsedAreas([
      { WD22CD: 'X05000001', WD22NM: 'North', rate: '1,250.5' },
      { WD22CD: 'X05000002', WD22NM: 'South', rate: '' },
    ]);
    expect(buildAreaDataset(parsed, { id: 'wards', label: 'Example wards', isExample: true })).toEqual({
      ok: true,
      warnings: [],
      value: {
        ...parsed,
        id: 'wards',
        label: 'Example wards',
        isExample: true,
        codeField: 'WD22CD',
        nameField: 'WD22NM',
        codeCandidates: ['WD22CD'],
        nameCandidates: ['WD22NM'],
        areaCodes: ['X05000001', 'X05000002'],
        areaNames: ['North', 'South'],
        level: 'ward',
        // No authority column, LSOA name or authority code in the file name: authorities unknown.
        authorities: [],
        areaAuthorities: [-1, -1],
        vintage: { year: 2022, source: 'field-name' },
      },
    });
  });

  it('rejects duplicate codes, listing them and offering other code columns', () => {
    const parsed = parsedAreas([
      { LSOA21CD: 'W01001694', alt_code: 'W01000001' },
      { LSOA21CD: 'W01001694', alt_code: 'W01000002' },
      { LSOA21CD: 'W01001695', alt_code: 'W01000003' },
    ]);
    // alt_code is unique and GSS-shaped too, so force the duplicated column.
    expect(buildAreaDataset(parsed, { id: 'a', label: 'a', codeField: 'LSOA21CD' })).toEqual({
      ok: false,
      error: {
        code: 'duplicate-codes',
        detail: 'other-columns',
        file: 'areas.geojson',
        params: { file: 'areas.geojson', column: 'LSOA21CD', count: 1, codes: 'W01001694', columns: 'alt_code' },
        choices: ['alt_code'],
      },
    });
  });

  it('warns about missing and non-GSS codes but keeps the areas', () => {
    const result = buildAreaDataset(parsedAreas([{ code: 'E01000001' }, { code: '' }, { code: 'ward-7' }, { code: 'E01000002' }]), { id: 'a', label: 'a' });
    expect(result.ok && [result.value.areaCodes, result.warnings.map((warning) => [warning.code, warning.count, warning.examples])]).toEqual([
      ['E01000001', '', 'ward-7', 'E01000002'],
      [['missing-codes', 1, ['2']], ['non-gss-codes', 1, ['ward-7']]],
    ]);
  });

  it('numbers the areas when there is no code column, with a warning', () => {
    const result = buildAreaDataset(parsedAreas([{ FID: 10 }, { FID: 11 }]), { id: 'a', label: 'a' });
    expect(result.ok && [result.value.codeField, result.value.areaCodes, result.value.areaNames, result.value.level, result.warnings.map((warning) => warning.code)]).toEqual([
      null, ['1', '2'], ['', ''], 'other', ['no-code-field'],
    ]);
  });

  it('uses the fields the user picked over the detected ones', () => {
    const parsed = parsedAreas([{ WD22CD: 'X05000001', WD22NM: 'North', alias: 'N' }, { WD22CD: 'X05000002', WD22NM: 'South', alias: 'S' }]);
    const result = buildAreaDataset(parsed, { id: 'a', label: 'a', nameField: 'alias' });
    expect(result.ok && [result.value.codeField, result.value.nameField, result.value.areaNames]).toEqual(['WD22CD', 'alias', ['N', 'S']]);
  });
});

describe('levelFromCodes', () => {
  it.each([
    [['E01000001', 'W01000002'], 'lsoa'],
    [['X01000001', 'X01000002'], 'lsoa'],
    [['E05000001', 'W05000002', 'X05000003'], 'ward'],
    [['E06000001', 'E07000001', 'E08000004', 'E09000001', 'W06000015', 'X06000001'], 'local-authority'],
    [['E02000001', 'E02000002'], 'other'],
    [['E01000001', 'E05000001', 'E06000001'], 'other'],
    [[], 'other'],
  ] as const)('%j is %s', (codes, level) => {
    expect(levelFromCodes(codes)).toBe(level);
  });
});

describe('numericFieldValues', () => {
  it('parses numbers and numeric strings with thousands separators, null for the rest', () => {
    const parsed = parsedAreas([{ v: 3 }, { v: '1,250.5' }, { v: '' }, { v: 'n/a' }, { v: null }, {}]);
    expect(numericFieldValues(parsed, 'v')).toEqual([3, 1250.5, null, null, null, null]);
  });
});

describe('Welsh area names', () => {
  it('pairs the Welsh name column with the chosen name column (WD13NM → WD13NMW)', () => {
    const parsed = parsedAreas([
      { WD13CD: 'W05000718', WD13NM: 'Aberbargoed', WD13NMW: 'Aberbargod', LAD13NMW: 'Caerffili' },
      { WD13CD: 'W05000719', WD13NM: 'Abercarn', WD13NMW: '', LAD13NMW: 'Caerffili' },
    ]);
    const result = buildAreaDataset(parsed, { id: 'wards', label: 'wards' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.nameField).toBe('WD13NM');
    expect(result.value.welshNameField).toBe('WD13NMW');
    expect(result.value.areaNamesWelsh).toEqual(['Aberbargod', '']);
  });

  it('finds a Welsh column named in another common way, and has none when the file has none', () => {
    const named = buildAreaDataset(parsedAreas([{ code: 'W05000718', name: 'Aberbargoed', name_cy: 'Aberbargod' }]), { id: 'a', label: 'a' });
    expect(named.ok && named.value.areaNamesWelsh).toEqual(['Aberbargod']);
    const english = buildAreaDataset(parsedAreas([{ LSOA11CD: 'W01001325', LSOA11NM: 'Caerphilly 003A' }]), { id: 'b', label: 'b' });
    expect(english.ok && english.value.areaNamesWelsh).toBeUndefined();
  });
});
