import { computed, watch } from 'vue';
import { DEFAULT_LOCALE, isLocale, isRtl, LOCALES, type Locale } from '@jobbrygga/domain';
import { currentLocale, i18n } from '../modules/i18n';
import { useAuth } from './useAuth';

const STORAGE_KEY = 'jobbrygga.locale';

/** The language the user chose in this browser, or null when they never chose one. */
function chosenLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Blocked storage: the choice lasts until reload.
  }
}

/** Shows the interface in `locale` and sets lang and dir on <html>, so Arabic runs right to left. */
function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  const html = document.documentElement;
  html.lang = locale;
  html.dir = isRtl(locale) ? 'rtl' : 'ltr';
}

/**
 * Call once at start: use the language chosen in this browser (Swedish otherwise) and, when
 * someone logs in who never chose one here, the language saved on their account.
 */
export function installLocale(): void {
  applyLocale(chosenLocale() ?? DEFAULT_LOCALE);
  const { me } = useAuth();
  watch(
    () => me.value?.id,
    (id) => {
      const account = me.value;
      if (id && account && chosenLocale() === null && isLocale(account.locale)) applyLocale(account.locale);
    },
  );
}

export function useLocale() {
  const auth = useAuth();
  const locale = computed<Locale>(() => currentLocale());

  /** The user picked a language: show it, remember it here and, when logged in, on the account. */
  async function chooseLocale(next: Locale): Promise<void> {
    rememberLocale(next);
    applyLocale(next);
    const account = auth.me.value;
    if (account && account.locale !== next) {
      try {
        await auth.updateMe({ locale: next });
      } catch {
        // The browser keeps the choice; the account is updated the next time it works.
      }
    }
  }

  return { locale, locales: LOCALES, chooseLocale };
}
