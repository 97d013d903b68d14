/**
 * What the map shows besides the classes, as legend keys: the rapid-change outline, the Community
 * Impact Assessment outline, the boundary band's two sides and the incident heatmap. The on-screen
 * legend and the exported page both list them, so an outline on a printed map is never unexplained.
 */
import { useMemo } from 'react';
import { useDataStore } from '../state/data-store';
import { useIncidentStore } from '../state/incident-store';
import { useCohesionResults } from '../state/cohesion-derived';
import { useChoropleth, type ChoroplethView } from '../state/choropleth';
import { TENSION_FIELD, useAreaTension } from '../state/tension-derived';
import { useNeighbourStore } from '../state/neighbour-store';
import { ASSESSMENT_OUTLINE_COLORS, BAND_COLORS, FLAGGED_STYLES } from '../analysis/overlay-styles';
import { useAssessmentOutlines } from '../state/cia-outlines';
import { useLocaleTag, useT } from './use-t';
import { useBandDistanceText } from './use-band-distance';
import { useScopedDisplay } from '../state/view-scope';

/** How a key is drawn: an outline (solid or dashed) in a colour, or the heatmap's colour ramp. */
export type KeySwatch = { kind: 'outline'; color: string; dashed: boolean } | { kind: 'heatmap' };

export interface MapKey {
  id: 'rapid-change' | 'impact-assessment' | 'band-a' | 'band-b' | 'heatmap' | `assessment-${keyof typeof ASSESSMENT_OUTLINE_COLORS}`;
  label: string;
  swatch: KeySwatch;
}

/** The keys for the layer `datasetId` as drawn now (or in a comparison pane's `view`). */
export function useMapKeys(datasetId: string | null, view?: ChoroplethView): MapKey[] {
  const t = useT();
  const localeTag = useLocaleTag();
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const choropleth = useChoropleth(datasetId, view);
  const cohesion = useCohesionResults();
  const tension = useAreaTension(choropleth?.field === TENSION_FIELD ? dataset : undefined, view?.step);
  const band = useNeighbourStore((s) => s.band);
  const display = useScopedDisplay();
  const heatmapShown = useIncidentStore((s) => s.order.some((id) => display[id]?.heatmap));
  const distanceText = useBandDistanceText();
  const assessments = useAssessmentOutlines(dataset);
  return useMemo(() => {
    const keys: MapKey[] = [];
    if (!dataset || !choropleth) return keys;
    const count = (n: number) => n.toLocaleString(localeTag);
    const rapid = cohesion?.boundary.id === dataset.id ? cohesion.rapid : null;
    if (rapid && rapid.flagged.length > 0) {
      keys.push({ id: 'rapid-change', label: t('legend.key.rapidChange', { count: count(rapid.flagged.length) }), swatch: { kind: 'outline', ...FLAGGED_STYLES['rapid-change'] } });
    }
    const impact = tension?.filter((area) => area.impactAssessment).length ?? 0;
    if (impact > 0) {
      keys.push({ id: 'impact-assessment', label: t('legend.key.impact', { count: count(impact) }), swatch: { kind: 'outline', ...FLAGGED_STYLES['impact-assessment'] } });
    }
    // Open Community Impact Assessments (issue 17), one key per risk level drawn.
    for (const level of ['high', 'medium', 'low', 'unscored'] as const) {
      const areas = assessments.filter((o) => o.level === level).length;
      if (areas > 0) keys.push({ id: `assessment-${level}`, label: t(`cia.legend.${level}`, { count: count(areas) }), swatch: { kind: 'outline', color: ASSESSMENT_OUTLINE_COLORS[level], dashed: true } });
    }
    if (band.kind === 'ready' && band.request.datasetId === dataset.id) {
      const { a, b, distanceM } = band.request;
      const name = (index: number) => dataset.authorities?.[index]?.name ?? t('neighbours.authorityUnknown');
      const distance = distanceM === 0 ? null : distanceText(distanceM);
      const label = (index: number, areas: number) =>
        distance === null ? t('legend.key.bandTouching', { name: name(index), count: count(areas) }) : t('legend.key.band', { name: name(index), distance, count: count(areas) });
      keys.push({ id: 'band-a', label: label(a, band.band.sideA.length), swatch: { kind: 'outline', color: BAND_COLORS.sideA, dashed: false } });
      keys.push({ id: 'band-b', label: label(b, band.band.sideB.length), swatch: { kind: 'outline', color: BAND_COLORS.sideB, dashed: false } });
    }
    if (heatmapShown) keys.push({ id: 'heatmap', label: t('legend.heatmap'), swatch: { kind: 'heatmap' } });
    return keys;
  }, [dataset, choropleth, cohesion, tension, assessments, band, heatmapShown, distanceText, t, localeTag]);
}
