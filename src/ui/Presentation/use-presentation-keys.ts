import { useEffect } from 'react';
import { usePresentationStore } from '../../state/presentation-store';
import { useTimelineStore } from '../../state/timeline-store';

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file', 'color']);

/** True when a key press belongs to a text field or list, not to the page's shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Page keys for presenting: P starts and stops; while presenting Esc stops, ← → / Page Up / Page Down
 * (what a presentation clicker sends) change view, Home / End go to the first / last, Space plays.
 * Listens in the capture phase so the map does not also pan on the arrow keys.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const store = usePresentationStore.getState();
      if (isTyping(event.target) && !(store.presenting && event.key === 'Escape')) return;
      if (!store.presenting) {
        if (event.key === 'p' || event.key === 'P') {
          event.preventDefault();
          store.enter();
        }
        return;
      }
      const timeline = useTimelineStore.getState();
      const actions: Record<string, () => void> = {
        Escape: store.leave,
        p: store.leave,
        P: store.leave,
        ArrowRight: () => store.step(1),
        PageDown: () => store.step(1),
        ArrowDown: () => store.step(1),
        ArrowLeft: () => store.step(-1),
        PageUp: () => store.step(-1),
        ArrowUp: () => store.step(-1),
        Home: () => store.goTo(0),
        End: () => store.goTo(store.views.length - 1),
        ' ': () => (timeline.playing ? timeline.pause() : timeline.play()),
      };
      const action = actions[event.key];
      // A focused button or checkbox keeps its own Space.
      const ownKeys = event.key === ' ' && event.target instanceof HTMLElement && (event.target.tagName === 'BUTTON' || event.target instanceof HTMLInputElement);
      if (!action || ownKeys) return;
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/** Full screen follows presentation mode; leaving full screen (the browser's own Esc) stops presenting. */
export function useFullscreenFollowsPresenting(presenting: boolean): void {
  useEffect(() => {
    if (presenting && !document.fullscreenElement) {
      // Refused without a user gesture or in a kiosk: presenting still works in the window.
      document.documentElement.requestFullscreen?.().catch(() => undefined);
    }
    if (!presenting && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [presenting]);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && usePresentationStore.getState().presenting) usePresentationStore.getState().leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}
