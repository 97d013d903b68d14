import { describe, expect, it } from 'vitest';
import { action, DAY_MS, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { meetingActions, nextMeeting, previousMeeting } from './meeting-actions';

describe('a meeting’s actions', () => {
  const meeting = OPENED_MS + 14 * DAY_MS;
  const actions = [
    action('late', [], OPENED_MS + 10 * DAY_MS),
    action('today', [], meeting, 'in-progress'),
    action('soon', [], meeting + 13 * DAY_MS),
    action('later', [], meeting + 14 * DAY_MS),
    action('done-since', [], OPENED_MS + 5 * DAY_MS, 'done', OPENED_MS + 2 * DAY_MS),
    action('done-before', [], OPENED_MS, 'done', OPENED_MS - DAY_MS),
  ];

  it('lists overdue, due before the next meeting, and done since the last meeting', () => {
    const listed = meetingActions(actions, meeting + 3_600_000, OPENED_MS);
    expect({ overdue: listed.overdue.map((a) => a.id), due: listed.due.map((a) => a.id), doneSince: listed.doneSince.map((a) => a.id) }).toEqual({
      overdue: ['late'],
      due: ['today', 'soon'],
      doneSince: ['done-since'],
    });
  });

  it('takes the next meeting’s day as the end of “due”, and everything done at the first meeting', () => {
    const listed = meetingActions(actions, meeting, null, meeting + 7 * DAY_MS);
    expect([listed.due.map((a) => a.id), listed.doneSince.map((a) => a.id)]).toEqual([['today'], ['done-before', 'done-since']]);
  });

  it('finds the meetings before and after a date', () => {
    const meetings = [OPENED_MS, meeting, meeting + 14 * DAY_MS];
    expect([previousMeeting(meetings, meeting + 600), nextMeeting(meetings, meeting + 600), previousMeeting(meetings, OPENED_MS), nextMeeting(meetings, meeting + 14 * DAY_MS)]).toEqual([
      OPENED_MS, meeting + 14 * DAY_MS, null, null,
    ]);
  });
});
