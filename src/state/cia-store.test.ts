import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCiaStore } from './cia-store';
import { useDataStore } from './data-store';
import { provideServices } from './services';
import { buildShareExport } from './share-export';
import { registerCiaParts } from './workspace/parts/cia-parts';
import { restoreParts, snapshotParts } from './workspace/workspace-parts';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { nodeServices } from '../../test/helpers/workspace-session';
import { DAY_MS, OPENED_MS } from '../../test/fixtures/cia/assessment';
import { applyView, captureView, savedViewScope } from './saved-views';

const initial = useCiaStore.getState();
const store = () => useCiaStore.getState();

beforeEach(() => {
  useCiaStore.setState(initial, true);
  registerCiaParts();
});

/** Opens an assessment of Ashbridge Central with a low risk of intervening and a high one of doing nothing. */
function openWithRisks(): { id: string; low: string; high: string } {
  store().setAuthor('Insp. Jones');
  const id = store().startAssessment({ title: 'Ashbridge Central', origin: { kind: 'area', id: 'X05000002', label: 'Ashbridge Central' }, footprint: { kind: 'areas', datasetId: 'example-wards', areaCodes: ['X05000002'] }, communities: ['Faith or religious'] }, OPENED_MS);
  const low = store().addRisk(id, { heading: 'police', course: 'intervene', group: null, description: 'Patrols read as targeting', likelihood: 2, impact: 2 }, OPENED_MS + 1000);
  const high = store().addRisk(id, { heading: 'physical', course: 'do-nothing', group: null, description: 'Attack on the mosque', likelihood: 3, impact: 4 }, OPENED_MS + 2000);
  return { id, low, high };
}

describe('the assessments store', () => {
  it('opens a draft from a flagged area and records each change as a version under the author’s name', () => {
    const { id } = openWithRisks();
    const assessment = store().assessments[0];
    expect([assessment.id, assessment.status, assessment.reviewDates, store().openId]).toEqual([id, 'draft', [OPENED_MS + 14 * DAY_MS], id]);
    expect(assessment.versions.map((v) => [v.version, v.by, v.changed])).toEqual([[1, 'Insp. Jones', ['title', 'origin', 'footprint', 'communities']], [2, 'Insp. Jones', ['risks']], [3, 'Insp. Jones', ['risks']]]);
  });

  it('refuses agreement without an action plan for the risk of 12, then agrees once an action answers it', () => {
    const { id, high } = openWithRisks();
    expect(store().agree(id, OPENED_MS + DAY_MS)).toEqual([{ code: 'risk-without-action', riskId: high, description: 'Attack on the mosque', likelihood: 3, impact: 4, score: 12 }]);
    expect([store().assessments[0].status, store().refusals[id]?.length]).toEqual(['draft', 1]);
    store().addAction({ text: 'Reassurance patrols at prayer times', owner: 'Gwent Police', dueMs: OPENED_MS + 2 * DAY_MS + 5000, assessmentId: id, riskIds: [high], links: [] });
    expect(store().agree(id, OPENED_MS + DAY_MS)).toEqual([]);
    expect([store().assessments[0].status, store().refusals, store().actions[0].dueMs]).toEqual(['agreed', {}, OPENED_MS + 2 * DAY_MS]);
    expect(store().assessments[0].versions.at(-1)).toEqual({ version: 4, timeMs: OPENED_MS + DAY_MS, by: 'Insp. Jones', changed: ['status'], note: '' });
  });

  it('marks an action done with the day it was done, and closes an assessment', () => {
    const { id, high } = openWithRisks();
    const action = store().addAction({ text: 'Patrols', owner: 'Gwent Police', dueMs: OPENED_MS, assessmentId: id, riskIds: [high], links: [] });
    store().setActionStatus(action, 'done', OPENED_MS + 3 * DAY_MS);
    store().close(id, OPENED_MS + 30 * DAY_MS);
    expect([store().actions[0].status, store().actions[0].doneMs, store().assessments[0].status, store().assessments[0].closedMs]).toEqual(['done', OPENED_MS + 3 * DAY_MS, 'closed', OPENED_MS + 30 * DAY_MS]);
  });
});

describe('drawing a geography and citing records', () => {
  it('adds corners clicked on the map, undoes the last, and forgets them when drawing stops', () => {
    store().startDrawing('example-wards');
    store().addCorner([-3.2, 51.6]);
    store().addCorner([-3.1, 51.6]);
    store().addCorner([-3.1, 51.7]);
    store().undoCorner();
    expect(store().drawing).toEqual({ datasetId: 'example-wards', corners: [[-3.2, 51.6], [-3.1, 51.6]] });
    store().stopDrawing();
    store().addCorner([0, 0]);
    expect(store().drawing).toBeNull();
  });

  it('records citing a report and writing the partners’ summary as versions naming what changed', () => {
    const { id } = openWithRisks();
    const cited = { ...store().assessments[0], citations: [{ kind: 'report' as const, id: 'report-1', label: 'Leaflets left outside the mosque' }] };
    store().saveAssessment(cited, '', OPENED_MS + DAY_MS);
    store().saveAssessment({ ...store().assessments[0], shareSummary: 'Partners are meeting faith leaders.' }, '', OPENED_MS + 2 * DAY_MS);
    expect(store().assessments[0].versions.slice(-2).map((v) => [v.version, v.changed])).toEqual([[4, ['citations']], [5, ['share-summary']]]);
    expect(store().assessments.map((a) => [a.id, a.citations.length, a.shareSummary])).toEqual([[id, 1, 'Partners are meeting faith leaders.']]);
  });
});

describe('outlines in saved views', () => {
  it('keep whether open assessments were outlined, and put it back when the view is shown', () => {
    store().setOutlinesShown(false);
    const hidden = captureView('Without assessments');
    store().setOutlinesShown(true);
    expect([hidden.assessments, savedViewScope(hidden).assessments, savedViewScope(captureView('With')).assessments]).toEqual([false, false, true]);
    applyView(hidden);
    expect(store().outlinesShown).toBe(false);
    // A view saved before the choice was kept outlined them, as every map did then.
    const { assessments: _old, ...older } = hidden;
    applyView(older);
    expect([store().outlinesShown, savedViewScope(older).assessments]).toEqual([true, true]);
  });
});

describe('assessments in the workspace', () => {
  it('come back from the workspace snapshot with the layer id mapped', async () => {
    openWithRisks();
    store().addRegisterEntry({ indicator: 'Far-right activity', likelihood: 4, impact: 4, measures: 'Patrols', residualLikelihood: 2, residualImpact: 4, reviewCycleDays: 28 }, OPENED_MS);
    const saved = JSON.parse(JSON.stringify(snapshotParts()));
    const before = store();
    useCiaStore.setState(initial, true);
    expect(await restoreParts(saved, (savedId) => (savedId === 'example-wards' ? 'example-wards_2' : savedId))).toEqual([]);
    expect(store().assessments).toEqual(before.assessments.map((a) => ({ ...a, footprint: { ...a.footprint, datasetId: 'example-wards_2' } })));
    expect([store().register, store().author, store().problems]).toEqual([before.register, 'Insp. Jones', []]);
  });

  it('report a score outside 1–5 and a missing field by name, and lose nothing else', async () => {
    const { id } = openWithRisks();
    const saved = JSON.parse(JSON.stringify(snapshotParts()));
    saved.cia.assessments[0].risks[1].likelihood = 9;
    delete saved.cia.assessments[0].communities;
    useCiaStore.setState(initial, true);
    await restoreParts(saved, (savedId) => savedId);
    expect(store().problems).toEqual([
      { code: 'missing-field', item: 'assessment', name: 'Ashbridge Central', field: 'communities', dropped: false },
      { code: 'score-out-of-range', item: 'risk', name: 'Attack on the mosque', field: 'likelihood', value: '9', dropped: true },
    ]);
    expect(store().assessments.map((a) => [a.id, a.title, a.risks.map((r) => r.description), a.communities, a.versions.length])).toEqual([[id, 'Ashbridge Central', ['Patrols read as targeting'], [], 3]]);
  });
});

describe('share packages', () => {
  it('never carry assessments, actions or the register', async () => {
    provideServices({ ...nodeServices(), boundaryLoader: (request, onProgress) => loadBoundaryDatasets(request, onProgress) });
    const buffer = readFileSync(new URL('../../boundaries/example-wards.geojson', import.meta.url));
    await useDataStore.getState().loadExample([{ name: 'example-wards.geojson', bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer }], [], ['Example wards']);
    openWithRisks();
    store().addRegisterEntry({ indicator: 'Far-right activity', likelihood: 4, impact: 4, measures: 'Patrols', residualLikelihood: 2, residualImpact: 4, reviewCycleDays: 28 }, OPENED_MS);
    const datasetId = useDataStore.getState().order[0];
    const exported = buildShareExport({ datasetId, areaIndexes: null, authority: { name: 'Ashbridge' }, marking: 'OFFICIAL', include: { fields: true, incidents: true, tables: true, tension: true, points: true }, suppressSmallCounts: true, classification: null, producedAt: '2026-11-21T12:00:00.000Z' });
    expect(exported?.text).toContain('Alder Dale');
    for (const text of ['Attack on the mosque', 'Far-right activity', 'Insp. Jones', 'cia-']) expect(exported?.text).not.toContain(text);

    // With its summary for partners written and chosen, only that summary (level, status, day, areas) travels.
    const assessment = store().assessments[0];
    store().saveAssessment({ ...assessment, footprint: { kind: 'district', datasetId }, shareSummary: 'Partners are meeting faith leaders.', information: { ...assessment.information, problem: 'Threats online' } });
    const options = { datasetId, areaIndexes: [0, 1], authority: { name: 'Ashbridge' }, marking: 'OFFICIAL', include: { fields: false, incidents: false, tables: false, tension: false, points: false }, suppressSmallCounts: true, classification: null, producedAt: '2026-11-21T12:00:00.000Z' };
    expect(buildShareExport(options)?.pkg.assessments).toEqual([]);
    const chosen = buildShareExport({ ...options, assessmentIds: [assessment.id] });
    const codes = useDataStore.getState().datasets[datasetId].areaCodes.slice(0, 2);
    expect(chosen?.pkg.assessments).toEqual([{ id: assessment.id, summary: 'Partners are meeting faith leaders.', level: 'high', status: 'draft', opened: '2023-07-03', areaCodes: codes }]);
    for (const text of ['Attack on the mosque', 'Threats online', 'Insp. Jones', 'Patrols read as targeting']) expect(chosen?.text).not.toContain(text);
  });
});
