/**
 * What the report forms offer, taken from data/ for the interface (which never imports data/ itself): the
 * closed lists of a tension report, the standard community types, and the blank template for partners.
 */
export { INFORMATION_STATUSES, SOURCE_KINDS, SOURCE_RELIABILITIES, TENSION_TYPES } from '../data/reports/report-vocabulary';
export { STANDARD_COMMUNITY_TYPES } from '../data/tensions/community-types';
export { reportTemplateCsv, reportTemplateXlsx } from '../data/reports/report-template';
