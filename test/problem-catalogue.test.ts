import { describe, expect, it } from 'vitest';
import { catalogueFor, type Locale } from '../src/i18n/translate';
import { formatProblem, formatProblemHint, problemKey, type ProblemKind } from '../src/i18n/problem-text';
import { parseIncidentCsvFiles } from '../src/data/importers/incidents-csv';
import { parseShapefileAreas } from '../src/data/importers/shapefile';
import { loadTableFiles } from '../src/data/load-tables';
import { loadTensionFiles } from '../src/data/load-tensions';
import type {
  ExpectedContent,
  FoundContent,
  ImportError,
  ImportErrorCode,
  ImportErrorDetail,
  ImportWarningCode,
  ImportWarningDetail,
  PackageExpectation,
  ProgressStep,
  RowNoteCode,
  TableRejectDetail,
  TableRejectReason,
  TensionRejectReason,
  VintageText,
} from '../src/types';
import type { WorkspaceDamage } from '../src/data/workspace-format';
import { textFile } from './helpers/bytes';

// Problems from data/ are codes with parameters; the catalogue words them (issue 12). These tables list
// every wording of every code: `satisfies Record<Code, …>` makes the compiler demand a row for each code
// of the closed unions, and the detail checks below demand each detail once.
const NONE = '';
const errorWordings = {
  'unknown-format': [NONE, 'table-not-boundaries', 'workspace-dropped', 'zip-without-boundaries', 'not-incidents', 'not-table'],
  'parse-failed': [NONE, 'at-position', 'not-geojson', 'topology', 'not-topology', 'not-shapefile', 'damaged-shapefile', 'damaged-object', 'unclosed-quote', 'share-package', 'stopped', 'join-stopped', 'not-geopackage', 'not-kml', 'not-flatgeobuf', 'not-parquet', 'damaged-file', 'no-wkt-column', 'bad-wkt'],
  empty: [NONE, 'header-only', 'no-features', 'no-sheets', 'no-files'],
  'wrong-geometry': [NONE, 'points', 'multipatch'],
  'no-coordinates': [NONE],
  'coordinates-out-of-range': [NONE, 'bng', 'declared-bng', 'declared-projected'],
  'missing-shp': [NONE],
  'missing-dbf': [NONE],
  'unsupported-crs': [NONE, 'prj'],
  'no-objects': [NONE],
  'ambiguous-topojson-object': [NONE],
  'unknown-topojson-object': [NONE],
  'duplicate-codes': [NONE, 'other-columns'],
  'bad-zip': [NONE, 'size-mismatch'],
  'too-large': [NONE, 'workbook', 'zip-entry'],
  'no-position-columns': [NONE, 'given', 'places'],
  'no-date-column': [NONE, 'given', 'tension-header'],
  'mapping-column-missing': [NONE, 'tension-header', 'report-header', 'place-category'],
  'no-rows-kept': [NONE, 'lat-lng-swapped', 'grid-swapped', 'bng-in-lat-lng-columns', 'no-coordinates', 'unparseable-date', 'table', 'tensions', 'no-data-rows'],
  'mixed-formats': [NONE],
  'too-many-categories': [NONE],
  'duplicate-columns': [NONE],
  'no-code-column': [NONE, 'given', 'tension-no-area', 'tension-names-only'],
  'no-indicator-columns': [NONE],
  'unreadable-spreadsheet': ['xls', 'not-workbook', 'no-sheets', 'xml', 'no-workbook-parts'],
  'unknown-sheet': [NONE],
  'different-layouts': ['code-column', 'shape', 'period-column', 'no-period-column', 'indicators', 'indicator-order', 'several-periods', 'level'],
  'duplicate-periods': [NONE],
  'no-period-label': [NONE],
  'bad-share-package': [NONE],
  'newer-share-package': [NONE],
  'not-a-postcode-lookup': [NONE],
} satisfies Record<ImportErrorCode, ReadonlyArray<ImportErrorDetail | typeof NONE>>;

const warningWordings = {
  'crs-from-coordinate-range': [NONE],
  'crs-assumed-wgs84': [NONE],
  'reprojected-from-bng': [NONE, 'columns', 'ostn15', 'columns-ostn15'],
  'features-skipped-no-geometry': [NONE],
  'features-skipped-wrong-geometry': [NONE],
  'features-skipped-out-of-range': [NONE],
  'no-code-field': [NONE],
  'missing-codes': [NONE, 'periods'],
  'missing-prj': [NONE, 'bng'],
  'unknown-encoding': [NONE, 'code-page', 'dbf'],
  'extra-files-ignored': [NONE],
  'non-gss-codes': [NONE],
  'weights-defaulted': [NONE],
  'sheet-chosen': [NONE],
  'share-package-migrated': [NONE],
  'rows-do-not-match-header': [NONE],
  'reprojected-from-crs': [NONE, 'no-datum-shift', 'shift-given'],
  'layers-ignored': [NONE],
  'placed-by-postcode': [NONE],
} satisfies Record<ImportWarningCode, ReadonlyArray<ImportWarningDetail | typeof NONE>>;

const everyErrorDetail = Object.keys({
  'table-not-boundaries': 1, 'workspace-dropped': 1, 'zip-without-boundaries': 1, 'not-incidents': 1, 'not-table': 1, 'at-position': 1, 'not-geojson': 1, topology: 1, 'not-topology': 1,
  'not-shapefile': 1, 'damaged-shapefile': 1, 'damaged-object': 1, 'unclosed-quote': 1, 'share-package': 1, stopped: 1, 'join-stopped': 1, 'header-only': 1,
  'no-features': 1, 'no-sheets': 1, 'no-files': 1, points: 1, multipatch: 1, bng: 1, 'declared-bng': 1, prj: 1, 'other-columns': 1, workbook: 1, given: 1,
  'tension-header': 1, 'lat-lng-swapped': 1, 'grid-swapped': 1, 'bng-in-lat-lng-columns': 1, 'no-coordinates': 1, 'unparseable-date': 1, table: 1, tensions: 1,
  'no-data-rows': 1, 'tension-no-area': 1, 'tension-names-only': 1, xls: 1, 'not-workbook': 1, xml: 1, 'no-workbook-parts': 1, 'code-column': 1, shape: 1,
  'period-column': 1, 'no-period-column': 1, indicators: 1, 'indicator-order': 1, 'several-periods': 1, level: 1, 'zip-entry': 1, 'size-mismatch': 1, 'declared-projected': 1, 'not-geopackage': 1, 'not-kml': 1, 'not-flatgeobuf': 1, 'not-parquet': 1, 'damaged-file': 1, 'no-wkt-column': 1, 'bad-wkt': 1, 'report-header': 1,
  'place-category': 1, places: 1,
} satisfies Record<ImportErrorDetail, 1>);
const everyWarningDetail = Object.keys({ columns: 1, periods: 1, bng: 1, 'code-page': 1, dbf: 1, 'no-datum-shift': 1, 'shift-given': 1, ostn15: 1, 'columns-ostn15': 1 } satisfies Record<ImportWarningDetail, 1>);

const rowNoteCodes = Object.keys({
  'position-empty': 1, 'position-empty-police': 1, 'position-text': 1, 'bng-points': 1, bng: 1, swapped: 1, 'outside-grid': 1, 'outside-uk': 1, 'grid-degrees': 1,
  'not-degrees': 1, 'date-empty': 1, 'date-us-order': 1, 'date-unparseable': 1, quote: 1, 'field-count': 1, 'null-geometry': 1, 'point-without-coordinates': 1,
  'not-point': 1, 'found-values': 1, 'header-repeated': 1, 'date-out-of-range': 1, 'tables-kept-separate': 1,
  'postcode-not-a-postcode': 1, 'postcode-not-in-lookup': 1,
} satisfies Record<RowNoteCode, 1>);
const tableWordings = {
  'no-code': [NONE], 'not-area-code': [NONE], 'duplicate-row': ['area', 'area-period', 'area-period-indicator', 'earlier-file'], 'no-period': [NONE], 'no-indicator': [NONE], 'malformed-row': [NONE],
} satisfies Record<TableRejectReason, ReadonlyArray<TableRejectDetail | typeof NONE>>;
const vintageCodes = Object.keys({
  missing: 1, 'missing-in': 1, 'table-extra': 1, 'lsoa-guess': 1, 'lsoa-unknown': 1, ward: 1, 'level-mismatch': 1, 'level-mismatch-none': 1, 'no-overlap': 1, outside: 1,
} satisfies Record<VintageText['code'], 1>);
const progressCodes = Object.keys({
  reading: 1, 'reading-of': 1, 'read-datasets': 1, 'read-files': 1, 'read-incidents': 1, 'detecting-fields': 1, done: 1,
} satisfies Record<ProgressStep['code'], 1>);
const workspaceDamages = Object.keys({
  'no-workspace-json': 1, 'no-version': 1, 'no-migration': 1, 'no-saving-time': 1, 'no-source-list': 1, 'source-not-object': 1, 'source-unknown-kind': 1,
  'source-bad-files': 1, 'source-bad-ids': 1,
} satisfies Record<WorkspaceDamage, 1>);
const wordFamilies: Record<string, string[]> = {
  expected: Object.keys({ 'geojson-areas': 1, 'geojson-incidents': 1, 'topojson-areas': 1, 'incident-table': 1, 'indicator-table': 1, 'tension-table': 1, 'report-table': 1, 'place-table': 1, areas: 1, points: 1, workbook: 1, 'postcode-lookup': 1 } satisfies Record<ExpectedContent, 1>),
  found: Object.keys({ 'json-array': 1, 'json-null': 1, 'json-scalar': 1, 'collection-without-features': 1, topology: 1, 'object-of-type': 1, 'object-without-type': 1, 'no-geometry': 1 } satisfies Record<FoundContent, 1>),
  shouldBe: Object.keys({
    object: 1, list: 1, text: 1, 'non-empty-text': 1, 'polygon-type': 1, 'iso-date': 1, boolean: 1, 'some-areas': 1, 'unique-code': 1, 'layer-kind': 1,
    'values-per-period': 1, 'cell-value': 1, 'tension-scale': 1, date: 1, level: 1, point: 1, format: 1, 'whole-number': 1, 'number-or-null': 1,
    'report-field': 1, 'report-field-chosen': 1, 'report-value': 1,
    'risk-level': 1, 'assessment-status': 1, 'sent-area-code': 1,
  } satisfies Record<PackageExpectation, 1>),
  tensionReason: Object.keys({
    'malformed-row': 1, 'no-area': 1, 'unknown-area': 1, 'no-community-type': 1, 'unknown-community-type': 1, 'overall-row': 1, 'no-date': 1, 'unparseable-date': 1, 'bad-rating': 1, 'other-scale': 1,
  } satisfies Record<TensionRejectReason, 1>),
};

function wordingKeys(kind: ProblemKind, table: Record<string, readonly string[]>): string[] {
  return Object.entries(table).flatMap(([code, details]) => details.map((detail) => problemKey(kind, { code, ...(detail && { detail }) })));
}

const requiredKeys = [
  ...wordingKeys('importError', errorWordings),
  ...wordingKeys('importWarning', warningWordings),
  ...wordingKeys('tableRejected', tableWordings),
  ...rowNoteCodes.map((code) => `rowNote.${code}`),
  ...vintageCodes.map((code) => `vintage.${code}`),
  ...progressCodes.map((code) => `progress.${code}`),
  ...workspaceDamages.map((code) => `workspaceDamage.${code}`),
  'tensionRejected.rows',
  ...Object.entries(wordFamilies).flatMap(([family, values]) => values.map((value) => `problemWord.${family}.${value}`)),
];

describe('problem codes in the catalogue', () => {
  it.each(['en', 'cy'] as Locale[])('has a %s entry for every wording of every code', (locale) => {
    const catalogue: Record<string, string> = catalogueFor(locale);
    expect(requiredKeys.filter((key) => !catalogue[key]?.trim())).toEqual([]);
  });

  it('lists every detail of the closed detail unions among the wordings', () => {
    const errorDetails = new Set(Object.values(errorWordings).flat());
    const warningDetails = new Set(Object.values(warningWordings).flat());
    expect([everyErrorDetail.filter((detail) => !errorDetails.has(detail as ImportErrorDetail)), everyWarningDetail.filter((detail) => !warningDetails.has(detail as ImportWarningDetail))]).toEqual([[], []]);
  });

  it('has a hint in Welsh wherever it has one in English', () => {
    const en: Record<string, string> = catalogueFor('en');
    const cy: Record<string, string> = catalogueFor('cy');
    const hints = Object.keys(en).filter((key) => key.startsWith('importError.') && key.endsWith('.hint'));
    expect(hints.length).toBeGreaterThan(30);
    expect(hints.filter((key) => !cy[key]?.trim())).toEqual([]);
  });
});

async function errorOf(result: Promise<{ ok: true } | { ok: false; error: ImportError }>): Promise<ImportError> {
  const settled = await result;
  if (settled.ok) throw new Error('expected the import to fail');
  return settled.error;
}

describe('importer errors as codes with parameters', () => {
  it('an incident CSV with only a header row: empty, header-only, the file and what was expected', async () => {
    const error = await errorOf(parseIncidentCsvFiles([textFile('header.csv', 'date,lng,lat\n')], { id: 'x' }));
    expect(error).toEqual({ code: 'empty', detail: 'header-only', file: 'header.csv', params: { file: 'header.csv', row: '1', expected: 'incident-table' } });
  });

  it('a shapefile set without its .shp: missing-shp naming the files given', async () => {
    const error = await errorOf(parseShapefileAreas({ dbf: { name: 'wards.dbf', bytes: new ArrayBuffer(0) }, prj: { name: 'wards.prj', bytes: new ArrayBuffer(0) } }));
    expect([error.code, error.params]).toEqual(['missing-shp', { files: 'wards.dbf, wards.prj' }]);
  });

  it('a tension log without a current-rating column: mapping-column-missing with the role and the header', async () => {
    const error = await errorOf(loadTensionFiles([textFile('t.csv', 'Area code,Community type,Assessment date,Potential rating\nW05000001,Faith,2023-01-02,2\n')], { id: 'x' }));
    expect(error).toEqual({
      code: 'mapping-column-missing',
      detail: 'tension-header',
      file: 't.csv',
      params: { file: 't.csv', role: 'current-rating', header: '"Area code", "Community type", "Assessment date", "Potential rating"' },
    });
  });
});

describe('progress as codes with parameters', () => {
  it('tells each step of a table load as a code, worded in Welsh by the catalogue', async () => {
    const steps: ProgressStep[] = [];
    await loadTableFiles([textFile('t.csv', 'Ward code,Value\nW05000001,1\n')], { id: 't', onProgress: (_fraction, step) => steps.push(step) });
    expect(steps).toEqual([{ code: 'reading', params: { file: 't.csv' } }, { code: 'read-files', params: { count: 1 } }]);
    expect(steps.map((step) => formatProblem('cy', 'progress', step))).toEqual(['Yn darllen t.csv', 'Darllenwyd 1 ffeil']);
  });
});

describe('wording problems from the catalogue', () => {
  it('words an importer error and its hint in English and in Welsh', async () => {
    const error = await errorOf(parseIncidentCsvFiles([textFile('header.csv', 'date,lng,lat\n')], { id: 'x' }));
    expect([formatProblem('en', 'importError', error), formatProblemHint('en', 'importError', error)]).toEqual([
      'header.csv has a header row (row 1) but no data rows: expected a table of incidents (CSV or tab-separated) with a header row.',
      'check that the export included the rows.',
    ]);
    expect([formatProblem('cy', 'importError', error), formatProblemHint('cy', 'importError', error)]).toEqual([
      "Mae gan header.csv res pennawd (rhes 1) ond dim rhesi data: y disgwyl oedd tabl o ddigwyddiadau (CSV neu wedi'i wahanu gan dabiau) gyda rhes pennawd.",
      'gwiriwch fod yr allforio wedi cynnwys y rhesi.',
    ]);
  });

  it('words the role of a missing tension column in Welsh', async () => {
    const error = await errorOf(loadTensionFiles([textFile('t.csv', 'Area code,Community type,Assessment date,Potential rating\nW05000001,Faith,2023-01-02,2\n')], { id: 'x' }));
    expect(formatProblem('cy', 'importError', error)).toBe('Nid oes colofn sgôr gyfredol yn t.csv; ei bennawd yw "Area code", "Community type", "Assessment date", "Potential rating".');
  });

  it('uses the entry for one when the count is 1, and groups the digits of counts in each language', () => {
    const warning = (count: number) => ({ code: 'extra-files-ignored', params: { file: 'a.zip', count, files: 'x.txt' } });
    expect([formatProblem('en', 'importWarning', warning(1)), formatProblem('en', 'importWarning', warning(2696))]).toEqual([
      'a.zip: 1 file is not boundary data and was ignored (x.txt).',
      'a.zip: 2,696 files are not boundary data and were ignored (x.txt).',
    ]);
  });

  it('words nations and levels of a vintage note, and appends the notes of rejected rows', () => {
    const outside = { code: 'outside', params: { count: 3, level: 'lsoa', levels: 'lsoa', outsideNations: 'E', nations: 'W,S' } };
    expect([formatProblem('en', 'vintage', outside), formatProblem('cy', 'vintage', outside)]).toEqual([
      '3 loaded LSOAs in England have no row because the table covers Wales and Scotland only.',
      'Nid oes rhes gan 3 LSOAs a lwythwyd yn Lloegr oherwydd bod y tabl yn cwmpasu Cymru a Yr Alban yn unig.',
    ]);
    const rows = { code: 'rows', params: { count: 2, tensionReason: 'bad-rating' }, notes: [{ code: 'found-values', params: { values: '"7", "Moderate"' } }] };
    expect(formatProblem('en', 'tensionRejected', rows)).toBe('2 rows: a rating that is not 1–6, an EEP level word, or High, Medium, Low or No tensions. Found "7", "Moderate".');
  });

  it('shows an unknown code (from a newer app) as the code itself', () => {
    expect([formatProblem('en', 'importError', { code: 'from-the-future' }), formatProblemHint('en', 'importError', { code: 'from-the-future' })]).toEqual(['from-the-future', undefined]);
  });
});
