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

/** Looks up `key` in the catalogue of `locale` and fills its placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key];
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
