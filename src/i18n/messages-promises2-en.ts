/**
 * English words of the second pass on issue 13: saved records a restore had to leave out, by list. Spread
 * into messages-en.ts; messages-promises2-cy.ts must have exactly these keys.
 */
export const promises2MessagesEn = {
  'promises2.recordsDropped': '{list}: {count} saved records were damaged, or named data that did not come back, and were left out; the rest was restored.',
  'promises2.recordsDropped.one': '{list}: 1 saved record was damaged, or named data that did not come back, and was left out; the rest was restored.',
  'promises2.list.reports': 'Tension reports',
  'promises2.list.events': 'Planned events',
  'promises2.list.ratings': 'Tension ratings entered',
  'promises2.list.judgements': 'Overall tension judgements',
  'promises2.list.cia': 'Community Impact Assessments',
  'promises2.list.cia-assessment': 'Community Impact Assessments',
  'promises2.list.cia-risk': 'Assessment risks',
  'promises2.list.cia-action': 'Assessment actions',
  'promises2.list.cia-register-entry': 'Risk register entries',
  'promises2.list.cia-review': 'Assessment reviews',
  'promises2.list.export-records': 'Record of earlier exports',
  'promises2.list.export-counts': 'Counts in the record of earlier exports',
  'promises2.list.saved-views': 'Saved views',
  'promises2.list.authorities': 'Authorities given to layers',
  'promises2.list.merges': 'Merged layers',
  'promises2.list.index-items': 'Cohesion index indicators',
  'promises2.list.custom-proxies': 'Your own cohesion proxies',
} as const;
