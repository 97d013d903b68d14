/**
 * Welsh words for the workflow-shaped interface (see messages-interface-en.ts). Spread into messages-cy.ts;
 * the keys whose wording still needs a Welsh speaker's review are listed in `interfaceReviewNeeded`.
 */
import type { interfaceMessagesEn } from './messages-interface-en';

export const interfaceMessagesCy: Record<keyof typeof interfaceMessagesEn, string> = {
  'section.rail': 'Adrannau',
  'section.data': 'Data',
  'section.map': 'Map a dosbarthiadau',
  'section.incidents': 'Digwyddiadau',
  'section.cohesion': 'Cydlyniant',
  'section.tension': 'Tensiwn',
  'section.neighbours': 'Cymdogion',
  'section.present': 'Cyflwyno ac allforio',
  'section.workspace': 'Gweithle',
  'section.data.intro': 'Eich ffiniau, digwyddiadau a thablau. Mae popeth yn aros ar y cyfrifiadur hwn.',
  'section.map.intro': 'Beth mae’r map yn ei ddangos, a sut mae ei werthoedd wedi’u dosbarthu.',
  'section.incidents.intro': 'Ble a phryd y digwyddodd digwyddiadau, a ble maen nhw’n clystyru.',
  'section.cohesion.intro': 'Cyfansoddiad cymunedau, mynegai o ddangosyddion lleol, a newid cyflym.',
  'section.tension.intro': 'Graddfeydd tensiwn o’ch log, fesul ardal a chyfnod.',
  'section.neighbours.intro': 'Ardaloedd ar hyd ffin ag awdurdod cyfagos.',
  'section.present.intro': 'Golygfeydd wedi’u cadw ar gyfer cyfarfod, delweddau ar gyfer adroddiad, a phecynnau i gymdogion.',
  'section.workspace.intro': 'Cadw, adfer neu glirio eich gwaith, a’r llwybrau byr bysellfwrdd.',
  'name.level.lsoa': 'ACEHI',
  'name.level.ward': 'Wardiau',
  'name.level.local-authority': 'Awdurdodau lleol',
  'name.level.other': 'Ardaloedd',
  'name.authorities': '{count} awdurdod',
  'name.policeCrime': 'Troseddau a gofnodwyd gan yr heddlu',
  'name.incidents': 'Digwyddiadau',
  'name.census': 'Cyfrifiad 2021 {table}',
  'name.censusTitled': 'Cyfrifiad 2021 {table}: {title}',
  'name.census.ts001': 'Preswylwyr arferol',
  'name.census.ts004': 'Gwlad enedigol',
  'name.census.ts021': 'Grŵp ethnig',
  'name.census.ts030': 'Crefydd',
  'name.census.ts011': 'Aelwydydd yn ôl dimensiynau amddifadedd',
  'name.wimd': 'Mynegai Amddifadedd Lluosog Cymru {year}',
  'name.imd': 'Mynegeion Amddifadedd Lloegr {year}',
};

/** Our own Welsh wording in this file, awaiting review by a Welsh speaker. */
export const interfaceReviewNeeded = [
  'section.map',
  'section.neighbours',
  'section.map.intro',
  'section.incidents.intro',
  'section.cohesion.intro',
  'section.present.intro',
  'section.workspace.intro',
  'name.level.lsoa',
  'name.policeCrime',
  'name.census.ts011',
  'name.imd',
] as const;
