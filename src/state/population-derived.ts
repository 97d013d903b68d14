/**
 * The resident population behind every rate per 1,000 (incident rate fields, hot spots on rates, the table
 * view, exports): a boundary column or a loaded table's indicator, chosen by the user per boundary layer
 * or else the surest detected one (analysis/population-columns). One function, `populationForBoundary`.
 */
import type { AreaDataset, IndicatorTable } from '../types';
import { populationReason, populationScore, type PopulationReason } from '../analysis/population-columns';
import { numericFieldValues } from '../data/area-dataset';
import { alignedIndicator } from './table-derived';

/** Where a boundary layer's population comes from: one of its columns, or one indicator of a loaded table. */
export type PopulationChoice = { kind: 'column'; name: string } | { kind: 'table'; tableId: string; indicator: number };

/** A column the user may choose: what it is, how it is named, why it was detected (null: not detected). */
export interface PopulationCandidate {
  choice: PopulationChoice;
  /** "population" for a boundary column, "<table label>: <indicator>" for a table's. */
  source: string;
  reason: PopulationReason | null;
  /** Areas of the layer with a value. */
  covered: number;
}

/** The population in use: its source, one value per area (null = unknown), why, and whether the user chose it. */
export interface Population {
  source: string;
  values: ReadonlyArray<number | null>;
  choice: PopulationChoice;
  reason: PopulationReason | null;
  chosen: boolean;
}

const tableSource = (table: IndicatorTable, indicator: number) => `${table.label}: ${table.indicators[indicator].name}`;

function columnValues(boundary: AreaDataset, name: string): ReadonlyArray<number | null> {
  return numericFieldValues(boundary, name);
}

function tableValues(table: IndicatorTable, boundary: AreaDataset, indicator: number): (number | null)[] {
  return Array.from(alignedIndicator(table, boundary, indicator, table.periods.length - 1), (v) => (Number.isFinite(v) ? v : null));
}

const countKnown = (values: ReadonlyArray<number | null>) => values.reduce<number>((n, v) => n + (v === null ? 0 : 1), 0);

/**
 * Every column a layer's population may come from: detected ones first, surest first (boundary columns
 * before tables at equal strength), then the other numeric boundary columns and count indicators of tables
 * that give values for at least half of the layer's areas. `detectedOnly` skips the undetected ones.
 */
export function populationCandidates(boundary: AreaDataset, tables: Record<string, IndicatorTable> = {}, detectedOnly = false): PopulationCandidate[] {
  const candidates: PopulationCandidate[] = [];
  for (const field of boundary.fields) {
    const reason = populationReason({ name: field.name });
    if (field.kind !== 'numeric' || field.name === boundary.codeField || (detectedOnly && !reason)) continue;
    candidates.push({ choice: { kind: 'column', name: field.name }, source: field.name, reason, covered: countKnown(columnValues(boundary, field.name)) });
  }
  for (const table of Object.values(tables)) {
    table.indicators.forEach((indicator, index) => {
      const reason = populationReason(indicator);
      if (indicator.unit === 'percent' || (detectedOnly && !reason)) return;
      const covered = countKnown(tableValues(table, boundary, index));
      if (covered >= boundary.features.length / 2) candidates.push({ choice: { kind: 'table', tableId: table.id, indicator: index }, source: tableSource(table, index), reason, covered });
    });
  }
  // Array.prototype.sort is stable, so equal scores keep boundary columns first, in their order.
  return candidates.sort((a, b) => (b.reason ? populationScore(b.reason) : 0) - (a.reason ? populationScore(a.reason) : 0));
}

/** Whether two choices name the same column. */
export function isSamePopulationChoice(a: PopulationChoice, b: PopulationChoice): boolean {
  return a.kind === 'column' ? b.kind === 'column' && a.name === b.name : b.kind === 'table' && a.tableId === b.tableId && a.indicator === b.indicator;
}

function chosenPopulation(boundary: AreaDataset, tables: Record<string, IndicatorTable>, choice: PopulationChoice): Population | null {
  if (choice.kind === 'column') {
    if (!boundary.fields.some((field) => field.name === choice.name && field.kind === 'numeric')) return null;
    return { source: choice.name, values: columnValues(boundary, choice.name), choice, reason: populationReason({ name: choice.name }), chosen: true };
  }
  const table = tables[choice.tableId];
  const indicator = table?.indicators[choice.indicator];
  if (!table || !indicator) return null;
  return { source: tableSource(table, choice.indicator), values: tableValues(table, boundary, choice.indicator), choice, reason: populationReason(indicator), chosen: true };
}

/**
 * Residents per area for rates: the user's choice for this layer when it still exists, else the surest
 * detected column of the layer or of a loaded table covering at least half of its areas; null when none.
 */
export function populationForBoundary(boundary: AreaDataset, tables: Record<string, IndicatorTable> = {}, choice?: PopulationChoice | null): Population | null {
  const chosen = choice ? chosenPopulation(boundary, tables, choice) : null;
  if (chosen) return chosen;
  const [detected] = populationCandidates(boundary, tables, true);
  const population = detected ? chosenPopulation(boundary, tables, detected.choice) : null;
  return population ? { ...population, chosen: false } : null;
}
