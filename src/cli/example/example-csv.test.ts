import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsv, quoteCsvField } from './example-csv';

describe('formatCsv', () => {
  it('quotes only fields holding a comma, quote or line break, and reads back unchanged', () => {
    const rows = [['X01000001', 'St Mark\'s', 12.5, 'EXAMPLE DATA — invented, not real'], ['X01000002', 'say "hi"', '2,874', 'two\nlines']];
    const text = formatCsv(['code', 'name', 'value', 'note'], rows);
    expect(text).toBe('code,name,value,note\nX01000001,St Mark\'s,12.5,"EXAMPLE DATA — invented, not real"\nX01000002,"say ""hi""","2,874","two\nlines"\n');
    expect(Papa.parse(text.trimEnd()).data).toEqual([['code', 'name', 'value', 'note'], ...rows.map((row) => row.map(String))]);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => formatCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells, expected 2');
  });

  it('leaves plain fields alone', () => {
    expect([quoteCsvField('Ashbridge 001A'), quoteCsvField(0.25), quoteCsvField('..')]).toEqual(['Ashbridge 001A', '0.25', '..']);
  });
});
