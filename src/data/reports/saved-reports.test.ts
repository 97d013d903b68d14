import { describe, expect, it } from 'vitest';
import { handReports } from '../../../test/fixtures/reports/reports';
import { editReport, withdrawReport } from './report-record';
import { readSavedEvent, readSavedJudgement, readSavedRating, readSavedReport } from './saved-reports';

describe('reports read back from a saved workspace', () => {
  it('reads back reports with their whole history, and leaves out one that does not fit', () => {
    const edited = withdrawReport(editReport(handReports[1], { ...handReports[1], narrative: 'Changed' }, 9, 'B'), 10, 'B', 'Duplicate');
    const saved = JSON.parse(JSON.stringify([handReports[0], edited, { ...handReports[2], status: 'maybe' }, { ...handReports[3], history: [{ kind: 'edited' }] }, 'junk']));
    expect(saved.map(readSavedReport)).toEqual([handReports[0], edited, null, null, null]);
  });

  it('keeps a report placed by postcode flagged as at the postcode centroid, and leaves out one whose postcode fields do not fit', () => {
    const place = { position: [-3.195, 51.485], postcode: 'CF10 1AA', atPostcodeCentroid: true, postcodeAreaCodes: ['X01000002'] };
    const placed = { ...handReports[0], place, history: [{ ...handReports[0].history[0], fields: { ...handReports[0].history[0].fields, place } }] };
    const broken = { ...placed, place: { ...place, postcodeAreaCodes: 'X01000002' } };
    expect(JSON.parse(JSON.stringify([placed, broken])).map(readSavedReport)).toEqual([placed, null]);
  });

  it('reads back events, ratings and judgements, checking scales and levels', () => {
    const event = { id: 'event-1', timeMs: 100, place: { areaCode: 'X01000001', areaName: 'Example 001A' }, note: 'March through the town centre' };
    const judgement = { areaCode: 'X01000001', timeMs: 100, current: { scale: 'eep', level: 5 }, potential: { scale: 'eep', level: 6 }, source: 'entered:1', agency: 'Silver group' };
    const rating = { ...judgement, communityType: 'Ethnic', current: { scale: 'four-level', level: 2 } };
    expect([
      readSavedEvent(event), readSavedEvent({ ...event, place: {} }),
      readSavedJudgement(judgement), readSavedJudgement({ ...judgement, potential: { scale: 'eep', level: 7 } }),
      readSavedRating(rating), readSavedRating({ ...rating, current: { scale: 'four-level', level: 5 } }), readSavedRating(judgement),
    ]).toEqual([event, null, judgement, null, rating, null, null]);
  });
});
