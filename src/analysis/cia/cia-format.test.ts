import { describe, expect, it } from 'vitest';
import { ASSESSMENT, action, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { EMPTY_CIA_DATA, readCiaData, writeCiaData, type CiaData } from './cia-format';

const register = { id: 'r1', indicator: 'Far-right activity', likelihood: 4, impact: 4, measures: 'Patrols', residualLikelihood: 2, residualImpact: 4, reviewCycleDays: 28, history: [{ timeMs: OPENED_MS, by: 'Analyst', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, note: '' }] };
const DATA: CiaData = { assessments: [ASSESSMENT], actions: [action('a1', ['risk-b'], OPENED_MS)], register: [register], meetings: [OPENED_MS] };
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
      'assessment “assessment 2” information', 'assessment “assessment 2” affected', 'assessment “assessment 2” legislation', 'risk “risk 1” impact',
      'assessment “assessment 2” status', 'assessment “assessment 2” openedMs', 'assessment “assessment 2” reviewDates', 'assessment “assessment 2” closedMs', 'assessment “assessment 2” versions',
    ]);
    expect(data.assessments.map((a) => [a.id, a.title, a.risks.length, a.footprint])).toEqual([[ASSESSMENT.id, ASSESSMENT.title, 3, ASSESSMENT.footprint], ['cia-2', '', 0, { kind: 'district', datasetId: '' }]]);
  });

  it('upgrades older versions through explicit migrations and refuses a newer one', () => {
    // A hypothetical version 2 that renamed `meetings` to `meetingDates`, read by an app of version 2.
    const v1 = written();
    const migrations = { 1: ({ meetings, ...rest }: Record<string, unknown>) => ({ ...rest, version: 2, meetingDates: meetings }) };
    const upgraded = readCiaData(v1, migrations, 2);
    expect([upgraded.problems, upgraded.data.meetings]).toEqual([[], []]);
    expect(readCiaData({ ...v1, version: 3 })).toEqual({ data: EMPTY_CIA_DATA, problems: [{ code: 'newer-version', version: 3 }] });
    expect(readCiaData({ assessments: [] })).toEqual({ data: EMPTY_CIA_DATA, problems: [{ code: 'not-cia-data' }] });
  });
});
