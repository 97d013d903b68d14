/**
 * The 22 Welsh principal councils (2013 onwards, codes W06000001–W06000024), with Welsh names, so LSOA names
 * such as "Caerphilly 003A" and file names such as "lsoa11_W06000018_caerphilly" give an authority code.
 */
/** An authority known in advance: GSS code with its English and Welsh names. */
export interface KnownAuthority {
  code: string;
  name: string;
  nameCy: string;
}

/** Welsh local authorities by GSS code (ONS names, English and Welsh). */
export const WELSH_AUTHORITIES: ReadonlyArray<KnownAuthority> = [
  { code: 'W06000001', name: 'Isle of Anglesey', nameCy: 'Ynys Môn' },
  { code: 'W06000002', name: 'Gwynedd', nameCy: 'Gwynedd' },
  { code: 'W06000003', name: 'Conwy', nameCy: 'Conwy' },
  { code: 'W06000004', name: 'Denbighshire', nameCy: 'Sir Ddinbych' },
  { code: 'W06000005', name: 'Flintshire', nameCy: 'Sir y Fflint' },
  { code: 'W06000006', name: 'Wrexham', nameCy: 'Wrecsam' },
  { code: 'W06000008', name: 'Ceredigion', nameCy: 'Ceredigion' },
  { code: 'W06000009', name: 'Pembrokeshire', nameCy: 'Sir Benfro' },
  { code: 'W06000010', name: 'Carmarthenshire', nameCy: 'Sir Gaerfyrddin' },
  { code: 'W06000011', name: 'Swansea', nameCy: 'Abertawe' },
  { code: 'W06000012', name: 'Neath Port Talbot', nameCy: 'Castell-nedd Port Talbot' },
  { code: 'W06000013', name: 'Bridgend', nameCy: 'Pen-y-bont ar Ogwr' },
  { code: 'W06000014', name: 'Vale of Glamorgan', nameCy: 'Bro Morgannwg' },
  { code: 'W06000015', name: 'Cardiff', nameCy: 'Caerdydd' },
  { code: 'W06000016', name: 'Rhondda Cynon Taf', nameCy: 'Rhondda Cynon Taf' },
  { code: 'W06000018', name: 'Caerphilly', nameCy: 'Caerffili' },
  { code: 'W06000019', name: 'Blaenau Gwent', nameCy: 'Blaenau Gwent' },
  { code: 'W06000020', name: 'Torfaen', nameCy: 'Tor-faen' },
  { code: 'W06000021', name: 'Monmouthshire', nameCy: 'Sir Fynwy' },
  { code: 'W06000022', name: 'Newport', nameCy: 'Casnewydd' },
  { code: 'W06000023', name: 'Powys', nameCy: 'Powys' },
  { code: 'W06000024', name: 'Merthyr Tydfil', nameCy: 'Merthyr Tudful' },
];
