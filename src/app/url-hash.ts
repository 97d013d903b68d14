/**
 * Keeps the view in the URL hash (issue 19): once the workspace is ready (start.ts) the hash the page was
 * opened with is applied (camera, mapped layer, visible layers, field, period; ids the workspace does not have are
 * ignored), and from then on the hash follows the view with `history.replaceState`, so bookmarking or
 * copying the address keeps the view without adding history entries. Editing the hash applies it.
 */
import { useLayerStore } from '../state/layer-store';
import { useCameraStore } from '../state/camera-store';
import { useDataStore } from '../state/data-store';
import { useTimelineStore } from '../state/timeline-store';
import { formatViewHash, parseViewHash, type HashView } from '../state/view-hash';

const WRITE_DELAY_MS = 250;

function currentView(): HashView {
  const { activeLayerId: layer, layers } = useLayerStore.getState();
  return {
    camera: useCameraStore.getState().camera,
    layer,
    show: useDataStore.getState().order.filter((id) => layers[id]?.visible),
    field: layer ? (layers[layer]?.style.valueField ?? null) : null,
    period: useTimelineStore.getState().step,
  };
}

function applyHash(hash: string): void {
  const wanted = parseViewHash(hash);
  const { order } = useDataStore.getState();
  const layers = useLayerStore.getState();
  if (wanted.show) for (const id of order) layers.setVisible(id, wanted.show.includes(id));
  if (wanted.layer && order.includes(wanted.layer)) layers.setActiveLayer(wanted.layer);
  const active = useLayerStore.getState().activeLayerId;
  if (wanted.field && active && useLayerStore.getState().layers[active]) useLayerStore.getState().setValueField(active, wanted.field);
  if (wanted.period !== null) useTimelineStore.getState().setStep(wanted.period);
  // The hash rounds the camera: where the restored camera already reads the same, it is kept exact.
  const current = useCameraStore.getState().camera;
  const same = (camera: HashView['camera']) => formatViewHash({ camera, layer: null, show: null, field: null, period: null });
  if (wanted.camera && (!current || same(current) !== same(wanted.camera))) useCameraStore.getState().requestJump(wanted.camera);
}

let openingHash = '';

/** Applies the hash the page was opened with again (after the example is opened at the first-start question). */
export function applyOpeningHash(): void {
  if (openingHash) applyHash(openingHash);
}

/** Applies the opening hash (call once the workspace is ready), then writes the view into the hash as it changes. */
export function startUrlHash(): void {
  openingHash = window.location.hash;
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
  for (const store of [useCameraStore, useLayerStore, useTimelineStore, useDataStore] as const) (store.subscribe as (listener: () => void) => void)(schedule);
  window.addEventListener('hashchange', () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    applyHash(window.location.hash);
  });
  schedule();
}
