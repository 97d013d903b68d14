import { useEffect, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset } from '../../types';
import { useReportStore } from '../../state/report-store';
import { formatDate } from '../format-date';
import { useT } from '../use-t';
import { AreaInput } from './AreaInput';
import { findArea, usePlaceText } from './use-report-layer';

/** Planned events (date, place, note), shown on the map and the timeline ahead of time. */
export function EventCalendar({ layer }: { layer: AreaDataset | undefined }) {
  const t = useT();
  const { events, addEvent, removeEvent, picking, picked, startPicking, cancelPicking } = useReportStore(useShallow((s) => ({ events: s.events, addEvent: s.addEvent, removeEvent: s.removeEvent, picking: s.picking, picked: s.picked, startPicking: s.startPicking, cancelPicking: s.cancelPicking })));
  const placeText = usePlaceText(layer, t('reports.pointOnly'));
  const [date, setDate] = useState('');
  const [area, setArea] = useState('');
  const [position, setPosition] = useState<[number, number] | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState(false);
  useEffect(() => {
    if (picked?.for !== 'event') return;
    setPosition(picked.place.position ?? null);
    if (picked.place.areaCode) setArea(`${picked.place.areaName ?? ''} (${picked.place.areaCode})`);
  }, [picked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = findArea(layer, area);
    const timeMs = Date.parse(`${date}T00:00:00Z`);
    if (!Number.isFinite(timeMs) || (!found && !position) || note.trim() === '') {
      setProblem(true);
      return;
    }
    addEvent({ timeMs, place: { ...(found && { areaCode: found.areaCode, areaName: found.areaName }), ...(position && { position }) }, note: note.trim() });
    setDate(''); setArea(''); setPosition(null); setNote(''); setProblem(false);
  };

  return (
    <section aria-labelledby="events-heading" data-testid="event-calendar">
      <h3 id="events-heading" className="small-heading">{t('events.heading')}</h3>
      <p className="muted small">{t('events.help')}</p>
      {events.length === 0 ? <p className="muted small">{t('events.none')}</p> : (
        <ul className="small">{events.map((e) => (
          <li key={e.id} data-testid="event-item">{t('events.item', { date: formatDate(e.timeMs, 'day-month-year', t), place: placeText(e.place), note: e.note })}{' '}
            <button type="button" onClick={() => removeEvent(e.id)} aria-label={t('events.remove', { note: e.note })}>×</button></li>
        ))}</ul>
      )}
      <form onSubmit={submit}>
        <label className="field"><span>{t('events.date')}</span><input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="event-date" /></label>
        <AreaInput id="event-area" label={t('events.area')} value={area} onChange={setArea} layer={layer} testId="event-area" />
        {picking === 'event'
          ? <p className="small" role="status">{t('reports.field.picking')} <button type="button" onClick={cancelPicking}>{t('reports.cancel')}</button></p>
          : <p><button type="button" onClick={() => startPicking('event')}>{t('reports.field.pick')}</button></p>}
        {position && <p className="small">{t('reports.field.point', { lng: position[0].toFixed(5), lat: position[1].toFixed(5) })}</p>}
        <label className="field"><span>{t('events.note')}</span><input value={note} onChange={(e) => setNote(e.target.value)} data-testid="event-note" /></label>
        {problem && <p className="warning-text small" role="alert">{t('events.problem')}</p>}
        <button type="submit" data-testid="event-add">{t('events.add')}</button>
      </form>
    </section>
  );
}
