import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../test/fixtures/boundaries/areas';
import { handReports, reportFields } from '../../../test/fixtures/reports/reports';
import type { AreaGeometry, TensionReport } from '../../types';
import { recordReport, withdrawReport } from '../reports/report-record';
import { buildSharePackage, serializeSharePackage, type ShareBuildInput } from './build';
import { SENSITIVE_REPORT_FIELDS, SHARE_REPORT_FIELDS } from './format';
import { readSharePackage } from './read';
import { restoreSharedReports } from './reports';
import { shareOrigin } from './restore';
import { shareReports } from './reports';

const square = (x: number): AreaGeometry => ({ type: 'Polygon', coordinates: [squareRing(x, 53, 0.01)] });
const DEFAULT_FIELDS = SHARE_REPORT_FIELDS.filter((field) => !SENSITIVE_REPORT_FIELDS.has(field));

/** A report with every field filled, placed by postcode in X05000001, and a withdrawn one in X05000002. */
const full = recordReport('report-a', reportFields({
  timeMs: Date.UTC(2026, 1, 3, 18, 30), place: { position: [-1.995, 53.005], postcode: 'ZZ1 1AA', atPostcodeCentroid: true, postcodeAreaCodes: ['X05000001'] },
  communities: ['Ethnic', 'Students'], tensionTypes: ['racial-religious', 'future'], sourceKind: 'social-media', status: 'potential', reliability: 'not-reliable',
  narrative: 'Rumour of a march past the mosque', rumour: true, actionTaken: 'Told the neighbourhood team', recordedBy: 'J. Smith', agency: 'Youth service',
}), 1000, 'J. Smith');
const withdrawn = withdrawReport(recordReport('report-b', reportFields({ place: { areaCode: 'X05000002' } }), 1000, 'A'), 2000, 'A', 'Entered twice');
const areaOf = (report: TensionReport) => (report.place.postcodeAreaCodes?.[0] ?? report.place.areaCode ?? null);

function packageWith(fields: typeof SHARE_REPORT_FIELDS): ShareBuildInput {
  return {
    metadata: { authority: { name: 'Wellmoor' }, producedAt: '2026-11-21T21:00:00.000Z', appVersion: '0.1.0', sources: [], classification: null, marking: 'OFFICIAL-SENSITIVE' },
    suppressSmallCounts: true,
    boundaries: { label: 'wards', level: 'ward', areaCodes: ['X05000001', 'X05000002'], areaNames: ['Alder Dale', 'Brook'], geometries: [square(-2), square(-1.99)] },
    areaIndexes: [0, 1],
    layers: [],
    tension: null,
    incidents: null,
    reports: shareReports([full, withdrawn], [...fields], areaOf),
  };
}

describe('tension reports in share packages', () => {
  it('sends by default only the day, area, types, status and the fields that name no one; never a withdrawn report', () => {
    expect(buildSharePackage(packageWith(DEFAULT_FIELDS)).reports).toEqual({
      fields: ['time', 'communities', 'reliability', 'sourceKind'],
      reports: [{ id: 'report-a', date: '2026-02-03', areaCode: 'X05000001', tensionTypes: ['racial-religious', 'future'], status: 'potential', time: '18:30', communities: ['Ethnic', 'Students'], reliability: 'not-reliable', sourceKind: 'social-media' }],
    });
  });

  it('sends a sensitive field only when ticked, and nothing for reports outside the areas sent', () => {
    const shared = buildSharePackage(packageWith(['narrative', 'place'])).reports;
    expect(shared).toEqual({
      fields: ['place', 'narrative'],
      reports: [{ id: 'report-a', date: '2026-02-03', areaCode: 'X05000001', tensionTypes: ['racial-religious', 'future'], status: 'potential', position: [-1.995, 53.005], postcode: 'ZZ1 1AA', atPostcodeCentroid: true, narrative: 'Rumour of a march past the mosque', rumour: true }],
    });
    expect(buildSharePackage({ ...packageWith(SHARE_REPORT_FIELDS), areaIndexes: [1] }).reports).toBeNull();
    expect(shareReports(handReports, DEFAULT_FIELDS, () => null)).toBeNull();
  });

  it('reads back what was sent, credited to the sender where the agency was not sent, and blank where a field was not', () => {
    const pkg = buildSharePackage(packageWith(DEFAULT_FIELDS));
    const read = readSharePackage(serializeSharePackage(pkg), 'wellmoor.atlas-share.json');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const [received] = restoreSharedReports(read.value.reports!, shareOrigin(read.value, 'wellmoor.atlas-share.json', 1), 5000);
    const { id, origin, withdrawn: isWithdrawn, history, ...fields } = received;
    expect([id, origin, isWithdrawn, history.map((h) => [h.kind, h.changedBy]), fields]).toEqual([
      'report-a', { kind: 'imported', row: 'wellmoor.atlas-share.json:reports[0]' }, false, [['imported', 'Wellmoor']],
      {
        timeMs: Date.UTC(2026, 1, 3, 18, 30), place: { areaCode: 'X05000001' }, communities: ['Ethnic', 'Students'], tensionTypes: ['racial-religious', 'future'], sourceKind: 'social-media',
        status: 'potential', reliability: 'not-reliable', narrative: '', rumour: false, actionTaken: '', recordedBy: '', agency: 'Wellmoor',
      },
    ]);
  });

  it('refuses a package whose report carries a field its sender did not list, or a value no report takes, naming the field', () => {
    const pkg = buildSharePackage(packageWith(DEFAULT_FIELDS));
    const sneaked = { ...pkg, reports: { ...pkg.reports!, reports: [{ ...pkg.reports!.reports[0], narrative: 'Names a person' }] } };
    const badStatus = { ...pkg, reports: { ...pkg.reports!, reports: [{ ...pkg.reports!.reports[0], status: 'probably' }] } };
    const problem = (value: unknown) => {
      const read = readSharePackage(JSON.stringify(value), 'p.atlas-share.json');
      return read.ok ? null : [read.error.code, read.error.params?.path, read.error.params?.shouldBe];
    };
    expect([problem(sneaked), problem(badStatus)]).toEqual([
      ['bad-share-package', 'reports.reports[0].narrative', 'report-field-chosen'],
      ['bad-share-package', 'reports.reports[0].status', 'report-value'],
    ]);
    // A package from before reports could be shared reads as having none.
    const { reports: _reports, ...older } = pkg;
    const readOlder = readSharePackage(JSON.stringify(older), 'old.atlas-share.json');
    expect(readOlder.ok && readOlder.value.reports).toBeNull();
  });
});
