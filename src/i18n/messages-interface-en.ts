/**
 * English words for the workflow-shaped interface (issue 15): the section rail, readable dataset names,
 * the basemap choice and the first-start choice. Spread into messages-en.ts; messages-interface-cy.ts
 * must have exactly these keys.
 */
export const interfaceMessagesEn = {
  'section.rail': 'Sections',
  'section.data': 'Data',
  'section.map': 'Map and classes',
  'section.incidents': 'Incidents',
  'section.cohesion': 'Cohesion',
  'section.tension': 'Tension',
  'section.neighbours': 'Neighbours',
  'section.present': 'Present and export',
  'section.workspace': 'Workspace',
  'section.data.intro': 'Your boundaries, incidents and tables. Everything stays on this computer.',
  'section.map.intro': 'What the map shows, and how its values are classed.',
  'section.incidents.intro': 'Where and when incidents happened, and where they cluster.',
  'section.cohesion.intro': 'Community make-up, an index of local indicators, and rapid change.',
  'section.tension.intro': 'Tension ratings from your log, by area and period.',
  'section.neighbours.intro': 'Areas along a boundary with a neighbouring authority.',
  'section.present.intro': 'Saved views for a meeting, images for a report, and packages for neighbours.',
  'section.workspace.intro': 'Save, restore or clear your work, and the keyboard shortcuts.',
} as const;
