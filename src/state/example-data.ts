/**
 * The built-in example borough (invented data, made by `npm run generate-example`), loaded through the
 * same worker and importers as a user's files. The files are served by the app itself: nothing remote.
 */
import lsoasUrl from '../../boundaries/example-lsoas.geojson?url';
import wardsUrl from '../../boundaries/example-wards.geojson?url';
import presetsJson from '../../layers/example-presets.json';
import type { InputFile } from '../types';
import { validateLayerPresets } from '../data/layer-presets';
import { useDataStore } from './data-store';

/** Fetches the example files from the app's own origin and loads them with their presets. */
export async function loadExampleData(): Promise<void> {
  const presets = validateLayerPresets(presetsJson);
  if (!presets.ok) throw new Error(`layers/example-presets.json is invalid: ${presets.problems.join('; ')}`);
  const files: InputFile[] = await Promise.all(
    [
      { name: 'example-lsoas.geojson', url: lsoasUrl },
      { name: 'example-wards.geojson', url: wardsUrl },
    ].map(async ({ name, url }) => ({ name, bytes: await (await fetch(url)).arrayBuffer() })),
  );
  await useDataStore.getState().loadExample(files, presets.value);
}
