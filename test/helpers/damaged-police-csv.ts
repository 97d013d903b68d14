/**
 * A damaged-input corpus made from one real police.uk file (issue 13): each variant knows, for every
 * data row it writes, whether the importer must keep it or reject it and for which reason, so a test can
 * check that every row ends in exactly one place, with the right line number.
 */
import type { RejectReason } from '../../src/types';

/** What must happen to one data row of a damaged file. */
export type RowFate = 'kept' | RejectReason;

/** One damaged file: its bytes, and the fate of each data row in file order with the line it starts on. */
export interface DamagedFile {
  name: string;
  bytes: ArrayBuffer;
  rows: { line: number; fate: RowFate }[];
}

/** A file the importer must refuse whole, with the error code it must give. */
export interface RefusedFile {
  name: string;
  bytes: ArrayBuffer;
  code: string;
}

type Line = { text: string; fate: RowFate | 'header' };

const LONGITUDE = 4;
const MONTH = 1;

function arrayBufferOf(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** Writes the lines with the given line breaks (one per line; the last line may have none). */
function build(name: string, lines: Line[], breaks: (index: number) => string, encode: (text: string) => Buffer = (text) => Buffer.from(text, 'utf8')): DamagedFile {
  const text = lines.map((line, index) => line.text + breaks(index)).join('');
  const rows: DamagedFile['rows'] = [];
  lines.forEach((line, index) => {
    if (line.fate !== 'header') rows.push({ line: index + 1, fate: line.fate });
  });
  return { name, bytes: arrayBufferOf(encode(text)), rows };
}

/** The fate of an undamaged police.uk row: rows without a location are rejected as such. */
function fateOf(fields: readonly string[]): RowFate {
  return fields[LONGITUDE] === '' ? 'no-coordinates' : 'kept';
}

function utf16be(text: string): Buffer {
  const little = Buffer.from(text, 'utf16le');
  for (let i = 0; i < little.length; i += 2) [little[i], little[i + 1]] = [little[i + 1], little[i]];
  return little;
}

/**
 * The corpus from the text of a police.uk street file (CRLF, no quoted cells, as published): mixed line
 * endings with a second export pasted in, ragged and shifted rows, impossible dates, `;` in UTF-16 with
 * and without a byte-order mark, and Windows-1252; plus a file with a duplicated column, to be refused.
 */
export function damagedPoliceCorpus(text: string): { files: DamagedFile[]; refused: RefusedFile[] } {
  const [header, ...data] = text.split('\r\n').filter((line) => line !== '');
  if (data.some((line) => line.includes('"'))) throw new Error('damagedPoliceCorpus: expected a file without quoted cells');
  const plain = (): Line[] => [{ text: header, fate: 'header' }, ...data.map((line) => ({ text: line, fate: fateOf(line.split(',')) }))];
  const half = Math.floor(data.length / 2);

  // Two exports pasted together: CRLF, then LF with the second header, and a few lone CRs (old Mac).
  const pasted = plain();
  pasted.splice(half + 1, 0, { text: header, fate: 'malformed-row' });
  const mixed = build('mixed-endings.csv', pasted, (index) => (index === pasted.length - 1 ? '' : index <= half ? '\r\n' : index % 97 === 0 ? '\r' : '\n'));

  // Ragged rows: a field lost, a field inserted mid-row (values shift; the empty Context hides it at the
  // end), a field added at the end, and a trailing comma: none can be matched to the columns.
  const ragged = plain();
  const edit = (index: number, change: (fields: string[]) => void) => {
    const fields = ragged[index].text.split(',');
    change(fields);
    ragged[index] = { text: fields.join(','), fate: 'malformed-row' };
  };
  edit(10, (fields) => fields.pop());
  edit(20, (fields) => fields.splice(7, 0, 'On or near High Street'));
  edit(30, (fields) => fields.push('extra'));
  edit(40, (fields) => fields.push(''));

  // Impossible dates: rejected as out of range (9999, year 1, a 2202 typo), or as not a date (month 13).
  const dates = plain();
  const redate = (index: number, month: string, fate: RowFate) => {
    const fields = dates[index].text.split(',');
    fields[MONTH] = month;
    dates[index] = { text: fields.join(','), fate: fields[LONGITUDE] === '' ? 'no-coordinates' : fate };
  };
  redate(5, '9999-12', 'date-out-of-range');
  redate(6, '0001-01', 'date-out-of-range');
  redate(7, '2202-03', 'date-out-of-range');
  redate(8, '2022-13', 'unparseable-date');

  // As a continental spreadsheet saves it: cells holding ';' ("Investigation complete; no suspect…") quoted.
  const semicolons = plain().map((line) => ({ ...line, text: line.text.split(',').map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';') }));
  const latin1 = plain();
  const accented = latin1[3].text.split(',');
  accented[6] = 'On or near Heol y Caffi Café';
  latin1[3] = { ...latin1[3], text: accented.join(',') };

  const duplicated = header.replace('LSOA name', 'LSOA code');
  return {
    files: [
      mixed,
      build('ragged.csv', ragged, () => '\r\n'),
      build('dates.csv', dates, () => '\r\n'),
      build('utf16-semicolons.csv', semicolons, () => '\r\n', (body) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])),
      build('utf16be-no-bom.csv', plain(), () => '\n', utf16be),
      build('windows-1252.csv', latin1, () => '\r\n', (body) => Buffer.from(body, 'latin1')),
    ],
    refused: [{ name: 'duplicate-column.csv', bytes: arrayBufferOf(Buffer.from([duplicated, ...data].join('\r\n'), 'utf8')), code: 'duplicate-columns' }],
  };
}

/** The rejected rows a damaged file must report: per reason, how many and the first five `file:line`. */
export function expectedRejections(file: DamagedFile): Map<RejectReason, { count: number; examples: string[] }> {
  const byReason = new Map<RejectReason, { count: number; examples: string[] }>();
  for (const row of file.rows) {
    if (row.fate === 'kept') continue;
    const entry = byReason.get(row.fate) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 5) entry.examples.push(`${file.name}:${row.line}`);
    byReason.set(row.fate, entry);
  }
  return byReason;
}
