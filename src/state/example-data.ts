/**
 * The built-in example borough (invented data, made by `npm run generate-example`), loaded through the
 * same worker and importers as a user's files, with its indicator and community tables and a cohesion
 * analysis already set up, so a new user sees every feature without loading anything. The files are
 * served by the app itself: nothing remote.
 */
import lsoasUrl from '../../boundaries/example-lsoas.geojson?url';
import wardsUrl from '../../boundaries/example-wards.geojson?url';
import indicatorsUrl from '../../layers/example-indicators-lsoa.csv?url';
import communitiesUrl from '../../layers/example-communities-lsoa.csv?url';
import tensionsUrl from '../../layers/example-tensions.csv?url';
import presetsJson from '../../layers/example-presets.json';
import type { InputFile } from '../types';
import { validateLayerPresets } from '../data/layer-presets';
import { useDataStore } from './data-store';
import { useTableStore } from './table-store';
import { useCohesionStore } from './cohesion-store';
import { useTensionStore } from './tension-store';
import { suggestIndicatorForColumn } from './table-derived';
import { useStartChoiceStore, writeStartChoice } from './start-choice';
import { useLocaleStore } from './locale-store';
import { translate } from '../i18n/translate';

const EXAMPLE_TABLE_IDS = ['example-indicators-lsoa', 'example-communities-lsoa'];
const EXAMPLE_TENSIONS_ID = 'example-tensions';

async function fetchFiles(list: { name: string; url: string }[]): Promise<InputFile[]> {
  return Promise.all(list.map(async ({ name, url }) => ({ name, bytes: await (await fetch(url)).arrayBuffer() })));
}

/** Removes every example dataset (boundaries, tables, tension log); the next empty start stays empty. */
export function removeExampleData(): void {
  writeStartChoice('empty');
  const data = useDataStore.getState();
  for (const id of data.order) if (data.datasets[id]?.isExample) data.removeDataset(id);
  const tables = useTableStore.getState();
  for (const id of EXAMPLE_TABLE_IDS) if (tables.tables[id]) tables.removeTable(id);
  if (useTensionStore.getState().datasets[EXAMPLE_TENSIONS_ID]) useTensionStore.getState().removeTensions(EXAMPLE_TENSIONS_ID);
}

/** Loads the example on request (from an empty map); later empty starts open it again. */
export async function openExampleData(): Promise<void> {
  useStartChoiceStore.getState().settle();
  writeStartChoice('example');
  await loadExampleData();
}

/**
 * Fetches the example files from the app's own origin and loads them with their presets, each named in words
 * in the interface language ("Example wards · Ashbridge and Wellmoor"), never by its file name.
 */
export async function loadExampleData(): Promise<void> {
  const presets = validateLayerPresets(presetsJson);
  if (!presets.ok) throw new Error(`layers/example-presets.json is invalid: ${presets.problems.join('; ')}`);
  const locale = useLocaleStore.getState().locale;
  await useDataStore.getState().loadExample(await fetchFiles([
    { name: 'example-lsoas.geojson', url: lsoasUrl },
    { name: 'example-wards.geojson', url: wardsUrl },
  ]), presets.value, [translate(locale, 'words.example.lsoas'), translate(locale, 'words.example.wards')]);
  await useTableStore.getState().loadExampleTables(await fetchFiles([
    { name: 'example-indicators-lsoa.csv', url: indicatorsUrl },
    { name: 'example-communities-lsoa.csv', url: communitiesUrl },
  ]), [translate(locale, 'words.example.indicators'), translate(locale, 'words.example.communities')]);
  setUpExampleAnalysis();
  await useTensionStore.getState().loadTensions(await fetchFiles([{ name: 'example-tensions.csv', url: tensionsUrl }]), EXAMPLE_TENSIONS_ID, translate(locale, 'words.example.tensions'));
}

/** Index over the example's eight proxy indicators, a community, and a rapid-change rule on migration. */
function setUpExampleAnalysis(): void {
  const { tables } = useTableStore.getState();
  const indicators = tables['example-indicators-lsoa'];
  const communities = tables['example-communities-lsoa'];
  if (!indicators || !communities) return;
  const cohesion = useCohesionStore.getState();
  cohesion.setBoundary('example-lsoas');
  cohesion.setItems(indicators.indicators.map((indicator, i) => ({
    tableId: indicators.id,
    indicator: i,
    direction: suggestIndicatorForColumn(indicator.name)?.direction ?? null,
    weight: 1,
    unreliable: false,
  })));
  const column = (name: string) => communities.indicators.findIndex((ind) => ind.name === name);
  if (column('asian_or_asian_british') >= 0 && column('all_residents') >= 0) {
    cohesion.setCommunity({ count: { tableId: communities.id, indicator: column('asian_or_asian_british') }, denominator: { tableId: communities.id, indicator: column('all_residents') } });
  }
  const migration = indicators.indicators.findIndex((ind) => ind.name === 'pct_moved_in_last_year');
  if (migration >= 0) cohesion.setRapidChange({ ref: { tableId: indicators.id, indicator: migration }, period: indicators.periods.length - 1, rule: { kind: 'std-dev', threshold: 3 } });
}
