/**
 * The areas an assessment can be opened from: those whose overall tension rating calls for a Community
 * Impact Assessment (EEP 1–4, four-level High or Medium) at the timeline's date, on the boundary layer the
 * tension logs' codes match best.
 */
import { useMemo } from 'react';
import type { AreaDataset, TensionAssessment } from '../types';
import { areaTensionOverall } from '../analysis/tension/area-overall';
import { useDataStore } from './data-store';
import { useTensionDate, useTensionRows } from './tension-derived';

/** The loaded layer holding most of the codes the assessments name (first in layer order on a tie); null if none. */
export function layerOfTensionCodes(rows: readonly TensionAssessment[], datasets: Record<string, AreaDataset>, order: readonly string[]): AreaDataset | null {
  const named = new Set(rows.map((row) => row.areaCode));
  const matches = order.map((id) => ({ id, count: datasets[id]?.areaCodes.reduce((n, code) => n + (named.has(code) ? 1 : 0), 0) ?? 0 }));
  const best = matches.reduce<{ id: string; count: number } | null>((top, m) => (m.count > 0 && (!top || m.count > top.count) ? m : top), null);
  return best ? datasets[best.id] : null;
}

export interface FlaggedArea {
  index: number;
  areaCode: string;
  /** Which overall rating calls for the assessment: the current one, else the potential one. */
  cause: 'current' | 'potential';
}

/** The flagged areas and their layer at the timeline's date (nothing without tension logs). */
export function useImpactFlaggedAreas(): { dataset: AreaDataset; areas: FlaggedArea[] } | null {
  const rows = useTensionRows();
  const atMs = useTensionDate(rows);
  const datasets = useDataStore((s) => s.datasets);
  const order = useDataStore((s) => s.order);
  return useMemo(() => {
    const dataset = layerOfTensionCodes(rows, datasets, order);
    if (!dataset || atMs === null) return null;
    const byCode = new Map(dataset.areaCodes.map((code, index) => [code, index]));
    const areas = areaTensionOverall(rows, atMs).flatMap((area) =>
      area.impactAssessment && byCode.has(area.areaCode) ? [{ index: byCode.get(area.areaCode)!, areaCode: area.areaCode, cause: area.impactAssessment }] : [],
    );
    return { dataset, areas };
  }, [rows, atMs, datasets, order]);
}
