/** What each comparison pane draws, as the choropleth derivation reads it. */
import { useMemo } from 'react';
import { useCompareStore } from './compare-store';
import { useTimelineStore } from './timeline-store';
import { useTimelinePeriods } from './timeline-derived';
import type { ChoroplethView } from './choropleth';

/**
 * Both panes' fields and periods. A pinned period is kept as its key; the pane draws the step of that key on
 * today's timeline, and a period the data no longer has follows the slider (as the pane's select then says).
 */
export function usePaneViews(): [ChoroplethView, ChoroplethView] {
  const panes = useCompareStore((s) => s.panes);
  const kind = useTimelineStore((s) => s.kind);
  const periods = useTimelinePeriods(kind);
  return useMemo(() => {
    const view = (index: 0 | 1): ChoroplethView => {
      const { valueField, period } = panes[index];
      const step = period === 'follow' ? -1 : periods.keys.indexOf(period);
      return { valueField, step: step < 0 ? 'follow' : step };
    };
    return [view(0), view(1)];
  }, [panes, periods]);
}
