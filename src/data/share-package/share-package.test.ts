import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../test/fixtures/boundaries/areas';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import type { AreaGeometry } from '../../types';
import { parseGeoJsonAreas } from '../importers/geojson';
import { buildAreaDataset } from '../area-dataset';
import { buildSharePackage, serializeSharePackage, sharePackageFileName, type ShareBuildInput } from './build';
import { looksLikeSharePackage, SUPPRESSED } from './format';
import { readSharePackage } from './read';
import { restoreSharePackage } from './restore';

const square = (x: number): AreaGeometry => ({ type: 'Polygon', coordinates: [squareRing(x, 53, 0.01)] });

function smallInput(overrides: Partial<ShareBuildInput> = {}): ShareBuildInput {
  return {
    metadata: { authority: { name: 'Wellmoor', code: 'X06000002' }, producedAt: '2026-11-21T21:00:00.000Z', appVersion: '0.1.0', sources: ['incidents.csv'], classification: null, marking: 'OFFICIAL-SENSITIVE' },
    suppressSmallCounts: true,
    boundaries: { label: 'wards', level: 'ward', areaCodes: ['X05000001', 'X05000002', 'X05000003'], areaNames: ['Alder Dale', 'Brook', 'Cairn'], geometries: [square(-2), square(-1.99), square(-1.98)] },
    areaIndexes: [0, 1, 2],
    layers: [
      { id: 'count', name: 'Incidents', kind: 'count', unit: 'count', source: 'incidents.csv', periods: ['2026-01', '2026-02'], values: [[12, 3], [0, 5], [null, 1]] },
      { id: 'rate', name: 'Incidents per 1,000', kind: 'rate', unit: 'per-1000', source: 'incidents.csv', rateOf: 'count', periods: ['2026-01', '2026-02'], values: [[6, 1.5], [0, 2.5], [null, 0.5]] },
      { id: 'score', name: 'deprivation_score', kind: 'field', unit: 'number', source: 'wards', periods: [''], values: [[21.5], [3], [40]] },
    ],
    tension: { scale: 'eep', assessments: [{ areaCode: 'X05000002', communityType: 'Faith or religious', date: '2026-02-03', current: 4, potential: 3 }, { areaCode: 'X09999999', communityType: 'Faith or religious', date: '2026-02-03', current: 2, potential: 2 }] },
    incidents: null,
    ...overrides,
  };
}

describe('assessment summaries in a share package (version 2)', () => {
  const summary = { id: 'cia-1', summary: 'Partners are working with faith leaders.', level: 'high' as const, status: 'agreed' as const, opened: '2026-11-02', areaCodes: ['X05000002', 'X05000099'] };

  it('carries only the summaries given, cut to the areas sent; one about none of them is left out', () => {
    const pkg = buildSharePackage(smallInput({ assessments: [summary, { ...summary, id: 'cia-2', areaCodes: ['X05000099'] }] }));
    expect(pkg.assessments).toEqual([{ ...summary, areaCodes: ['X05000002'] }]);
    expect(buildSharePackage(smallInput()).assessments).toEqual([]);
    const read = readSharePackage(serializeSharePackage(pkg), 'w.atlas-share.json');
    expect(read.ok && read.value.assessments).toEqual([{ ...summary, areaCodes: ['X05000002'] }]);
  });

  it('reads a version 1 package (before summaries) as one with none, saying it was migrated', () => {
    const { assessments: _none, ...v1 } = { ...buildSharePackage(smallInput()), version: 1 };
    const read = readSharePackage(JSON.stringify(v1), 'old.atlas-share.json');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect([read.value.version, read.value.assessments, read.warnings.map((w) => w.code)]).toEqual([2, [], ['share-package-migrated']]);
  });

  it('names the summary and field that are broken', () => {
    const good = JSON.parse(serializeSharePackage(buildSharePackage(smallInput({ assessments: [summary] })))) as Record<string, any>;
    const file = 'w.atlas-share.json';
    const broken = (change: (pkg: any) => void) => {
      const copy = structuredClone(good);
      change(copy);
      const result = readSharePackage(JSON.stringify(copy), file);
      return result.ok ? 'read' : { code: result.error.code, ...result.error.params };
    };
    expect(broken((p) => { p.assessments[0].level = 'severe'; })).toEqual({ code: 'bad-share-package', file, path: 'assessments[0].level', shouldBe: 'risk-level', found: '"severe"' });
    expect(broken((p) => { p.assessments[0].areaCodes = ['X05000077']; })).toEqual({ code: 'bad-share-package', file, path: 'assessments[0].areaCodes[0]', shouldBe: 'sent-area-code', found: '"X05000077"' });
    expect(broken((p) => { delete p.assessments; })).toEqual({ code: 'bad-share-package', file, path: 'assessments', shouldBe: 'list', found: '—' });
  });
});

describe('share package', () => {
  it('withholds counts of 1–4 and the rates computed from them, keeping zeros and missing values apart', () => {
    const pkg = buildSharePackage(smallInput());
    expect(pkg.layers[0].values).toEqual({ X05000001: [12, SUPPRESSED], X05000002: [0, 5], X05000003: [null, SUPPRESSED] });
    expect(pkg.layers[1].values).toEqual({ X05000001: [6, SUPPRESSED], X05000002: [0, 2.5], X05000003: [null, SUPPRESSED] });
    expect(pkg.layers[2].values.X05000002).toEqual([3]);
    expect(pkg.metadata.suppression).toEqual({ enabled: true, limit: 5, label: '<5' });
    expect(pkg.metadata.period).toEqual({ first: '2026-01', last: '2026-02' });
    // Tension rows of areas outside the package are left out.
    expect(pkg.tension?.assessments.map((a) => a.areaCode)).toEqual(['X05000002']);
  });

  it('keeps every value when suppression is turned off, and sends only the chosen areas', () => {
    const pkg = buildSharePackage(smallInput({ suppressSmallCounts: false, areaIndexes: [2] }));
    expect(pkg.layers[0].values).toEqual({ X05000003: [null, 1] });
    expect(pkg.boundaries.areas.map((a) => a.areaName)).toEqual(['Cairn']);
    expect(pkg.metadata.suppression.enabled).toBe(false);
  });

  it('round-trips: exported, read and restored values are identical per area and period, suppressed cells marked', () => {
    const pkg = buildSharePackage(smallInput());
    const text = serializeSharePackage(pkg);
    const name = sharePackageFileName('Wellmoor', pkg.metadata.producedAt);
    expect(name).toBe('wellmoor-2026-11-21.atlas-share.json');
    expect(looksLikeSharePackage(name, new TextEncoder().encode(text).buffer)).toBe(true);
    expect(looksLikeSharePackage('other.json', new TextEncoder().encode(text).buffer)).toBe(true);
    expect(looksLikeSharePackage('areas.geojson', new TextEncoder().encode('{"type":"FeatureCollection"}').buffer)).toBe(false);
    const read = readSharePackage(text, name);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.warnings).toEqual([]);
    expect(read.value).toEqual(pkg);
    const restored = restoreSharePackage(read.value, name, 1, 'share-1');
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const { dataset, tables, tension } = restored.value;
    expect(dataset.areaCodes).toEqual(['X05000001', 'X05000002', 'X05000003']);
    expect(dataset.areaNames).toEqual(['Alder Dale', 'Brook', 'Cairn']);
    expect(dataset.level).toBe('ward');
    expect(dataset.origin).toMatchObject({ kind: 'share-package', authority: { name: 'Wellmoor', code: 'X06000002' }, marking: 'OFFICIAL-SENSITIVE', file: name });
    // The two monthly layers share a table; the undated field is its own table.
    expect(tables.map((t) => t.periods)).toEqual([['2026-01', '2026-02'], ['']]);
    const [monthly, undated] = tables;
    expect(Array.from(monthly.indicators[0].values)).toEqual([12, NaN, 0, 5, NaN, NaN]);
    expect(Array.from(monthly.indicators[0].suppressed!)).toEqual([0, 1, 0, 0, 0, 1]);
    expect(Array.from(monthly.indicators[1].values)).toEqual([6, NaN, 0, 2.5, NaN, NaN]);
    expect(Array.from(undated.indicators[0].values)).toEqual([21.5, 3, 40]);
    expect(monthly.origin?.authority.name).toBe('Wellmoor');
    expect(tension?.rows).toEqual([expect.objectContaining({ areaCode: 'X05000002', areaName: 'Brook', timeMs: Date.UTC(2026, 1, 3), current: { scale: 'eep', level: 4 }, potential: { scale: 'eep', level: 3 } })]);
  });

  it('reads the superseded pre-release layout (version 0) fixture, migrating it to the current version', () => {
    const text = readFileSync(new URL('../../../test/fixtures/share-package/legacy-v0.atlas-share.json', import.meta.url), 'utf8');
    const read = readSharePackage(text, 'legacy-v0.atlas-share.json');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.warnings.map((w) => w.code)).toEqual(['share-package-migrated']);
    expect([read.value.version, read.value.assessments]).toEqual([2, []]);
    expect(read.value.metadata.authority).toEqual({ name: 'Wellmoor' });
    expect(read.value.metadata.marking).toBe('OFFICIAL-SENSITIVE');
    expect(read.value.layers).toEqual([expect.objectContaining({ kind: 'count', name: 'Incidents', periods: ['2026-04', '2026-05'], values: { X05000091: [7, 12], X05000092: [9, SUPPRESSED], X05000093: [null, 0] } })]);
    const restored = restoreSharePackage(read.value, 'legacy-v0.atlas-share.json', 0, 'old');
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value.dataset.areaNames).toEqual(['Moor End', 'Bracken Hill', 'Wellmoor Town']);
    expect(restored.value.dataset.origin?.formatVersion).toBe(0);
  });

  it('names the file and the field when a package is broken, and refuses a newer version', () => {
    const good = JSON.parse(serializeSharePackage(buildSharePackage(smallInput()))) as Record<string, unknown>;
    const broken = (change: (pkg: any) => void) => {
      const copy = structuredClone(good);
      change(copy);
      const result = readSharePackage(JSON.stringify(copy), 'from-wellmoor.atlas-share.json');
      return result.ok ? 'read' : { code: result.error.code, ...result.error.params };
    };
    const file = 'from-wellmoor.atlas-share.json';
    expect(broken((p) => { p.layers[0].values.X05000001[1] = 'few'; })).toEqual({ code: 'bad-share-package', file, path: 'layers[0].values.X05000001[1]', shouldBe: 'cell-value', found: '"few"' });
    expect(broken((p) => { delete p.metadata.authority.name; })).toEqual({ code: 'bad-share-package', file, path: 'metadata.authority.name', shouldBe: 'non-empty-text', found: '—' });
    expect(broken((p) => { p.boundaries.areas[1].areaCode = 'X05000001'; })).toEqual({ code: 'bad-share-package', file, path: 'boundaries.areas[1].areaCode', shouldBe: 'unique-code', found: '"X05000001"' });
    expect(broken((p) => { p.tension.assessments[0].current = 9; })).toEqual({ code: 'bad-share-package', file, path: 'tension.assessments[0].current', shouldBe: 'level', top: 6, found: '9' });
    expect(broken((p) => { p.format = 'something-else'; })).toEqual({ code: 'bad-share-package', file, path: 'format', shouldBe: 'format', format: 'cohesion-atlas-share', found: '"something-else"' });
    expect(broken((p) => { p.version = 7; })).toEqual({ code: 'newer-share-package', file, version: '7', newest: '2' });
    const notJson = readSharePackage('{"format": "cohesion-atlas-share", ', 'cut.atlas-share.json');
    expect(notJson.ok ? null : [notJson.error.code, notJson.error.detail]).toEqual(['parse-failed', 'share-package']);
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const MONTHS = ['2020-01', '2020-02', '2020-03'];
const CRIMES = MONTHS.map((m) => `police/gwent/${m}-gwent-street.csv`);
const WIMD = 'indicators/wimd2019_lsoa11_wales.csv';

describeWithSharedData('share package on real Welsh data (Caerphilly LSOAs, Gwent crimes, WIMD 2019)', [CAERPHILLY, WIMD, ...CRIMES], () => {
  it('round-trips monthly crime counts, rates and WIMD scores of the 110 LSOAs, suppressing the small counts', async () => {
    const bytes = readSharedBytes(CAERPHILLY);
    const parsed = await parseGeoJsonAreas({ name: 'caerphilly.geojson', bytes });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const built = buildAreaDataset(parsed.value, { id: 'c', label: 'Caerphilly LSOAs' });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    const areas = built.value;
    expect(areas.features).toHaveLength(110);
    const row = new Map(areas.areaCodes.map((code, i) => [code, i]));
    // Counts per LSOA and month from police.uk's own LSOA code column.
    const counts = areas.areaCodes.map(() => MONTHS.map(() => 0));
    CRIMES.forEach((path, month) => {
      const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(readSharedBytes(path)), { header: true, skipEmptyLines: true }).data;
      for (const r of rows) {
        const i = row.get(r['LSOA code']);
        if (i !== undefined) counts[i][month] += 1;
      }
    });
    const wimd = Papa.parse<Record<string, string>>(new TextDecoder().decode(readSharedBytes(WIMD)), { header: true, skipEmptyLines: true }).data;
    const scores = new Map(wimd.map((r) => [r.lsoa_code, Number(r.IMD_score)]));
    const population = 1500;
    const input: ShareBuildInput = {
      ...smallInput(),
      metadata: { ...smallInput().metadata, authority: { name: 'Caerphilly', code: 'W06000018' } },
      boundaries: { label: 'Caerphilly LSOAs', level: areas.level, areaCodes: areas.areaCodes, areaNames: areas.areaNames, geometries: areas.features.map((f) => f.geometry) },
      areaIndexes: areas.areaCodes.map((_, i) => i),
      layers: [
        { id: 'count', name: 'Crimes', kind: 'count', unit: 'count', source: 'police.uk', periods: MONTHS, values: counts },
        { id: 'rate', name: 'Crimes per 1,000', kind: 'rate', unit: 'per-1000', rateOf: 'count', source: 'police.uk', periods: MONTHS, values: counts.map((c) => c.map((n) => (n * 1000) / population)) },
        { id: 'wimd', name: 'WIMD 2019 score', kind: 'indicator', unit: 'number', source: 'WIMD 2019', periods: ['2019'], values: areas.areaCodes.map((code) => [scores.get(code) ?? null]) },
      ],
      tension: null,
    };
    const text = serializeSharePackage(buildSharePackage(input));
    const read = readSharePackage(text, 'caerphilly.atlas-share.json');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const restored = restoreSharePackage(read.value, 'caerphilly.atlas-share.json', 1, 's');
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const { dataset, tables } = restored.value;
    expect(dataset.areaCodes).toEqual(areas.areaCodes);
    expect(dataset.level).toBe('lsoa');
    const [monthly, yearly] = tables;
    let small = 0;
    areas.areaCodes.forEach((_, i) => {
      MONTHS.forEach((_, m) => {
        const cell = i * MONTHS.length + m;
        const n = counts[i][m];
        if (n > 0 && n < 5) {
          small += 1;
          expect([monthly.indicators[0].suppressed![cell], monthly.indicators[1].suppressed![cell]]).toEqual([1, 1]);
        } else {
          expect(monthly.indicators[0].values[cell]).toBe(n);
          expect(monthly.indicators[1].values[cell]).toBe((n * 1000) / population);
        }
      });
      expect(yearly.indicators[0].values[i]).toBe(scores.get(areas.areaCodes[i]));
    });
    // Real data has small counts in some LSOA-months, and most are larger.
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThan(areas.areaCodes.length * MONTHS.length / 2);
    // Geometry survives exactly.
    expect(dataset.features[7].geometry).toEqual(areas.features[7].geometry);
  });
});

describe('authority groups', () => {
  it('groups areas by their local-authority code column, named by the name column', async () => {
    const { authorityGroups } = await import('./authorities');
    const features = ['X06000001', 'X06000002', 'X06000001', ''].map((code, id) => ({ type: 'Feature' as const, id, geometry: square(id), properties: { LAD_CODE: code, LAD_NAME: code === 'X06000001' ? 'Ashbridge' : 'Wellmoor' } }));
    const fields = [{ name: 'LAD_CODE', kind: 'text' as const, filled: 3, numeric: 0, distinct: 2 }, { name: 'LAD_NAME', kind: 'text' as const, filled: 4, numeric: 0, distinct: 2 }];
    expect(authorityGroups({ features, fields })).toEqual([
      { code: 'X06000001', name: 'Ashbridge', areaIndexes: [0, 2] },
      { code: 'X06000002', name: 'Wellmoor', areaIndexes: [1] },
    ]);
    expect(authorityGroups({ features, fields: [] })).toEqual([]);
  });
});

describe('shared incident points', () => {
  it('become GeoJSON points with a date and a category that the point importer reads', async () => {
    const { sharePointsAsGeoJson } = await import('./restore');
    const { loadIncidentFiles } = await import('../load-incidents');
    const text = sharePointsAsGeoJson({ name: 'Wellmoor incidents', categories: ['Criminal damage', 'Hate incident'], points: [[-1.9, 53.2, Date.UTC(2026, 4, 3), 1], [-1.91, 53.21, Date.UTC(2026, 4, 9), 0], [-1.92, 53.22, Date.UTC(2026, 5, 1), 1]] });
    const loaded = await loadIncidentFiles([{ name: 'wellmoor-incidents.geojson', bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }], { id: 'i', label: 'Wellmoor incidents' });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(loaded.value.count).toBe(3);
    expect(Array.from(loaded.value.timeMs)).toEqual([Date.UTC(2026, 4, 3), Date.UTC(2026, 4, 9), Date.UTC(2026, 5, 1)]);
    expect(Array.from(loaded.value.categoryIndex, (c) => loaded.value.categories[c])).toEqual(['Hate incident', 'Criminal damage', 'Hate incident']);
  });
});
