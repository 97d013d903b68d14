import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv-export';

describe('csv export', () => {
  it('neutralises text that a spreadsheet would execute, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+44 1234')).toBe("'+44 1234");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-12.5)).toBe('-12.5');
    // Tab and carriage return at the start also make some spreadsheets read a formula.
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('Alder Dale')).toBe('Alder Dale');
  });
  it('quotes commas, quotes and newlines and leaves no-data cells empty', () => {
    expect(csvCell('Cardiff, Butetown')).toBe('"Cardiff, Butetown"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(toCsv(['code', 'count'], [['W01000001', 3], ['W01000002', null]])).toBe('\uFEFFcode,count\r\nW01000001,3\r\nW01000002,\r\n');
  });
  it('starts every document with a UTF-8 byte-order mark, so a spreadsheet reads Welsh names as written', () => {
    const bytes = new TextEncoder().encode(toCsv(['areaName'], [['Ystradgynlais, Cwmtwrch – Tŷ’r Ŵyn']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(bytes)).toBe('areaName\r\n"Ystradgynlais, Cwmtwrch – Tŷ’r Ŵyn"\r\n');
    expect(toCsv([], [])).toBe('\uFEFF\r\n');
  });
});
