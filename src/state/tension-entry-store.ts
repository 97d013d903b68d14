/**
 * Tension ratings and the group's overall judgements entered in the app for an area and date (issue 14), kept
 * beside the imported logs: each carries who rated it, and is saved in the workspace.
 */
import { create } from 'zustand';
import type { TensionAssessment, TensionJudgement } from '../types';
import { randomId } from '../data/stable-id';

interface TensionEntryState {
  ratings: TensionAssessment[];
  judgements: TensionJudgement[];
  /** Adds a rating; its `source` is set to "entered:<id>". */
  addRating: (rating: Omit<TensionAssessment, 'source'>) => void;
  /** Records the group's judgement of an area on a day. */
  recordJudgement: (judgement: Omit<TensionJudgement, 'source'>) => void;
  restore: (ratings: TensionAssessment[], judgements: TensionJudgement[]) => void;
}

export const useTensionEntryStore = create<TensionEntryState>((set) => ({
  ratings: [],
  judgements: [],
  addRating: (rating) => set((s) => ({ ratings: [...s.ratings, { ...rating, source: `entered:${randomId('rating')}` }] })),
  recordJudgement: (judgement) => set((s) => ({ judgements: [...s.judgements, { ...judgement, source: `entered:${randomId('judgement')}` }] })),
  restore: (ratings, judgements) => set({ ratings, judgements }),
}));
