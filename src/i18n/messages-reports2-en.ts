/**
 * English words for the second round of issue 14 (tension monitoring as a shared record): reports placed by
 * postcode, reports in share packages field by field, the group's agreed rating on the map, and report imports
 * through the import worker. Spread into messages-en.ts; messages-reports2-cy.ts must have exactly these keys.
 */
export const reports2MessagesEn = {
  'tension.overallAgreed': 'Overall (the group’s agreed rating where recorded, else the most alarming community)',
  'tension.agreedWord': 'agreed by the group',
  'reports.reject.not-a-postcode': 'not a postcode',
  'reports.reject.postcode-not-in-lookup': 'the postcode is not in the loaded postcode lookup',
  'reports.reject.no-postcode-lookup': 'only a postcode is given and no postcode lookup is loaded (load the ONS Postcode Directory or Code-Point Open, then import again)',
  'reports2.rejectedColumn': '{file} row {row}, column “{column}”: {reason}',
  'reports2.rejectedColumnValue': '{file} row {row}, column “{column}”: {reason} (found “{value}”)',
  'reports2.rejectedCount': '{reason}: {count} rows',
  'reports2.rejectedCount.one': '{reason}: 1 row',
} as const;
