/**
 * Reads a share package: checks every field the app relies on (a broken package gets a message naming the
 * file and the field), refuses packages from a newer version, and migrates older versions.
 */
import type { ImportResult, PackageExpectation, ProblemParams } from '../../types';
import { SHARE_FORMAT, SHARE_FORMAT_VERSION, SHARE_REPORT_FIELDS, SUPPRESSED, type SharePackage, type SharePackageV1 } from './format';
import { INFORMATION_STATUSES, SOURCE_KINDS, SOURCE_RELIABILITIES, TENSION_TYPES } from '../reports/report-vocabulary';
import { migrateV0toV1, type SharePackageV0, migrateV1toV2 } from './migrate';

class PackageProblem {
  constructor(readonly path: string, readonly expected: PackageExpectation, readonly found: unknown, readonly params: ProblemParams) {}
}

function describe(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function need(ok: boolean, path: string, expected: PackageExpectation, found: unknown, params: ProblemParams = {}): void {
  if (!ok) throw new PackageProblem(path, expected, found, params);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function checkObject(v: unknown, path: string): Record<string, unknown> {
  need(isObject(v), path, 'object', v);
  return v as Record<string, unknown>;
}

function checkArray(v: unknown, path: string): unknown[] {
  need(Array.isArray(v), path, 'list', v);
  return v as unknown[];
}

function checkString(v: unknown, path: string, nonEmpty = false): string {
  need(isString(v) && (!nonEmpty || v.trim() !== ''), path, nonEmpty ? 'non-empty-text' : 'text', v);
  return v as string;
}

function checkGeometry(v: unknown, path: string): void {
  const g = checkObject(v, path);
  need(g.type === 'Polygon' || g.type === 'MultiPolygon', `${path}.type`, 'polygon-type', g.type);
  checkArray(g.coordinates, `${path}.coordinates`);
}

function checkV1(raw: Record<string, unknown>): SharePackageV1 {
  const meta = checkObject(raw.metadata, 'metadata');
  const authority = checkObject(meta.authority, 'metadata.authority');
  checkString(authority.name, 'metadata.authority.name', true);
  checkString(meta.producedAt, 'metadata.producedAt', true);
  need(!Number.isNaN(Date.parse(meta.producedAt as string)), 'metadata.producedAt', 'iso-date', meta.producedAt);
  checkString(meta.marking, 'metadata.marking');
  checkArray(meta.sources, 'metadata.sources').forEach((s, i) => checkString(s, `metadata.sources[${i}]`));
  const suppression = checkObject(meta.suppression, 'metadata.suppression');
  need(typeof suppression.enabled === 'boolean', 'metadata.suppression.enabled', 'boolean', suppression.enabled);
  const boundaries = checkObject(raw.boundaries, 'boundaries');
  const areas = checkArray(boundaries.areas, 'boundaries.areas');
  need(areas.length > 0, 'boundaries.areas', 'some-areas', areas);
  const codes = new Set<string>();
  areas.forEach((a, i) => {
    const area = checkObject(a, `boundaries.areas[${i}]`);
    const code = checkString(area.areaCode, `boundaries.areas[${i}].areaCode`, true);
    need(!codes.has(code), `boundaries.areas[${i}].areaCode`, 'unique-code', code);
    codes.add(code);
    checkGeometry(area.geometry, `boundaries.areas[${i}].geometry`);
  });
  checkArray(raw.layers, 'layers').forEach((l, i) => {
    const layer = checkObject(l, `layers[${i}]`);
    checkString(layer.id, `layers[${i}].id`, true);
    checkString(layer.name, `layers[${i}].name`, true);
    need(['count', 'rate', 'indicator', 'field'].includes(layer.kind as string), `layers[${i}].kind`, 'layer-kind', layer.kind);
    const periods = checkArray(layer.periods, `layers[${i}].periods`);
    periods.forEach((p, j) => checkString(p, `layers[${i}].periods[${j}]`));
    for (const [code, cells] of Object.entries(checkObject(layer.values, `layers[${i}].values`))) {
      const path = `layers[${i}].values.${code}`;
      need(Array.isArray(cells) && cells.length === periods.length, path, 'values-per-period', cells, { count: periods.length });
      (cells as unknown[]).forEach((c, j) => need(c === null || c === SUPPRESSED || (typeof c === 'number' && Number.isFinite(c)), `${path}[${j}]`, 'cell-value', c));
    }
  });
  if (raw.tension !== null && raw.tension !== undefined) {
    const tension = checkObject(raw.tension, 'tension');
    need(tension.scale === 'eep' || tension.scale === 'four-level', 'tension.scale', 'tension-scale', tension.scale);
    const top = tension.scale === 'eep' ? 6 : 4;
    checkArray(tension.assessments, 'tension.assessments').forEach((a, i) => {
      const row = checkObject(a, `tension.assessments[${i}]`);
      checkString(row.areaCode, `tension.assessments[${i}].areaCode`, true);
      checkString(row.communityType, `tension.assessments[${i}].communityType`, true);
      need(isString(row.date) && /^\d{4}-\d{2}-\d{2}$/.test(row.date), `tension.assessments[${i}].date`, 'date', row.date);
      for (const key of ['current', 'potential']) {
        need(Number.isInteger(row[key]) && (row[key] as number) >= 1 && (row[key] as number) <= top, `tension.assessments[${i}].${key}`, 'level', row[key], { top });
      }
    });
  }
  if (raw.incidents !== null && raw.incidents !== undefined) {
    const incidents = checkObject(raw.incidents, 'incidents');
    checkArray(incidents.categories, 'incidents.categories');
    checkArray(incidents.points, 'incidents.points').forEach((p, i) => need(Array.isArray(p) && p.length === 4 && p.every((n) => typeof n === 'number'), `incidents.points[${i}]`, 'point', p));
  }
  if (raw.reports !== null && raw.reports !== undefined) checkReports(raw.reports);
  return {
    ...(raw as unknown as SharePackageV1), tension: (raw.tension as SharePackage['tension']) ?? null, incidents: (raw.incidents as SharePackage['incidents']) ?? null,
    reports: (raw.reports as SharePackage['reports']) ?? null,
  };
}

const isOneOf = (values: readonly string[], v: unknown): boolean => isString(v) && values.includes(v);

/** The reports section (issue 14): every report's fields of the right kind, and only fields the sender chose. */
function checkReports(v: unknown): void {
  const section = checkObject(v, 'reports');
  const fields = checkArray(section.fields, 'reports.fields');
  fields.forEach((field, i) => need(isOneOf(SHARE_REPORT_FIELDS, field), `reports.fields[${i}]`, 'report-field', field));
  const chosen = new Set(fields as string[]);
  checkArray(section.reports, 'reports.reports').forEach((r, i) => {
    const path = `reports.reports[${i}]`;
    const report = checkObject(r, path);
    checkString(report.id, `${path}.id`, true);
    need(isString(report.date) && /^\d{4}-\d{2}-\d{2}$/.test(report.date) && !Number.isNaN(Date.parse(report.date)), `${path}.date`, 'date', report.date);
    checkString(report.areaCode, `${path}.areaCode`, true);
    const types = checkArray(report.tensionTypes, `${path}.tensionTypes`);
    need(types.length > 0 && types.every((type) => isOneOf(TENSION_TYPES, type)), `${path}.tensionTypes`, 'report-value', report.tensionTypes);
    need(isOneOf(INFORMATION_STATUSES, report.status), `${path}.status`, 'report-value', report.status);
    // A field present that the sender did not choose is refused: the package is not what its sender said.
    const present = (key: string, field: string) => report[key] !== undefined && need(chosen.has(field), `${path}.${key}`, 'report-field-chosen', report[key]);
    [['time', 'time'], ['communities', 'communities'], ['reliability', 'reliability'], ['sourceKind', 'sourceKind'], ['position', 'place'], ['postcode', 'place'], ['atPostcodeCentroid', 'place'],
      ['narrative', 'narrative'], ['rumour', 'narrative'], ['actionTaken', 'actionTaken'], ['recordedBy', 'recordedBy'], ['agency', 'agency']].forEach(([key, field]) => present(key, field));
    if (report.time !== undefined) need(isString(report.time) && /^([01]\d|2[0-3]):[0-5]\d$/.test(report.time), `${path}.time`, 'report-value', report.time);
    if (report.communities !== undefined) checkArray(report.communities, `${path}.communities`).forEach((c, j) => checkString(c, `${path}.communities[${j}]`));
    if (report.reliability !== undefined) need(isOneOf(SOURCE_RELIABILITIES, report.reliability), `${path}.reliability`, 'report-value', report.reliability);
    if (report.sourceKind !== undefined) need(isOneOf(SOURCE_KINDS, report.sourceKind), `${path}.sourceKind`, 'report-value', report.sourceKind);
    if (report.position !== undefined) {
      const p = report.position;
      need(Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90, `${path}.position`, 'point', p);
    }
    for (const key of ['postcode', 'narrative', 'actionTaken', 'recordedBy', 'agency']) if (report[key] !== undefined) checkString(report[key], `${path}.${key}`);
    for (const key of ['rumour', 'atPostcodeCentroid']) if (report[key] !== undefined) need(typeof report[key] === 'boolean', `${path}.${key}`, 'boolean', report[key]);
  });
}

/** Version 2's assessment summaries: each with its summary, level, status, day opened and areas among those sent. */
function checkAssessments(raw: Record<string, unknown>, codes: ReadonlySet<string>): SharePackage['assessments'] {
  return checkArray(raw.assessments, 'assessments').map((a, i) => {
    const path = `assessments[${i}]`;
    const item = checkObject(a, path);
    checkString(item.id, `${path}.id`, true);
    checkString(item.summary, `${path}.summary`, true);
    need(item.level === null || ['low', 'medium', 'high'].includes(item.level as string), `${path}.level`, 'risk-level', item.level);
    need(['draft', 'agreed', 'closed'].includes(item.status as string), `${path}.status`, 'assessment-status', item.status);
    need(isString(item.opened) && /^\d{4}-\d{2}-\d{2}$/.test(item.opened), `${path}.opened`, 'date', item.opened);
    checkArray(item.areaCodes, `${path}.areaCodes`).forEach((code, j) => need(isString(code) && codes.has(code), `${path}.areaCodes[${j}]`, 'sent-area-code', code));
    return item as unknown as SharePackage['assessments'][number];
  });
}

function checkV0(raw: Record<string, unknown>): SharePackageV0 {
  checkString(raw.authority, 'authority', true);
  checkString(raw.produced, 'produced', true);
  const areas = checkObject(raw.areas, 'areas');
  checkArray(areas.features, 'areas.features').forEach((f, i) => {
    const feature = checkObject(f, `areas.features[${i}]`);
    checkString(checkObject(feature.properties, `areas.features[${i}].properties`).code, `areas.features[${i}].properties.code`, true);
    checkGeometry(feature.geometry, `areas.features[${i}].geometry`);
  });
  const counts = checkObject(raw.counts, 'counts');
  checkString(counts.name, 'counts.name', true);
  for (const [period, byCode] of Object.entries(checkObject(counts.byPeriod, 'counts.byPeriod'))) {
    for (const [code, v] of Object.entries(checkObject(byCode, `counts.byPeriod.${period}`))) {
      need(v === null || (typeof v === 'number' && Number.isFinite(v)), `counts.byPeriod.${period}.${code}`, 'number-or-null', v);
    }
  }
  return { marking: '', source: '', level: 'other', ...raw } as unknown as SharePackageV0;
}

/** Parses and checks a package's text; older versions come back migrated to the current layout. */
export function readSharePackage(text: string, file: string): ImportResult<SharePackage> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    return { ok: false, error: { code: 'parse-failed', detail: 'share-package', file, params: { file, reason: thrown instanceof Error ? thrown.message : String(thrown) } } };
  }
  try {
    const top = checkObject(raw, 'the top level');
    need(top.format === SHARE_FORMAT, 'format', 'format', top.format, { format: SHARE_FORMAT });
    need(Number.isInteger(top.version) && (top.version as number) >= 0, 'version', 'whole-number', top.version);
    const version = top.version as number;
    if (version > SHARE_FORMAT_VERSION) {
      return { ok: false, error: { code: 'newer-share-package', file, params: { file, version: String(version), newest: String(SHARE_FORMAT_VERSION) } } };
    }
    const v1 = checkV1((version === 0 ? migrateV0toV1(checkV0(top)) : top) as Record<string, unknown>);
    const codes = new Set(v1.boundaries.areas.map((area) => area.areaCode));
    const pkg: SharePackage = version >= 2 ? { ...migrateV1toV2(v1), assessments: checkAssessments(top, codes) } : migrateV1toV2(v1);
    const warnings = version < SHARE_FORMAT_VERSION
      ? [{ code: 'share-package-migrated' as const, file, params: { file, version: String(version), newest: String(SHARE_FORMAT_VERSION) } }]
      : [];
    return { ok: true, value: pkg, warnings };
  } catch (thrown) {
    if (!(thrown instanceof PackageProblem)) throw thrown;
    return { ok: false, error: { code: 'bad-share-package', file, params: { ...thrown.params, file, path: thrown.path, shouldBe: thrown.expected, found: describe(thrown.found) } } };
  }
}
