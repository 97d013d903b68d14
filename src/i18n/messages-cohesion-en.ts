/**
 * English words for the cohesion evidence (issue 16): the guide's factors as the catalogue states them
 * (layers/indicator-catalogue.json; a test keeps the two identical), table sources and editions, and the
 * index set-up. Spread into messages-en.ts; messages-cohesion-cy.ts must have exactly these keys.
 */
export const cohesionMessagesEn = {
  'cohesion.caveat': 'This describes places, not people.',
  'cohesion.guideSummary': "Each factor's text is our summary of the direction the guide gives it (Community Mapping and Tension Monitoring, Part 2, Step 3), not the guide's own words, which could not be checked.",
  'cohesion.chooseDirection': 'Choose…',
  'cohesion.needsDirection': 'Not in the index until you say which way it runs.',
  'cohesion.notInCatalogue': 'Not one of the guide’s proxies: say which way it runs.',
  'cohesion.aboutFactor': 'Factor: {factor}',
  'cohesion.guideProxy': 'The guide’s proxy: “{wording}”',
  'cohesion.measure.rank': 'Ranks: 1 = most deprived, so a higher number means less deprivation.',
  'cohesion.measure.score': 'Scores: a higher number means more deprivation.',
  'cohesion.factorsHeading': 'What these factors mean',
  'cohesion.sourceColumn': 'Source',
  'cohesion.waitingDirection': 'Waiting for a direction: {list}',

  'tableSource.wimd': 'Welsh Index of Multiple Deprivation {edition}',
  'tableSource.imd': 'English Indices of Deprivation {edition}',
  'tableSource.census': 'Census {edition} {topic}',
  'tableSource.file': '{label}',
  'tableSource.fileEdition': '{label}, {edition}',
  'tableSource.rank': '{source}, ranks',
  'tableSource.score': '{source}, scores',
  'tableSource.indicator': '{indicator} ({source})',

  'cohesionFactor.age': 'Age',
  'cohesionFactor.ethnicity': 'Ethnicity',
  'cohesionFactor.migration': 'Migration and population churn',
  'cohesionFactor.deprivation': 'Economic disadvantage (deprivation)',
  'cohesionFactor.crime': 'Crime',
  'cohesionFactor.education': 'Education and qualifications',
  'cohesionFactor.occupation': 'Occupation and employment',
  'cohesionFactor.disability': 'Disability and long-term health',
  'cohesionFactor.age.association': 'The guide lists age as positively associated with cohesion: areas with more older residents tend to show higher cohesion.',
  'cohesionFactor.ethnicity.association': 'The guide lists ethnicity as positively associated with cohesion: areas where its proxies (such as the share of residents born outside the UK) are higher tend to show higher cohesion.',
  'cohesionFactor.migration.association': 'The guide lists migration as negatively associated with cohesion: areas with more recent arrivals tend to show lower cohesion.',
  'cohesionFactor.deprivation.association': 'The guide lists deprivation as negatively associated with cohesion: more deprived areas tend to show lower cohesion.',
  'cohesionFactor.crime.association': 'The guide lists crime as negatively associated with cohesion: areas with more recorded crime tend to show lower cohesion.',
  'cohesionFactor.education.association': 'The guide lists education as positively associated with cohesion: areas where more residents hold qualifications tend to show higher cohesion.',
  'cohesionFactor.occupation.association': 'The guide lists occupation as positively associated with cohesion: areas where more residents work in managerial and professional jobs tend to show higher cohesion.',
  'cohesionFactor.disability.association': 'The guide lists disability as negatively associated with cohesion: areas with more residents entitled to disability benefits tend to show lower cohesion.',
  'cohesionFactor.ethnicity.laterEvidence': 'Later UK studies (for example Laurence 2011; Sturgis and others 2011 and 2014) report small negative associations between ethnic diversity and some measures of neighbourhood trust once deprivation is allowed for, while finding deprivation matters more. Choose the direction with care and say which you used.',
} as const;
