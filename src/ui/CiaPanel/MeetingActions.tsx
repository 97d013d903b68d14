import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCiaStore } from '../../state/cia-store';
import { meetingActions, nextMeeting, previousMeeting } from '../../analysis/cia/meeting-actions';
import { startOfDayMs } from '../../analysis/cia/review';
import { dateInputValue, readDateInput, useCiaWords } from './use-cia-words';
import { ActionLine } from './ActionSection';

/** A meeting's view of the actions: overdue, due before the next meeting, done since the last one. */
export function MeetingActions() {
  const { t, day, title } = useCiaWords();
  const { actions, meetings, assessments, addMeeting } = useCiaStore(useShallow((s) => ({ actions: s.actions, meetings: s.meetings, assessments: s.assessments, addMeeting: s.addMeeting })));
  const [date, setDate] = useState(dateInputValue(startOfDayMs(Date.now())));
  const meetingMs = readDateInput(date) ?? startOfDayMs(Date.now());
  const previous = previousMeeting(meetings, meetingMs);
  const listed = meetingActions(actions, meetingMs, previous, nextMeeting(meetings, meetingMs));
  const forWhat = (assessmentId: string | null) => {
    const assessment = assessments.find((a) => a.id === assessmentId);
    return assessment ? t('cia.meeting.for', { title: title(assessment) }) : undefined;
  };
  const groups = [['overdue', listed.overdue], ['due', listed.due], ['done', listed.doneSince]] as const;
  return (
    <details className="cia-meeting" data-testid="cia-meeting">
      <summary>{t('cia.meeting.heading')}</summary>
      <div className="cia-inline-form">
        <label className="field"><span>{t('cia.meeting.date')}</span><input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="cia-meeting-date" /></label>
        <button type="button" onClick={() => addMeeting(meetingMs)} disabled={meetings.includes(meetingMs)} data-testid="cia-meeting-record">{t('cia.meeting.record')}</button>
      </div>
      <p className="muted small">{previous === null ? t('cia.meeting.first') : t('cia.meeting.previous', { date: day(previous) })}</p>
      {groups.map(([kind, list]) => (
        <div key={kind} data-testid={`cia-meeting-${kind}`}>
          <h5>{t(`cia.meeting.${kind}`, { count: list.length })}</h5>
          {list.length === 0 ? <p className="muted small">{t('cia.meeting.nothing')}</p> : <ul className="small">{list.map((a) => <ActionLine key={a.id} action={a} suffix={forWhat(a.assessmentId)} />)}</ul>}
        </div>
      ))}
    </details>
  );
}
