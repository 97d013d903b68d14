/**
 * Welsh words of issue 13 (suppression of small numbers and the record of exports). All are our own
 * wording, listed in `welshReviewNeeded` in messages-cy.ts until a Welsh speaker has reviewed them.
 */
import type { promisesMessagesEn } from './messages-promises-en';

export const promisesMessagesCy: Record<keyof typeof promisesMessagesEn, string> = {
  'promises.suppress': 'Atal niferoedd bach (argymhellir)',
  'promises.suppressRule': 'Caiff cyfrifon o 1 i 4 eu hysgrifennu fel "<5". Caiff celloedd a fyddai’n datgelu un drwy dynnu — o gyfanswm ardal, o gyfanswm pob ardal, neu o dabl a allforiwyd o’r gweithle hwn o’r blaen — eu hysgrifennu fel "[c]", a hefyd gyfraddau o gyfrifon a ataliwyd.',
  'promises.tableRule': 'Rheol niferoedd bach: caiff cyfrifon o 1 i 4 eu hysgrifennu fel "<5"; caiff cyfradd, gwahaniaeth neu newid a gyfrifwyd o gyfrif o’r fath, a’i ddosbarth, eu hysgrifennu fel "[c]" (cyfrinachol). Fel na ellir cyfrifo unrhyw gyfrif yn ôl drwy dynnu — o gyfanswm pob ardal, neu o dabl a allforiwyd o’r gweithle hwn o’r blaen — caiff gwerthoedd eraill eu hysgrifennu fel "[c]" hefyd. Dangosir sero fel 0.',
  'promises.exported': '{file}: ataliwyd {withheld} o gelloedd.',
  'promises.exportedDifferenced': '{count} ohonynt am y byddai allforio cynharach ({files}) yn eu datgelu drwy dynnu.',
  'promises.exportedRecorded': 'Cofnodir yr allforio hwn yn y gweithle, felly caiff allforion diweddarach eu gwirio yn ei erbyn.',
  'promises.exportedRaw': 'Ysgrifennwyd {file} heb atal niferoedd bach: at eich defnydd eich hun yn unig; peidiwch â’i rannu.',
  'promises.basemap.heading': 'Defnyddio’r map sylfaen a gadwyd yn y gweithle hwn?',
  'promises.basemap.body': 'Mae’r gweithle’n enwi map sylfaen yn {host} ({url}). Byddai teils map ohono’n dweud wrth y gweinydd hwnnw pa ardal rydych yn edrych arni. Nid oes dim wedi’i ofyn ganddo eto.',
  'promises.basemap.accept': 'Defnyddio’r map sylfaen hwn',
  'promises.basemap.decline': 'Cadw’r cefndir all-lein',
  'promises.years.legend': 'Blynyddoedd y gall digwyddiad fod wedi’i ddyddio ynddynt',
  'promises.years.from': 'O’r flwyddyn',
  'promises.years.to': 'I’r flwyddyn',
  'promises.years.help': 'Gwrthodir rhesi a ddyddiwyd y tu allan i’r blynyddoedd hyn, gyda’r rheswm. Y rhagosodiad yw {from} i {to}. Yn berthnasol i ffeiliau a lwythir o hyn ymlaen.',
  'promises.years.apply': 'Defnyddio’r blynyddoedd',
  'promises.years.reset': 'Defnyddio’r blynyddoedd rhagosodedig',
  'promises.years.invalid': 'Rhowch ddwy flwyddyn, y gyntaf heb fod yn hwyrach na’r ail.',
  'promises.readOnly': 'Mae’r gweithle hwn ar agor mewn tab arall yn y porwr hwn, sy’n ei gadw. Darllen yn unig yw’r tab hwn: nid oes dim a wnewch yma yn cael ei gadw. Caewch y tab arall ac ail-lwythwch yr un hwn i weithio yma.',
};
