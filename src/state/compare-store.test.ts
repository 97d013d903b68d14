import { beforeEach, describe, expect, it } from 'vitest';
import { sameClasses, useCompareStore } from './compare-store';

const initial = useCompareStore.getState();
beforeEach(() => useCompareStore.setState(initial, true));

describe('compare store', () => {
  it('starts panes from the defaults once, keeps the user’s choices after, and resets the field with the layer', () => {
    const store = useCompareStore.getState();
    store.setMode('side-by-side', [{ datasetId: 'a', valueField: null, period: 'follow' }, { datasetId: 'b', valueField: 'x', period: '2023-06' }]);
    expect(useCompareStore.getState().panes[1]).toEqual({ datasetId: 'b', valueField: 'x', period: '2023-06' });
    store.setPane(1, { datasetId: 'c' });
    expect(useCompareStore.getState().panes[1]).toEqual({ datasetId: 'c', valueField: null, period: '2023-06' });
    store.setMode('single');
    store.setMode('swipe', [{ datasetId: 'z', valueField: null, period: 'follow' }, { datasetId: 'z', valueField: null, period: 'follow' }]);
    expect(useCompareStore.getState().panes.map((p) => p.datasetId)).toEqual(['a', 'c']);
    expect(useCompareStore.getState().mode).toBe('swipe');
  });

  it('keeps the swipe divider within the map', () => {
    useCompareStore.getState().setSwipePercent(130);
    expect(useCompareStore.getState().swipePercent).toBe(100);
    useCompareStore.getState().setSwipePercent(-4);
    expect(useCompareStore.getState().swipePercent).toBe(0);
  });

  it('calls two classifications the same only when breaks and colours all match', () => {
    const a = { thresholds: [1, 2], bins: [{ color: '#a' }, { color: '#b' }, { color: '#c' }], noDataColor: '#n' };
    expect(sameClasses(a, structuredClone(a))).toBe(true);
    expect(sameClasses(a, { ...a, thresholds: [1, 2.5] })).toBe(false);
    expect(sameClasses(a, { ...a, bins: [{ color: '#a' }, { color: '#b' }, { color: '#d' }] })).toBe(false);
    expect(sameClasses(a, null)).toBe(false);
  });
});
