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
};
