import { useEffect, useMemo, useState } from 'react';
import { useViewStore } from '../state/view-store';
import { useLayerStore } from '../state/layer-store';
import { useDataStore } from '../state/data-store';
import { useChoropleth } from '../state/choropleth';
import { useA11yStore } from '../state/a11y-store';
import { buildAreaTableRows, sortAreaRows } from '../analysis/area-table';
import { formatAreaValue, useLegendItems } from './use-legend-items';
import { useAreaName, useLocaleTag, useT } from './use-t';
import { useBivariateView } from './use-bivariate-view';
import { TENSION_FIELD } from '../state/tension-derived';
import { useTensionWords } from './use-tension-words';

/** Keys that step through areas; chosen not to clash with MapLibre's arrows, + and − (and shift+arrows). */
const NEXT_KEYS = [']'];
const PREVIOUS_KEYS = ['['];

/**
 * Keyboard use of the map's areas while the map has focus: ] / [ (or n / p) step through the mapped
 * layer's areas in name order and read each out in a live region; Enter opens the area; Escape closes it.
 */
export function MapKeyboard() {
  const t = useT();
  const localeTag = useLocaleTag();
  const datasetId = useLayerStore((s) => s.activeLayerId);
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const choropleth = useChoropleth(datasetId);
  const items = useLegendItems(choropleth);
  const tensionWords = useTensionWords(choropleth?.field === TENSION_FIELD ? dataset : undefined);
  const bivariate = useBivariateView(datasetId);
  const areaName = useAreaName();
  const keyboardArea = useA11yStore((s) => s.keyboardArea);
  const setKeyboardArea = useA11yStore((s) => s.setKeyboardArea);
  const selectArea = useViewStore((s) => s.selectArea);
  const [message, setMessage] = useState('');

  const order = useMemo(() => (dataset ? sortAreaRows(buildAreaTableRows(dataset.areaNames, dataset.areaCodes, [], []), 'name', 'ascending', new Intl.Collator(localeTag)).map((r) => r.index) : []), [dataset, localeTag]);

  useEffect(() => {
    const describe = (index: number): string => {
      if (!dataset || !choropleth) return '';
      const name = areaName(dataset, index);
      const code = dataset.areaCodes[index];
      if (bivariate) {
        const cell = bivariate.classification.classIndexes[index];
        if (cell < 0) return t('keys.areaNoData', { name, code });
        return t('keys.areaBivariate', { name, code, share: formatAreaValue(bivariate.share[index], localeTag), score: formatAreaValue(bivariate.score[index], localeTag), class: bivariate.classWords(cell) });
      }
      const value = choropleth.values[index];
      const classIndex = choropleth.classIndexes[index];
      if (value === null || value === undefined || classIndex < 0) return t('keys.areaNoData', { name, code });
      // A named category (hot spots, tension levels, yes/no) is read as its name, not the number behind it.
      const shown = choropleth.classification.method === 'categorical' ? items[classIndex]?.label ?? '' : formatAreaValue(value, localeTag);
      const read = t('keys.area', { name, code, value: shown, n: classIndex + 1, total: choropleth.classification.bins.length, label: items[classIndex]?.label ?? '' });
      const tension = choropleth.field === TENSION_FIELD ? tensionWords(index) : null;
      return tension ? `${read}. ${tension}` : read;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('.maplibregl-map') || event.ctrlKey || event.metaKey || event.altKey || !dataset) return;
      const step = NEXT_KEYS.includes(event.key) ? 1 : PREVIOUS_KEYS.includes(event.key) ? -1 : 0;
      if (step && order.length) {
        const at = keyboardArea?.datasetId === dataset.id ? order.indexOf(keyboardArea.index) : -1;
        const next = order[at < 0 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length];
        setKeyboardArea({ datasetId: dataset.id, index: next });
        setMessage(describe(next));
        event.preventDefault();
      } else if (event.key === 'Enter' && keyboardArea) {
        selectArea(keyboardArea);
        event.preventDefault();
      } else if (event.key === 'Escape') {
        selectArea(null);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dataset, choropleth, items, tensionWords, bivariate, areaName, order, keyboardArea, setKeyboardArea, selectArea, t, localeTag]);

  // A new layer or language: the old read-out no longer describes what is mapped.
  useEffect(() => setMessage(''), [datasetId, localeTag]);

  return <p className={message ? 'map-readout' : 'visually-hidden'} role="status" data-testid="map-readout">{message}</p>;
}
