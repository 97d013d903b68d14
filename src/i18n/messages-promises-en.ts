/**
 * English words of issue 13 ("Nothing lost, nothing leaked, nothing frozen"): small-number suppression of
 * every output of counts and the record of what the workspace has exported. Spread into messages-en.ts;
 * messages-promises-cy.ts must have exactly these keys.
 */
export const promisesMessagesEn = {
  'promises.suppress': 'Withhold small numbers (recommended)',
  'promises.suppressRule': 'Counts of 1 to 4 are written "<5". Cells that would give one back by subtraction — from an area’s total, from the total of all areas, or from a table this workspace exported before — are written "[c]", and so are rates from withheld counts.',
  'promises.tableRule': 'Small-number rule: counts of 1 to 4 are written as "<5"; a rate, difference or change worked out from such a count, and its class, are written as "[c]" (confidential). So that no count can be worked back by subtraction — from the total of all areas, or from a table this workspace exported before — further values are written "[c]" too. Zero is shown as 0.',
  'promises.exported': '{file}: {withheld} cells withheld.',
  'promises.exportedDifferenced': '{count} of them because an earlier export ({files}) would give them back by subtraction.',
  'promises.exportedRecorded': 'This export is recorded in the workspace, so later exports are checked against it.',
  'promises.exportedRaw': '{file} was written without suppression: for your own use only; do not share it.',
  'promises.basemap.heading': 'Use the basemap saved in this workspace?',
  'promises.basemap.body': 'The workspace names a basemap at {host} ({url}). Map tiles from it would tell that server which area you are viewing. Nothing has been requested from it yet.',
  'promises.basemap.accept': 'Use this basemap',
  'promises.basemap.decline': 'Keep the offline background',
  'promises.years.legend': 'Years an incident may be dated in',
  'promises.years.from': 'From year',
  'promises.years.to': 'To year',
  'promises.years.help': 'Rows dated outside these years are rejected, with the reason. The default is {from} to {to}. Applies to files loaded from now on.',
  'promises.years.apply': 'Apply years',
  'promises.years.reset': 'Use the default years',
  'promises.years.invalid': 'Enter two years, the first no later than the second.',
  'promises.readOnly': 'This workspace is open in another tab of this browser, which saves it. This tab is read-only: nothing you do here is saved. Close the other tab and reload this one to work here.',
} as const;
