import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFICATION, useAnalysisStore } from './analysis-store';
import { useViewStore } from './view-store';
import { MERGE_MS, startUndoHistory, useUndoStore } from './undo-store';

const initial = [useAnalysisStore.getState(), useViewStore.getState(), useUndoStore.getState()] as const;
let clockMs = 0;
let stop: () => void = () => undefined;

beforeEach(() => {
  useAnalysisStore.setState(initial[0], true);
  useViewStore.setState(initial[1], true);
  useUndoStore.setState(initial[2], true);
  useAnalysisStore.getState().initStyle('wards', { valueField: 'score', options: DEFAULT_CLASSIFICATION });
  useViewStore.getState().setActiveDataset('wards');
  clockMs = 0;
  stop = startUndoHistory(() => clockMs);
});
afterEach(() => stop());

const later = () => (clockMs += MERGE_MS + 1);
const state = () => [useAnalysisStore.getState().styles.wards.valueField, useAnalysisStore.getState().styles.wards.options.method, useAnalysisStore.getState().styles.wards.options.classCount, useViewStore.getState().opacity.wards, useViewStore.getState().visible.wards];

describe('undo and redo of styling, classification and layer changes', () => {
  it('does not make a step of a layer loaded, and keeps it when undoing a step made before it', () => {
    later(); useAnalysisStore.getState().setValueField('wards', 'rate');
    later(); useAnalysisStore.getState().initStyle('lsoas', { valueField: 'count', options: DEFAULT_CLASSIFICATION });
    useUndoStore.getState().undo();
    expect([useUndoStore.getState().past.length, useAnalysisStore.getState().styles.wards.valueField, useAnalysisStore.getState().styles.lsoas?.valueField]).toEqual([0, 'score', 'count']);
  });

  it('undoes each step back to the start and redoes them in order', () => {
    later(); useAnalysisStore.getState().setValueField('wards', 'rate');
    later(); useAnalysisStore.getState().setClassification('wards', { method: 'jenks', classCount: 7 });
    later(); useViewStore.getState().setVisible('wards', false);
    const seen = [state()];
    for (let k = 0; k < 3; k += 1) {
      useUndoStore.getState().undo();
      seen.push(state());
    }
    useUndoStore.getState().undo();
    useUndoStore.getState().redo();
    seen.push(state());
    expect(seen).toEqual([
      ['rate', 'jenks', 7, undefined, false],
      ['rate', 'jenks', 7, undefined, true],
      ['rate', 'quantile', 5, undefined, true],
      ['score', 'quantile', 5, undefined, true],
      ['rate', 'quantile', 5, undefined, true],
    ]);
  });

  it('makes one step of a slider drag, and a new change clears what could be redone', () => {
    later();
    for (const opacity of [0.7, 0.6, 0.5]) {
      clockMs += 50;
      useViewStore.getState().setOpacity('wards', opacity);
    }
    expect(useUndoStore.getState().past).toHaveLength(1);
    useUndoStore.getState().undo();
    expect(useViewStore.getState().opacity.wards).toBeUndefined();
    later(); useAnalysisStore.getState().setClassification('wards', { classCount: 4 });
    expect([useUndoStore.getState().future.length, useUndoStore.getState().past.length]).toEqual([0, 1]);
  });
});
