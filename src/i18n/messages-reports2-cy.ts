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
};
