import { useCallback } from 'react';
import { translate, localeTags, type MessageKey, type MessageParams } from '../i18n/translate';
import { useLocaleStore } from '../state/locale-store';

/** The translate function for the current interface language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

/** The BCP 47 tag for formatting numbers and dates in the current language. */
export function useLocaleTag(): string {
  return localeTags[useLocaleStore((s) => s.locale)];
}
