import { describe, expect, it } from 'vitest';
import { mapKeys, readPartList, registerWorkspacePart, restoreParts, snapshotParts, subscribeParts } from './workspace-parts';

describe('workspace part registry', () => {
  it('snapshots, restores with the id map and subscribes every registered part; a failing part is named', async () => {
    const restored: unknown[] = [];
    const listeners: (() => void)[] = [];
    registerWorkspacePart({
      key: 'test-slides',
      snapshot: () => ({ slides: [{ layer: 'dataset-1-1' }] }),
      restore: (saved, ids) => {
        restored.push((saved as { slides: { layer: string }[] }).slides.map((s) => ids(s.layer)));
      },
      subscribe: (onChange) => {
        listeners.push(onChange);
        return () => listeners.splice(listeners.indexOf(onChange), 1);
      },
    });
    registerWorkspacePart({ key: 'test-broken', snapshot: () => null, restore: () => { throw new Error('bug'); }, subscribe: () => () => undefined });
    expect(snapshotParts()).toMatchObject({ 'test-slides': { slides: [{ layer: 'dataset-1-1' }] }, 'test-broken': null });
    const failed = await restoreParts(snapshotParts(), (id) => (id === 'dataset-1-1' ? 'dataset-4-1' : null));
    expect(restored).toEqual([['dataset-4-1']]);
    expect(failed).toEqual([{ code: 'part-failed', part: 'test-broken' }]);
    let changes = 0;
    const off = subscribeParts(() => changes++);
    listeners.forEach((l) => l());
    off();
    expect(changes).toBe(1);
    expect(listeners).toEqual([]);
  });

  it('reports the damaged records of each saved list by part, list and count, and restores the rest', async () => {
    const kept: number[][] = [];
    const isNumber = (v: unknown) => (typeof v === 'number' ? v : null);
    registerWorkspacePart({
      key: 'test-lists',
      snapshot: () => null,
      restore: (saved, _ids, noteDropped) => {
        const record = saved as Record<string, unknown>;
        kept.push(readPartList(record.good, isNumber, 'good', noteDropped), readPartList(record.damaged, isNumber, 'damaged', noteDropped),
          readPartList(record.notAList, isNumber, 'not-a-list', noteDropped), readPartList(record.absent, isNumber, 'absent', noteDropped));
      },
      subscribe: () => () => undefined,
    });
    const problems = await restoreParts({ 'test-lists': { good: [1, 2], damaged: [3, 'x', null, 4], notAList: { 0: 5 } } }, (id) => id);
    expect(kept).toEqual([[1, 2], [3, 4], [], []]);
    expect(problems.filter((p) => p.part === 'test-lists')).toEqual([
      { code: 'records-dropped', part: 'test-lists', list: 'damaged', count: 2 },
      { code: 'records-dropped', part: 'test-lists', list: 'not-a-list', count: 1 },
    ]);
  });

  it('re-keys per-id settings, dropping ids that are gone and values that do not fit', () => {
    const ids = (id: string) => ({ a: 'x', b: 'y' })[id] ?? null;
    expect(mapKeys({ a: 0.5, b: 'high', c: 0.2 }, ids, (v): v is number => typeof v === 'number')).toEqual({ x: 0.5 });
    expect(mapKeys('not an object', ids, (v): v is number => typeof v === 'number')).toEqual({});
  });
});
