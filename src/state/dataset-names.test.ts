import { describe, expect, it } from 'vitest';
import { authorityName, monthSpan, nameAreaDataset, nameIncidentDataset, nameTable, policeForce } from './dataset-names';

const caerphilly = { code: 'W06000018', name: 'Caerphilly', source: 'name-prefix' as const };
const month = (year: number, m: number) => Date.UTC(year, m - 1, 1);

describe('dataset names in words', () => {
  it('names boundaries by level, vintage and authority, in English and Welsh', () => {
    const lsoas = { level: 'lsoa' as const, vintage: { year: 2011, source: 'field-name' as const }, authorities: [caerphilly] };
    expect(nameAreaDataset(lsoas, 'en')).toBe('LSOAs 2011 · Caerphilly');
    expect(nameAreaDataset(lsoas, 'cy')).toBe('ACEHI 2011 · Caerffili');
    expect(nameAreaDataset({ level: 'ward', vintage: null, authorities: [] }, 'en')).toBe('Wards');
  });

  it('counts many authorities rather than listing them, without a mutation in Welsh', () => {
    const authorities = ['Cardiff', 'Caerphilly', 'Newport', 'Torfaen'].map((name) => ({ code: '', name, source: 'field' as const }));
    expect(nameAreaDataset({ level: 'lsoa', vintage: { year: 2021, source: 'codes' }, authorities }, 'en')).toBe('LSOAs 2021 · 4 authorities');
    expect(nameAreaDataset({ level: 'lsoa', vintage: { year: 2021, source: 'codes' }, authorities }, 'cy')).toBe('ACEHI 2021 · 4 awdurdod');
  });

  it('gives the 22 Welsh principal areas their Welsh names', () => {
    expect(authorityName({ code: 'W06000001', name: 'Isle of Anglesey' }, 'cy')).toBe('Ynys Môn');
    expect(authorityName({ code: 'W06000022', name: 'Newport' }, 'cy')).toBe('Casnewydd');
    expect(authorityName({ code: 'E08000004', name: 'Oldham' }, 'cy')).toBe('Oldham');
    expect(authorityName({ code: 'W06000022', name: 'Newport' }, 'en')).toBe('Newport');
  });

  it('spans months within a year, across years, and a single month', () => {
    expect(monthSpan(month(2021, 1), month(2021, 12), 'en')).toBe('Jan – Dec 2021');
    expect(monthSpan(month(2020, 12), month(2021, 3), 'en')).toBe('Dec 2020 – Mar 2021');
    expect(monthSpan(month(2021, 5), month(2021, 5), 'en')).toBe('May 2021');
    expect(monthSpan(month(2021, 1), month(2021, 12), 'cy')).toBe('Ion – Rhag 2021');
  });

  it('reads the police force from police.uk street file names', () => {
    expect(policeForce(['2021-01-gwent-street.csv'])).toBe('Gwent');
    expect(policeForce(['x/2022-05-south-wales-street.csv'])).toBe('South Wales');
    expect(policeForce(['incidents.csv'])).toBeNull();
  });

  it('names police.uk incidents by source, force and months, other incidents by their months', () => {
    const times = [month(2021, 3), month(2021, 1), Number.NaN, month(2021, 12)];
    expect(nameIncidentDataset(['2021-01-gwent-street.csv', '2021-02-gwent-street.csv'], times, 'en')).toBe('Police recorded crime · Gwent · Jan – Dec 2021');
    expect(nameIncidentDataset(['log.csv'], times, 'en')).toBe('Incidents · Jan – Dec 2021');
    expect(nameIncidentDataset(['log.csv'], [], 'cy')).toBe('Digwyddiadau');
  });

  it('names known tables by publication, title and edition', () => {
    expect(nameTable('census2021-ts001-lsoa.csv', 'en')).toBe('Census 2021 TS001: Usual residents');
    expect(nameTable('census2021_ts004_country_of_birth_3a_lsoa21.csv', 'cy')).toBe('Cyfrifiad 2021 TS004: Gwlad enedigol');
    expect(nameTable('census2021-ts099.csv', 'en')).toBe('Census 2021 TS099');
    expect(nameTable('wimd-2025-index-and-domain-ranks-by-small-area.ods', 'en')).toBe('Welsh Index of Multiple Deprivation 2025');
    expect(nameTable('imd2019_lsoa11_england.csv', 'en')).toBe('English Indices of Deprivation 2019');
    expect(nameTable('my-indicators.csv', 'en')).toBeNull();
  });
});
