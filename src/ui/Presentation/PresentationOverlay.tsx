import { useEffect, useRef } from 'react';
import { useReportStore } from '../../state/report-store';
import { useCiaStore } from '../../state/cia-store';
import { useShallow } from 'zustand/react/shallow';
import { usePresentationStore } from '../../state/presentation-store';
import { useLayerStore } from '../../state/layer-store';
import { useViewStore } from '../../state/view-store';
import { useDataStore } from '../../state/data-store';
import { useChoropleth } from '../../state/choropleth';
import { useIncidentStore } from '../../state/incident-store';
import { useLegendTitle, useProblemText } from '../use-field-label';
import { useT } from '../use-t';
import { useViewPeriod } from '../use-view-period';
import { MarkingBanner } from './MarkingBanner';
import { NorthArrow } from './NorthArrow';
import { useFullscreenFollowsPresenting, usePresentationKeys } from './use-presentation-keys';

/** A presenter's switch for something sensitive (points, assessment titles), with its warning while on. */
function SensitiveSwitch({ on, onChange, label, warning, testId }: { on: boolean; onChange: (on: boolean) => void; label: string; warning: string; testId: string }) {
  return (
    <>
      <label className="check" title={warning}>
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
        {label}
      </label>
      {on && <p className="presentation-warning" role="alert">{warning}</p>}
    </>
  );
}

/** Presentation mode's own furniture over the map: title, view count and controls, marking, key help. */
export function PresentationOverlay() {
  const t = useT();
  usePresentationKeys();
  const { presenting, views, current, showPoints, showAssessmentText, viewRefusal } = usePresentationStore(useShallow((s) => ({ presenting: s.presenting, views: s.views, current: s.current, showPoints: s.showPoints, showAssessmentText: s.showAssessmentText, viewRefusal: s.refusal })));
  const actions = usePresentationStore(useShallow((s) => ({ leave: s.leave, step: s.step, setShowPoints: s.setShowPoints, setShowAssessmentText: s.setShowAssessmentText })));
  const hasAssessments = useCiaStore((s) => s.assessments.some((a) => a.status !== 'closed' || a.closedMs !== null));
  useFullscreenFollowsPresenting(presenting);
  const datasetId = useLayerStore((s) => s.activeLayerId);
  const layer = useDataStore((s) => (datasetId ? s.datasets[datasetId]?.label ?? '' : ''));
  const choropleth = useChoropleth(datasetId);
  const legendTitle = useLegendTitle();
  const problemText = useProblemText();
  const period = useViewPeriod(datasetId);
  const hasIncidentPoints = useIncidentStore((s) => s.order.some((id) => s.display[id]?.points));
  // Tension reports are individual points too (issue 14): the same switch shows them.
  const hasReports = useReportStore((s) => s.reports.some((report) => !report.withdrawn));
  const hasPoints = hasIncidentPoints || hasReports;
  const heading = useRef<HTMLHeadingElement>(null);
  const requestFit = useViewStore((s) => s.requestFit);
  const extent = useDataStore((s) => (datasetId ? s.datasets[datasetId]?.bbox : undefined));
  // Where focus was before presenting (kept up to date while not presenting), so it returns there afterwards.
  const returnTo = useRef<HTMLElement | null>(null);
  const wasPresenting = useRef(false);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      if (!usePresentationStore.getState().presenting && event.target instanceof HTMLElement) returnTo.current = event.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  // The control that started presenting is now hidden: keep keyboard focus on the presentation, and fit the
  // layer to the whole screen (the map is wider without the sidebar). Afterwards focus goes back where it was.
  useEffect(() => {
    if (presenting) {
      heading.current?.focus();
      if (extent && usePresentationStore.getState().current === null) requestFit(extent);
    } else if (wasPresenting.current && returnTo.current?.isConnected) {
      returnTo.current.focus();
    }
    wasPresenting.current = presenting;
  }, [presenting, extent, requestFit]);
  if (!presenting) return <MarkingBanner position="top" />;

  const view = current !== null ? views[current] : undefined;
  const title = view?.name ?? (choropleth ? t('present.mapTitle', { field: legendTitle(datasetId, choropleth.field), layer }) : layer);
  // A view whose layer is gone, or whose field cannot be drawn now, is refused by name under its own title.
  const refusal = (view && viewRefusal?.code === 'layer-missing' ? viewRefusal : null) ?? choropleth?.refusal ?? null;
  return (
    <>
      <MarkingBanner position="top" />
      <section className="presentation-bar" data-map-overlay="" aria-label={t('present.region')} data-testid="presentation-bar">
        <h2 className="presentation-title" ref={heading} tabIndex={-1} data-testid="presentation-title">
          {title}
          {period && !refusal && <span className="presentation-period" data-testid="presentation-period">{period}</span>}
        </h2>
        {refusal && (
          <p className="presentation-refused" role="alert" data-testid="presentation-refused">
            {view ? t('view.refused', { view: view.name, reason: problemText(refusal) }) : t('legend.refused', { reason: problemText(refusal) })}
          </p>
        )}
        <div className="presentation-controls">
          {views.length > 0 && (
            <>
              <button type="button" onClick={() => actions.step(-1)} aria-label={t('present.previous')} disabled={current === 0}>◀</button>
              <span data-testid="presentation-count">{t('present.viewCount', { current: current === null ? '–' : current + 1, total: views.length })}</span>
              <button type="button" onClick={() => actions.step(1)} aria-label={t('present.next')} disabled={current === views.length - 1}>▶</button>
              {current === views.length - 1 && <span className="presentation-last" role="status" data-testid="presentation-last">{t('present.lastView')}</span>}
            </>
          )}
          {hasPoints && <SensitiveSwitch on={showPoints} onChange={actions.setShowPoints} label={t('present.points')} warning={t('present.pointsWarning')} testId="presentation-points" />}
          {hasAssessments && <SensitiveSwitch on={showAssessmentText} onChange={actions.setShowAssessmentText} label={t('cia2.present.show')} warning={t('cia2.present.warning')} testId="presentation-assessment-text" />}
          <button type="button" onClick={actions.leave} data-testid="present-stop">{t('present.stop')}</button>
        </div>
        <p className="presentation-keys">{t('present.keys')}</p>
      </section>
      <NorthArrow />
      <MarkingBanner position="bottom" />
    </>
  );
}
