/** Interface language, remembered in localStorage. */
import { create } from 'zustand';
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n/translate';

const STORAGE_KEY = 'cohesion-atlas.locale';

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'cy') return saved;
  } catch {
    // Storage can be unavailable (private mode, tests): fall back to English.
  }
  return 'en';
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered, but still switched.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
    set({ locale });
  },
}));

/** Translates with the current interface language (for use outside React). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(useLocaleStore.getState().locale, key, params);
}
