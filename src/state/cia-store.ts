/**
 * Community Impact Assessments, the group's actions, its meetings and the district's risk register
 * (issue 17): plain data held as the persisted form describes it, changed only through verb actions. Every
 * saved change to an assessment records a version (what changed, when, by whom).
 */
import { create } from 'zustand';
import type { CiaAction, CiaRisk, CommunityImpactAssessment, LngLat, PartnerAssessmentSummary, RiskRegisterEntry } from '../types';
import { randomId } from '../data/stable-id';
import { EMPTY_CIA_DATA, readCiaData, type CiaData, type CiaFormatProblem } from '../analysis/cia/cia-format';
import { newAssessment, type NewAssessment } from '../analysis/cia/assessment';
import { agreementRefusals, type AgreementRefusal } from '../analysis/cia/agreement';
import { closeAssessment, recordVersion, startOfDayMs } from '../analysis/cia/review';
import { reviewRegisterEntry, type RegisterScores } from '../analysis/cia/risk-register';

/** Days until an assessment's first review: the fortnightly cycle of tension monitoring. */
export const FIRST_REVIEW_DAYS = 14;

export type NewAction = Omit<CiaAction, 'id' | 'status' | 'doneMs'>;
export type NewRegisterEntry = Omit<RiskRegisterEntry, 'id' | 'history'>;

interface CiaState extends CiaData {
  /** The name versions and reviews are recorded under (the user types it once). */
  author: string;
  /** The assessment open in the panel, or null. */
  openId: string | null;
  /** Why the last attempt to agree an assessment was refused (by assessment id), until it is agreed. */
  refusals: Record<string, AgreementRefusal[]>;
  /** What a restore or an opened assessment file reported; nothing else was lost. */
  problems: CiaFormatProblem[];
  /** Whether the map outlines open assessments (a saved view keeps its own choice). */
  outlinesShown: boolean;
  /** A geography being drawn on the map: its layer and the corners clicked so far (`[lng, lat]`). */
  drawing: { datasetId: string; corners: LngLat[] } | null;

  setAuthor: (author: string) => void;
  /** Opens a new draft and shows it; returns its id. */
  startAssessment: (start: Omit<NewAssessment, 'id' | 'openedMs' | 'firstReviewDays'>, nowMs?: number) => string;
  show: (id: string | null) => void;
  /** Saves an edited assessment, recording a version against the stored one. */
  saveAssessment: (edited: CommunityImpactAssessment, note?: string, nowMs?: number) => void;
  addRisk: (assessmentId: string, risk: Omit<CiaRisk, 'id'>, nowMs?: number) => string;
  removeRisk: (assessmentId: string, riskId: string, nowMs?: number) => void;
  /** Marks the assessment agreed, or records why it cannot be (returned, and kept in `refusals`). */
  agree: (id: string, nowMs?: number) => AgreementRefusal[];
  close: (id: string, nowMs?: number) => void;
  addAction: (action: NewAction) => string;
  setActionStatus: (id: string, status: CiaAction['status'], nowMs?: number) => void;
  removeAction: (id: string) => void;
  addMeeting: (dayMs: number) => void;
  addRegisterEntry: (entry: NewRegisterEntry, nowMs?: number) => string;
  reviewRegisterEntry: (id: string, scores: RegisterScores, measures: string, note: string, nowMs?: number) => void;
  /** Replaces everything with data read from a workspace (its problems shown until dismissed). */
  restore: (data: CiaData, problems: CiaFormatProblem[]) => void;
  /** Adds the assessments and actions of an assessment file; ones already held (same id) are kept as they are. */
  importAssessments: (raw: unknown) => void;
  dismissProblems: () => void;
  setOutlinesShown: (shown: boolean) => void;
  /** Keeps the summaries a partner's package carried; one already held (same id) is replaced by the newer copy. */
  addPartnerSummaries: (summaries: PartnerAssessmentSummary[]) => void;
  removePartnerSummary: (id: string) => void;
  /** Starts drawing a geography over the layer `datasetId`: clicks on the map add corners. */
  startDrawing: (datasetId: string) => void;
  addCorner: (corner: LngLat) => void;
  undoCorner: () => void;
  /** Stops drawing and forgets the corners. */
  stopDrawing: () => void;
}

const now = () => Date.now();

export const useCiaStore = create<CiaState>((set, get) => {
  /** Applies `change` to one assessment and records the version under the author's name. */
  const change = (id: string, edit: (a: CommunityImpactAssessment) => CommunityImpactAssessment, nowMs: number, note = '') =>
    set((s) => ({ assessments: s.assessments.map((a) => (a.id === id ? recordVersion(a, edit(a), s.author, nowMs, note) : a)) }));
  return {
    ...EMPTY_CIA_DATA,
    author: '',
    openId: null,
    refusals: {},
    problems: [],
    setAuthor: (author) => set({ author }),
    startAssessment: (start, nowMs = now()) => {
      const id = randomId('cia');
      const draft = newAssessment({ ...start, id, openedMs: nowMs, firstReviewDays: FIRST_REVIEW_DAYS });
      set((s) => ({ assessments: [...s.assessments, { ...draft, versions: [{ version: 1, timeMs: nowMs, by: s.author, changed: ['title', 'origin', 'footprint', 'communities'], note: '' }] }], openId: id }));
      return id;
    },
    show: (id) => set({ openId: id }),
    saveAssessment: (edited, note, nowMs = now()) => change(edited.id, () => edited, nowMs, note),
    addRisk: (assessmentId, risk, nowMs = now()) => {
      const id = randomId('risk');
      change(assessmentId, (a) => ({ ...a, risks: [...a.risks, { ...risk, id }] }), nowMs);
      return id;
    },
    removeRisk: (assessmentId, riskId, nowMs = now()) => change(assessmentId, (a) => ({ ...a, risks: a.risks.filter((r) => r.id !== riskId) }), nowMs),
    agree: (id, nowMs = now()) => {
      const assessment = get().assessments.find((a) => a.id === id);
      if (!assessment) return [];
      const refusals = agreementRefusals(assessment, get().actions);
      const { [id]: _old, ...others } = get().refusals;
      set({ refusals: refusals.length ? { ...others, [id]: refusals } : others });
      if (refusals.length === 0) change(id, (a) => ({ ...a, status: 'agreed' }), nowMs);
      return refusals;
    },
    close: (id, nowMs = now()) => change(id, (a) => closeAssessment(a, nowMs), nowMs),
    addAction: (action) => {
      const id = randomId('action');
      set((s) => ({ actions: [...s.actions, { ...action, dueMs: startOfDayMs(action.dueMs), id, status: 'open', doneMs: null }] }));
      return id;
    },
    setActionStatus: (id, status, nowMs = now()) =>
      set((s) => ({ actions: s.actions.map((a) => (a.id === id ? { ...a, status, doneMs: status === 'done' ? a.doneMs ?? nowMs : null } : a)) })),
    removeAction: (id) => set((s) => ({ actions: s.actions.filter((a) => a.id !== id) })),
    addMeeting: (dayMs) => set((s) => ({ meetings: [...new Set([...s.meetings, startOfDayMs(dayMs)])].sort((a, b) => a - b) })),
    addRegisterEntry: (entry, nowMs = now()) => {
      const id = randomId('register');
      const { likelihood, impact, residualLikelihood, residualImpact } = entry;
      set((s) => ({ register: [...s.register, { ...entry, id, history: [{ timeMs: nowMs, by: s.author, likelihood, impact, residualLikelihood, residualImpact, note: '' }] }] }));
      return id;
    },
    reviewRegisterEntry: (id, scores, measures, note, nowMs = now()) =>
      set((s) => ({ register: s.register.map((e) => (e.id === id ? reviewRegisterEntry(e, scores, measures, s.author, nowMs, note) : e)) })),
    restore: (data, problems) => set({ ...data, openId: null, refusals: {}, problems }),
    importAssessments: (raw) => {
      const { data, problems } = readCiaData(raw);
      set((s) => {
        const held = new Set(s.assessments.map((a) => a.id));
        const heldActions = new Set(s.actions.map((a) => a.id));
        const added = data.assessments.filter((a) => !held.has(a.id));
        return {
          assessments: [...s.assessments, ...added],
          actions: [...s.actions, ...data.actions.filter((a) => !heldActions.has(a.id))],
          openId: added[0]?.id ?? s.openId,
          problems,
        };
      });
    },
    dismissProblems: () => set({ problems: [] }),
    outlinesShown: true,
    drawing: null,
    setOutlinesShown: (shown) => set({ outlinesShown: shown }),
    addPartnerSummaries: (summaries) => set((s) => {
      const ids = new Set(summaries.map((x) => x.id));
      return { partnerSummaries: [...s.partnerSummaries.filter((x) => !ids.has(x.id)), ...summaries] };
    }),
    removePartnerSummary: (id) => set((s) => ({ partnerSummaries: s.partnerSummaries.filter((x) => x.id !== id) })),
    startDrawing: (datasetId) => set({ drawing: { datasetId, corners: [] } }),
    addCorner: (corner) => set((s) => (s.drawing ? { drawing: { ...s.drawing, corners: [...s.drawing.corners, corner] } } : s)),
    undoCorner: () => set((s) => (s.drawing ? { drawing: { ...s.drawing, corners: s.drawing.corners.slice(0, -1) } } : s)),
    stopDrawing: () => set({ drawing: null }),
  };
});
