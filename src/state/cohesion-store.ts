/**
 * The user's cohesion analysis: which table indicators make the composite index (direction, weight,
 * reliability), the rapid-change rule, and the community and low-cohesion definition for the overlap.
 */
import { create } from 'zustand';
import type { RapidChangeRule } from '../analysis/cohesion/rapid-change';
import type { CustomProxy } from '../data/custom-proxies';

export interface IndexItem {
  tableId: string;
  indicator: number;
  /** Which way the indicator runs; null until the user says, when the catalogue cannot (kept out of the index). */
  direction: 'positive' | 'negative' | null;
  weight: number;
  /** Kept out of the index (still mappable alone), as Rhondda Cynon Taf does with unreliable indicators. */
  unreliable: boolean;
}

/**
 * An index indicator that is not a table column: an incident rate or count from a join into the analysed
 * layer (all its dates, one category or all), or the tension log's history (elevated assessments per area).
 */
export type IndexSource =
  | { kind: 'incidents'; incidentId: string; measure: 'rate' | 'count'; category: string | null }
  | { kind: 'tension'; measure: 'elevated-assessments' };

/** A source item of the index: like `IndexItem`, for an incident or tension measure. */
export interface SourceIndexItem {
  source: IndexSource;
  direction: 'positive' | 'negative' | null;
  weight: number;
  unreliable: boolean;
}

export interface IndicatorRef {
  tableId: string;
  indicator: number;
}

export type LowCohesionDefinition = { kind: 'index-quintile' } | { kind: 'threshold'; ref: IndicatorRef; threshold: number; side: 'above' | 'below' };

interface CohesionState {
  /** Boundary layer the analysis runs on (its areas are "the district"). */
  boundaryId: string | null;
  items: IndexItem[];
  /** Incident and tension measures in the index. */
  sourceItems: SourceIndexItem[];
  /** The user's own proxies (kept across layers): columns and the direction they gave them. */
  customProxies: CustomProxy[];
  /** Period label used for every indicator that has it; otherwise each table's latest period. */
  periodLabel: string | null;
  rapidChange: { ref: IndicatorRef; period: number; rule: RapidChangeRule } | null;
  community: { count: IndicatorRef; denominator: IndicatorRef } | null;
  lowCohesion: LowCohesionDefinition;

  setBoundary: (boundaryId: string | null) => void;
  setItems: (items: IndexItem[]) => void;
  updateItem: (index: number, change: Partial<IndexItem>) => void;
  addSourceItem: (source: IndexSource) => void;
  updateSourceItem: (index: number, change: Partial<Omit<SourceIndexItem, 'source'>>) => void;
  removeSourceItem: (index: number) => void;
  rememberProxy: (proxy: CustomProxy) => void;
  forgetProxy: (columnName: string) => void;
  setPeriodLabel: (label: string | null) => void;
  setRapidChange: (setting: CohesionState['rapidChange']) => void;
  setCommunity: (community: CohesionState['community']) => void;
  setLowCohesion: (definition: LowCohesionDefinition) => void;
  forgetTable: (tableId: string) => void;
}

/** A source's stable key, also its component id in the index ("incidents:<id>:rate:<category>", "tension:elevated-assessments"). */
export function sourceKey(source: IndexSource): string {
  return source.kind === 'incidents' ? `incidents:${source.incidentId}:${source.measure}:${source.category ?? ''}` : `tension:${source.measure}`;
}

export const useCohesionStore = create<CohesionState>((set) => ({
  boundaryId: null,
  items: [],
  sourceItems: [],
  customProxies: [],
  periodLabel: null,
  rapidChange: null,
  community: null,
  lowCohesion: { kind: 'index-quintile' },

  // Another layer means another district: its analysis starts afresh.
  setBoundary: (boundaryId) => set((s) => (s.boundaryId === boundaryId ? s : { boundaryId, items: [], sourceItems: [], rapidChange: null, community: null, periodLabel: null })),
  setItems: (items) => set({ items }),
  updateItem: (index, change) => set((s) => ({ items: s.items.map((item, i) => (i === index ? { ...item, ...change, weight: Math.max(0, change.weight ?? item.weight) } : item)) })),
  // Nothing outside the catalogue has a direction until the user gives one.
  addSourceItem: (source) => set((s) => (s.sourceItems.some((item) => sourceKey(item.source) === sourceKey(source)) ? s : { sourceItems: [...s.sourceItems, { source, direction: null, weight: 1, unreliable: false }] })),
  updateSourceItem: (index, change) => set((s) => ({ sourceItems: s.sourceItems.map((item, i) => (i === index ? { ...item, ...change, weight: Math.max(0, change.weight ?? item.weight) } : item)) })),
  removeSourceItem: (index) => set((s) => ({ sourceItems: s.sourceItems.filter((_, i) => i !== index) })),
  rememberProxy: (proxy) => set((s) => ({ customProxies: [...s.customProxies.filter((p) => p.columnName !== proxy.columnName), proxy] })),
  forgetProxy: (columnName) => set((s) => ({ customProxies: s.customProxies.filter((p) => p.columnName !== columnName) })),
  setPeriodLabel: (periodLabel) => set({ periodLabel }),
  setRapidChange: (rapidChange) => set({ rapidChange }),
  setCommunity: (community) => set({ community }),
  setLowCohesion: (lowCohesion) => set({ lowCohesion }),
  forgetTable: (tableId) =>
    set((s) => ({
      items: s.items.filter((i) => i.tableId !== tableId),
      rapidChange: s.rapidChange?.ref.tableId === tableId ? null : s.rapidChange,
      community: s.community && (s.community.count.tableId === tableId || s.community.denominator.tableId === tableId) ? null : s.community,
      lowCohesion: s.lowCohesion.kind === 'threshold' && s.lowCohesion.ref.tableId === tableId ? { kind: 'index-quintile' } : s.lowCohesion,
    })),
}));
