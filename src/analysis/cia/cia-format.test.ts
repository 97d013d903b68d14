import { describe, expect, it } from 'vitest';
import { ASSESSMENT, action, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { EMPTY_CIA_DATA, readCiaData, writeCiaData, type CiaData } from './cia-format';

const register = { id: 'r1', indicator: 'Far-right activity', likelihood: 4, impact: 4, measures: 'Patrols', residualLikelihood: 2, residualImpact: 4, reviewCycleDays: 28, history: [{ timeMs: OPENED_MS, by: 'Analyst', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, note: '' }] };
const partner = { id: '2026-11-21T12:00:00.000Z:cia-9', authority: 'Wellmoor', producedAt: '2026-11-21T12:00:00.000Z', summary: 'Partners are working with faith leaders.', level: 'high' as const, status: 'agreed' as const, opened: '2026-11-02', areas: [{ areaCode: 'X05000021', areaName: 'Moor End' }] };
const DATA: CiaData = { assessments: [ASSESSMENT], actions: [action('a1', ['risk-b'], OPENED_MS)], register: [register], meetings: [OPENED_MS], partnerSummaries: [partner] };
/** The written data as it comes back from JSON, for damaging. */
const written = () => JSON.parse(JSON.stringify(writeCiaData(DATA))) as Record<string, any>;

describe('reading saved assessments, actions and the register', () => {
  it('reads back what it wrote, with no problems', () => {
    expect(readCiaData(written())).toEqual({ data: DATA, problems: [] });
    expect(readCiaData(undefined)).toEqual({ data: EMPTY_CIA_DATA, problems: [] });
  });

  it('reports a score outside 1–5 by name and leaves out only that risk', () => {
    const raw = written();
    raw.assessments[0].risks[1].impact = 7;
    const { data, problems } = readCiaData(raw);
    expect(problems).toEqual([{ code: 'score-out-of-range', item: 'risk', name: 'Retaliatory attack on the mosque', field: 'impact', value: '7', dropped: true }]);
    expect(data.assessments[0].risks.map((r) => r.id)).toEqual(['risk-a', 'risk-c']);
    expect({ ...data, assessments: [] }).toEqual({ ...DATA, assessments: [] });
    expect({ ...data.assessments[0], risks: [] }).toEqual({ ...ASSESSMENT, risks: [] });
  });

  it('fills a missing section with an empty value and says so; an item without its id is left out', () => {
    const raw = written();
    delete raw.assessments[0].legislation;
    delete raw.actions[0].id;
    raw.register[0].residualLikelihood = 0;
    const { data, problems } = readCiaData(raw);
    expect(problems).toEqual([
      { code: 'missing-field', item: 'assessment', name: 'Ashbridge Central after the national incident', field: 'legislation', dropped: false },
      { code: 'missing-field', item: 'action', name: 'Action a1', field: 'id', dropped: true },
      { code: 'score-out-of-range', item: 'register-entry', name: 'Far-right activity', field: 'residualLikelihood', value: '0', dropped: true },
    ]);
    expect([data.assessments[0].legislation, data.assessments[0].risks.length, data.actions, data.register, data.meetings]).toEqual([{}, 3, [], [], [OPENED_MS]]);
  });

  it('names an untitled item by its position, and reports a missing score as missing', () => {
    const raw = written();
    raw.assessments.push({ id: 'cia-2', risks: [{ id: 'r', heading: 'moral', course: 'intervene', group: null, description: '', likelihood: 2 }] });
    const { data, problems } = readCiaData(raw);
    expect(problems.map((p) => (p.code === 'missing-field' || p.code === 'score-out-of-range' ? `${p.item} “${p.name}” ${p.field}` : p.code))).toEqual([
      'assessment “assessment 2” title', 'assessment “assessment 2” origin', 'assessment “assessment 2” footprint', 'assessment “assessment 2” communities',
      'assessment “assessment 2” information', 'assessment “assessment 2” citations', 'assessment “assessment 2” affected', 'assessment “assessment 2” legislation', 'risk “risk 1” impact',
      'assessment “assessment 2” status', 'assessment “assessment 2” openedMs', 'assessment “assessment 2” reviewDates', 'assessment “assessment 2” closedMs', 'assessment “assessment 2” versions',
      'assessment “assessment 2” shareSummary',
    ]);
    expect(data.assessments.map((a) => [a.id, a.title, a.risks.length, a.footprint])).toEqual([[ASSESSMENT.id, ASSESSMENT.title, 3, ASSESSMENT.footprint], ['cia-2', '', 0, { kind: 'district', datasetId: '' }]]);
  });

  it('upgrades older versions through explicit migrations and refuses a newer one', () => {
    // A hypothetical version 3 that renamed `meetings` to `meetingDates`, read by an app of version 3.
    const v2 = written();
    const migrations = { 2: ({ meetings, ...rest }: Record<string, unknown>) => ({ ...rest, version: 3, meetingDates: meetings }) };
    const upgraded = readCiaData(v2, migrations, 3);
    expect([upgraded.problems, upgraded.data.meetings]).toEqual([[], []]);
    expect(readCiaData({ ...v2, version: 3 })).toEqual({ data: EMPTY_CIA_DATA, problems: [{ code: 'newer-version', version: 3 }] });
    expect(readCiaData({ assessments: [] })).toEqual({ data: EMPTY_CIA_DATA, problems: [{ code: 'not-cia-data' }] });
  });

  it('reads version 1 (before citations and share summaries): one opened from a report cites it, and nothing is shared', () => {
    const { citations: _c, shareSummary: _s, ...v1Assessment } = ASSESSMENT;
    const fromReport = { ...v1Assessment, id: 'cia-2', origin: { kind: 'report', id: 'report-9', label: 'Leaflets at the school gate' } };
    const v1 = { ...JSON.parse(JSON.stringify(writeCiaData(DATA))), version: 1, assessments: [v1Assessment, fromReport] };
    const { data, problems } = readCiaData(v1);
    expect(problems).toEqual([]);
    expect(data.assessments).toEqual([
      { ...ASSESSMENT, citations: [], shareSummary: '' },
      { ...ASSESSMENT, id: 'cia-2', origin: fromReport.origin, citations: [fromReport.origin], shareSummary: '' },
    ]);
  });

  it('reads a drawn footprint back, and reports one whose corners are not longitudes and latitudes', () => {
    const drawn = { kind: 'drawn', datasetId: 'example-wards', ring: [[-3.2, 51.6], [-3.1, 51.6], [-3.1, 51.7]], areaCodes: ['X05000002'] };
    const raw = written();
    raw.assessments[0].footprint = drawn;
    expect(readCiaData(raw)).toEqual({ data: { ...DATA, assessments: [{ ...ASSESSMENT, footprint: drawn }] }, problems: [] });
    raw.assessments[0].footprint = { ...drawn, ring: [[530000, 180000], [531000, 180000], [531000, 181000]] };
    expect(readCiaData(raw).problems).toEqual([{ code: 'missing-field', item: 'assessment', name: ASSESSMENT.title, field: 'footprint', dropped: false }]);
  });
});
