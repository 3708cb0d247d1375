import { nextTick, onBeforeUnmount, watchEffect, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { START_LOCATION, useRouter } from 'vue-router';

/**
 * What changes around a page when the route changes: the document title (also when the language
 * changes) and keyboard focus, which moves to <main> (or the #target of a link) so screen reader
 * and keyboard users start reading the new page. The first page load keeps focus where the
 * browser put it, so "skip to main content" stays the first thing Tab reaches.
 */
export function usePageChrome(main: Ref<HTMLElement | null>, titleKey: Ref<string | undefined>) {
  const { t } = useI18n();
  const router = useRouter();

  watchEffect(() => {
    const appName = t('common.appName');
    document.title = titleKey.value ? `${t(titleKey.value)} – ${appName}` : appName;
  });

  const removeHook = router.afterEach(async (to, from, failure) => {
    if (failure || from === START_LOCATION) return;
    if (to.path === from.path && to.hash === from.hash) return;
    await nextTick();
    const target = to.hash ? document.getElementById(decodeURIComponent(to.hash.slice(1))) : null;
    // The router scrolls (to the top, or to the #target); focus must not scroll again.
    (target ?? main.value)?.focus({ preventScroll: true });
  });
  onBeforeUnmount(removeHook);

  function focusMain(): void {
    main.value?.focus();
    main.value?.scrollIntoView();
  }

  return { focusMain };
}
