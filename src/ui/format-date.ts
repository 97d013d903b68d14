/** Dates in words live with the catalogue (the documents of issue 18 word them outside React too). */
export { formatDate, type DateStyle } from '../i18n/format-date';
