import { useEffect, type KeyboardEvent } from 'react';
import { TimelineEvents } from './TimelineEvents';
import { TimelineAssessments } from './TimelineAssessments';
import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../../state/timeline-store';
import { useTimelinePeriods } from '../../state/timeline-derived';
import { useIncidentStore } from '../../state/incident-store';
import { refreshPeriodTables } from '../../state/period-counts';
import type { TimeWindow } from '../../analysis/timeline-window';
import type { PeriodKind } from '../../analysis/periods';
import { useLocaleTag, useT } from '../use-t';
import { TrendChart } from './TrendChart';
import { IndicatorTrend } from './IndicatorTrend';
import { currentPeriodLabel, formatPeriod } from './format-period';
import { drawsNothingDated, useDrawnSources } from '../../state/view-sources';

const WINDOWS: Record<string, TimeWindow> = {
  single: { kind: 'single' },
  'rolling-3': { kind: 'rolling', size: 3 },
  'rolling-6': { kind: 'rolling', size: 6 },
  'rolling-12': { kind: 'rolling', size: 12 },
  cumulative: { kind: 'cumulative' },
};
const windowKey = (w: TimeWindow) => (w.kind === 'rolling' ? `rolling-${w.size}` : w.kind);

/** The shared timeline: current period in large type, play/pause, step, speed, loop, window, keyboard. */
export function TimeSlider() {
  const t = useT();
  const localeTag = useLocaleTag();
  const s = useTimelineStore(useShallow((state) => ({ kind: state.kind, step: state.step, window: state.window, breaks: state.breaks, playing: state.playing, speedMs: state.speedMs, loop: state.loop })));
  const actions = useTimelineStore(useShallow((state) => ({ setPeriodCount: state.setPeriodCount, setStep: state.setStep, stepBy: state.stepBy, setKind: state.setKind, setWindow: state.setWindow, setBreaks: state.setBreaks, setSpeed: state.setSpeed, setLoop: state.setLoop, play: state.play, pause: state.pause })));
  const periods = useTimelinePeriods(s.kind);
  // An undated map (a column of the boundaries) shows no period: the timeline is then the other data's.
  const undated = drawsNothingDated(useDrawnSources());
  const count = periods.keys.length;
  useEffect(() => actions.setPeriodCount(count), [count, actions]);
  // While the slider is on, make sure the worker has counted each join by period for this timeline.
  const joins = useIncidentStore((state) => state.joins);
  const filters = useIncidentStore((state) => state.filters);
  const sliding = s.step !== null;
  useEffect(() => {
    if (sliding) void refreshPeriodTables(periods);
  }, [sliding, periods, joins, filters]);
  if (count === 0) return null;

  const label = (i: number) => formatPeriod(periods.keys[i], s.kind, t);
  const step = s.step === null ? null : Math.min(s.step, count - 1);
  const current = currentPeriodLabel(periods.keys, s.kind, step, s.window, t);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === ' ' && (event.target as HTMLElement).tagName !== 'BUTTON') {
      event.preventDefault();
      if (s.playing) actions.pause();
      else actions.play();
    }
  };

  return (
    <section className="time-slider" data-map-overlay="" aria-label={t('time.heading')} data-testid="time-slider" onKeyDown={onKeyDown}>
      <p className="period-label" data-testid="period-label" aria-live="polite">{undated ? t('words.time.undated') : current}</p>
      {undated && <p className="small period-other" data-testid="period-other">{t('words.time.otherData', { period: current })}</p>}
      <TimelineEvents />
      <TimelineAssessments />
      <div className="time-controls">
        <button type="button" onClick={() => actions.stepBy(-1)} aria-label={t('time.back')} data-testid="time-back">◀</button>
        <button type="button" onClick={() => (s.playing ? actions.pause() : actions.play())} data-testid="time-play" aria-pressed={s.playing}>{s.playing ? t('time.pause') : t('time.play')}</button>
        <button type="button" onClick={() => actions.stepBy(1)} aria-label={t('time.forward')} data-testid="time-forward">▶</button>
        <input
          type="range" min={0} max={count - 1} step={1} value={step ?? count - 1}
          aria-label={t('time.period')} aria-valuetext={current} data-testid="time-range"
          onChange={(e) => actions.setStep(Number(e.target.value))}
        />
        <button type="button" onClick={() => { actions.pause(); actions.setStep(null); }} disabled={step === null} data-testid="time-all">{t('time.all')}</button>
      </div>
      <details className="time-options-fold" data-testid="time-options">
      <summary className="small">{t('time.options')}</summary>
      <div className="time-options">
        <label><span>{t('time.window')}</span>
          <select value={windowKey(s.window)} onChange={(e) => actions.setWindow(WINDOWS[e.target.value])} data-testid="time-window">
            {Object.keys(WINDOWS).map((k) => <option key={k} value={k}>{t(`time.window.${k}` as never)}</option>)}
          </select>
        </label>
        <label><span>{t('time.by')}</span>
          <select value={s.kind} onChange={(e) => actions.setKind(e.target.value as PeriodKind)} data-testid="time-kind">
            <option value="month">{t('incidents.byMonth')}</option>
            <option value="week">{t('incidents.byWeek')}</option>
          </select>
        </label>
        <label><span>{t('time.speed')}</span>
          <select value={s.speedMs} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
            {[2000, 1000, 500, 250].map((ms) => <option key={ms} value={ms}>{t('time.seconds', { s: (ms / 1000).toLocaleString(localeTag) })}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={s.loop} onChange={(e) => actions.setLoop(e.target.checked)} /> {t('time.loop')}</label>
        <label><span>{t('time.breaks')}</span>
          <select value={s.breaks} onChange={(e) => actions.setBreaks(e.target.value as 'fixed' | 'per-period')} data-testid="time-breaks">
            <option value="fixed">{t('time.breaks.fixed')}</option>
            <option value="per-period">{t('time.breaks.perPeriod')}</option>
          </select>
        </label>
      </div>
      </details>
      <TrendChart periods={periods} step={step} label={label} />
      <IndicatorTrend periods={periods} step={step} />
    </section>
  );
}
