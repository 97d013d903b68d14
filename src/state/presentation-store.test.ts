import { beforeEach, describe, expect, it } from 'vitest';
import type { AreaDataset, IncidentDataset } from '../types';
import { usePresentationStore } from './presentation-store';
import { useViewStore } from './view-store';
import { useLayerStore, DEFAULT_CLASSIFICATION, type LayerStyle } from './layer-store';
import { useTimelineStore } from './timeline-store';
import { useCameraStore } from './camera-store';
import { useDataStore } from './data-store';
import { DEFAULT_DISPLAY, useIncidentStore } from './incident-store';
import { runExportFrames, savedViewFrames } from './export-runner';

// Saved views never read geometry: ids, and the numeric columns their fields name (checked before a view is shown).
const dataset = (id: string) => ({ id, label: id, codeField: 'code', features: [], areaCodes: [], fields: [{ name: 'population', kind: 'numeric' }, { name: 'deprivation', kind: 'numeric' }] }) as unknown as AreaDataset;

const layer = (id: string, style: LayerStyle) => ({ id, style, visible: false, opacity: 0.8 });

/** Which layers are shown, by id. */
const visibleLayers = () => Object.fromEntries(Object.values(useLayerStore.getState().layers).map((l) => [l.id, l.visible]));

beforeEach(() => {
  useDataStore.setState({ datasets: { wards: dataset('wards'), lsoas: dataset('lsoas') }, order: ['wards', 'lsoas'] });
  // Crimes from January 2020 to December 2021: the 24 months of the views' own timeline.
  useIncidentStore.setState({ incidents: { crimes: { id: 'crimes', count: 2, timeMs: Float64Array.from([Date.UTC(2020, 0, 1), Date.UTC(2021, 11, 15)]) } as unknown as IncidentDataset }, order: ['crimes'], display: { crimes: { ...DEFAULT_DISPLAY, heatmap: true, points: false } } });
  useViewStore.setState({ bivariate: false });
  useLayerStore.setState({ activeLayerId: null, layers: {
    wards: layer('wards', { valueField: 'population', options: { ...DEFAULT_CLASSIFICATION } }),
    lsoas: layer('lsoas', { valueField: 'deprivation', options: { ...DEFAULT_CLASSIFICATION } }),
  } });
  useTimelineStore.setState({ kind: 'month', step: null, periodCount: 24, window: { kind: 'single' }, breaks: 'fixed', playing: false });
  useCameraStore.setState({ camera: null, jumpRequest: null });
  usePresentationStore.setState({ presenting: false, showPoints: false, views: [], current: null, incomplete: {} });
});

function mapWards(): void {
  useLayerStore.getState().setActiveLayer('wards');
  useLayerStore.getState().setVisible('lsoas', false);
  useLayerStore.getState().setClassification('wards', { method: 'jenks', classCount: 7 });
  useTimelineStore.getState().setStep(5);
  useCameraStore.getState().setCamera({ center: [-3.2, 51.6], zoom: 10, bearing: 0, pitch: 0 });
}

function mapLsoas(): void {
  useLayerStore.getState().setActiveLayer('lsoas');
  useLayerStore.getState().setVisible('wards', false);
  useTimelineStore.getState().setWindow({ kind: 'rolling', size: 3 });
  useTimelineStore.getState().setStep(20);
  useIncidentStore.getState().setDisplay('crimes', { heatmap: false, points: true });
  useCameraStore.getState().setCamera({ center: [-3.4, 51.7], zoom: 12.5, bearing: 0, pitch: 0 });
}

describe('saved views', () => {
  it('stepping through two views puts back each one\'s layers, classification, period and extent', () => {
    const store = usePresentationStore.getState();
    mapWards();
    store.saveView('Wards by population');
    mapLsoas();
    store.saveView('LSOAs, rolling 3 months');
    expect(usePresentationStore.getState().views.map((v) => v.name)).toEqual(['Wards by population', 'LSOAs, rolling 3 months']);

    usePresentationStore.getState().goTo(0);
    expect(useLayerStore.getState().activeLayerId).toBe('wards');
    expect(visibleLayers()).toEqual({ wards: true, lsoas: false });
    expect(useLayerStore.getState().layers.wards.style.options).toMatchObject({ method: 'jenks', classCount: 7 });
    expect(useTimelineStore.getState()).toMatchObject({ step: 5, window: { kind: 'single' } });
    expect(useIncidentStore.getState().display.crimes).toMatchObject({ heatmap: true, points: false });
    expect(useCameraStore.getState().jumpRequest?.camera).toMatchObject({ center: [-3.2, 51.6], zoom: 10 });

    usePresentationStore.getState().step(1);
    expect(usePresentationStore.getState().current).toBe(1);
    expect(useLayerStore.getState().activeLayerId).toBe('lsoas');
    expect(visibleLayers()).toEqual({ wards: false, lsoas: true });
    expect(useTimelineStore.getState()).toMatchObject({ step: 20, window: { kind: 'rolling', size: 3 } });
    expect(useIncidentStore.getState().display.crimes).toMatchObject({ heatmap: false, points: true });
    expect(useCameraStore.getState().jumpRequest?.camera.zoom).toBe(12.5);

    // Stepping stops at the ends rather than wrapping, as presentation software does.
    usePresentationStore.getState().step(1);
    expect(usePresentationStore.getState().current).toBe(1);
    usePresentationStore.getState().step(-1);
    usePresentationStore.getState().step(-1);
    expect(usePresentationStore.getState().current).toBe(0);
  });

  it('hides layers loaded after the view was saved and reports layers removed since', () => {
    mapWards();
    usePresentationStore.getState().saveView('Before');
    useDataStore.setState({ datasets: { lsoas: dataset('lsoas'), extra: dataset('extra') }, order: ['lsoas', 'extra'] });
    useLayerStore.getState().addLayer('extra', { style: { valueField: 'population', options: { ...DEFAULT_CLASSIFICATION } }, visible: true });
    usePresentationStore.getState().goTo(0);
    expect(visibleLayers().extra).toBe(false);
    const view = usePresentationStore.getState().views[0];
    expect(usePresentationStore.getState().incomplete[view.id]).toEqual(['wards']);
  });

  it('stops playback when a view is shown, so it shows its own period', () => {
    mapWards();
    usePresentationStore.getState().saveView('A');
    useTimelineStore.getState().play();
    usePresentationStore.getState().goTo(0);
    expect(useTimelineStore.getState().playing).toBe(false);
    expect(useTimelineStore.getState().step).toBe(5);
  });

  it('reorders, updates and removes views, keeping the current one pointed at', () => {
    const store = usePresentationStore.getState();
    store.saveView('one');
    store.saveView('two');
    store.saveView('');
    expect(usePresentationStore.getState().views.map((v) => v.name)).toEqual(['one', 'two', '3']);
    usePresentationStore.getState().goTo(0);
    usePresentationStore.getState().moveView(0, 1);
    expect(usePresentationStore.getState().views.map((v) => v.name)).toEqual(['two', 'one', '3']);
    expect(usePresentationStore.getState().current).toBe(1);
    const id = usePresentationStore.getState().views[1].id;
    mapLsoas();
    usePresentationStore.getState().updateView(1);
    expect(usePresentationStore.getState().views[1]).toMatchObject({ id, name: 'one', activeDatasetId: 'lsoas' });
    usePresentationStore.getState().removeView(0);
    expect(usePresentationStore.getState().views.map((v) => v.name)).toEqual(['one', '3']);
    expect(usePresentationStore.getState().current).toBe(0);
  });

  it('starting to present always hides point layers until the presenter turns them on', () => {
    usePresentationStore.getState().setShowPoints(true);
    usePresentationStore.getState().enter();
    expect(usePresentationStore.getState()).toMatchObject({ presenting: true, showPoints: false });
    usePresentationStore.getState().toggle();
    expect(usePresentationStore.getState().presenting).toBe(false);
  });
});

describe('batch export of saved views', () => {
  it('renders one page per chosen view, in order, named after it, each from its own view, leaving the map as it is', async () => {
    mapWards();
    usePresentationStore.getState().saveView('Wards');
    mapLsoas();
    usePresentationStore.getState().saveView('LSOAs');
    usePresentationStore.getState().saveView('Unused');
    // The user has moved on since: the batch must leave the map as it is now.
    useLayerStore.getState().setActiveLayer('wards');
    useTimelineStore.getState().setStep(11);
    const layersBefore = useLayerStore.getState().layers;
    const seen: string[] = [];
    const files = await runExportFrames(savedViewFrames([0, 1]), 'png', {
      render: async (frame) => {
        const view = frame.view();
        const shown = Object.values(view.layers).filter((l) => l.visible).map((l) => l.id);
        seen.push(`${frame.savedView}: ${view.activeLayerId} [${shown}] ${view.layers[view.activeLayerId!].style.options.method}@${view.timeline.step} ${view.timeline.window.kind} heatmap ${view.display.crimes.heatmap}`);
        return { bytes: new Uint8Array([seen.length]) };
      },
    });
    expect(files.map((f) => f.name)).toEqual(['01-Wards.png', '02-LSOAs.png']);
    expect(seen).toEqual(['Wards: wards [wards] jenks@5 single heatmap true', 'LSOAs: lsoas [lsoas] quantile@20 rolling heatmap false']);
    // The live stores were never changed to draw the pages.
    expect(useLayerStore.getState().layers).toBe(layersBefore);
    expect(useLayerStore.getState().activeLayerId).toBe('wards');
    expect(useTimelineStore.getState().step).toBe(11);
    // The user had moved on from the last saved view, so no view is current, before or after the batch.
    expect(usePresentationStore.getState().current).toBeNull();
  });

  it('once the user maps another field or layer, the map is no longer the saved view (no slide titled with its name)', () => {
    mapWards();
    usePresentationStore.getState().saveView('Wards');
    usePresentationStore.getState().goTo(0);
    expect(usePresentationStore.getState().current).toBe(0);
    // Playing the timeline or moving the camera keeps the view.
    useTimelineStore.getState().setStep(7);
    expect(usePresentationStore.getState().current).toBe(0);
    useLayerStore.getState().setValueField('wards', 'deprivation');
    expect(usePresentationStore.getState().current).toBeNull();
  });
});
