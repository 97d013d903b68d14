/**
 * `atlas join --hotspots`: Getis-Ord Gi* of the joined counts (queen contiguity, as the app's default) and the
 * emerging hot spot category of each area over the report's periods, by ArcGIS Pro's published rules or the
 * atlas's own (`--emerging-rules`), the same functions the app's hot spot panel runs in its worker.
 */
import { classifyEmergingHotspots, computeGiStarByPeriod, type EmergingCategory, type EmergingRules } from '../../analysis/hotspots/emerging';
import { computeGiStar } from '../../analysis/hotspots/gi-star';
import { queenContiguityWeights } from '../../geo/contiguity';
import type { AreaDataset } from '../../types';
import type { JoinReport } from './join-report';

/** One area's hot spot result; null where Gi* has no result (no neighbours' variance). */
export interface AreaHotspot {
  areaCode: string;
  zScore: number | null;
  pValue: number | null;
  /** +3…−3 hot to cold spot at 99/95/90% confidence, 0 not significant, null no result. */
  bin: number | null;
  /** Null when the report has fewer than two periods. */
  emerging: EmergingCategory | null;
}

/** What `--hotspots` adds to the join report. */
export interface JoinHotspots {
  weights: 'queen';
  falseDiscoveryRate: boolean;
  emergingRules: EmergingRules;
  areas: AreaHotspot[];
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/**
 * Gi* of each area's total count and, over two or more periods, its emerging category. `datasets` are the
 * boundary datasets the report was built from, in the same order (their areas are the report's areas).
 */
export function hotspotsOfJoin(report: JoinReport, datasets: ReadonlyArray<AreaDataset>, options: { emergingRules: EmergingRules; falseDiscoveryRate: boolean }): JoinHotspots {
  const weights = queenContiguityWeights(datasets.flatMap((dataset) => dataset.features.map((feature) => feature.geometry)));
  const gi = computeGiStar(report.areas.map((area) => area.count), weights, { falseDiscoveryRate: options.falseDiscoveryRate });
  const periodCount = report.periods.length;
  const byAreaPeriod = Float64Array.from(report.areas.flatMap((area) => report.periods.map((period) => area.byPeriod[period])));
  const emerging = periodCount >= 2
    ? classifyEmergingHotspots(computeGiStarByPeriod(byAreaPeriod, periodCount, weights, { falseDiscoveryRate: options.falseDiscoveryRate }), { rules: options.emergingRules }).categories
    : null;
  return {
    weights: 'queen',
    falseDiscoveryRate: options.falseDiscoveryRate,
    emergingRules: options.emergingRules,
    areas: report.areas.map((area, i) => {
      const zScore = finite(gi.zScores[i]);
      return { areaCode: area.areaCode, zScore, pValue: finite(gi.pValues[i]), bin: zScore === null ? null : gi.bins[i], emerging: emerging && zScore !== null ? emerging[i] : null };
    }),
  };
}

/** The readable lines: hot and cold spot counts, then the areas per emerging category. */
export function formatJoinHotspots(hotspots: JoinHotspots): string {
  const hot = hotspots.areas.filter((area) => (area.bin ?? 0) >= 1).length;
  const cold = hotspots.areas.filter((area) => (area.bin ?? 0) <= -1).length;
  const rules = hotspots.emergingRules === 'arcgis-pro' ? 'ArcGIS Pro rules' : 'atlas rules';
  const lines = [`hot spots (Gi*, queen contiguity${hotspots.falseDiscoveryRate ? ', FDR' : ''}): ${hot} hot, ${cold} cold of ${hotspots.areas.length} areas`];
  const tally = new Map<string, string[]>();
  for (const area of hotspots.areas) if (area.emerging !== null) tally.set(area.emerging, [...(tally.get(area.emerging) ?? []), area.areaCode]);
  if (tally.size > 0) {
    lines.push(`emerging hot spots (${rules}):`);
    for (const [category, codes] of [...tally].sort((a, b) => b[1].length - a[1].length)) lines.push(`  ${category.padEnd(18)} ${String(codes.length).padStart(5)}${category === 'no-pattern' ? '' : `  ${codes.slice(0, 8).join(' ')}${codes.length > 8 ? ' …' : ''}`}`);
  }
  return `${lines.join('\n')}\n`;
}
