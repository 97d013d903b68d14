/**
 * The community share × cohesion (3 × 3) map in words, for everything that must say what the map shows
 * without colour: the table view and its CSV, the keyboard read-out and the tooltip.
 */
import { useMemo } from 'react';
import { buildBivariateLegend, type BivariateClassification, type BivariateLegend } from '../analysis/cohesion/bivariate';
import { bivariateFor, useCohesionResults } from '../state/cohesion-derived';
import { useCohesionStore } from '../state/cohesion-store';
import { useTableStore } from '../state/table-store';
import type { MessageKey } from '../i18n/translate';
import { useLocaleTag, useT } from './use-t';
import { useScopedModes } from '../state/view-scope';

export interface BivariateView {
  classification: BivariateClassification;
  /** Per area: community share (0–100), cohesion index score and the community count behind the share (NaN: no data). */
  share: Float64Array;
  score: Float64Array;
  counts: Float64Array;
  /** Axis titles: "{community} share (%)", "Cohesion index score". */
  shareTitle: string;
  scoreTitle: string;
  /** The 3 × 3 legend: cells top row (high score) first, each third's value range. */
  legend: BivariateLegend;
  /** Class index (row × 3 + column) in words: "share high third (12 – 40) · score low third (−1.2 – −0.3)". */
  classWords: (classIndex: number) => string;
}

/** The 3 × 3 map of layer `datasetId` when it is the one shown, else null. */
export function useBivariateView(datasetId: string | null): BivariateView | null {
  const t = useT();
  const localeTag = useLocaleTag();
  const results = useCohesionResults();
  const bivariateOn = useScopedModes().bivariate;
  const community = useCohesionStore((s) => s.community);
  const tables = useTableStore((s) => s.tables);
  return useMemo(() => {
    if (!bivariateOn || !results || !datasetId || results.boundary.id !== datasetId || !results.community || !results.index) return null;
    const classification = bivariateFor(results);
    if (!classification) return null;
    const communityName = community ? tables[community.count.tableId]?.indicators[community.count.indicator]?.name ?? '' : '';
    const shareTitle = t('cohesion.bivariateX', { community: communityName });
    const scoreTitle = t('cohesion.bivariateY');
    const legend = buildBivariateLegend(classification, { xTitle: shareTitle, yTitle: scoreTitle, noDataLabel: t('legend.noData'), format: (n) => n.toLocaleString(localeTag, { maximumFractionDigits: 1 }) });
    const third = (i: number) => t(`bivariate.third.${i}` as MessageKey);
    const classWords = (classIndex: number) => {
      if (classIndex < 0) return t('legend.noData');
      const [row, column] = [Math.floor(classIndex / 3), classIndex % 3];
      return t('bivariate.class', { share: third(column), shareRange: legend.xAxis.thirdLabels[column], score: third(row), scoreRange: legend.yAxis.thirdLabels[row] });
    };
    return { classification, share: results.community.share, score: results.index.scores, counts: results.community.counts, shareTitle, scoreTitle, legend, classWords };
  }, [bivariateOn, results, datasetId, community, tables, t, localeTag]);
}
