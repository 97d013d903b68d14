/**
 * Welsh words for the second round of issue 14, see messages-reports2-en.ts. Spread into messages-cy.ts; all
 * of it is our own Welsh, listed for review there.
 */
import type { reports2MessagesEn } from './messages-reports2-en';

export const reports2MessagesCy: Record<keyof typeof reports2MessagesEn, string> = {
  'tension.overallAgreed': 'Cyffredinol (sgôr y cytunodd y grŵp arni lle cafodd ei chofnodi, fel arall y gymuned fwyaf pryderus)',
  'tension.agreedWord': 'y cytunodd y grŵp arni',
  'reports.reject.not-a-postcode': 'nid yw’n god post',
  'reports.reject.postcode-not-in-lookup': 'nid yw’r cod post yn y rhestr codau post a lwythwyd',
  'reports.reject.no-postcode-lookup': 'dim ond cod post a roddir ac nid oes rhestr codau post wedi’i llwytho (llwythwch Gyfeiriadur Codau Post yr ONS neu Code-Point Open, yna mewnforio eto)',
  'reports2.rejectedColumn': '{file} rhes {row}, colofn “{column}”: {reason}',
  'reports2.rejectedColumnValue': '{file} rhes {row}, colofn “{column}”: {reason} (canfuwyd “{value}”)',
  'reports2.rejectedCount': '{reason}: {count} rhes',
  'reports2.rejectedCount.one': '{reason}: 1 rhes',
  'reports2.field.postcode': 'Cod post (caiff yr adroddiad ei osod yng nghanol y cod post, nid mewn cyfeiriad)',
  'reports2.field.postcodeHint': 'Wedi’i osod gyda’r rhestr codau post a lwythwyd gennych a’i gyfrif yn ei AGEHI neu ei ward.',
  'reports2.field.postcodeNoLookup': 'I osod adroddiad yn ôl cod post yn unig, llwythwch restr codau post yn gyntaf (Data: Cyfeiriadur Codau Post yr ONS neu Code-Point Open). Gydag ardal neu bwynt, cedwir y cod post fel y’i hysgrifennwyd.',
  'reports2.placedAtCentroid': 'Wedi’i osod yng nghanol cod post {postcode}, nid mewn cyfeiriad.',
  'reports2.problem.not-a-postcode': 'Nid yw “{postcode}” yn god post.',
  'reports2.problem.postcode-not-in-lookup': 'Nid yw {postcode} yn y rhestr codau post a lwythwyd gennych: gwiriwch ef, neu rhowch ardal neu bwynt yn lle hynny.',
  'reports2.problem.no-postcode-lookup': 'Nid oes rhestr codau post wedi’i llwytho, felly ni ellir gosod {postcode}: llwythwch un, neu rhowch ardal neu bwynt.',
  'problemWord.shouldBe.report-field': 'un o feysydd yr adroddiad y caiff pecyn eu cario (time, communities, reliability, sourceKind, place, narrative, actionTaken, recordedBy, agency)',
  'problemWord.shouldBe.report-field-chosen': 'yn absennol: nid yw’r pecyn yn rhestru’r maes hwn ymhlith y rhai a ddewisodd yr anfonwr eu rhannu',
  'problemWord.shouldBe.report-value': 'un o’r gwerthoedd y mae adroddiad tensiwn yn eu cymryd (gweler dalen Lists templed yr adroddiad)',
  'reports2.sensitive': 'Gall adroddiadau enwi pobl ac ailadrodd sïon. Maen nhw’n aros ar y cyfrifiadur hwn, yn mynd i becyn rhannu dim ond os ydych chi’n eu ticio yno, fesul maes, ac wedi’u cuddio wrth gyflwyno oni bai eich bod yn eu dangos.',
  'reports2.share.heading': 'Adroddiadau tensiwn',
  'reports2.share.include': 'Anfon adroddiadau tensiwn ({count} yn y gweithle hwn)',
  'reports2.share.always': 'Mae pob adroddiad a anfonir yn cario ei ddiwrnod, ei ardal, ei fathau o densiwn a statws yr wybodaeth. Ticiwch beth arall i’w anfon; ni chaiff adroddiadau a dynnwyd yn ôl byth eu hanfon.',
  'reports2.share.field.time': 'Amser o’r dydd',
  'reports2.share.field.communities': 'Cymunedau yr effeithir arnynt',
  'reports2.share.field.reliability': 'Dibynadwyedd y ffynhonnell',
  'reports2.share.field.sourceKind': 'Math o ffynhonnell',
  'reports2.share.field.place': 'Yr union bwynt a’r cod post',
  'reports2.share.field.narrative': 'Yr hyn a welwyd neu a glywyd, ac a yw’n si',
  'reports2.share.field.actionTaken': 'Y camau a gymerwyd',
  'reports2.share.field.recordedBy': 'Pwy a’i cofnododd',
  'reports2.share.field.agency': 'Asiantaeth neu gyfrannwr',
  'reports2.share.sensitiveMark': '(sensitif)',
  'reports2.share.warning': 'Rydych chi’n anfon meysydd adroddiad sensitif: gallant enwi pobl, ailadrodd sïon neu bwyntio at gartref. Anfonwch nhw dim ond o dan gytundeb sy’n eu cwmpasu.',
  'reports2.importedFile': '{file}: cadwyd {count} adroddiad; rhesi a wrthodwyd: {rejected}',
  'reports2.importedFile.one': '{file}: cadwyd 1 adroddiad; rhesi a wrthodwyd: {rejected}',
};
