import { beforeEach, describe, expect, it } from 'vitest';
import { nodeServices } from '../../test/helpers/workspace-session';
import { provideServices } from './services';
import { useStorageStore } from './storage-store';

const initial = useStorageStore.getState();
const asked: string[] = [];

function provide(persisted: boolean | null, granted: boolean | null | 'throws') {
  provideServices({
    ...nodeServices(),
    storagePersistence: {
      persisted: async () => (asked.push('persisted'), persisted),
      persist: async () => {
        asked.push('persist');
        if (granted === 'throws') throw new Error('SecurityError');
        return granted;
      },
    },
  });
}

beforeEach(() => {
  useStorageStore.setState(initial, true);
  asked.length = 0;
});

describe('storage persistence', () => {
  it('asks the browser to persist and records its answer', async () => {
    const answers = [];
    for (const [persisted, granted] of [[false, true], [false, false], [null, null], [false, 'throws']] as const) {
      provide(persisted, granted);
      await useStorageStore.getState().requestPersistence();
      answers.push(useStorageStore.getState().persistence);
    }
    expect(answers).toEqual(['persisted', 'not-persisted', 'unsupported', 'not-persisted']);
  });

  it('does not ask again when the storage is already persistent', async () => {
    provide(true, false);
    await useStorageStore.getState().requestPersistence();
    expect([useStorageStore.getState().persistence, asked]).toEqual(['persisted', ['persisted']]);
  });
});
