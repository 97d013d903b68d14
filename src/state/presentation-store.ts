/**
 * Presentation mode for Silver group meetings: the saved views the presenter steps through, which one is
 * showing, whether point layers may be shown, and the sensitivity marking shown on screen.
 */
import { create } from 'zustand';
import { applyView, captureView, savedViewProblem, type SavedView } from './saved-views';
import type { FieldProblem } from '../types/field';
import { useLayerStore } from './layer-store';
import { useViewStore } from './view-store';

interface PresentationState {
  presenting: boolean;
  /** Individual incidents can identify people and places: hidden while presenting unless turned on. */
  showPoints: boolean;
  /** Assessments' titles (sensitive text, issue 17): hidden while presenting unless turned on. */
  showAssessmentText: boolean;
  views: SavedView[];
  /** Index into `views` of the view last applied, or null when the map has moved on from it. */
  current: number | null;
  /** Views that could not be applied completely (layers removed since), by view id. */
  incomplete: Record<string, string[]>;
  /** Why the view last applied cannot be drawn (shown instead of a map under its title), or null. */
  refusal: FieldProblem | null;

  enter: () => void;
  leave: () => void;
  toggle: () => void;
  setShowPoints: (on: boolean) => void;
  setShowAssessmentText: (on: boolean) => void;
  saveView: (name: string) => void;
  updateView: (index: number) => void;
  renameView: (index: number, name: string) => void;
  removeView: (index: number) => void;
  moveView: (index: number, delta: -1 | 1) => void;
  goTo: (index: number) => void;
  step: (delta: -1 | 1) => void;
}

/** True while a saved view is being applied: its own changes do not mean the map has moved on from it. */
let applying = false;

export const usePresentationStore = create<PresentationState>((set, get) => ({
  presenting: false,
  showPoints: false,
  showAssessmentText: false,
  views: [],
  current: null,
  incomplete: {},
  refusal: null,

  enter: () => set({ presenting: true, showPoints: false, showAssessmentText: false }),
  leave: () => set({ presenting: false, showPoints: false, showAssessmentText: false }),
  toggle: () => (get().presenting ? get().leave() : get().enter()),
  setShowPoints: (on) => set({ showPoints: on }),
  setShowAssessmentText: (on) => set({ showAssessmentText: on }),
  saveView: (name) => set((s) => ({ views: [...s.views, captureView(name.trim() || `${s.views.length + 1}`)], current: s.views.length, refusal: null })),
  updateView: (index) =>
    set((s) => {
      const old = s.views[index];
      if (!old) return s;
      const views = s.views.slice();
      views[index] = { ...captureView(old.name), id: old.id };
      return { views, current: index, refusal: null };
    }),
  renameView: (index, name) =>
    set((s) => (s.views[index] && name.trim() ? { views: s.views.map((v, i) => (i === index ? { ...v, name: name.trim() } : v)) } : s)),
  removeView: (index) =>
    set((s) => ({
      views: s.views.filter((_, i) => i !== index),
      current: s.current === null || s.current === index ? null : s.current > index ? s.current - 1 : s.current,
    })),
  moveView: (index, delta) =>
    set((s) => {
      const to = index + delta;
      if (!s.views[index] || to < 0 || to >= s.views.length) return s;
      const views = s.views.slice();
      [views[index], views[to]] = [views[to], views[index]];
      const current = s.current === index ? to : s.current === to ? index : s.current;
      return { views, current };
    }),
  goTo: (index) => {
    const view = get().views[index];
    if (!view) return;
    const refusal = savedViewProblem(view);
    applying = true;
    try {
      const { missing } = applyView(view);
      set((s) => ({ current: index, refusal, incomplete: { ...s.incomplete, [view.id]: missing } }));
    } finally {
      applying = false;
    }
  },
  step: (delta) => {
    const { views, current } = get();
    if (views.length === 0) return;
    const next = current === null ? (delta > 0 ? 0 : views.length - 1) : Math.min(views.length - 1, Math.max(0, current + delta));
    get().goTo(next);
  },
}));

/**
 * Once the user changes what the map shows (another layer, field, classification, visibility or the 3×3 map)
 * the map is no longer the saved view: `current` is cleared so no slide or page is titled with the view's name
 * over another map. Moving the timeline or the camera keeps the view (its period label says the period).
 */
function movedOn(): void {
  if (applying || usePresentationStore.getState().current === null) return;
  usePresentationStore.setState({ current: null, refusal: null });
}
useLayerStore.subscribe((s, p) => (s.layers !== p.layers || s.activeLayerId !== p.activeLayerId) && movedOn());
useViewStore.subscribe((s, p) => s.bivariate !== p.bivariate && movedOn());
