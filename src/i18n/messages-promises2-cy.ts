/** Welsh words of the second pass on issue 13 (our own wording, awaiting review by a Welsh speaker). */
import type { promises2MessagesEn } from './messages-promises2-en';

export const promises2MessagesCy: Record<keyof typeof promises2MessagesEn, string> = {
  'promises2.recordsDropped': '{list}: roedd {count} o gofnodion a gadwyd wedi’u difrodi, neu’n enwi data na ddaeth yn ôl, ac fe’u gadawyd allan; adferwyd y gweddill.',
  'promises2.recordsDropped.one': '{list}: roedd 1 cofnod a gadwyd wedi’i ddifrodi, neu’n enwi data na ddaeth yn ôl, ac fe’i gadawyd allan; adferwyd y gweddill.',
  'promises2.list.reports': 'Adroddiadau tensiwn',
  'promises2.list.events': 'Digwyddiadau wedi’u cynllunio',
  'promises2.list.ratings': 'Graddau tensiwn a roddwyd',
  'promises2.list.judgements': 'Barn gyffredinol ar densiwn',
  'promises2.list.cia': 'Asesiadau o’r Effaith ar y Gymuned',
  'promises2.list.cia-assessment': 'Asesiadau o’r Effaith ar y Gymuned',
  'promises2.list.cia-risk': 'Risgiau asesiadau',
  'promises2.list.cia-action': 'Camau gweithredu asesiadau',
  'promises2.list.cia-register-entry': 'Cofnodion y gofrestr risgiau',
  'promises2.list.cia-review': 'Adolygiadau asesiadau',
  'promises2.list.export-records': 'Cofnod o allforion cynharach',
  'promises2.list.export-counts': 'Cyfrifon yng nghofnod allforion cynharach',
  'promises2.list.saved-views': 'Golygfeydd a gadwyd',
  'promises2.list.authorities': 'Awdurdodau a roddwyd i haenau',
  'promises2.list.merges': 'Haenau wedi’u cyfuno',
  'promises2.list.index-items': 'Dangosyddion y mynegai cydlyniant',
  'promises2.list.custom-proxies': 'Eich dirprwyon cydlyniant eich hun',
};
