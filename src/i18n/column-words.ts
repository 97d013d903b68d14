/**
 * Words for known column names (issue 15): the example borough's columns read "Deprivation score", not
 * "deprivation_score". A column the catalogue has no words for keeps its own name. Pure.
 */
import { catalogueFor, translate, type Locale, type MessageKey } from './translate';

/** The catalogue key holding words for a column name, or null when there is none. */
export function columnWordsKey(name: string): MessageKey | null {
  const key = `words.column.${name}`;
  return Object.prototype.hasOwnProperty.call(catalogueFor('en'), key) ? (key as MessageKey) : null;
}

/** A column's name in words in the interface language, or the name itself when the catalogue has none. */
export function columnInWords(locale: Locale, name: string): string {
  const key = columnWordsKey(name);
  return key ? translate(locale, key) : name;
}
