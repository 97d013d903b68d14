/**
 * The standard community types of the cohesion guide's form, by their standard (English) spelling, and the
 * catalogue key that names each in the interface language. A user's own type has no key: it is shown as written.
 */
import type { MessageKey } from '../../i18n/translate';

const COMMUNITY_TYPE_KEYS: Readonly<Record<string, MessageKey>> = {
  'Ethnic': 'communityType.ethnic',
  'Faith or religious': 'communityType.faith',
  'New arrivals': 'communityType.newArrivals',
  'Generational': 'communityType.generational',
  'Socio-economic': 'communityType.socioEconomic',
  'LGBT': 'communityType.lgbt',
  'Gypsies and Travellers': 'communityType.gypsiesTravellers',
  'Language groups': 'communityType.language',
};

/** The catalogue key of a standard community type, or null for a user's own type. */
export function communityTypeKey(communityType: string): MessageKey | null {
  return Object.prototype.hasOwnProperty.call(COMMUNITY_TYPE_KEYS, communityType) ? COMMUNITY_TYPE_KEYS[communityType] : null;
}
