import { createI18n } from 'vue-i18n';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@jobbrygga/domain';
import { messages } from '../locales';

/** One i18n instance for the whole app (Composition API mode). */
export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: DEFAULT_LOCALE as Locale,
  fallbackLocale: DEFAULT_LOCALE,
  messages,
});

/** The language the interface shows right now. */
export function currentLocale(): Locale {
  const value: unknown = i18n.global.locale.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Translate outside components (router titles, the API client's own messages). */
export function translate(key: string, params: Record<string, unknown> = {}): string {
  return i18n.global.t(key, params);
}
