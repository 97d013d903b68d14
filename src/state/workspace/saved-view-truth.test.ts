import { beforeEach, describe, expect, it } from 'vitest';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { useLayerStore } from '../layer-store';
import { useViewStore } from '../view-store';
import { useTimelineStore } from '../timeline-store';
import { useCameraStore } from '../camera-store';
import { useCohesionStore } from '../cohesion-store';
import { usePresentationStore } from '../presentation-store';
import { useExportStore } from '../export-store';
import { useNeighbourStore } from '../neighbour-store';
import { useHotspotStore } from '../hotspot-store';
import { buildTinyWorkspace, wireStoresInNode } from '../../../test/helpers/workspace-session';
import { runHotspots } from '../hotspot-actions';
import { savedViewProblem } from '../saved-views';
import { openWorkspaceFile, workspaceFileBytes } from './workspace-store';
import { resetRecorder } from './source-recorder';
import { runExportFrames, savedViewFrames } from '../export-runner';
import { readFileSync } from 'node:fs';

const stores = [useDataStore, useTableStore, useIncidentStore, useTensionStore, useLayerStore, useViewStore, useTimelineStore, useCameraStore, useCohesionStore, usePresentationStore, useExportStore, useNeighbourStore, useHotspotStore] as const;
const initial = stores.map((s) => s.getState());

beforeEach(() => {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
  wireStoresInNode();
});

const asFile = (bytes: Uint8Array) => ({ name: 'views.cohesion-atlas', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

/** The tiny workspace with Gi* run on its wards (distance weights, FDR) and two saved views: hot spots and counts. */
async function workspaceWithHotspotView() {
  const ids = await buildTinyWorkspace();
  useHotspotStore.getState().setWeights({ kind: 'distance', distanceM: 3000 });
  useHotspotStore.getState().setFalseDiscoveryRate(true);
  expect(await runHotspots({ boundaryId: ids.wards, field: `incidents:${ids.incidents}:count` })).toBeNull();
  useLayerStore.getState().setValueField(ids.wards, 'hotspot:gi');
  usePresentationStore.getState().saveView('Hot spots');
  useLayerStore.getState().setValueField(ids.wards, `incidents:${ids.incidents}:count`);
  usePresentationStore.getState().saveView('Counts');
  return ids;
}

describe('saved views after a reload', () => {
  it('computes the hot spot analysis again, with its own weights, so the hot spot view draws its own field', async () => {
    await workspaceWithHotspotView();
    const before = useHotspotStore.getState().run!;
    const bytes = await workspaceFileBytes();
    // The panel's choice has moved on since the run; the restore must not use it.
    useHotspotStore.setState({ run: null, weights: { kind: 'queen' }, falseDiscoveryRate: false });
    await openWorkspaceFile(asFile(bytes));
    const [wards] = useDataStore.getState().order;
    const run = useHotspotStore.getState().run;
    expect(run).not.toBeNull();
    expect(run!.boundaryId).toBe(wards);
    expect(run!.weights).toEqual({ kind: 'distance', distanceM: 3000 });
    expect(run!.falseDiscoveryRate).toBe(true);
    expect(Array.from(run!.result.bins)).toEqual(Array.from(before.result.bins));
    expect(Array.from(run!.result.zScores)).toEqual(Array.from(before.result.zScores));
    const views = usePresentationStore.getState().views;
    expect(views.map((v) => savedViewProblem(v))).toEqual([null, null]);
  });

  it('refuses, by name, a view whose analysis cannot be run again or whose layer is gone', async () => {
    const ids = await workspaceWithHotspotView();
    const [hotspots, counts] = usePresentationStore.getState().views;
    // The incidents are removed: their join and the hot spots on it cannot be had.
    useIncidentStore.getState().removeIncidents(ids.incidents);
    useHotspotStore.setState({ run: null });
    expect(savedViewProblem(hotspots)).toEqual({ code: 'hotspot-not-run', params: {} });
    expect(savedViewProblem(counts)?.code).toBe('incidents-missing');
    usePresentationStore.getState().goTo(0);
    expect(usePresentationStore.getState().refusal?.code).toBe('hotspot-not-run');
    useDataStore.getState().removeDataset(ids.wards);
    expect(savedViewProblem(counts)).toEqual({ code: 'layer-missing', params: { name: 'My wards' } });
  });

  it('refuses a hot-spot view once the analysis was run again with other settings, and takes it back when run as the view had it', async () => {
    const ids = await workspaceWithHotspotView();
    const [hotspots] = usePresentationStore.getState().views;
    expect(hotspots.hotspot).toEqual({ field: `incidents:${ids.incidents}:count`, weights: { kind: 'distance', distanceM: 3000 }, falseDiscoveryRate: true, emergingRules: 'arcgis-pro' });
    useHotspotStore.getState().setWeights({ kind: 'queen' });
    await runHotspots({ boundaryId: ids.wards, field: `incidents:${ids.incidents}:count` });
    expect(savedViewProblem(hotspots)).toEqual({ code: 'hotspot-changed', params: {} });
    useHotspotStore.getState().setWeights({ kind: 'distance', distanceM: 3000 });
    await runHotspots({ boundaryId: ids.wards, field: `incidents:${ids.incidents}:count` });
    expect(savedViewProblem(hotspots)).toBeNull();
  });

  it('refuses a view of emerging hot spots once they were classified by the other rules, and restores a run with its own rules', async () => {
    const ids = await workspaceWithHotspotView();
    const field = `incidents:${ids.incidents}:count`;
    useLayerStore.getState().setValueField(ids.wards, 'hotspot:emerging');
    usePresentationStore.getState().saveView('Emerging');
    const emerging = usePresentationStore.getState().views[2];
    const [gi] = usePresentationStore.getState().views;
    useHotspotStore.getState().setEmergingRules('atlas');
    await runHotspots({ boundaryId: ids.wards, field });
    // The Gi* classes do not depend on the emerging rules; the categories do.
    expect([savedViewProblem(gi), savedViewProblem(emerging)]).toEqual([null, { code: 'hotspot-changed', params: {} }]);
    const bytes = await workspaceFileBytes();
    useHotspotStore.setState({ run: null, emergingRules: 'arcgis-pro' });
    await openWorkspaceFile(asFile(bytes));
    // The run comes back by the rules it was made with; the panel keeps its own choice.
    expect([useHotspotStore.getState().run?.emergingRules, useHotspotStore.getState().emergingRules]).toEqual(['atlas', 'atlas']);
  });

  it('shows a view at the period it was saved at, whatever was on screen before', async () => {
    await buildTinyWorkspace();
    // The tiny incidents run January to March 2024; the view is saved at February.
    usePresentationStore.getState().saveView('February');
    expect(usePresentationStore.getState().views[0].timeline).toMatchObject({ step: 1, periodKey: '2024-02' });
    // A shorter timeline on screen (one period) must not cut the view's step when it is shown.
    useTimelineStore.setState({ periodCount: 1, step: 0 });
    usePresentationStore.getState().goTo(0);
    expect(useTimelineStore.getState()).toMatchObject({ step: 1, periodCount: 3 });
  });

  it('a batch of saved views skips the refused view and draws the others', async () => {
    const ids = await workspaceWithHotspotView();
    useHotspotStore.setState({ run: null });
    const refused: string[] = [];
    const drawn: string[] = [];
    const files = await runExportFrames(savedViewFrames([0, 1]), 'png', {
      render: async (frame) => {
        drawn.push(frame.view().layers[ids.wards]?.style.valueField);
        return { bytes: new Uint8Array([1]) };
      },
      onRefused: (frame, problem) => refused.push(`${frame.name}: ${problem.code}`),
    });
    expect(refused).toEqual(['Hot spots: hotspot-not-run']);
    expect(drawn).toEqual([`incidents:${ids.incidents}:count`]);
    expect(files.map((f) => f.name)).toEqual(['02-Counts.png']);
  });
});

describe('a workspace file saved before views were checked', () => {
  it('opens with its views: the ones that can be drawn are, and the hot-spot view (whose results were not kept) is refused by name', async () => {
    const bytes = readFileSync(new URL('../../../test/fixtures/workspace/tiny-v1-views.cohesion-atlas', import.meta.url));
    await openWorkspaceFile({ name: 'tiny-v1-views.cohesion-atlas', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    const views = usePresentationStore.getState().views;
    expect(views.map((v) => v.name)).toEqual(['Counts by ward', 'Long-term illness', 'Hot spots']);
    expect(views.map((v) => savedViewProblem(v)?.code ?? null)).toEqual([null, null, 'hotspot-not-run']);
    // Saved before period keys: the step counted on the timeline over everything loaded (Jan–Mar 2024) is February.
    usePresentationStore.getState().goTo(0);
    expect(useTimelineStore.getState().step).toBe(1);
    usePresentationStore.getState().goTo(1);
    const [wards] = useDataStore.getState().order;
    expect(useLayerStore.getState().layers[wards]?.style.valueField).toMatch(/^table:.+:0:0:value$/);
    expect(usePresentationStore.getState().refusal).toBeNull();
    usePresentationStore.getState().goTo(2);
    expect(usePresentationStore.getState().refusal).toEqual({ code: 'hotspot-not-run', params: {} });
  });
});

describe('a saved view’s legend title (issue 15)', () => {
  it('is saved with the view, comes back from a workspace file, and is put back when the view is shown', async () => {
    const ids = await buildTinyWorkspace();
    const field = `incidents:${ids.incidents}:count`;
    useLayerStore.getState().setValueField(ids.wards, field);
    useLayerStore.getState().setLegendTitle(ids.wards, 'Reported incidents, 2024');
    usePresentationStore.getState().saveView('Titled');
    useLayerStore.getState().setLegendTitle(ids.wards, null);
    usePresentationStore.getState().saveView('Untitled');
    await openWorkspaceFile(asFile(await workspaceFileBytes()));
    const [wards] = useDataStore.getState().order;
    const [titled, untitled] = usePresentationStore.getState().views;
    expect([titled.style?.legendTitle, untitled.style?.legendTitle]).toEqual(['Reported incidents, 2024', undefined]);
    usePresentationStore.getState().goTo(0);
    expect(useLayerStore.getState().layers[wards].style.legendTitle).toBe('Reported incidents, 2024');
    usePresentationStore.getState().goTo(1);
    expect(useLayerStore.getState().layers[wards].style.legendTitle).toBeUndefined();
  });
});
