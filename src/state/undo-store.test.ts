import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFICATION, useLayerStore } from './layer-store';
import { MERGE_MS, startUndoHistory, useUndoStore } from './undo-store';

const initial = [useLayerStore.getState(), useUndoStore.getState()] as const;
let clockMs = 0;
let stop: () => void = () => undefined;

beforeEach(() => {
  useLayerStore.setState(initial[0], true);
  useUndoStore.setState(initial[1], true);
  useLayerStore.getState().addLayer('wards', { style: { valueField: 'score', options: DEFAULT_CLASSIFICATION } });
  useLayerStore.getState().setActiveLayer('wards');
  clockMs = 0;
  stop = startUndoHistory(() => clockMs);
});
afterEach(() => stop());

const later = () => (clockMs += MERGE_MS + 1);
const wards = () => useLayerStore.getState().layers.wards;
const state = () => [wards().style.valueField, wards().style.options.method, wards().style.options.classCount, wards().opacity, wards().visible];

describe('undo and redo of styling, classification and layer changes', () => {
  it('does not make a step of a layer loaded, and keeps it when undoing a step made before it', () => {
    later(); useLayerStore.getState().setValueField('wards', 'rate');
    later(); useLayerStore.getState().addLayer('lsoas', { style: { valueField: 'count', options: DEFAULT_CLASSIFICATION } });
    useUndoStore.getState().undo();
    expect([useUndoStore.getState().past.length, wards().style.valueField, useLayerStore.getState().layers.lsoas?.style.valueField]).toEqual([0, 'score', 'count']);
  });

  it('undoes each step back to the start and redoes them in order', () => {
    later(); useLayerStore.getState().setValueField('wards', 'rate');
    later(); useLayerStore.getState().setClassification('wards', { method: 'jenks', classCount: 7 });
    later(); useLayerStore.getState().setVisible('wards', false);
    const seen = [state()];
    for (let k = 0; k < 3; k += 1) {
      useUndoStore.getState().undo();
      seen.push(state());
    }
    useUndoStore.getState().undo();
    useUndoStore.getState().redo();
    seen.push(state());
    expect(seen).toEqual([
      ['rate', 'jenks', 7, 0.8, false],
      ['rate', 'jenks', 7, 0.8, true],
      ['rate', 'quantile', 5, 0.8, true],
      ['score', 'quantile', 5, 0.8, true],
      ['rate', 'quantile', 5, 0.8, true],
    ]);
  });

  it('makes one step of a slider drag, and a new change clears what could be redone', () => {
    later();
    for (const opacity of [0.7, 0.6, 0.5]) {
      clockMs += 50;
      useLayerStore.getState().setOpacity('wards', opacity);
    }
    expect(useUndoStore.getState().past).toHaveLength(1);
    useUndoStore.getState().undo();
    expect(wards().opacity).toBe(0.8);
    later(); useLayerStore.getState().setClassification('wards', { classCount: 4 });
    expect([useUndoStore.getState().future.length, useUndoStore.getState().past.length]).toEqual([0, 1]);
  });
});
