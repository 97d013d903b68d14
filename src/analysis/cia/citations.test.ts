import { describe, expect, it } from 'vitest';
import type { PlannedEvent } from '../../types';
import { handReports, squareAreas } from '../../../test/fixtures/reports/reports';
import { deepFreeze } from '../../../test/helpers/freeze';
import { citableInFootprint, eventLink, reportLink, resolveCitations } from './citations';

const EVENTS: PlannedEvent[] = deepFreeze([
  { id: 'event-1', timeMs: Date.UTC(2024, 5, 15), place: { areaCode: 'X01000002' }, note: 'March through the town centre' },
  { id: 'event-2', timeMs: Date.UTC(2024, 6, 1), place: { areaCode: 'X01000003' }, note: 'Closure of the youth club' },
]);

describe('reports and events an assessment cites', () => {
  it('offers the records in the footprint, by the area named or the point, withdrawn reports and ones already cited left out', () => {
    const cited = { citations: [reportLink(handReports[0])] };
    const found = citableInFootprint(cited, squareAreas, ['X01000001', 'X01000002'], handReports, EVENTS);
    // report-2 is a point in X01000001, report-3 a point in X01000002; report-4 is withdrawn, report-5 outside.
    expect([found.reports.map((r) => r.id), found.events.map((e) => e.id)]).toEqual([['report-3', 'report-2'], ['event-1']]);
    const whole = citableInFootprint({ citations: [] }, squareAreas, squareAreas.areaCodes, handReports, EVENTS);
    expect([whole.reports.map((r) => r.id), whole.events.map((e) => e.id)]).toEqual([['report-3', 'report-2', 'report-1'], ['event-2', 'event-1']]);
  });

  it('labels a citation by the start of the narrative or the event’s note', () => {
    expect(reportLink(handReports[0])).toEqual({ kind: 'report', id: 'report-1', label: 'Leaflets left outside the mosque' });
    expect(reportLink({ id: 'r', narrative: `  ${'word '.repeat(30)}` }).label).toHaveLength(80);
    expect(eventLink(EVENTS[0])).toEqual({ kind: 'event', id: 'event-1', label: 'March through the town centre' });
  });

  it('finds each citation again, and says which the workspace no longer holds', () => {
    const gone = { kind: 'report' as const, id: 'report-99', label: 'Graffiti on the bridge' };
    const area = { kind: 'area' as const, id: 'X01000001', label: 'Square 1' };
    expect(resolveCitations([eventLink(EVENTS[1]), gone, area, reportLink(handReports[1])], handReports, EVENTS).map((c) => [c.kind, c.link.id])).toEqual([
      ['event', 'event-2'], ['missing', 'report-99'], ['report', 'report-2'],
    ]);
  });
});
