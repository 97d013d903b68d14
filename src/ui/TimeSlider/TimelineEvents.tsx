import { useMemo } from 'react';
import { useReportStore } from '../../state/report-store';
import { useStepDateRange } from '../../state/timeline-derived';
import { formatDate } from '../format-date';
import { useT } from '../use-t';

/**
 * Planned events on the timeline (issue 14): those in the period shown, or, with all dates shown, those still
 * ahead; each as its date and note.
 */
export function TimelineEvents() {
  const t = useT();
  const events = useReportStore((s) => s.events);
  const range = useStepDateRange();
  const shown = useMemo(() => {
    const todayMs = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    return events.filter((event) => (range ? event.timeMs >= range.fromMs && event.timeMs < range.toMs : event.timeMs >= todayMs));
  }, [events, range]);
  if (shown.length === 0) return null;
  const list = shown.map((event) => `${formatDate(event.timeMs, 'day-month-year', t)}: ${event.note}`).join('; ');
  return <p className="small timeline-events" data-testid="timeline-events">{t(range ? 'events.onTimeline' : 'events.upcoming', { events: list })}</p>;
}
