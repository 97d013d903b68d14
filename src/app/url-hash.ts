/**
 * Keeps the view in the URL hash (issue 19): once the workspace is ready (start.ts) the hash the page was
 * opened with is applied (camera, mapped layer, visible layers, field, period; ids the workspace does not have are
 * ignored), and from then on the hash follows the view with `history.replaceState`, so bookmarking or
 * copying the address keeps the view without adding history entries. Editing the hash applies it.
 */
import { useAnalysisStore } from '../state/analysis-store';
import { useCameraStore } from '../state/camera-store';
import { useDataStore } from '../state/data-store';
import { useTimelineStore } from '../state/timeline-store';
import { useViewStore } from '../state/view-store';
import { formatViewHash, parseViewHash, type HashView } from '../state/view-hash';

const WRITE_DELAY_MS = 250;

function currentView(): HashView {
  const { activeDatasetId: layer, visible } = useViewStore.getState();
  return {
    camera: useCameraStore.getState().camera,
    layer,
    show: useDataStore.getState().order.filter((id) => visible[id]),
    field: layer ? (useAnalysisStore.getState().styles[layer]?.valueField ?? null) : null,
    period: useTimelineStore.getState().step,
  };
}

function applyHash(hash: string): void {
  const wanted = parseViewHash(hash);
  const { order } = useDataStore.getState();
  const view = useViewStore.getState();
  if (wanted.show) for (const id of order) view.setVisible(id, wanted.show.includes(id));
  if (wanted.layer && order.includes(wanted.layer)) view.setActiveDataset(wanted.layer);
  const active = useViewStore.getState().activeDatasetId;
  if (wanted.field && active && useAnalysisStore.getState().styles[active]) useAnalysisStore.getState().setValueField(active, wanted.field);
  if (wanted.period !== null) useTimelineStore.getState().setStep(wanted.period);
  // The hash rounds the camera: where the restored camera already reads the same, it is kept exact.
  const current = useCameraStore.getState().camera;
  const same = (camera: HashView['camera']) => formatViewHash({ camera, layer: null, show: null, field: null, period: null });
  if (wanted.camera && (!current || same(current) !== same(wanted.camera))) useCameraStore.getState().requestJump(wanted.camera);
}

/** Applies the opening hash (call once the workspace is ready), then writes the view into the hash as it changes. */
export function startUrlHash(): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written = window.location.hash;
  const write = () => {
    timer = null;
    const hash = formatViewHash(currentView());
    if (hash === written) return;
    written = hash;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(write, WRITE_DELAY_MS);
  };
  if (window.location.hash) applyHash(window.location.hash);
  for (const store of [useCameraStore, useViewStore, useAnalysisStore, useTimelineStore, useDataStore] as const) (store.subscribe as (listener: () => void) => void)(schedule);
  window.addEventListener('hashchange', () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    applyHash(window.location.hash);
  });
  schedule();
}
