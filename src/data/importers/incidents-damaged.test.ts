import { expect, it } from 'vitest';
import { damagedPoliceCorpus, expectedRejections } from '../../../test/helpers/damaged-police-csv';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { parseIncidentCsvFiles } from './incidents-csv';

const GWENT_MARCH_2022 = 'police/gwent/2022-03-gwent-street.csv';

// Issue 13: every row of every file ends in exactly one place, kept or rejected with file, line and reason.
describeWithSharedData('incident CSV import of a damaged police.uk file (Gwent, March 2022)', [GWENT_MARCH_2022], () => {
  const corpus = damagedPoliceCorpus(new TextDecoder().decode(readSharedBytes(GWENT_MARCH_2022)));

  it.each(corpus.files.map((file) => [file.name, file] as const))('%s: every row kept or rejected with its reason and line', async (_name, file) => {
    const result = await parseIncidentCsvFiles([{ name: file.name, bytes: file.bytes }], { id: 'damaged' });
    if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.error)}`);
    const { report, sourceLine } = result.value;
    const rejectedCount = report.rejected.reduce((sum, rows) => sum + rows.count, 0);
    expect({
      rowsRead: report.rowsRead,
      keptPlusRejected: report.rowsKept + rejectedCount,
      keptLines: [...sourceLine],
      rejected: new Map(report.rejected.map((rows) => [rows.reason, { count: rows.count, examples: rows.examples }])),
    }).toEqual({
      rowsRead: file.rows.length,
      keptPlusRejected: file.rows.length,
      keptLines: file.rows.filter((row) => row.fate === 'kept').map((row) => row.line),
      rejected: expectedRejections(file),
    });
  });

  it('says why: the pasted header, the shifted rows and the impossible dates each have their note', async () => {
    const notes = async (name: string) => {
      const file = corpus.files.find((candidate) => candidate.name === name);
      if (!file) throw new Error(`no corpus file ${name}`);
      const result = await parseIncidentCsvFiles([{ name, bytes: file.bytes }], { id: 'damaged' });
      return result.ok ? result.value.report.rejected.filter((rows) => rows.reason !== 'no-coordinates').map((rows) => rows.notes) : [];
    };
    expect(await notes('mixed-endings.csv')).toEqual([[{ code: 'header-repeated', params: {} }]]);
    expect(await notes('ragged.csv')).toEqual([[{ code: 'field-count', params: { count: 11, header: 12 } }]]);
    expect(await notes('dates.csv')).toEqual([
      [{ code: 'date-out-of-range', params: { column: 'Month', found: '9999-12', from: '1990', to: String(new Date().getUTCFullYear() + 1) } }],
      [{ code: 'date-unparseable', params: { column: 'Month', found: '2022-13' } }],
    ]);
  });

  it('reads the Windows-1252 file with its warning kept in the report, and the accent right', async () => {
    const file = corpus.files.find((candidate) => candidate.name === 'windows-1252.csv');
    const result = await parseIncidentCsvFiles([{ name: 'windows-1252.csv', bytes: file?.bytes ?? new ArrayBuffer(0) }], { id: 'latin' });
    if (!result.ok) throw new Error('expected a dataset');
    const location = result.value.extraColumns.find((column) => column.name === 'Location')?.values[2];
    expect([result.value.report.warnings, location]).toEqual([[{ code: 'unknown-encoding', file: 'windows-1252.csv', params: { file: 'windows-1252.csv' } }], 'On or near Heol y Caffi Café']);
  });

  it('refuses a header with a duplicated column, naming it, rather than reading the first one', async () => {
    const [refused] = corpus.refused;
    const result = await parseIncidentCsvFiles([{ name: refused.name, bytes: refused.bytes }], { id: 'duplicate' });
    expect(result.ok ? null : [result.error.code, result.error.params]).toEqual([refused.code, { file: 'duplicate-column.csv', columns: '"LSOA code"' }]);
  });

  it('takes the plausible years from the import options', async () => {
    const file = corpus.files.find((candidate) => candidate.name === 'dates.csv');
    const result = await parseIncidentCsvFiles([{ name: 'dates.csv', bytes: file?.bytes ?? new ArrayBuffer(0) }], { id: 'wide', dateRange: { fromYear: 1, toYear: 9999 } });
    const reasons = result.ok ? result.value.report.rejected.map((rows) => [rows.reason, rows.count]) : [];
    expect(reasons).toEqual([['no-coordinates', 17], ['unparseable-date', 1]]);
  });
});
