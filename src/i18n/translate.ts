/**
 * Message lookup for the interface. Pure: no React, no store, so map, ui and tests can all use it.
 * Placeholders {name} are replaced only when a value is given, so literal braces in a message
 * (e.g. a tile URL template) survive.
 */
import { messagesCy } from './messages-cy';
import { messagesEn, type MessageKey } from './messages-en';

export type Locale = 'en' | 'cy';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { en: messagesEn, cy: messagesCy };

/** The BCP 47 tag used for number and date formatting in each interface language. */
export const localeTags: Record<Locale, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The plural categories a catalogue may give a counted message besides its base key (which is `other`). */
export const PLURAL_VARIANTS = ['zero', 'one', 'two', 'few', 'many'] as const;

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};

/**
 * The key to word a counted message with (issue 19): a message whose params hold `count` is looked up as
 * `<key>.<category>` for the count's plural category in the language (Intl.PluralRules: English one/other;
 * Welsh zero, one, two, few, many, other), when the catalogue has that variant; else `<key>` itself,
 * which holds the `other` form. `count` may be a number or the number already formatted ("2,696").
 */
export function pluralKey(locale: Locale, key: MessageKey, params?: MessageParams): MessageKey {
  const count = params?.count;
  if (count === undefined) return key;
  const value = typeof count === 'number' ? count : Number(count.replace(/[\s,\u00a0\u202f]/g, ''));
  if (!Number.isFinite(value)) return key;
  const rules = (pluralRules[locale] ??= new Intl.PluralRules(localeTags[locale]));
  const variant = `${key}.${rules.select(value)}`;
  return Object.prototype.hasOwnProperty.call(catalogues[locale], variant) ? (variant as MessageKey) : key;
}

/** Looks up `key` in the catalogue of `locale` (its plural variant for a `count`, see `pluralKey`) and fills its placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][pluralKey(locale, key, params)];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Every key in the catalogue, for completeness checks. */
export function listMessageKeys(): MessageKey[] {
  return Object.keys(messagesEn) as MessageKey[];
}

/** Catalogue of one locale, for checks. */
export function catalogueFor(locale: Locale): Record<MessageKey, string> {
  return catalogues[locale];
}
