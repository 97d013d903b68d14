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
  'reports2.field.postcode': 'Postcode (the report is placed at the postcode’s centre, not at an address)',
  'reports2.field.postcodeHint': 'Placed with the postcode lookup you loaded and counted in its LSOA or ward.',
  'reports2.field.postcodeNoLookup': 'To place a report by postcode alone, load a postcode lookup first (Data: the ONS Postcode Directory or Code-Point Open). With an area or a point, the postcode is kept as written.',
  'reports2.placedAtCentroid': 'Placed at the centre of postcode {postcode}, not at an address.',
  'reports2.problem.not-a-postcode': '“{postcode}” is not a postcode.',
  'reports2.problem.postcode-not-in-lookup': '{postcode} is not in the postcode lookup you loaded: check it, or give an area or a point instead.',
  'reports2.problem.no-postcode-lookup': 'No postcode lookup is loaded, so {postcode} cannot be placed: load one, or give an area or a point.',
} as const;
