/**
 * Workspace part of the several-authorities view: authorities the user set for layers, merged layers (made
 * again from their restored source layers, before the other parts, so styles and views find them) and the
 * shared / per-authority choice.
 */
import { useDataStore } from '../../data-store';
import { useNeighbourStore } from '../../neighbour-store';
import { isRecord, noteRemadeId, readPartList, registerWorkspacePart } from '../workspace-parts';

interface SavedMerge {
  id: string;
  label: string;
  sourceIds: string[];
}

/** One authority for a whole layer (code, name), or authorities taken from another layer (its saved id). */
type SavedAuthority = { id: string; code: string; name: string } | { id: string; layer: string };

const isAuthority = (v: unknown): v is SavedAuthority =>
  isRecord(v) && typeof v.id === 'string' && ((typeof v.code === 'string' && typeof v.name === 'string') || typeof v.layer === 'string');

const isMerge = (v: unknown): v is SavedMerge =>
  isRecord(v) && typeof v.id === 'string' && typeof v.label === 'string' && Array.isArray(v.sourceIds) && v.sourceIds.every((id) => typeof id === 'string');

/** Registers the merged layers and classification mode part; register it before the layer parts. */
export function registerNeighbourParts(): void {
  registerWorkspacePart({
    key: 'neighbours',
    snapshot: () => {
      const { mergeNotes, classifyMode, userAuthorities } = useNeighbourStore.getState();
      const datasets = useDataStore.getState().datasets;
      const authorities = Object.entries(userAuthorities)
        .filter(([id, choice]) => datasets[id] && (!('layer' in choice) || datasets[choice.layer]))
        .map(([id, choice]) => ({ id, ...choice }));
      const merges = Object.entries(mergeNotes)
        .filter(([id]) => datasets[id])
        .map(([id, note]) => ({ id, label: datasets[id].label, sourceIds: note.sourceIds }));
      return { authorities, merges, classifyMode };
    },
    restore: async (saved, ids, noteDropped) => {
      if (!isRecord(saved)) return;
      if (saved.classifyMode === 'shared' || saved.classifyMode === 'per-authority') useNeighbourStore.getState().setClassifyMode(saved.classifyMode);
      // Before merging, so a merged layer takes the authorities the user gave its sources.
      for (const choice of readPartList(saved.authorities, (v) => (isAuthority(v) ? v : null), 'authorities', noteDropped)) {
        const now = ids(choice.id);
        if (!now) continue;
        if ('layer' in choice) {
          const layer = ids(choice.layer);
          if (layer) useNeighbourStore.getState().setAuthoritiesFromLayer(now, layer);
        } else useNeighbourStore.getState().setDatasetAuthority(now, choice.code, choice.name);
      }
      for (const merge of readPartList(saved.merges, (v) => (isMerge(v) ? v : null), 'merges', noteDropped)) {
        const sources = merge.sourceIds.flatMap((id) => ids(id) ?? []);
        // A source layer did not come back (its file is named in the notice): the merged layer cannot be made.
        if (sources.length !== merge.sourceIds.length) {
          noteDropped('merges', 1);
          continue;
        }
        const id = await useNeighbourStore.getState().mergeLayers(sources, merge.label, merge.id);
        if (id) noteRemadeId(merge.id, id);
      }
    },
    subscribe: (onChange) => useNeighbourStore.subscribe((s, p) => (s.mergeNotes !== p.mergeNotes || s.classifyMode !== p.classifyMode || s.userAuthorities !== p.userAuthorities) && onChange()),
  });
}
