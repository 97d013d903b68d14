import { describe, expect, it } from 'vitest';
import { reportFields } from '../../../test/fixtures/reports/reports';
import { deepFreeze } from '../../../test/helpers/freeze';
import { editReport, recordReport, withdrawReport } from './report-record';

describe('a tension report’s record', () => {
  it('keeps every version when edited and withdrawn, naming who changed it and when', () => {
    const first = reportFields({});
    const recorded = deepFreeze(recordReport('report-a', first, 1000, 'A. Officer'));
    const second = reportFields({ narrative: 'Leaflets and graffiti outside the mosque', status: 'evidenced' });
    const edited = deepFreeze(editReport(recorded, second, 2000, 'B. Analyst'));
    const withdrawn = withdrawReport(edited, 3000, 'B. Analyst', 'Entered twice');
    expect(withdrawn).toEqual({
      ...second,
      id: 'report-a',
      withdrawn: true,
      origin: { kind: 'entered' },
      history: [
        { kind: 'recorded', changedMs: 1000, changedBy: 'A. Officer', fields: first },
        { kind: 'edited', changedMs: 2000, changedBy: 'B. Analyst', fields: second },
        { kind: 'withdrawn', changedMs: 3000, changedBy: 'B. Analyst', fields: second, reason: 'Entered twice' },
      ],
    });
    // A withdrawn report is not edited or withdrawn again.
    expect([editReport(withdrawn, first, 4000, 'C'), withdrawReport(withdrawn, 4000, 'C', 'again')]).toEqual([withdrawn, withdrawn]);
  });
});
