import { describe, expect, it } from 'vitest';
import { detectReportColumns, isReportHeader } from './report-columns';

describe('detectReportColumns', () => {
  it('matches a form tool’s export by the wording of its questions, skipping its own columns', () => {
    const header = [
      'ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time',
      'When did this happen?', 'What time (approximately)?', 'Where did it happen? (ward or street)', 'Which communities are affected?',
      'What type of tension is it?', 'Where did you hear about this?', 'Did you experience it, is there evidence, or could it happen? (status)',
      'How reliable is the source?', 'Tell us what happened or what people are saying', 'Is any of this a rumour?', 'What action has been taken?',
      'Your name', 'Your organisation',
    ];
    expect(detectReportColumns(header)).toEqual({
      date: 6, time: 7, areaCode: -1, areaName: 8, postcode: -1, lng: -1, lat: -1, communities: 9, tensionTypes: 10, sourceKind: 11, status: 12, reliability: 13,
      narrative: 14, rumour: 15, actionTaken: 16, recordedBy: 17, agency: 18,
    });
    expect(isReportHeader(header)).toBe(true);
  });

  it('does not take a tension log’s header for a report table', () => {
    expect(isReportHeader(['Area code', 'Community type', 'Assessment date', 'Current rating', 'Potential rating'])).toBe(false);
  });
});
