/**
 * Reading one row of a tension report table (the template, or a form tool's export) into a report's fields,
 * or the first reason it cannot be used. Lists and grades are read by their words, never guessed; communities
 * are the standard types in their standard spelling, or kept as written (the user's own).
 */
import type { ReportPlace, ReportRejectReason, ReportTableField, TensionReportFields } from '../../types';
import { createDateReading, readIncidentDate } from '../incidents/date-parsing';
import { locateByPostcode, type PostcodeIndex } from '../postcodes/locate-by-postcode';
import { placeByPostcode } from './report-postcode';
import { createCommunityTypeReader } from '../tensions/community-types';
import type { ReportColumnIndexes } from './report-columns';
import { INFORMATION_STATUSES, readReportWord, readReportWords, SOURCE_KINDS, SOURCE_RELIABILITIES, TENSION_TYPES } from './report-vocabulary';

/** What reading rows needs: the columns, the known areas, and who the file came from. */
export interface ReportRowContext {
  columns: ReportColumnIndexes;
  /** Known area codes (upper case) → name, or null to accept any code. */
  areas: ReadonlyMap<string, string> | null;
  /** Area name (lower case, single spaces) → code. */
  areaCodesByName: ReadonlyMap<string, string>;
  /** The agency for rows that name none (the file's name). */
  defaultAgency: string;
  /** The loaded postcode lookups, to place rows given by postcode; null when none is loaded. */
  postcodes: PostcodeIndex | null;
}

/** Why a row was not read: the reason, the cell text found, and the field at fault ('place': no place at all). */
export interface ReportRowProblem {
  ok: false;
  reason: ReportRejectReason;
  value: string;
  field: ReportTableField | 'place';
}

export type ReportRowReading = { ok: true; fields: TensionReportFields } | ReportRowProblem;

const readCommunity = createCommunityTypeReader();

const reject = (field: ReportRowProblem['field'], reason: ReportRejectReason, value = ''): ReportRowProblem => ({ ok: false, reason, value, field });

type PlaceReading = { ok: true; place: ReportPlace } | ReportRowProblem;

function readTime(date: string, time: string): { ok: true; timeMs: number } | { ok: false; reason: 'no-date' | 'unparseable-date' } {
  if (date === '') return { ok: false, reason: 'no-date' };
  const reading = createDateReading();
  // A date cell may hold the time already ("2024-05-10 18:30"); a separate time cell adds it.
  const text = time !== '' && !/\d:\d/.test(date) ? `${date} ${time}` : date;
  if (!readIncidentDate(text, reading) || reading.precision === 0) return { ok: false, reason: 'unparseable-date' };
  return { ok: true, timeMs: reading.timeMs };
}

function readPlace(cell: (field: keyof ReportColumnIndexes) => string, context: ReportRowContext): PlaceReading {
  const code = cell('areaCode').toUpperCase();
  const name = cell('areaName');
  const lngText = cell('lng');
  const latText = cell('lat');
  let position: [number, number] | undefined;
  if (lngText !== '' || latText !== '') {
    const lng = Number(lngText);
    const lat = Number(latText);
    const badField = lngText === '' || !Number.isFinite(lng) || Math.abs(lng) > 180 ? 'lng' : 'lat';
    if (lngText === '' || latText === '' || !Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) return reject(badField, 'bad-position', `${lngText}, ${latText}`);
    position = [lng, lat];
  }
  let areaCode = code;
  if (areaCode === '' && name !== '') areaCode = context.areaCodesByName.get(name.toLowerCase().replace(/\s+/g, ' ')) ?? '';
  if (code !== '' && context.areas && !context.areas.has(code)) return reject('areaCode', 'unknown-area', code);
  const postcodeText = cell('postcode');
  const located = context.postcodes && postcodeText !== '' ? locateByPostcode(postcodeText, context.postcodes) : null;
  const byPostcode = placeByPostcode(postcodeText, located, position !== undefined, areaCode !== '');
  if (!byPostcode.ok) return reject('postcode', byPostcode.reason, postcodeText);
  const point = position ?? byPostcode.place.position;
  if (areaCode === '' && !point) return name === '' ? reject('place', 'no-place') : reject('areaName', 'unknown-area', name);
  const areaName = name || (areaCode !== '' ? context.areas?.get(areaCode) : undefined);
  return { ok: true, place: { ...(areaCode !== '' && { areaCode }), ...(areaName && { areaName }), ...byPostcode.place, ...(position && { position }) } };
}

/** Reads one row (cells as text); checks in the order date, place (coordinates, postcode, area), type, source, status, reliability, rumour, narrative. */
export function readReportRow(cells: readonly string[], context: ReportRowContext): ReportRowReading {
  const cell = (field: keyof ReportColumnIndexes) => (context.columns[field] === -1 ? '' : (cells[context.columns[field]] ?? '').trim());
  const time = readTime(cell('date'), cell('time'));
  if (!time.ok) return reject('date', time.reason, cell('date'));
  const place = readPlace(cell, context);
  if (!place.ok) return place;
  const types = readReportWords(cell('tensionTypes'), TENSION_TYPES);
  if (types.unknown.length > 0) return reject('tensionTypes', 'unknown-tension-type', types.unknown.join('; '));
  if (types.found.length === 0) return reject('tensionTypes', 'no-tension-type');
  const sourceText = cell('sourceKind');
  const sourceKind = sourceText === '' ? 'other' : readReportWord(sourceText, SOURCE_KINDS);
  if (!sourceKind) return reject('sourceKind', 'unknown-source', sourceText);
  const statusText = cell('status');
  if (statusText === '') return reject('status', 'no-status');
  const status = readReportWord(statusText, INFORMATION_STATUSES);
  if (!status) return reject('status', 'unknown-status', statusText);
  // A blank grade is what "untested" means: nothing is known of the source's reliability.
  const reliabilityText = cell('reliability');
  const reliability = reliabilityText === '' ? 'untested' : readReportWord(reliabilityText, SOURCE_RELIABILITIES);
  if (!reliability) return reject('reliability', 'unknown-reliability', reliabilityText);
  const rumourText = cell('rumour').toLowerCase();
  if (!['', 'yes', 'no', 'y', 'n', 'true', 'false'].includes(rumourText)) return reject('rumour', 'bad-rumour', cell('rumour'));
  const narrative = cell('narrative');
  if (narrative === '') return reject('narrative', 'no-narrative');
  const communities = cell('communities').split(/[;|\n]/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const reading = readCommunity(part);
    return reading.kind === 'type' ? reading.communityType : part;
  });
  return {
    ok: true,
    fields: {
      timeMs: time.timeMs,
      place: place.place,
      communities: [...new Set(communities)],
      tensionTypes: types.found,
      sourceKind,
      status,
      reliability,
      narrative,
      rumour: ['yes', 'y', 'true'].includes(rumourText),
      actionTaken: cell('actionTaken'),
      recordedBy: cell('recordedBy'),
      agency: cell('agency') || context.defaultAgency,
    },
  };
}
