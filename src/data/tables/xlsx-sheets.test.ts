import { describe, expect, it } from 'vitest';
import { isDateFormatCode, readXlsxDate1904, readXlsxNumberStyles, readXlsxSheet, spreadsheetSerialToIso } from './xlsx-sheets';

describe('spreadsheet dates', () => {
  it('turns day serial numbers into ISO dates in both date systems, keeping a time of day', () => {
    // 45121 is 14 July 2023 in the 1900 system; 1 is 1 January 1900; 61 is 1 March 1900 (after Lotus's 29 February).
    expect([45121, 1, 59, 61, 44927.5, 45121.395833333336].map((s) => spreadsheetSerialToIso(s))).toEqual([
      '2023-07-14', '1900-01-01', '1900-02-28', '1900-03-01', '2023-01-01T12:00:00', '2023-07-14T09:30:00',
    ]);
    // The 1904 system counts 0 as 1 January 1904: the same day is 1,462 lower.
    expect(spreadsheetSerialToIso(45121 - 1462, true)).toBe('2023-07-14');
  });

  it('tells date and time format codes from number formats', () => {
    const dates = ['dd/mm/yyyy', 'd mmmm yyyy', '[$-809]dd mmmm yyyy;@', 'yyyy-mm-dd hh:mm', 'mmm-yy', 'mmmm'];
    // Time-only formats are durations or clock times, not days: they stay numbers.
    const numbers = ['General', '0.00', '#,##0', '0.0" days"', '[Red]0.0;[Blue]-0.0', '0.00E+00', '@', '"Month "0', '_-* #,##0_-', 'h:mm:ss', 'mm:ss.000', '[h]:mm', 'hh:mm AM/PM'];
    expect(dates.filter(isDateFormatCode)).toEqual(dates);
    expect(numbers.filter(isDateFormatCode)).toEqual([]);
  });

  it('finds date styles (built-in and custom) and percent styles in styles.xml, and the 1904 flag in workbook.xml', () => {
    const styles = readXlsxNumberStyles(
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="#,##0.0"/></numFmts>'
      + '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="20"/><xf numFmtId="46"/></cellXfs></styleSheet>',
    );
    // 20 (h:mm) and 46 ([h]:mm:ss) are times, not dates.
    expect({ percent: [...styles.percent], date: [...styles.date] }).toEqual({ percent: [3], date: [1, 2, 5] });
    expect(readXlsxDate1904('<workbook><workbookPr date1904="1"/></workbook>')).toBe(true);
    expect(readXlsxDate1904('<workbook><workbookPr defaultThemeVersion="166925"/></workbook>')).toBe(false);
  });

  it('writes date-styled cells as ISO dates and leaves numbers in other styles alone', () => {
    const styles = { percent: new Set<number>(), date: new Set([1]) };
    const sheet = readXlsxSheet('Log', '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>45121</v></c><c r="B1"><v>45121</v></c><c r="C1" s="1" t="s"><v>0</v></c></row></sheetData></worksheet>', ['2023-07-01'], styles);
    expect(sheet.rows).toEqual([['2023-07-14', 45121, '2023-07-01']]);
  });

  it('keeps a number no date can have as a number, even in a date-styled cell (a phone number typed in a date column)', () => {
    const styles = { percent: new Set<number>(), date: new Set([1]) };
    const cells = ['7700900123', '-3', '2958465', '2958466'].map((v, i) => `<c r="${'ABCD'[i]}1" s="1"><v>${v}</v></c>`).join('');
    const sheet = readXlsxSheet('Log', `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`, [], styles);
    expect(sheet.rows).toEqual([[7700900123, -3, '9999-12-31', 2958466]]);
  });
});
